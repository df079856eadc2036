import { createHash } from "node:crypto";

/**
 * Ids of rows the importer writes in bulk are derived from what the rows are, so that a re-import, a resumed
 * import and two concurrent imports all write the same keys and converge instead of duplicating.
 */
function digest(...parts: string[]): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 24);
}

export function sourceIdFor(domain: string): string {
  return `src_${digest(domain)}`;
}

export function entityIdFor(zh: string, en: string): string {
  return `ent_${digest(zh, en)}`;
}

export function moneyMentionIdFor(articleId: string, ordinal: number): string {
  return `${articleId}:${ordinal}`;
}

/** Demo sources live under this reserved domain (RFC 2606 .invalid), so they can never be mistaken for real ones. */
export const syntheticDomainSuffix = ".demo.newsdesk.invalid";

export function isSyntheticDomain(domain: string): boolean {
  return domain.toLowerCase().endsWith(syntheticDomainSuffix);
}
