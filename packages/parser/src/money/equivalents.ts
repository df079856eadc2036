import { withQualifier, type ScannedAmount } from "./scanned-amount.js";

/**
 * Conversions written next to an amount (POLICY.md, "Conversions written in parentheses"):
 * "500亿澳币（约320亿美元）", "304万亿盾（约合125亿美元）", "£500m ($670m)", and the unbracketed
 * "3620亿美元，约2.45万亿元人民币", Zaobao's "30亿元（港元，下同，5亿2900万新元）", and a second
 * conversion after a semicolon, "10万港元（1.3万美元；9.1万元人民币）". The converted amount points
 * at the original and reads `approx`, with or without a 约 ("16亿日元（1065万美元）" is still approx).
 */

/**
 * What may stand between an amount and its conversion: an opening bracket, optionally followed by a
 * conversion phrase ("（购买力约相当于现在的") or by Zaobao's currency note ("（新台币，下同，",
 * "（港元，下同，"). Bare 合 is left out of the phrase, since 联合国 and 合作 hold it.
 */
const OPENING = /^\s*[（(]\s*(?:(?!其中|包括|含)[^（）()，,。；;\d]{0,8}(?:约合|折合|相当于|约)[^（）()，,。；;\d]{0,6}|[^（）()，,。；;\d]{1,6}[，,]\s*下同\s*[，,]|[^（）()，,。；;\d]{0,2}币)?\s*$/;
/**
 * A few words between the amount and the bracket ("台币2.7万亿台币(约6400亿人民币)", "收款新台币一万五泼粪
 * （约3400人民币）"): still a conversion when the bracketed amount opens with a conversion word.
 */
const OPENING_AFTER_WORDS = /^[^\d，,。；;：:（）()、]{1,4}[（(]\s*$/;
/** Between two conversions inside one bracket: "（1.3万美元；9.1万元人民币）", "（约合70亿元人民币、9亿欧元）". */
const CHAINED = /^\s*[，,、；;]\s*$/;
const CLOSING = /^\s*(?:[）),，;；、]|$)/;
/** A comma followed by a conversion word: "，约合", "，折合当时", "，相当于", ", or about". */
const CONVERSION_AFTER_COMMA = /^\s*[，,]\s*(?:(?:即|约合|折合约?|合|相当于|约)[^，,。；;\d]{0,4}|or|or about|about|roughly)?\s*$/;
const CONVERSION_WORDS = new Set(["约合", "折合", "折合约", "合", "相当于", "约", "about", "roughly"]);

/**
 * For each amount, the index of the amount it converts, or null. `amounts` are one field's
 * amounts in text order; indices are into that array.
 */
export function findEquivalents(text: string, amounts: readonly ScannedAmount[]): (number | null)[] {
  const links: (number | null)[] = [];
  for (let i = 0; i < amounts.length; i++) links.push(null);
  let original = -1;
  for (let i = 0; i < amounts.length; i++) {
    const amount = amounts[i]!;
    if (original >= 0) {
      const source = amounts[original]!;
      const between = text.slice(source.end, amount.start);
      const previous = amounts[i - 1]!;
      const chained = i - 1 !== original && links[i - 1] === original;
      const gap = chained ? text.slice(previous.end, amount.start) : between;
      const opened = OPENING.test(gap) || (chained && CHAINED.test(gap)) || (!chained && OPENING_AFTER_WORDS.test(gap) && CONVERSION_WORDS.has(amount.qualifierWord));
      const bracketed = opened && CLOSING.test(text.slice(amount.end, amount.end + 2));
      const commaConversion =
        !chained && CONVERSION_AFTER_COMMA.test(between) && (CONVERSION_WORDS.has(amount.qualifierWord) || /[约合当即]|about|or/.test(between));
      if (amount.currency !== source.currency && (bracketed || commaConversion)) {
        links[i] = original;
        continue;
      }
    }
    original = i;
  }
  return links;
}

/** The converted amount reads approx unless a qualifier of its own says otherwise. */
export function asConversion(amount: ScannedAmount): ScannedAmount {
  return amount.qualifier === "exact" ? withQualifier(amount, "approx") : amount;
}
