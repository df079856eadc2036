import { isUtf8 } from "node:buffer";
import { utf8ToString } from "./utf8-to-string.js";
import { ParseError } from "../errors.js";

/** Default cap on one archive file: the largest file of the corpus is 0.4 MB, so 16 MiB leaves ample room. */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

/**
 * Turns the raw input (text or bytes) into the text of an archive file, refusing what cannot be one:
 * empty input, binary data (NUL bytes, invalid UTF-8) and input over `maxBytes`.
 * UTF-8 and UTF-16 byte order marks are honoured; CRLF and CR line ends become LF.
 */
export function decodeInput(input: string | Uint8Array, maxBytes: number, file: string | undefined): string {
  const text = typeof input === "string" ? checkString(input, maxBytes, file) : decodeBytes(input, maxBytes, file);
  const unified = text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
  if (!/\S/.test(unified)) {
    throw new ParseError("EMPTY_INPUT", "The input is empty.", { file });
  }
  return unified;
}

function checkString(text: string, maxBytes: number, file: string | undefined): string {
  // A string can hold at most 3 UTF-8 bytes per UTF-16 unit; only count exactly when it could be over.
  if (text.length * 3 > maxBytes && Buffer.byteLength(text, "utf8") > maxBytes) {
    throw tooLarge(Buffer.byteLength(text, "utf8"), maxBytes, file);
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.includes("\u0000")) {
    throw new ParseError("BINARY_INPUT", "The input holds NUL characters: it is not an archive text file.", { file });
  }
  return body;
}

function decodeBytes(bytes: Uint8Array, maxBytes: number, file: string | undefined): string {
  if (bytes.byteLength > maxBytes) throw tooLarge(bytes.byteLength, maxBytes, file);
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xff && b1 === 0xfe) return decodeUtf16(bytes, "utf-16le", file);
  if (b0 === 0xfe && b1 === 0xff) return decodeUtf16(bytes, "utf-16be", file);
  const start = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const view = Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.byteLength - start);
  // Native scans (memchr, simdutf), not a loop in JS: this runs on every file.
  const nul = view.indexOf(0);
  if (nul >= 0) {
    throw new ParseError("BINARY_INPUT", `The input holds a NUL byte at offset ${nul + start}: it is not an archive text file.`, {
      file,
    });
  }
  if (!isUtf8(view)) {
    throw new ParseError("BINARY_INPUT", "The input is not valid UTF-8 text.", { file });
  }
  return utf8ToString(view);
}

function decodeUtf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be", file: string | undefined): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(2));
  } catch (cause) {
    throw new ParseError("BINARY_INPUT", `The input has a ${encoding} byte order mark but is not valid ${encoding}.`, {
      file,
      cause,
    });
  }
}

function tooLarge(size: number, maxBytes: number, file: string | undefined): ParseError {
  return new ParseError("TOO_LARGE", `The input is ${size} bytes, over the limit of ${maxBytes} bytes.`, { file });
}
