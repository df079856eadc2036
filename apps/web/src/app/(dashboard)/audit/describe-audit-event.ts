import { describeAidAuditEvent } from "@/lib/describe-aid-audit-event";

/** A one-line summary of an audit event's change, from its before/after snapshots. */
export function describeAuditEvent(event: { action: string; before: unknown; after: unknown }): string {
  const before = asRecord(event.before);
  const after = asRecord(event.after);
  const list = (value: unknown) => (Array.isArray(value) ? value.map(String).join(", ") : "");
  if (event.action.startsWith("aid-figure.")) return describeAidAuditEvent(before, after);
  const flags = [after.bulk ? `×${String(after.bulk)}` : null, after.undo ? "undo" : null].filter(Boolean).join(" ");
  switch (event.action) {
    case "article.tag":
      return `+ ${list(after.tags)}${flags ? ` (${flags})` : ""}`;
    case "article.untag":
      return `− ${list(after.tags)}${flags ? ` (${flags})` : ""}`;
    case "tag.rename":
      return `${String(before.name)} → ${String(after.name)}`;
    case "tag.recolor":
      return `${String(before.color)} → ${String(after.color)}`;
    case "tag.merge":
      return `${String(before.merged)} → ${String(after.into)} (${String(after.articleCount)})`;
    case "tag.create":
      return String(after.name);
    case "tag.delete":
      return `${String(before.name)} (${String(before.articleCount)})`;
    case "user.update":
      return changedKeys(before, after);
    default:
      return Object.keys(after).length > 0 ? compactJson(after) : Object.keys(before).length > 0 ? compactJson(before) : "";
  }
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function changedKeys(before: Record<string, unknown>, after: Record<string, unknown>): string {
  return Object.keys(after)
    .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map((key) => `${key}: ${String(before[key])} → ${String(after[key])}`)
    .join("; ");
}

function compactJson(value: unknown): string {
  const text = JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}
