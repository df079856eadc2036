import type { ArticleEntity } from "../schema/article-record.js";
import {
  BARE_ORGANISATION,
  CONJUNCTION_CHARS,
  FUNCTION_CHARS,
  NAME_DOT_CHARS,
  ORGANISATION_ENDINGS,
  TITLE_AND_VERB_WORDS,
  WHOLE_ORGANISATION_END,
} from "./name-boundaries.js";
import { trimToOrganisationStart } from "./organisation-start.js";
import { isTransliterationChar, trimToTransliteration } from "./transliteration.js";

/** A Latin name in parentheses right after CJK text: （Antony Blinken）, (Joe Biden), （OSCE）. */
const PAREN_LATIN = /[（(]\s*([A-Za-z][^（）()\n]{0,80}?)\s*[）)]/g;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const NAME_DOTS = new Set(NAME_DOT_CHARS);
const MAX_RUN = 24;
const LEAD_IN_WORDS = new Set(TITLE_AND_VERB_WORDS);
const NO_LENGTHS: readonly number[] = [];
/** Words of a title and 人 that are no person before a name: 采购经理人指数, 代理人战争. */
const WORDS_ENDING_IN_REN = new Set(["经理人", "經理人", "代理人"]);
/** The lengths of the lead-in words that end with a character: only those are looked up there. */
const LEAD_IN_LENGTHS_BY_LAST = new Map<string, number[]>();
for (const word of TITLE_AND_VERB_WORDS) {
  const last = word[word.length - 1] ?? "";
  const lengths = LEAD_IN_LENGTHS_BY_LAST.get(last) ?? [];
  if (!lengths.includes(word.length)) lengths.push(word.length);
  LEAD_IN_LENGTHS_BY_LAST.set(last, lengths);
}
const TRAILING_TITLES = /(?:教授|先生|女士|博士|医生|醫生|律师|律師|牧师|牧師|议员|議員|总统|總統|主席|总理|總理|部长|部長)$/;
const HONORIFIC = /^(?:Sen|Rep|Dr|Mr|Mrs|Ms|Prof|Gen|Adm|Gov|Lt|Col|Capt|Sgt|Rev|Sir|President|Senator|Secretary)\.?\s+(?=[A-Z])/;
const PARTY_SUFFIX = /,\s*[DRI]-[A-Z]{2}$/;
const PRONOUN = /^[他她它我你您][们們]?$/;

/**
 * Finds bilingual pairs written 中文名（English Name）: persons (安东尼·布林肯（Antony Blinken）),
 * organisations (欧洲安全与合作组织（OSCE）), titled works (《香港自治法》（Hong Kong Autonomy Act）).
 * Each pair is reported once, in order of first appearance across the texts (title, then body).
 */
export function extractBilingualNames(...texts: string[]): ArticleEntity[] {
  const found: ArticleEntity[] = [];
  const seen = new Set<string>();
  for (const text of texts) {
    PAREN_LATIN.lastIndex = 0;
    for (let m = PAREN_LATIN.exec(text); m !== null; m = PAREN_LATIN.exec(text)) {
      // Most parentheses of English copy ("(Reuters)", "(AP)") follow no CJK text: that one-character
      // test goes first, before the cleaning regexes (both must pass, so the order changes nothing).
      // "默克尔 (Angela Merkel)": one space before a half-width parenthesis, after a transliterated name
      // or before an acronym (blogs put a space before every English gloss: "認知 (Recognition)").
      const spaced = text[m.index] === "(" && text[m.index - 1] === " ";
      const parenAt = spaced ? m.index - 1 : m.index;
      if (!mayEndName(text, parenAt)) continue;
      const en = cleanEnglish(m[1] ?? "");
      if (en === null) continue;
      if (spaced && !isTransliterationChar(text[parenAt - 1] ?? "") && !/^[A-Z]{2,6}$/.test(en)) continue;
      const run = chineseNameBefore(text, parenAt, en);
      if (run === null) continue;
      const transliterated = trimToTransliteration(run, en);
      const zh = ACRONYM.test(en) ? trimToOrganisationStart(transliterated) : transliterated;
      const key = `${zh}\u0000${en}`;
      if (seen.has(key)) continue;
      seen.add(key);
      found.push({ zh, en });
    }
  }
  return found;
}

/** An acronym in the parenthesis: the name before it is an organisation's (or a term's). */
const ACRONYM = /^[A-Z]{2,8}$/;

/** A translator's note after the name inside the parenthesis: "Li Xiaoyu，音译", "Priti Patel，又译彭黛玲". */
const TRANSLATION_NOTE = /\s*[，,]\s*(?:音译|音譯|译音|譯音|音|暂译|暫譯|又译|又譯|又称|又稱)[^，,]{0,12}$/;
/** A person's years after the name: "Alfred Marshall ，1842-1924". */
const LIFE_YEARS = /\s*[，,]\s*\d{3,4}\s*[-–—~～]\s*\d{0,4}$/;
/** A name and its acronym: "Chinese Human Rights Defenders，CHRD" — the name is the English of the pair. */
const NAME_THEN_ACRONYM = /^(\S+(?:\s+\S+)+?)\s*[，,;；]\s*[A-Z]{2,6}$/;

function cleanEnglish(raw: string): string | null {
  let en = raw.trim().replace(/\s+/g, " ");
  if (en.includes("译") || en.includes("譯") || en.includes("称") || en.includes("稱") || en.includes("音")) en = en.replace(TRANSLATION_NOTE, "");
  if (HAN.test(en) || !/^[A-Z0-9]/.test(en)) return null;
  en = en.replace(PARTY_SUFFIX, "").replace(HONORIFIC, "").trim();
  en = en.replace(NAME_THEN_ACRONYM, "$1").replace(LIFE_YEARS, "");
  const words = en.split(" ");
  // A name, an acronym or a title — not a sentence, a date or a photo credit.
  if (words.length > 10 || /[.!?]\s+[a-z]/.test(en) || /^\d+$/.test(en)) return null;
  if (/^(?:AP|AFP|EPA|REUTERS|Reuters|Getty Images)(?:\s*(?:Photo)?\s*\/|$)/.test(en)) return null;
  // Stock tickers: AAPL.O, 9988.HK, GS.N
  if (/^[A-Z0-9]{1,6}\.[A-Z]{1,2}$/.test(en)) return null;
  return en;
}

/** The character before the parenthesis can end a name or a title: a CJK ideograph, 》, 」 or 』. */
function mayEndName(text: string, parenAt: number): boolean {
  const before = text[parenAt - 1] ?? "";
  return before === "》" || before === "」" || before === "』" || HAN.test(before);
}

/**
 * The run of CJK text before the parenthesis that may hold the name, its lead-in cut off. Dots join a
 * name's parts, also around a Latin initial (约瑟夫·R·拜登); a hyphen does when the English name has
 * one (克劳斯-迪特尔•弗里切, Klaus-Dieter Fritsche); digits may open it (2019冠状病毒疾病), and nothing
 * before them belongs to it (死于|2019冠状病毒疾病).
 */
function chineseNameBefore(text: string, parenAt: number, en: string): string | null {
  const hyphenated = en.includes("-");
  const before = text[parenAt - 1] ?? "";
  if (before === "》" || before === "」" || before === "』") {
    const open = before === "》" ? "《" : before === "」" ? "「" : "『";
    const start = text.lastIndexOf(open, parenAt - 1);
    if (start < 0 || parenAt - start > 40) return null;
    const title = text.slice(start + 1, parenAt - 1).trim();
    return HAN.test(title) ? title : null;
  }
  if (!HAN.test(before)) return null;
  let start = parenAt - 1;
  let digits = false;
  while (start > 0 && parenAt - start < MAX_RUN) {
    const ch = text[start - 1] ?? "";
    const isDigit = ch >= "0" && ch <= "9";
    if (digits && !isDigit) break;
    if (HAN.test(ch) || (NAME_DOTS.has(ch) && (HAN.test(text[start - 2] ?? "") || isInitial(text, start - 2)))) start--;
    // A Latin initial before a dot: 约瑟夫·R·拜登, J·P·亚达夫.
    else if (isInitial(text, start - 1)) start--;
    // Digits belong to names like 2019年冠狀病毒疾病 when Han text follows them.
    else if (isDigit && /[0-9\u3400-\u9fff]/.test(text[start] ?? "")) {
      start--;
      digits = true;
    } else if (ch === "." && HAN.test(text[start - 2] ?? "") && HAN.test(text[start] ?? "")) start--;
    else if (hyphenated && (ch === "-" || ch === "－") && HAN.test(text[start - 2] ?? "") && HAN.test(text[start] ?? "")) start--;
    else break;
  }
  // The day or month of a date written with a space before it: 5 月 17 日|叙利亚国家通讯社.
  if ("日月号號".includes(text[start] ?? "x") && /[0-9]\s?$/.test(text.slice(Math.max(0, start - 2), start))) start++;
  return trimLeadIn(text.slice(start, parenAt), en);
}

/** Whether `text[at]` is an initial: a capital Latin letter alone before a name dot (R in 约瑟夫·R·拜登). */
function isInitial(text: string, at: number): boolean {
  const ch = text[at] ?? "";
  return ch >= "A" && ch <= "Z" && NAME_DOTS.has(text[at + 1] ?? "") && !/[A-Za-z0-9]/.test(text[at - 1] ?? "");
}

/** Cuts titles, verbs and grammar words off the front of a run of CJK text that ends with a name. */
function trimLeadIn(run: string, en: string): string | null {
  let cut = 0;
  const organisation = ORGANISATION_ENDINGS.test(run);
  // The latest end of a title or verb that still leaves two characters for the name — and, for an
  // organisation, more than its generic ending: 研究 in 战略与国际研究中心 is part of the name, not a verb.
  search: for (let end = run.length - 2; end >= 2; end--) {
    // Nor does a name start with 会 (理事|会网络治理计划 is 理事会…), nor with the 人 of 经理人 (采购经理人指数).
    if ((organisation && BARE_ORGANISATION.test(run.slice(end))) || run[end] === "会" || run[end] === "會") continue;
    if (run[end] === "人" && WORDS_ENDING_IN_REN.has(run.slice(end - 2, end + 1))) continue;
    for (const length of LEAD_IN_LENGTHS_BY_LAST.get(run[end - 1] ?? "") ?? NO_LENGTHS) {
      if (length <= end && LEAD_IN_WORDS.has(run.slice(end - length, end))) {
        cut = end;
        break search;
      }
    }
  }
  for (let i = run.length - 3; i >= cut; i--) {
    const ch = run[i] ?? "";
    // 曾 ("once") is also a surname: before the last two characters it is one (曾锐生, Steve Tsang).
    if (ch === "曾" && i === run.length - 3) continue;
    // The 和 of 共和 (republic) joins nothing: 共和国电视 (Republic TV).
    if (ch === "和" && run[i - 1] === "共") continue;
    const listed = organisation && CONJUNCTION_CHARS.has(ch) && WHOLE_ORGANISATION_END.test(run.slice(cut, i));
    if (FUNCTION_CHARS.has(ch) || (!organisation && CONJUNCTION_CHARS.has(ch)) || listed) {
      cut = i + 1;
      break;
    }
  }
  let name = run.slice(cut);
  while (name.length > 2 && !(name.length === 3 && name[0] === "曾") && (FUNCTION_CHARS.has(name[0] ?? "") || CONJUNCTION_CHARS.has(name[0] ?? ""))) {
    name = name.slice(1);
  }
  // A date (17日|…, 1974年|理查德·M·尼克松) or a count (300万|英国海外公民) before the name. A year stays
  // when the English has digits too (2019冠状病毒疾病, COVID-19).
  name = name.replace(/^\d+(?:[月日号號]|[万萬亿億千百]+)/, "");
  if (!/\d/.test(en)) name = name.replace(/^\d+年/, "");
  while (NAME_DOTS.has(name[0] ?? "")) name = name.slice(1);
  // A title after the name: 白睿文教授（Michael Berry）.
  const trailing = TRAILING_TITLES.exec(name);
  if (trailing && trailing.index >= 2) name = name.slice(0, trailing.index);
  // A pronoun is no name (他们（FBI）).
  if (PRONOUN.test(name)) return null;
  return name.length >= 2 ? name : null;
}
