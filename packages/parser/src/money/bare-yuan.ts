/**
 * A lone Chinese digit before 元 ("三元", "一元") is the one amount shape that is as often a word:
 * 大三元 (a basketball triple-double), the dairy brand 三元 in a list of companies, the place 三元里,
 * 一元独断制 ("one-man rule"). Digits ("3元"), a scale word ("一千元", "八十元") or a vague 几 ("几元")
 * are money as written; a lone Chinese digit is money only when the words around it say so —
 * "三元钱", "每人三元", "一天一元工资", "赚到八元", "只有一元", "约三元".
 */

/** The risky shape: exactly one Chinese digit, with no scale word and no Arabic digit. */
const LONE_DIGIT = /^[一二两三四五六七八九]$/;

/** Money words right after 元: 钱, a currency restated, a rate ("一元一斤"), an approximation. */
const MONEY_AFTER = /^(?:钱|人民币|现金|工资|工钱|零用钱|的?(?:硬币|纸币|钞票)|左右|上下|多|余|一(?:个|张|次|天|斤|份|件|本|杯|瓶|小时|公斤|条|包|碗)|[/每])/;

/**
 * Money words right before the digit: a per-unit phrase (每人, 每个), a time or count unit ("一天一元"),
 * a verb of paying, earning, costing, holding or changing ("赚到", "付", "只有", "是", "涨至"), a
 * money noun ("票价", "车费", "罚款", "月薪"), or a qualifier (约, 超过).
 * A list mark (、), 大, 的 or a place name before it is no such word, so the look-alikes stay out.
 */
const MONEY_BEFORE = /(?:每[^\s，,。、；;]{0,3}|[天月年时次斤个张份件杯瓶碗]|[赚挣付花用收交值给罚捐赔卖买售要租补发领得到有仅只才是为达共计价约近逾过超剩欠借还票费款需出从至涨降加减增薪金资])$/;

/**
 * Whether the numeral `numeral` (normalised text from `start` to `end`, just before 元, which ends at
 * `tokenEnd`) may be read as money. Anything but a lone Chinese digit may.
 */
export function bareYuanIsMoney(text: string, start: number, end: number, tokenEnd: number): boolean {
  if (!LONE_DIGIT.test(text.slice(start, end))) return true;
  if (MONEY_AFTER.test(text.slice(tokenEnd, tokenEnd + 3))) return true;
  return MONEY_BEFORE.test(text.slice(Math.max(0, start - 5), start));
}
