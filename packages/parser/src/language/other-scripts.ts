/**
 * Scripts other than Han, kana, Hangul and Latin, and the language each says — the services of the
 * same broadcasters write in them (RFA's Tibetan, Uyghur, Burmese, Khmer, Lao and Vietnamese; VOA's and
 * BBC's Russian, Persian, Urdu, Thai …). Without them such an article took its source's language
 * (zh for rfa.org), which is wrong for every other service of the site.
 */

/** First class number of these scripts in detect-language.ts's class table. */
export const FIRST_OTHER_SCRIPT = 8;

/** [from, to, language] per script; the class of a script is FIRST_OTHER_SCRIPT + its index. */
export const OTHER_SCRIPTS: ReadonlyArray<readonly [number, number, string]> = [
  [0x0400, 0x04ff, "ru"], // Cyrillic (uk when Ukrainian letters show, see refineLanguage)
  [0x0600, 0x06ff, "ar"], // Arabic script (ug, fa, ur by their own letters)
  [0x0f00, 0x0fff, "bo"], // Tibetan
  [0x1000, 0x109f, "my"], // Myanmar
  [0x1780, 0x17ff, "km"], // Khmer
  [0x0e80, 0x0eff, "lo"], // Lao
  [0x0e00, 0x0e7f, "th"], // Thai
  [0x0590, 0x05ff, "he"], // Hebrew
  [0x0370, 0x03ff, "el"], // Greek
  [0x0900, 0x097f, "hi"], // Devanagari
];

/** Letters only Ukrainian writes in Cyrillic. */
const UKRAINIAN = /[іїєґІЇЄҐ]/;
/** Letters of the Uyghur alphabet that Arabic, Persian and Urdu do not use. */
const UYGHUR = /[ېۇۆۈڭھۋ]/;
/** Letters of Urdu that Persian does not use. */
const URDU = /[ٹڈڑںے]/;
/** Letters of Persian (and Urdu) that Arabic does not use. */
const PERSIAN = /[پچژگی]/;

/** The language of a script, told apart by letters only one language of it writes. */
export function refineLanguage(language: string, sample: string): string {
  if (language === "ru") return UKRAINIAN.test(sample) ? "uk" : "ru";
  if (language !== "ar") return language;
  if (UYGHUR.test(sample)) return "ug";
  if (URDU.test(sample)) return "ur";
  return PERSIAN.test(sample) ? "fa" : "ar";
}

/**
 * Letters Vietnamese writes and other Latin-script languages do not: ơ, ư, đ and the stacked tone
 * marks of U+1EA0–U+1EF9 (ạ, ả, ấ, ầ …).
 */
export function isVietnameseLetter(code: number): boolean {
  return (code >= 0x1ea0 && code <= 0x1ef9) || code === 0x01a1 || code === 0x01a0 || code === 0x01b0 || code === 0x01af || code === 0x0111 || code === 0x0110;
}
