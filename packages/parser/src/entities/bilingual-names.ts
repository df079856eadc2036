import type { ArticleEntity } from "../schema/article-record.js";
import { CONJUNCTION_CHARS, FUNCTION_CHARS, ORGANISATION_ENDINGS, TITLE_AND_VERB_WORDS } from "./name-boundaries.js";

/** A Latin name in parentheses right after CJK text: （Antony Blinken）, (Joe Biden), （OSCE）. */
const PAREN_LATIN = /[（(]\s*([A-Za-z][^（）()\n]{0,80}?)\s*[）)]/g;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const NAME_DOTS = new Set(["·", "•", "‧", "・", "．"]);
const MAX_RUN = 24;
const HONORIFIC = /^(?:Sen|Rep|Dr|Mr|Mrs|Ms|Prof|Gen|Adm|Gov|Lt|Col|Capt|Sgt|Rev|Sir|President|Senator|Secretary)\.?\s+(?=[A-Z])/;
const PARTY_SUFFIX = /,\s*[DRI]-[A-Z]{2}$/;

/**
 * Finds bilingual pairs written 中文名（English Name）: persons (安东尼·布林肯（Antony Blinken）),
 * organisations (欧洲安全与合作组织（OSCE）), titled works (《香港自治法》（Hong Kong Autonomy Act）).
 * Each pair is reported once, in order of first appearance.
 */
export function extractBilingualNames(text: string): ArticleEntity[] {
  const found: ArticleEntity[] = [];
  const seen = new Set<string>();
  PAREN_LATIN.lastIndex = 0;
  for (let m = PAREN_LATIN.exec(text); m !== null; m = PAREN_LATIN.exec(text)) {
    const en = cleanEnglish(m[1] ?? "");
    if (en === null) continue;
    const zh = chineseNameBefore(text, m.index);
    if (zh === null) continue;
    const key = `${zh}\u0000${en}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push({ zh, en });
  }
  return found;
}

function cleanEnglish(raw: string): string | null {
  let en = raw.trim().replace(/\s+/g, " ");
  if (HAN.test(en) || !/^[A-Z0-9]/.test(en)) return null;
  en = en.replace(PARTY_SUFFIX, "").replace(HONORIFIC, "").trim();
  const words = en.split(" ");
  // A name, an acronym or a title — not a sentence, a date or a photo credit.
  if (words.length > 10 || /[.!?]\s+[a-z]/.test(en) || /^\d+$/.test(en)) return null;
  if (/^(?:AP|AFP|EPA|REUTERS|Reuters|Getty Images)(?:\s*(?:Photo)?\s*\/|$)/.test(en)) return null;
  return en;
}

function chineseNameBefore(text: string, parenAt: number): string | null {
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
  while (start > 0 && parenAt - start < MAX_RUN) {
    const ch = text[start - 1] ?? "";
    if (HAN.test(ch) || (NAME_DOTS.has(ch) && HAN.test(text[start - 2] ?? ""))) start--;
    else if (ch === "." && HAN.test(text[start - 2] ?? "") && HAN.test(text[start] ?? "")) start--;
    else break;
  }
  return trimLeadIn(text.slice(start, parenAt));
}

/** Cuts titles, verbs and grammar words off the front of a run of CJK text that ends with a name. */
function trimLeadIn(run: string): string | null {
  let cut = 0;
  for (const word of TITLE_AND_VERB_WORDS) {
    const at = run.lastIndexOf(word);
    if (at >= 0 && at + word.length > cut && run.length - (at + word.length) >= 2) cut = at + word.length;
  }
  const organisation = ORGANISATION_ENDINGS.test(run);
  for (let i = run.length - 3; i >= cut; i--) {
    const ch = run[i] ?? "";
    if (FUNCTION_CHARS.has(ch) || (!organisation && CONJUNCTION_CHARS.has(ch))) {
      cut = i + 1;
      break;
    }
  }
  let name = run.slice(cut);
  while (NAME_DOTS.has(name[0] ?? "")) name = name.slice(1);
  return name.length >= 2 ? name : null;
}
