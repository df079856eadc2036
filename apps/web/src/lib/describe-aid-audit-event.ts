/**
 * One line for an aid-figure review in the audit log: the figure's words, the state change, and for a correction
 * the fields that changed with their old and new values (e.g. "4亿美元: unreviewed → corrected; recipient:
 * Ukraine → Moldova"). Reads the before/after snapshots that the db package's review functions record.
 */
export function describeAidAuditEvent(before: Record<string, unknown>, after: Record<string, unknown>): string {
  const surface = typeof after.surface === "string" ? after.surface : typeof before.surface === "string" ? before.surface : "";
  const state = before.state !== after.state ? `${String(before.state ?? "unreviewed")} → ${String(after.state ?? "unreviewed")}` : String(after.state ?? "");
  const oldFields = record(before.fields) ?? record(after.basis) ?? {};
  const newFields = record(after.fields) ?? {};
  const changed = Array.isArray(after.changed) ? after.changed.map(String) : [];
  const changes = changed
    .filter((key) => JSON.stringify(oldFields[key]) !== JSON.stringify(newFields[key]))
    .map((key) => `${key}: ${show(oldFields[key])} → ${show(newFields[key])}`);
  return [`${surface}: ${state}`, ...changes].join("; ");
}

function record(value: unknown): Record<string, unknown> | null {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function show(value: unknown): string {
  return value === null || value === undefined ? "—" : String(value);
}
