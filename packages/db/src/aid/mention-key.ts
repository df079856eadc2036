import { createHash } from "node:crypto";

/** What identifies a money mention across re-imports: where it stands and what it says, not its position. */
export interface MentionIdentity {
  field: string;
  sentence: string;
  surface: string;
  /** Offset in the field; only orders mentions that share field, sentence and surface. */
  start: number;
}

function digestOf(mention: MentionIdentity): string {
  return createHash("sha256").update(`${mention.field}\u0000${mention.sentence}\u0000${mention.surface}`).digest("hex").slice(0, 20);
}

/**
 * Stable keys for an article's mentions, in the order given: a digest of field + sentence + surface, plus the
 * occurrence index among the article's mentions with that same digest (by offset). MoneyMention ids are ordinals,
 * which shift when a better extractor finds one more mention earlier in the text, and offsets shift when text
 * changes earlier on; the key changes only when the mention's own sentence or words change — exactly when an
 * editor's decision about it should no longer apply.
 */
export function mentionKeysOf(mentions: readonly MentionIdentity[]): string[] {
  const digests = mentions.map(digestOf);
  const order = mentions.map((_, index) => index).sort((a, b) => mentions[a]!.start - mentions[b]!.start || a - b);
  const seen = new Map<string, number>();
  const keys = new Array<string>(mentions.length);
  for (const index of order) {
    const digest = digests[index]!;
    const occurrence = seen.get(digest) ?? 0;
    seen.set(digest, occurrence + 1);
    keys[index] = `${digest}.${occurrence}`;
  }
  return keys;
}
