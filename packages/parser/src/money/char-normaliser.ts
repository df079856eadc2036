/**
 * Folds a field to the one script and digit form the lexicons are written in, without changing its
 * length, so offsets found in the folded text are offsets in the original:
 * - Traditional characters that occur in this folder's lexicons → Simplified (歐元 → 欧元, 億 → 亿,
 *   對烏克蘭 → 对乌克兰). Only those characters: the table is generated from the lexicons with
 *   OpenCC (cn → t/tw/hk/twp, single characters) and `char-normaliser.test.ts` checks it still covers them.
 * - Full-width digits, letters and signs → ASCII (１２３ → 123, ＄ → $, ￥ → ¥), odd spaces → " ".
 * Hand-written rather than running OpenCC on every field: a 64K lookup table is length-preserving,
 * dependency-free and runs at memory speed, and only the lexicons' characters matter here.
 */

import { SIMPLIFIED, TRADITIONAL } from "./traditional-table.js";

const FOLD = new Uint16Array(65536);
for (let code = 0; code < 65536; code++) FOLD[code] = code;
for (let i = 0; i < TRADITIONAL.length; i++) FOLD[TRADITIONAL.charCodeAt(i)] = SIMPLIFIED.charCodeAt(i);
for (let code = 0xff01; code <= 0xff5e; code++) {
  // Full-width ASCII, except the Chinese punctuation that carries meaning here: ，（）：；～
  if (!"，（）：；～！？".includes(String.fromCharCode(code))) FOLD[code] = code - 0xfee0;
}
FOLD[0xffe5] = "¥".charCodeAt(0);
FOLD[0xffe1] = "£".charCodeAt(0);
for (const space of [0x00a0, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x3000]) {
  FOLD[space] = 0x20;
}

const UTF16 = new TextDecoder("utf-16le");

/** One UTF-16 code unit, folded (see `normaliseForMatching`). */
export function foldCharCode(code: number): number {
  return FOLD[code]!;
}

/** The folded copy of `text`; same length, same offsets. */
export function normaliseForMatching(text: string): string {
  let i = 0;
  while (i < text.length && FOLD[text.charCodeAt(i)] === text.charCodeAt(i)) i++;
  if (i === text.length) return text;
  const out = new Uint16Array(text.length);
  for (let j = 0; j < text.length; j++) out[j] = FOLD[text.charCodeAt(j)]!;
  return UTF16.decode(out);
}

const VARIANTS = new Map<string, string>();
for (let i = 0; i < TRADITIONAL.length; i++) {
  const simplified = SIMPLIFIED[i]!;
  VARIANTS.set(simplified, (VARIANTS.get(simplified) ?? simplified) + TRADITIONAL[i]!);
}

/** The Traditional characters that fold to `ch` ("" when none). */
export function traditionalFormsOf(ch: string): string {
  return VARIANTS.get(ch)?.slice(1) ?? "";
}

