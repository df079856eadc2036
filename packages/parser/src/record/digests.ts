import { hash } from "node:crypto";
import { WHITESPACE_TO_FOLD } from "../html/text-normalize.js";

/** Hex SHA-256 (all 64 digits) of a string's UTF-8 bytes. */
export function sha256Hex(text: string | Uint8Array): string {
  // One-shot: no Hash object per digest (its shape, too, is dropped by full GCs; see shared-tokenizer.ts).
  return hash("sha256", text, "hex");
}

/**
 * The text a content hash is taken of: Unicode NFC, every run of whitespace (paragraph breaks
 * included) one space, trimmed. Two copies of an article that differ only in spacing or in how
 * accented letters are composed get the same hash. (NFKC would also fold full-width punctuation, but
 * costs four times as much on Chinese text, where the archives never differ in it.)
 */
export function normalizeForHash(text: string): string {
  return text.normalize("NFC").replace(WHITESPACE_TO_FOLD, " ").trim();
}

/**
 * `normalizeForHash` for a record's `text`, whose whitespace is already canonical (single spaces, "\n"
 * between lines and "\n\n" between blocks, none at either end: see finishBlockText): then only the
 * line breaks need folding, a search for one character instead of a pass deciding at every whitespace
 * character (1.9 against 5.0 µs per corpus article). The corpus test checks that the two agree on every record.
 */
export function normalizeArticleTextForHash(text: string): string {
  return text.normalize("NFC").replace(/\n+/g, " ");
}

/** Code points of `text` that are not whitespace. */
export function countChars(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13) continue;
    // A high surrogate and its low surrogate are one character.
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const prev = text.charCodeAt(i - 1);
      if (prev >= 0xd800 && prev <= 0xdbff) continue;
    }
    count++;
  }
  return count;
}
