/** A tag as the picker needs it. */
export interface TagOption {
  id: string;
  name: string;
  /** #rrggbb */
  color: string;
}

export type PickerEntry =
  | { kind: "tag"; tag: TagOption; section: "recent" | "suggested" | "all" | "match"; shortcut: number | null }
  | { kind: "create"; name: string };

/** Case- and width-insensitive form used for matching (NFKC folds full-width Ａ and ｱ). */
export function foldTagName(value: string): string {
  return value.normalize("NFKC").trim().toLocaleLowerCase();
}

export interface BuildEntriesInput {
  query: string;
  tags: TagOption[];
  recent?: TagOption[];
  suggested?: TagOption[];
  /** Offer "create" when the query names no existing tag. */
  canCreate?: boolean;
  /** Extra folding, e.g. Traditional → Simplified, applied after foldTagName. */
  normalize?: (value: string) => string;
  limit?: number;
}

/**
 * The picker's rows for a query. Empty query: recent tags (numbered 1–9), then suggestions, then every tag.
 * Otherwise: prefix matches, then other substring matches, each alphabetical; then "create" if allowed.
 */
export function buildPickerEntries({
  query,
  tags,
  recent = [],
  suggested = [],
  canCreate = false,
  normalize = (value) => value,
  limit = 60,
}: BuildEntriesInput): PickerEntry[] {
  const fold = (value: string) => normalize(foldTagName(value));
  const needle = fold(query);
  const entries: PickerEntry[] = [];
  const seen = new Set<string>();

  if (needle === "") {
    recent.slice(0, 9).forEach((tag, index) => {
      if (seen.has(tag.id)) return;
      seen.add(tag.id);
      entries.push({ kind: "tag", tag, section: "recent", shortcut: index + 1 });
    });
    for (const tag of suggested) {
      if (seen.has(tag.id)) continue;
      seen.add(tag.id);
      entries.push({ kind: "tag", tag, section: "suggested", shortcut: null });
    }
    for (const tag of [...tags].sort(byName)) {
      if (seen.has(tag.id)) continue;
      seen.add(tag.id);
      entries.push({ kind: "tag", tag, section: "all", shortcut: null });
    }
    return entries.slice(0, limit);
  }

  const prefix: TagOption[] = [];
  const inside: TagOption[] = [];
  let exact = false;
  for (const tag of uniqueById([...suggested, ...tags])) {
    const name = fold(tag.name);
    if (name === needle) exact = true;
    if (name.startsWith(needle)) prefix.push(tag);
    else if (name.includes(needle)) inside.push(tag);
  }
  for (const tag of [...prefix.sort(byName), ...inside.sort(byName)].slice(0, limit)) {
    entries.push({ kind: "tag", tag, section: "match", shortcut: null });
  }
  if (canCreate && !exact) entries.push({ kind: "create", name: query.trim() });
  return entries;
}

function byName(a: TagOption, b: TagOption): number {
  return a.name.localeCompare(b.name);
}

function uniqueById(tags: TagOption[]): TagOption[] {
  const map = new Map<string, TagOption>();
  for (const tag of tags) if (!map.has(tag.id)) map.set(tag.id, tag);
  return [...map.values()];
}
