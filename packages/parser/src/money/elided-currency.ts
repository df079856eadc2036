import { numeralSpanBefore } from "./zh-amounts.js";
import { zhQualifierAfter, zhQualifierBefore } from "./qualifiers.js";
import { isUnitChar } from "./numerals.js";
import type { MoneyQualifier } from "../schema/money-mention.js";
import { ENGLISH_SCALES, firstEndingAfter, qualifierFor, scale, scannedAmount, type ScannedAmount } from "./scanned-amount.js";
import { searchableUpTo } from "./regex-trie.js";
import type { SentenceSpan } from "./sentences.js";

/**
 * Amounts whose currency word is left out because the sentence already named it
 * (POLICY.md: "约合一年1.45万亿" after "1212亿元" is CNY, `currencyInferred`). Only numbers with a
 * scale word count, and only where the words around them are about money, so counts such as
 * "人口14亿，" or "3亿剂疫苗" never become money.
 */

/**
 * Money words that may stand shortly before a bare amount in the same clause. 提取/动用 and the
 * 拨 verbs move money out of a stock or budget (从美国库存中提取的250亿).
 */
const MONEY_BEFORE =
  /(?:价值|金额|总额|资金|援助|拨款|预算|约合|折合|合计|相当于|共计|总计|其中|外加|追加|提供|捐款|捐赠|捐|贷款|投资|收入|损失|花费|耗资|赤字|开支|支出|军费|经费|赔偿|罚款|营收|利润|市值|储备|债务|用于|提取|动用|拨出|拨付|划拨|调拨)[^，,；;。]{0,6}$/;
/** A sub-allocation named by its recipient, after a total with its currency: "对以色列的260亿". */
const RECIPIENT_BEFORE = /(?:对|向|给|给予)[^，,；;。、的]{1,10}的$/;
/**
 * A clause that only says when and how the figure changes: "明年将增至40亿" after "20亿欧元，".
 * Nothing else may stand in the clause, so a count that grows ("难民人数明年将增至100万") keeps its
 * subject before the verb and is not read as money.
 */
const CHANGE_CLAUSE =
  /^\s*(?:明年|今年|去年|后年|前年|次年|[0-9〇零一二三四五六七八九]{4}年|到[0-9]{4}年|下一?年度?|此后|之后|届时|随后|未来[0-9一二三四五六七八九十两]+年)?(?:将会|还将|预计将|有望|可能|将|会|则|又|再)?(?:增至|增加到|增加至|增长到|增长至|提高到|提高至|升至|上升到|上升至|降至|减至|减少到|减少至|下降到|下降至|达到|达)$/;
/** Where the clause of a bare amount begins: after the last comma or semicolon before it. */
const CLAUSE_START = /[，,；;][^，,；;]*$/;
/** A bare amount continuing a list that began with an explicit amount: "10亿美元、5亿和3亿". */
const LIST_BEFORE = /^\s*(?:、|和|及|以及|与|或|，另|,)\s*$/;
/**
 * A bare amount in a clause parallel to the one before it: "其中330亿为贷款，170亿为赠款". Between
 * the two, a short tail and one comma; the amount itself must be followed by a money noun
 * (`MONEY_NOUN_AFTER`), since a comma alone would let a count continue the list.
 */
const PARALLEL_BEFORE = /^[^，,；;。]{0,10}[，,；;]\s*$/;
/** A money noun, or its use, right after a bare amount: "为贷款", "用于乌克兰", "的赠款". */
const MONEY_NOUN_AFTER =
  /^(?:(?:为|是|系|属于?|作为)(?:军事|人道主义?|经济|财政|发展|安全|无偿)?(?:援助|军援|贷款|赠款|拨款|捐款|资金|款项|经费|投资|担保)|用于|用来|用作|拨给|将用于|的(?:援助|资金|贷款|赠款|拨款|预算|款项|经费|投资|军援|债务|收入|开支|武器|装备|物资))/;
/** What may follow a bare amount: punctuation, the end, or a money noun. */
const ZH_AFTER = /^(?:$|[，,。；;、）)\s和及与]|左右|多|来自)/;
const EN_BARE = /(?<![\w$€£¥.,])((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?) ?(billion|million|trillion|bn|mn|m)(?![A-Za-z])/g;
const EN_AFTER = /^(?:$|[,.;:)]| (?:for|to|in|of which|each|a year|per year|annually|would|will|was|went)\b)/;
const EN_BEFORE = /(?:including|includes|included|include|comprising|of which|plus|and|another|with)\s*$|,\s*$/;

/** A run of scale words ending a bare amount: 万, 亿, 万亿, 兆. */
const SCALE_RE = /[万亿兆]+/g;
const SCALE_CHARS = "万亿兆";
/** Past the sentence's end, what EN_BARE may still read of a match inside it: " trillion" and a lookahead. */
const EN_BARE_REACH = 16;

// Plain loops in this file: see `decide` in extract.ts for why callbacks cost more here than they look.
// The amounts of a sentence are in text order and do not overlap, so each lookup below is a binary
// search (firstEndingAfter): a loop over all of them per match made a sentence of n amounts cost n²
// (a 0.6 MB list of "10亿美元，" took 7 s).

function insideAny(amounts: readonly ScannedAmount[], start: number, end: number): boolean {
  const i = firstEndingAfter(amounts, start);
  return i < amounts.length && amounts[i]!.start < end;
}

/** The explicit amount whose currency a bare amount at `offset` takes: the nearest before, else after. */
function currencySource(amounts: readonly ScannedAmount[], offset: number): ScannedAmount | null {
  const i = firstEndingAfter(amounts, offset);
  for (let j = i - 1; j >= 0; j--) if (amounts[j]!.currencyWord !== "") return amounts[j]!;
  for (let j = i; j < amounts.length; j++) if (amounts[j]!.start >= offset && amounts[j]!.currencyWord !== "") return amounts[j]!;
  return null;
}

/** A bare amount that takes the currency of `source`. */
function inferred(
  source: ScannedAmount,
  start: number,
  end: number,
  numberStart: number,
  amount: number,
  amountHigh: number | null,
  qualifier: MoneyQualifier,
  qualifierWord: string,
  justUnder: boolean,
  vague: boolean,
): ScannedAmount {
  return scannedAmount(start, end, numberStart, amount, amountHigh, source.currency, "", source.currencyAmbiguous, true, qualifier, qualifierWord, justUnder, vague);
}

/** The last end of an amount that ends by `offset`, or 0. */
function endBefore(amounts: readonly ScannedAmount[], offset: number): number {
  const i = firstEndingAfter(amounts, offset);
  return i > 0 ? amounts[i - 1]!.end : 0;
}

/** Whether the clause before `start` only says when and how a figure changes ("明年将增至"). */
function changeClause(text: string, sentence: SentenceSpan, start: number): boolean {
  const before = text.slice(Math.max(sentence.start, start - 24), start);
  const clause = CLAUSE_START.exec(before);
  return clause !== null && CHANGE_CLAUSE.test(clause[0].slice(1));
}

/** Bare amounts in one sentence that has at least one explicit amount. */
export function findElidedAmounts(text: string, sentence: SentenceSpan, explicit: readonly ScannedAmount[]): ScannedAmount[] {
  const inSentence: ScannedAmount[] = [];
  for (const a of explicit) if (a.start >= sentence.start && a.end <= sentence.end) inSentence.push(a);
  if (inSentence.length === 0) return [];
  const found: ScannedAmount[] = [];
  // Both searches are cut after the sentence (see searchableUpTo): without a match, exec scanned on to
  // the end of the article, once per sentence with an amount. A run of 万亿兆 is never cut in two.
  let scaleTo = sentence.end;
  while (scaleTo < text.length && SCALE_CHARS.includes(text[scaleTo]!)) scaleTo++;
  const scaleSearched = searchableUpTo(text, scaleTo, 0);
  SCALE_RE.lastIndex = sentence.start;
  for (let m = SCALE_RE.exec(scaleSearched); m !== null && m.index < sentence.end; m = SCALE_RE.exec(scaleSearched)) {
    const end = m.index + m[0].length;
    const span = numeralSpanBefore(text, end);
    if (span === null || span.start < sentence.start || !/[0-9一二两三四五六七八九]/.test(text.slice(span.start, end))) continue;
    if (insideAny(inSentence, span.start, end) || insideAny(found, span.start, end)) continue;
    const afterText = text.slice(end, Math.min(sentence.end, end + 8));
    const moneyNounAfter = MONEY_NOUN_AFTER.test(afterText);
    if (!moneyNounAfter && !ZH_AFTER.test(afterText)) continue;
    const before = text.slice(Math.max(sentence.start, span.start - 12), span.start);
    const previousEnd = Math.max(endBefore(inSentence, span.start), endBefore(found, span.start));
    const between = previousEnd > 0 ? text.slice(previousEnd, span.start) : null;
    const listed = between !== null && (LIST_BEFORE.test(between) || (moneyNounAfter && PARALLEL_BEFORE.test(between)));
    if (!listed && !MONEY_BEFORE.test(before) && !RECIPIENT_BEFORE.test(before) && !changeClause(text, sentence, span.start)) continue;
    const source = currencySource(inSentence, span.start);
    if (source === null) continue;
    const q = zhQualifierBefore(text, span.start, isUnitChar(text[span.start]));
    const after = q === null ? zhQualifierAfter(text, end) : null;
    found.push(
      inferred(
        source,
        q?.start ?? span.start,
        after?.end ?? end,
        span.start,
        span.parsed.value,
        span.parsed.high,
        // A paired estimate (三四亿) is a range whatever word stands before it, as in zh-amounts.ts.
        span.parsed.high !== null ? "range" : qualifierFor(q?.qualifier ?? after?.qualifier ?? null, span.parsed.vague, span.parsed.more),
        q?.word ?? after?.word ?? "",
        q?.justUnder ?? false,
        span.parsed.vague,
      ),
    );
  }
  // A bare amount that starts in the sentence and reads past the cut would end after the sentence,
  // which is skipped below either way (and no match can start inside its digits).
  const enSearched = searchableUpTo(text, sentence.end, EN_BARE_REACH);
  EN_BARE.lastIndex = sentence.start;
  for (let m = EN_BARE.exec(enSearched); m !== null && m.index < sentence.end; m = EN_BARE.exec(enSearched)) {
    const start = m.index;
    const end = start + m[0].length;
    if (end > sentence.end || insideAny(inSentence, start, end)) continue;
    if (!EN_AFTER.test(text.slice(end, end + 14)) || !EN_BEFORE.test(text.slice(Math.max(sentence.start, start - 24), start))) continue;
    const source = currencySource(inSentence, start);
    if (source === null) continue;
    found.push(
      inferred(source, start, end, start, scale(Number(m[1]!.replace(/,/g, "")), ENGLISH_SCALES[m[2]!]!), null, "exact", "", false, false),
    );
  }
  return found;
}
