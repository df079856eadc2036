import { FIRST_OTHER_SCRIPT, isVietnameseLetter, OTHER_SCRIPTS, refineLanguage } from "./other-scripts.js";
import { SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from "./script-table.js";

export interface LanguageGuess {
  /** ISO 639-1 code ("zh", "en", "ja", "ko", "fr", "de", "es"), or the fallback. */
  language: string;
  /** For Chinese: "Hans" or "Hant" when the distinguishing characters say so, else null. */
  script: "Hans" | "Hant" | null;
}

const HAN_START = 0x4e00;
const HAN_END = 0x9fff;

/**
 * What each UTF-16 code unit counts as: one table lookup per character instead of a chain of range
 * tests (measured four times faster). Han ideographs are split by the compact table of characters
 * written only in one script (see script-table.ts), which keeps opencc's multi-megabyte dictionaries
 * out of the parser.
 */
const OTHER = 0;
const LATIN = 1;
const HAN = 2;
const HAN_SIMPLIFIED = 3;
const HAN_TRADITIONAL = 4;
const KANA = 5;
const HANGUL = 6;
const VIETNAMESE = 7;
const CLASS_COUNT = FIRST_OTHER_SCRIPT + OTHER_SCRIPTS.length;
const CLASS_OF = new Uint8Array(0x10000);
const mark = (from: number, to: number, kind: number): void => {
  for (let c = from; c <= to; c++) CLASS_OF[c] = kind;
};
mark(0x41, 0x5a, LATIN);
mark(0x61, 0x7a, LATIN);
mark(0xc0, 0x24f, LATIN);
mark(0x3040, 0x30ff, KANA);
mark(0xac00, 0xd7af, HANGUL);
mark(HAN_START, HAN_END, HAN);
mark(0x1e00, 0x1eff, LATIN);
OTHER_SCRIPTS.forEach(([from, to], index) => mark(from, to, FIRST_OTHER_SCRIPT + index));
for (let c = 0; c < 0x10000; c++) if (isVietnameseLetter(c)) CLASS_OF[c] = VIETNAMESE;
const markHan = (chars: string, kind: number): void => {
  for (const ch of chars) {
    const c = ch.codePointAt(0) ?? 0;
    if (c >= HAN_START && c <= HAN_END) CLASS_OF[c] = kind;
  }
};
markHan(SIMPLIFIED_ONLY, HAN_SIMPLIFIED);
markHan(TRADITIONAL_ONLY, HAN_TRADITIONAL);

/** How much of a long text is looked at: the counts settle long before. */
const SAMPLE = 1500;
/** Stop-word counting needs even less. */
const STOPWORD_SAMPLE = 1500;

const LATIN_STOPWORDS: ReadonlyArray<readonly [string, RegExp]> = [
  ["en", /\b(?:the|and|of|to|is|that|with|for)\b/gi],
  ["fr", /\b(?:le|la|les|des|est|une|et|dans|pour)\b/gi],
  ["de", /\b(?:der|die|das|und|ist|nicht|mit|ein|eine)\b/gi],
  ["es", /\b(?:el|los|las|que|del|una|por|con|es)\b/gi],
];

/**
 * Guesses the language of an article from its title and text by counting scripts: Han ideographs
 * (with kana → Japanese, Hangul → Korean), the scripts of other-scripts.ts (Cyrillic, Arabic, Tibetan …),
 * else Latin letters (Vietnamese by its tone marks, else stop words for en/fr/de/es).
 */
export function detectLanguage(title: string, text: string, fallback: string): LanguageGuess {
  const counts = new Int32Array(CLASS_COUNT);
  countScripts(title, title.length, counts);
  countScripts(text, Math.min(text.length, SAMPLE), counts);
  const simplified = counts[HAN_SIMPLIFIED] ?? 0;
  const traditional = counts[HAN_TRADITIONAL] ?? 0;
  const han = (counts[HAN] ?? 0) + simplified + traditional;
  const kana = counts[KANA] ?? 0;
  const hangul = counts[HANGUL] ?? 0;
  const vietnamese = counts[VIETNAMESE] ?? 0;
  const latin = (counts[LATIN] ?? 0) + vietnamese;
  const other = otherScript(counts);
  if (other !== null && other.count > han + kana + hangul && other.count * 3 >= latin) {
    return { language: refineLanguage(other.language, `${title}\n${text.slice(0, SAMPLE)}`), script: null };
  }
  if (hangul > han && hangul * 3 >= latin) return { language: "ko", script: null };
  if (kana > 0 && kana * 10 >= han && (han + kana) * 3 >= latin) return { language: "ja", script: null };
  // One ideograph carries about as much as a short word: weigh Latin letters accordingly.
  if (han > 0 && han * 4 >= latin) {
    const script = simplified > traditional ? "Hans" : traditional > simplified ? "Hant" : null;
    return { language: "zh", script };
  }
  if (latin === 0) return { language: fallback, script: null };
  // Vietnamese stacks tone marks on most syllables: a few in a hundred letters say it.
  if (vietnamese * 20 >= latin) return { language: "vi", script: null };
  return { language: latinLanguage(`${title}\n${text.slice(0, STOPWORD_SAMPLE)}`) ?? fallback, script: null };
}

/** The script other than Han, kana, Hangul and Latin with the most letters, if any. */
function otherScript(counts: Int32Array): { language: string; count: number } | null {
  let best: { language: string; count: number } | null = null;
  for (let i = 0; i < OTHER_SCRIPTS.length; i++) {
    const count = counts[FIRST_OTHER_SCRIPT + i] ?? 0;
    if (count > 0 && (best === null || count > best.count)) best = { language: OTHER_SCRIPTS[i]![2], count };
  }
  return best;
}

/** Adds the classes of `text`'s first `length` code units to `counts` (indexed by class). */
function countScripts(text: string, length: number, counts: Int32Array): void {
  for (let i = 0; i < length; i++) {
    const kind = CLASS_OF[text.charCodeAt(i)] ?? OTHER;
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
}

function latinLanguage(sample: string): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const [code, words] of LATIN_STOPWORDS) {
    const count = sample.match(words)?.length ?? 0;
    if (count > bestCount) {
      best = code;
      bestCount = count;
    }
  }
  return best;
}
