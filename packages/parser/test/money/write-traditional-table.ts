/**
 * Regenerates src/money/traditional-table.ts from the money lexicons:
 *   npx tsx test/money/write-traditional-table.ts        (from packages/parser)
 * Every CJK character and phrase of the non-test sources in src/money is converted to Traditional
 * with OpenCC (cn → t, tw, hk, twp); each Traditional character that differs is paired with the
 * Simplified one it stands for. Characters the lexicons themselves use are never folded, and when
 * a phrase conversion maps one Traditional character to two different Simplified ones (寮國 for
 * 老挝), the first pairing wins. char-normaliser.test.ts checks the table against the same rule.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as OpenCC from "opencc-js";

const dir = new URL("../../src/money/", import.meta.url);
const tablePath = new URL("traditional-table.ts", dir);
const toSimplified = OpenCC.Converter({ from: "t", to: "cn" });
const converters = (["t", "tw", "hk", "twp"] as const).map((to) => OpenCC.Converter({ from: "cn", to }));

const sources = readdirSync(dir).filter((n) => n.endsWith(".ts") && !n.endsWith(".test.ts") && n !== "traditional-table.ts" && n !== "char-normaliser.ts");
const runs = new Set<string>();
for (const name of sources) {
  for (const run of readFileSync(new URL(name, dir), "utf8").match(/[\u4e00-\u9fff]+/g) ?? []) {
    if (toSimplified(run) === run) runs.add(run);
  }
}
const lexicon = new Set([...runs].flatMap((run) => [...run]));

/** Numeral and currency variants OpenCC's single-character path leaves out. */
const EXTRA: Readonly<Record<string, string>> = {
  臺: "台", 萬: "万", 億: "亿", 兩: "两", 幾: "几", 數: "数", 餘: "余", 點: "点", 貳: "贰", 陸: "陆", 圓: "圆",
  幣: "币", 裡: "里", 裏: "里", 於: "于", 後: "后", 為: "为", 爲: "为", 眾: "众", 衆: "众",
};

const pairs = new Map<string, string>();
const add = (traditional: string, simplified: string): void => {
  if (traditional === simplified || lexicon.has(traditional) || pairs.has(traditional)) return;
  pairs.set(traditional, simplified);
};
for (const convert of converters) {
  for (const ch of lexicon) {
    const traditional = convert(ch);
    if (traditional.length === 1) add(traditional, ch);
  }
}
for (const convert of converters) {
  for (const run of runs) {
    const traditional = convert(run);
    if (traditional.length === run.length) [...traditional].forEach((t, i) => add(t, run[i]!));
  }
}
for (const [traditional, simplified] of Object.entries(EXTRA)) add(traditional, simplified);

const sorted = [...pairs].sort((a, b) => a[0].codePointAt(0)! - b[0].codePointAt(0)!);
const chunk = (s: string): string => s.match(/.{1,60}/gu)!.map((line) => `  "${line}"`).join(" +\n");
const old = readFileSync(tablePath, "utf8");
const head = old.slice(0, old.indexOf("export const TRADITIONAL"));
writeFileSync(
  tablePath,
  `${head}export const TRADITIONAL =\n${chunk(sorted.map((p) => p[0]).join(""))};\nexport const SIMPLIFIED =\n${chunk(sorted.map((p) => p[1]).join(""))};\n`,
);
console.log(`${sorted.length} pairs from ${lexicon.size} lexicon characters`);
