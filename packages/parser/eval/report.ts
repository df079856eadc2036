import type { Evaluation } from "./evaluate.js";
import { amountAgrees } from "./metrics.js";
import type { Ratio } from "./metrics.js";

/** Prints an evaluation as a table with the issue's targets, and optionally every disagreement. */

const TARGETS = { amount: 0.97, aidF1: 0.9, party: 0.9 } as const;

const pct = (r: Ratio): string => `${(r.value * 100).toFixed(1).padStart(5)}%  (${r.hits}/${r.total})`;
const mark = (value: number, target: number): string => (value >= target ? "ok" : `below ${target}`);

export function formatReport(evaluation: Evaluation): string {
  const s = evaluation.scores;
  const rows: [string, string, string][] = [
    ["amount+currency precision", pct(s.amountPrecision), mark(s.amountPrecision.value, TARGETS.amount)],
    ["amount+currency recall", pct(s.amountRecall), mark(s.amountRecall.value, TARGETS.amount)],
    ["qualifier accuracy", pct(s.qualifierAccuracy), ""],
    ["isAid precision", pct(s.aidPrecision), ""],
    ["isAid recall", pct(s.aidRecall), ""],
    ["isAid F1", `${(s.aidF1 * 100).toFixed(1).padStart(5)}%`, mark(s.aidF1, TARGETS.aidF1)],
    ["donor accuracy (gold aid)", pct(s.donorAccuracy), mark(s.donorAccuracy.value, TARGETS.party)],
    ["recipient accuracy (gold aid)", pct(s.recipientAccuracy), mark(s.recipientAccuracy.value, TARGETS.party)],
    ["aidType accuracy (gold aid)", pct(s.aidTypeAccuracy), ""],
    ["status accuracy (gold aid)", pct(s.statusAccuracy), ""],
  ];
  const lines = [
    `files ${evaluation.files}, gold mentions ${s.gold}, predicted ${s.predicted}, matched ${s.matched}`,
    "",
    `| ${"measure".padEnd(29)} | ${"value".padEnd(22)} | target |`,
    `|${"-".repeat(31)}|${"-".repeat(24)}|--------|`,
    ...rows.map(([name, value, target]) => `| ${name.padEnd(29)} | ${value.padEnd(22)} | ${target} |`),
  ];
  if (evaluation.failures.length > 0) {
    lines.push("", `files the parser refused (${evaluation.failures.length}):`, ...evaluation.failures.map((f) => `  ${f.file}: ${f.reason}`));
  }
  if (evaluation.missingFiles.length > 0) {
    lines.push("", `gold files not in the folder (${evaluation.missingFiles.length}): ${evaluation.missingFiles.join(", ")}`);
  }
  return lines.join("\n");
}

/** One line per disagreement: missed and spurious mentions, then wrong fields of matched pairs. */
export function formatDisagreements(evaluation: Evaluation): string {
  const { pairs, unmatchedGold, unmatchedPredicted } = evaluation.matching;
  const lines: string[] = [];
  for (const g of unmatchedGold) lines.push(`MISSED    ${g.file}  ${g.mention}  «${g.sentence.slice(0, 80)}»`);
  for (const p of unmatchedPredicted) lines.push(`SPURIOUS  ${p.file}  ${p.mention.surface}  isAid=${p.mention.isAid}  «${p.mention.sentence.slice(0, 80)}»`);
  for (const pair of pairs) {
    const { gold: g, predicted } = pair;
    const m = predicted.mention;
    const wrong: string[] = [];
    if (!amountAgrees(pair)) wrong.push(`amount ${m.amount}${m.amountHigh ? `-${m.amountHigh}` : ""} ${m.currency} ≠ ${g.amount}${g.rangeMax ? `-${g.rangeMax}` : ""} ${g.currency}`);
    if (g.qualifier !== m.qualifier) wrong.push(`qualifier ${m.qualifier} ≠ ${g.qualifier}`);
    if (g.isAid !== m.isAid) wrong.push(`isAid ${m.isAid} ≠ ${g.isAid}`);
    if (g.isAid && (g.donor ?? "") !== (m.donor ?? "")) wrong.push(`donor ${m.donor} ≠ ${g.donor}`);
    if (g.isAid && (g.recipient ?? "") !== (m.recipient ?? "")) wrong.push(`recipient ${m.recipient} ≠ ${g.recipient}`);
    if (g.isAid && g.aidType !== undefined && g.aidType !== m.aidType) wrong.push(`aidType ${m.aidType} ≠ ${g.aidType}`);
    if (g.isAid && g.status !== undefined && g.status !== m.status) wrong.push(`status ${m.status} ≠ ${g.status}`);
    if (wrong.length > 0) lines.push(`WRONG     ${g.file}  ${g.mention}  ${wrong.join("; ")}`);
  }
  return lines.join("\n");
}
