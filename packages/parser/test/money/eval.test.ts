import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateFolder } from "../../eval/evaluate.js";
import { GoldFileError, readGold, type GoldMention } from "../../eval/gold.js";
import { matchMentions, sentenceSimilarity } from "../../eval/match.js";
import { policyMentions, readSnippets, type Snippet } from "./synthetic-snippets.js";

/**
 * The eval script on the synthetic snippets, each wrapped as an F1 archive file in a temp folder,
 * with a gold JSONL in POLICY.md's fields. Surfaces are written here by hand, some deliberately
 * without the qualifier word ("3万亿美元" for "突破3万亿美元") to exercise the tolerant match.
 */

const SURFACES: Readonly<Record<string, readonly string[]>> = {
  g01: ["约770亿美元"], g02: ["超过1100亿美元"], g03: ["五十亿欧元"], g04: ["30至40亿元人民币"], g05: ["2.5亿英镑"],
  g06: ["至少50亿欧元"], g07: ["近15亿美元"], g08: ["610亿美元"], g09: ["逾20亿美元"], g10: ["5亿美元"],
  g11: ["2亿元人民币"], g12: ["5亿加元"], g13: ["500亿欧元"], g14: ["约38亿美元"], g15: ["100万美元"],
  g16: ["12.5亿美元"], g17: ["多达30亿英镑"], g18: ["1000万元人民币", "300万美元"], g19: ["五百亿欧元"],
  g20: ["750亿挪威克朗"], g21: ["二千五百万美元"], g22: ["13亿美元"], g23: ["约850亿欧元", "170亿欧元"],
  g24: ["1000多亿美元"], g25: ["约10亿卢布"], g26: ["15亿格里夫纳"], g27: ["2.5亿美元"], g28: ["数百亿美元"],
  g29: ["1.5万亿日元"], g30: ["约为1.67万亿元人民币"], g31: ["100卢布", "1美元"], g32: ["约为1.57万亿乌克兰格里夫纳"],
  g33: ["3万亿美元"], g34: ["约为5000元人民币"], g35: ["二十五万元"], g36: ["1.47亿美元"], g37: ["超过3000亿美元"],
  g38: ["3.5亿欧元"], g39: ["约为300万格里夫纳"], g40: ["3亿美元"], g46: ["$61 billion"], g47: ["€50bn"],
  g48: ["USD 2.3 million"], g49: ["up to £3 billion"], g50: ["more than €28 billion"], g51: ["nearly $1.5 billion"],
  g52: ["about $3.8 billion"], g53: ["$400 million and $500 million"], g54: ["C$500 million"], g55: ["at least $1 billion"],
  g56: ["$3 trillion"], g57: ["$4.2 billion"], g58: ["$25"], g59: ["$300 million"], h01: ["约45亿美元"], h02: ["一点二亿美元"],
  h03: ["20万美元"], h04: ["500亿欧元"], h05: ["950亿美元"], h06: ["25亿英镑", "2亿英镑"], h07: ["约60亿美元"],
  h08: ["数十亿格里夫纳"], h09: ["约为3000卢布"], h10: ["约9亿美元"], h11: ["$250 million"],
  h12: ["roughly 1.2 trillion yen", "$8 billion"], h13: ["€13bn"], h14: ["€5 billion"], h16: ["约1.1亿美元"],
  h17: ["15亿瑞士法郎"], h19: ["两千亿元人民币"], h20: ["约500亿美元"], h21: ["14.5亿美元"], h22: ["€2 billion"],
  h23: ["GBP 500 million"], h24: ["逾5000万英镑"], h25: ["约为400万美元"],
};

/** An F1 archive file (the seed's layout) whose body is the snippet. */
function archiveFile(snippet: Snippet): string {
  return [
    "<!--1701298743000-->",
    `[Newsdesk test ${snippet.id}](https://www.voachinese.com/a/test-${snippet.id}/1.html)`,
    "------",
    "",
    `<div><i>Wed, 29 Nov 2023 22:43:38 GMT</i></div><p>${snippet.text}</p>`,
  ].join("\n");
}

function goldLines(snippets: readonly Snippet[]): object[] {
  return snippets.flatMap((snippet) =>
    policyMentions(snippet).map((m, i) => ({
      file: `${snippet.id}.txt`,
      sentence: snippet.text,
      mention: SURFACES[snippet.id]![i]!,
      amount: m.amount,
      currency: m.currency,
      qualifier: m.qualifier,
      rangeMax: m.amountHigh,
      isAid: m.isAid,
      donor: m.donor,
      recipient: m.recipient,
    })),
  );
}

let dir: string;
let goldPath: string;
let gold: GoldMention[];
const snippets = readSnippets();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "newsdesk-eval-"));
  const files = join(dir, "files");
  execFileSync("mkdir", [files]);
  for (const snippet of snippets) writeFileSync(join(files, `${snippet.id}.txt`), archiveFile(snippet));
  goldPath = join(dir, "gold.jsonl");
  writeFileSync(goldPath, `${goldLines(snippets).map((l) => JSON.stringify(l)).join("\n")}\n`);
  gold = readGold(goldPath);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("eval on the synthetic snippets", () => {
  it("reads every gold line", () => {
    expect(gold).toHaveLength(Object.values(SURFACES).flat().length);
  });

  it("scores the extractor perfectly on the snippets it is built to pass", () => {
    const { scores, failures, missingFiles } = evaluateFolder(join(dir, "files"), gold);
    expect(failures).toEqual([]);
    expect(missingFiles).toEqual([]);
    expect(scores).toMatchObject({ gold: gold.length, predicted: gold.length, matched: gold.length, aidF1: 1 });
    for (const key of ["amountPrecision", "amountRecall", "qualifierAccuracy", "aidPrecision", "aidRecall", "donorAccuracy", "recipientAccuracy"] as const) {
      expect(scores[key].value, key).toBe(1);
    }
  });

  it("walks subfolders and leaves manifest and gold files out, matching gold files by base name", () => {
    // dir holds files/ and gold.jsonl: the archive files are one level down, the gold file is not an archive.
    const nested = evaluateFolder(dir, gold);
    expect(nested.failures).toEqual([]);
    expect(nested.missingFiles).toEqual([]);
    expect(nested.files).toBe(evaluateFolder(join(dir, "files"), gold).files);
    expect(nested.scores.aidF1).toBe(1);
  });

  it("counts a prediction the gold does not have against precision only", () => {
    const withoutOne = gold.filter((g) => g.mention !== "约770亿美元");
    const { scores, matching } = evaluateFolder(join(dir, "files"), withoutOne);
    expect(scores.amountPrecision).toMatchObject({ hits: withoutOne.length, total: gold.length });
    expect(scores.amountRecall.value).toBe(1);
    expect(matching.unmatchedPredicted.map((p) => p.mention.surface)).toEqual(["约770亿美元"]);
    // The spurious prediction is an aid figure: a false positive for isAid.
    expect(scores.aidPrecision.total - scores.aidPrecision.hits).toBe(1);
  });

  it("counts a wrong amount, qualifier, aid flag or party exactly once each", () => {
    const changed = gold.map((g) => {
      if (g.mention === "五十亿欧元") return { ...g, amount: 4e9 };
      if (g.mention === "约38亿美元") return { ...g, qualifier: "over" as const };
      if (g.mention === "1.47亿美元") return { ...g, isAid: true, donor: "United States", recipient: "Israel" };
      if (g.mention === "5亿美元" && g.file === "g10.txt") return { ...g, donor: "Saudi Arabia; Kuwait" };
      return g;
    });
    const { scores } = evaluateFolder(join(dir, "files"), changed);
    expect(scores.amountRecall).toMatchObject({ hits: gold.length - 1, total: gold.length });
    expect(scores.qualifierAccuracy.hits).toBe(gold.length - 1);
    const goldAid = changed.filter((g) => g.isAid).length;
    expect(scores.aidRecall).toMatchObject({ hits: goldAid - 1, total: goldAid });
    expect(scores.aidPrecision.value).toBe(1);
    // 1.47亿美元 (now gold aid, predicted not) has no predicted parties; g10's donor differs.
    expect(scores.donorAccuracy.hits).toBe(goldAid - 2);
    expect(scores.recipientAccuracy.hits).toBe(goldAid - 1);
  });

  it("scores only annotated files when asked, and reports gold files that are missing", () => {
    const some = gold.filter((g) => g.file === "g01.txt" || g.file === "zz.txt");
    const { scores, missingFiles, files } = evaluateFolder(join(dir, "files"), [...some, { ...some[0]!, file: "zz.txt" }], { goldFilesOnly: true });
    expect(files).toBe(1);
    expect(missingFiles).toEqual(["zz.txt"]);
    expect(scores.amountRecall).toMatchObject({ hits: 1, total: 2 });
  });

  it("runs from the command line and prints the table", () => {
    const run = fileURLToPath(new URL("../../eval/run.ts", import.meta.url));
    const out = execFileSync("npx", ["tsx", run, "--files", join(dir, "files"), "--gold", goldPath], { encoding: "utf8" });
    expect(out).toMatch(/amount\+currency precision\s+\|\s+100\.0%/);
    expect(out).toMatch(/isAid F1\s+\|\s+100\.0%/);
  });

  it("refuses bad arguments with exit code 2", () => {
    const run = fileURLToPath(new URL("../../eval/run.ts", import.meta.url));
    let status = 0;
    try {
      execFileSync("npx", ["tsx", run, "--files", join(dir, "nowhere")], { encoding: "utf8", stdio: "pipe" });
    } catch (error) {
      status = (error as { status: number }).status;
    }
    expect(status).toBe(2);
  });
});

describe("gold files and matching", () => {
  it("reports every bad line of a gold file", () => {
    const path = join(dir, "bad.jsonl");
    writeFileSync(path, '{"file":"a.txt"}\nnot json\n');
    expect(() => readGold(path)).toThrow(GoldFileError);
    try {
      readGold(path);
    } catch (error) {
      expect((error as GoldFileError).issues.map((i) => i.line)).toEqual([1, 2]);
    }
  });

  it("compares sentences after decoding entities, tolerating markup cuts", () => {
    expect(sentenceSimilarity("美国已提供了约770亿美元", "布林肯表示，美国已提供了约770亿美元的援助")).toBe(1);
    expect(sentenceSimilarity("完全不同的一句话", "another sentence entirely")).toBeLessThan(0.5);
  });

  it("pairs repeated surfaces by their sentences", () => {
    const base = { amount: 600, currency: "USD", qualifier: "exact" as const, rangeMax: null, isAid: false, donor: null, recipient: null };
    const goldPair: GoldMention[] = [
      { ...base, file: "f", sentence: "第二句话里也有每周600美元的救济", mention: "600美元" },
      { ...base, file: "f", sentence: "第一句话提到600美元", mention: "600美元" },
    ];
    const mention = (sentence: string) => ({ surface: "600美元", sentence }) as never;
    const result = matchMentions(goldPair, [
      { file: "f", mention: mention("第一句话提到600美元。") },
      { file: "f", mention: mention("第二句话里也有每周600美元的救济。") },
    ]);
    const pairs = result.pairs.map((p) => [p.gold.sentence.slice(0, 3), (p.predicted.mention as { sentence: string }).sentence.slice(0, 3)]);
    expect(pairs.sort()).toEqual([
      ["第一句", "第一句"],
      ["第二句", "第二句"],
    ]);
  });
});
