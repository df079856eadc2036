/**
 * Chinese, Arabic and mixed numerals → numbers, as ../shared/aid/POLICY.md reads them:
 * 亿 = 1e8, 万 = 1e4, 千 = 1e3, 百 = 1e2, 万亿 = 1e12, 兆 = 1e12 (Taiwan, Hong Kong usage),
 * mixed forms add up (6亿2千万 = 620,000,000; 61万702 = 610,702; 1千零60亿 = 106,000,000,000),
 * and vague words (数十亿, 几百万) name a floor (数十亿 = 1e9).
 *
 * Hand-written: the npm numeral libraries (e.g. chinese-numbers-converter) handle pure Chinese
 * numerals but not the digit/scale mixtures, vague floors and 多/余 markers news copy uses.
 * Input is text already passed through `normaliseForMatching` (full-width digits folded,
 * Traditional 萬/億/兩/幾/數/餘/點 folded to their Simplified forms).
 */

const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};

/** Units inside a 万 section. */
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
/** Section units. */
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8, 兆: 1e12 };
/** "Several": stands for an unknown digit; the floor reading takes it as 1 before a unit, 0 after. */
const VAGUE = new Set(["数", "几"]);
/** "And more" inside a numeral: 400多亿, 3亿多, 一千余万. */
const MORE = new Set(["多", "余"]);

export interface ParsedNumeral {
  /** Value, or the floor for vague numerals. */
  value: number;
  /** 数十亿, 几百万: the value is the floor the scale word names. */
  vague: boolean;
  /** 400多亿, 3亿多, 一千余万: the true value is above `value`. */
  more: boolean;
  /** Whether a unit character (十百千万亿兆) occurs. */
  hasUnit: boolean;
  /** Whether a section unit (万亿兆) occurs. */
  hasBigUnit: boolean;
  /**
   * A paired estimate's upper reading: 两三亿 is "two or three hundred million", `value` 2e8 and
   * `high` 3e8. Null for every other numeral.
   */
  high: number | null;
}

/** Character classes by code unit, so the scanners' per-character tests are one array read. */
const DIGIT = 1;
const UNIT = 2;
const BIG = 4;
const NUMERAL = 8;
const CLASSES = new Uint8Array(65536);
for (let c = 48; c <= 57; c++) CLASSES[c] = DIGIT | NUMERAL;
for (const ch of [...Object.keys(DIGITS), ...VAGUE, ...MORE, ".", "点"]) CLASSES[ch.charCodeAt(0)]! |= NUMERAL;
for (const ch of Object.keys(SMALL_UNITS)) CLASSES[ch.charCodeAt(0)]! |= UNIT | NUMERAL;
for (const ch of Object.keys(BIG_UNITS)) CLASSES[ch.charCodeAt(0)]! |= UNIT | BIG | NUMERAL;

const classOf = (ch: string | undefined): number => (ch === undefined ? 0 : CLASSES[ch.charCodeAt(0)]!);

/** Characters that can be part of a numeral span (after normalisation). */
export function isNumeralChar(ch: string): boolean {
  return (classOf(ch) & NUMERAL) !== 0;
}

export function isDigit(ch: string | undefined): boolean {
  return (classOf(ch) & DIGIT) !== 0;
}

/** 万, 亿 or 兆. */
export function isBigUnit(ch: string | undefined): boolean {
  return (classOf(ch) & BIG) !== 0;
}

/** Any unit: 十百千 (and their financial forms), 万亿兆. */
export function isUnitChar(ch: string | undefined): boolean {
  return (classOf(ch) & UNIT) !== 0;
}

type Token =
  | { kind: "number"; value: number; digits: number }
  | { kind: "small"; value: number }
  | { kind: "big"; value: number }
  | { kind: "zero" }
  | { kind: "vague" }
  | { kind: "more" };

/** Splits a numeral span into tokens; null when a character cannot belong to a numeral. */
function tokenise(span: string): Token[] | null {
  const tokens: Token[] = [];
  let i = 0;
  while (i < span.length) {
    const ch = span[i]!;
    if (isDigit(ch)) {
      let j = i;
      while (j < span.length && (isDigit(span[j]) || span[j] === "," || span[j] === "，")) j++;
      let intPart = span.slice(i, j);
      // A comma before one or two digits is a decimal comma (DW's "3,3亿欧元" from German copy).
      const decimalComma = /^(\d+),(\d{1,2})$/.exec(intPart);
      if (decimalComma !== null) intPart = decimalComma[1]!;
      else if (!/^\d{1,3}([,，]\d{3})+$|^\d+$/.test(intPart)) return null;
      let text = intPart.replace(/[,，]/g, "");
      if (decimalComma !== null) text += `.${decimalComma[2]}`;
      if (span[j] === "." && isDigit(span[j + 1])) {
        let k = j + 1;
        while (k < span.length && isDigit(span[k])) k++;
        text += span.slice(j, k);
        j = k;
      }
      tokens.push({ kind: "number", value: Number(text), digits: intPart.replace(/[,，]/g, "").length });
      i = j;
    } else if (ch in DIGITS && ch !== "零" && ch !== "〇") {
      // A run of Chinese digits: one digit, a digit string (二〇二四), or a decimal (一点二).
      let j = i;
      let text = "";
      const readDigits = (): void => {
        for (; j < span.length && span[j]! in DIGITS; j++) text += String(DIGITS[span[j]!]);
      };
      readDigits();
      if (span[j] === "点" && span[j + 1] !== undefined && span[j + 1]! in DIGITS) {
        text += ".";
        j++;
        readDigits();
      }
      tokens.push({ kind: "number", value: Number(text), digits: text.split(".")[0]!.length });
      i = j;
    } else if (ch === "零" || ch === "〇") {
      tokens.push({ kind: "zero" });
      i++;
    } else if (ch in SMALL_UNITS) {
      tokens.push({ kind: "small", value: SMALL_UNITS[ch]! });
      i++;
    } else if (ch in BIG_UNITS) {
      tokens.push({ kind: "big", value: BIG_UNITS[ch]! });
      i++;
    } else if (VAGUE.has(ch)) {
      tokens.push({ kind: "vague" });
      i++;
    } else if (MORE.has(ch)) {
      tokens.push({ kind: "more" });
      i++;
    } else {
      return null;
    }
  }
  return tokens;
}

/**
 * Two neighbouring Chinese digits before a unit: 一两千, 两三亿, 三四十亿, 五六百万, 十七八亿.
 * News copy writes "two or three hundred million" this way; read as one digit string (23亿) it
 * is ten times too large. Only ascending neighbours count (2 then 3), so 二十三亿 and 三十四亿,
 * where a unit stands between the digits, and digit strings such as 二〇二四 are left alone.
 */
const PAIRED = /([一两二三四五六七八九])([一两二三四五六七八九])(?=[十拾百佰千仟万亿兆])/;

/**
 * Reads a numeral span such as "1.5万亿", "6亿2千万", "二千五百万", "数十亿", "400多", "两三亿".
 * Returns null when the span is not one well-formed numeral (two numbers side by side, a unit
 * after a decimal in the wrong place, 多 at the start …), so callers can try a shorter span.
 */
export function parseNumeral(span: string): ParsedNumeral | null {
  const pair = PAIRED.exec(span);
  if (pair !== null && DIGITS[pair[2]!] === DIGITS[pair[1]!]! + 1 && !((span[pair.index - 1] ?? "") in DIGITS)) {
    const at = pair.index;
    const low = parseSingle(span.slice(0, at) + pair[1] + span.slice(at + 2));
    const high = parseSingle(span.slice(0, at) + pair[2] + span.slice(at + 2));
    if (low !== null && high !== null) return { ...low, high: high.value };
  }
  return parseSingle(span);
}

function parseSingle(span: string): ParsedNumeral | null {
  // A space may stand between a number and its scale word or 余/多 ("1180 亿", "8000 余"), nowhere else.
  const tokens = tokenise(span.replace(/\s+(?=[十拾百佰千仟万亿兆余多])/g, ""));
  if (tokens === null || tokens.length === 0) return null;
  const first = tokens[0]!;
  if (first.kind === "more" || first.kind === "zero") return null;

  let total = 0; // completed 亿/兆 groups
  let section = 0; // completed 万 groups below 亿
  let small = 0; // completed 十/百/千 below 万
  let pending: number | null = null; // the last number not yet bound to a unit
  let pendingShorthand = false; // a lone digit right after a unit: 一万五 = 15,000
  let lastUnit = 0;
  let afterZero = false;
  let vague = false;
  let more = false;
  let hasUnit = false;
  let hasBigUnit = false;
  let previous: Token | null = null;

  for (const token of tokens) {
    switch (token.kind) {
      case "number":
      case "vague": {
        if (previous !== null && (previous.kind === "number" || previous.kind === "vague")) return null;
        if (previous?.kind === "more") return null;
        const afterUnit = previous !== null && (previous.kind === "small" || previous.kind === "big");
        if (token.kind === "vague") vague = true;
        // A vague digit before a unit counts as one (数十亿 = 十亿), after a unit as nothing (十几亿 ≥ 十亿).
        pending = token.kind === "number" ? token.value : afterUnit ? 0 : -1;
        pendingShorthand =
          token.kind === "number" && !afterZero && lastUnit >= 100 && token.digits === 1 && !String(token.value).includes(".");
        afterZero = false;
        break;
      }
      case "zero":
        afterZero = true;
        break;
      case "more":
        if (previous === null || previous.kind === "more" || previous.kind === "zero") return null;
        more = true;
        break;
      case "small": {
        if (previous?.kind === "small") return null;
        const multiplier = pending === null || pending === -1 ? 1 : pending;
        small += multiplier * token.value;
        pending = null;
        pendingShorthand = false;
        lastUnit = token.value;
        hasUnit = true;
        break;
      }
      case "big": {
        const pendingValue = pending === null ? 0 : pending === -1 ? 1 : pending;
        let below = small + pendingValue;
        if (token.value === 1e4) {
          if (below === 0 && section === 0 && total === 0) below = 1; // 万元 on its own
          section += below * token.value;
        } else {
          below += section;
          if (below === 0) {
            // 万亿 written after a completed section is handled above; a bare 亿 counts as one.
            below = total === 0 ? 1 : 0;
            if (below === 0) return null;
          }
          total += below * token.value;
          section = 0;
        }
        small = 0;
        pending = null;
        pendingShorthand = false;
        lastUnit = token.value;
        hasUnit = true;
        hasBigUnit = true;
        break;
      }
    }
    previous = token;
  }

  // A vague digit with nothing to bind it (几元) still names at least one unit.
  let tail = pending === null ? 0 : pending === -1 ? (hasUnit ? 0 : 1) : pending;
  if (pendingShorthand && pending !== null) tail = pending * (lastUnit / 10);
  const value = total + section + small + tail;
  if (!Number.isFinite(value)) return null;
  return { value: withoutBinaryNoise(value), vague, more, hasUnit, hasBigUnit, high: null };
}

/** Decimal numerals times 1e8 pick up binary noise (1.1 * 1e8 = 110000000.00000001). */
export function withoutBinaryNoise(value: number): number {
  // Whole numbers of up to 15 digits come back unchanged from the round trip, which costs a string
  // each way; most amounts are such numbers (3% of the money extractor's time went to it).
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return value;
  return Number.parseFloat(value.toPrecision(15));
}

/**
 * The unit characters a range's upper bound ends with that its lower bound should share:
 * "40亿" → "亿", "5百万" → "百万", "5千万" → "千万", "2万亿" → "万亿".
 */
export function trailingUnits(span: string): string {
  const compact = span.replace(/\s+/g, "");
  let i = compact.length;
  while (i > 0 && isUnitChar(compact[i - 1])) i--;
  return compact.slice(i);
}
