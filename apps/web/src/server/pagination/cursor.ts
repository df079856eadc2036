/**
 * Opaque page cursors: a small JSON object in base64url. Clients pass them back unchanged; a tampered cursor
 * decodes to garbage or fails to decode, and the procedure answers INVALID_CURSOR rather than a 500.
 */
export function encodeCursor(value: Record<string, string | number | null>): string {
  return Buffer.from(JSON.stringify(value), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
