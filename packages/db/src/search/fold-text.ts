import * as OpenCC from "opencc-js/t2cn";

/**
 * Folding for search: one form for Simplified and Traditional Chinese, full-width and half-width, upper and lower
 * case, so that 烏克蘭, 乌克兰 and ＵＫＲＡＩＮＥ/Ukraine meet. Documents and queries go through the same function.
 *
 * Traditional → Simplified is OpenCC's character-level table ("t" → "cn"), not its phrase tables: a phrase rewrite
 * (軟體 → 软件) would make a substring of the original stop matching the folded text.
 */
const toSimplified = OpenCC.Converter({ from: "t", to: "cn" });

export function foldForSearch(text: string): string {
  return toSimplified(text.normalize("NFKC")).toLowerCase();
}
