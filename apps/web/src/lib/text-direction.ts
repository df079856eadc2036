/**
 * Languages written right to left among those the parser detects (Arabic, Persian, Urdu, Uyghur in
 * Arabic script, Hebrew): their titles and bodies need `dir="rtl"`, or punctuation and numbers land at
 * the wrong end of each line. The rest of the page stays in the dashboard's own direction.
 */
const RIGHT_TO_LEFT = new Set(["ar", "fa", "ur", "ug", "he", "yi", "ps", "ckb", "sd"]);

/** `"rtl"` for a right-to-left language, else undefined (the page's direction). */
export function textDirection(language: string): "rtl" | undefined {
  return RIGHT_TO_LEFT.has(language) ? "rtl" : undefined;
}
