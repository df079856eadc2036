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
 * 1 = Simplified-only, 2 = Traditional-only, per code point of the CJK Unified Ideographs block.
 * A compact table of distinguishing characters (see script-table.ts) is enough to tell the scripts
 * apart, and keeps opencc's multi-megabyte dictionaries out of the parser.
 */
const SCRIPT_OF = new Uint8Array(HAN_END - HAN_START + 1);
for (const ch of SIMPLIFIED_ONLY) SCRIPT_OF[(ch.codePointAt(0) ?? HAN_START) - HAN_START] = 1;
for (const ch of TRADITIONAL_ONLY) SCRIPT_OF[(ch.codePointAt(0) ?? HAN_START) - HAN_START] = 2;

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
 * (with kana → Japanese, Hangul → Korean), else Latin letters (with stop words for en/fr/de/es).
 */
export function detectLanguage(title: string, text: string, fallback: string): LanguageGuess {
  const counts = { han: 0, kana: 0, hangul: 0, latin: 0, simplified: 0, traditional: 0 };
  countScripts(title, title.length, counts);
  countScripts(text, Math.min(text.length, SAMPLE), counts);
  const { han, kana, hangul, latin, simplified, traditional } = counts;
  if (hangul > han && hangul * 3 >= latin) return { language: "ko", script: null };
  if (kana > 0 && kana * 10 >= han && (han + kana) * 3 >= latin) return { language: "ja", script: null };
  // One ideograph carries about as much as a short word: weigh Latin letters accordingly.
  if (han > 0 && han * 4 >= latin) {
    const script = simplified > traditional ? "Hans" : traditional > simplified ? "Hant" : null;
    return { language: "zh", script };
  }
  if (latin === 0) return { language: fallback, script: null };
  return { language: latinLanguage(`${title}\n${text.slice(0, STOPWORD_SAMPLE)}`) ?? fallback, script: null };
}

interface ScriptCounts {
  han: number;
  kana: number;
  hangul: number;
  latin: number;
  simplified: number;
  traditional: number;
}

function countScripts(text: string, length: number, counts: ScriptCounts): void {
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) counts.latin++;
    } else if (c >= HAN_START && c <= HAN_END) {
      counts.han++;
      const kind = SCRIPT_OF[c - HAN_START];
      if (kind === 1) counts.simplified++;
      else if (kind === 2) counts.traditional++;
    } else if (c >= 0x3040 && c <= 0x30ff) counts.kana++;
    else if (c >= 0xac00 && c <= 0xd7af) counts.hangul++;
    else if (c >= 0xc0 && c <= 0x24f) counts.latin++;
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
