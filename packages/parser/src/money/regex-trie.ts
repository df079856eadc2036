/**
 * Builds one regular expression source from a word list, shaped as a trie ("美(?:元|金|分)|欧元"
 * rather than "美元|美金|美分|欧元"). V8's backtracking engine tries each alternative at every
 * position; sharing prefixes halves the work on long lexicons, and the greedy optional groups still
 * give the longest word at each position. Hand-written because the npm trie-regex packages either
 * target other engines or pull dependencies for a 40-line job.
 */

interface TrieNode {
  children: Map<string, TrieNode>;
  end: boolean;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function node(): TrieNode {
  return { children: new Map(), end: false };
}

function sourceOf(n: TrieNode, wordSource: (ch: string) => string): string {
  const alternatives = [...n.children.entries()].map(([ch, child]) => {
    const head = wordSource(ch);
    if (child.children.size === 0) return head;
    const rest = sourceOf(child, wordSource);
    if (child.end) return `${head}(?:${rest})?`;
    return child.children.size > 1 ? `${head}(?:${rest})` : `${head}${rest}`;
  });
  return alternatives.join("|");
}

/**
 * Regex source matching any of `words`, longest first at each position.
 * `charSource` may widen a character (to a class of its Traditional forms, to \s for a space).
 */
export function trieSource(words: Iterable<string>, charSource: (ch: string) => string = escape): string {
  const root = node();
  for (const word of words) {
    if (word === "") continue;
    let at = root;
    for (const ch of word) {
      let next = at.children.get(ch);
      if (next === undefined) {
        next = node();
        at.children.set(ch, next);
      }
      at = next;
    }
    at.end = true;
  }
  return sourceOf(root, charSource);
}

/** `charSource` for `trieSource` that lets a space match any run of whitespace. */
export function spaceTolerant(ch: string): string {
  return ch === " " ? "\\s+" : escape(ch);
}

/**
 * `text` cut off `reach` characters after `to`, for a global regex search of `[from, to)`. A regex
 * that reads at most `reach` characters from where a match starts (the longest word plus its
 * lookahead) finds exactly the same matches starting before `to` in the cut text; but where none is
 * left, `exec` stops at the cut instead of scanning on to the end of the article, once per sentence.
 * (`slice` shares the characters: no copy.)
 */
export function searchableUpTo(text: string, to: number, reach: number): string {
  return text.length > to + reach ? text.slice(0, to + reach) : text;
}

/** What a trie regex of `words` with a one-character lookahead reads from a match's start at most. */
export function trieReach(words: Iterable<string>): number {
  let longest = 0;
  for (const word of words) longest = Math.max(longest, word.length);
  return longest + 1;
}
