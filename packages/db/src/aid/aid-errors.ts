/** Why a review of an aid figure was refused. */
export type AidFigureErrorCode = "AID_FIGURE_NOT_FOUND" | "AID_FIGURE_CONFLICT" | "AID_FIGURE_NOTHING_TO_UNDO" | "AID_FIGURE_INVALID";

/** A typed refusal the dashboard maps to its own error codes (NOT_FOUND, CONFLICT, BAD_REQUEST). */
export class AidFigureError extends Error {
  readonly code: AidFigureErrorCode;
  /** For a conflict: the version and state the figure has now, so the client can reload and show them. */
  readonly current: { version: number; state: string } | null;

  constructor(code: AidFigureErrorCode, message: string, current: { version: number; state: string } | null = null) {
    super(message);
    this.name = "AidFigureError";
    this.code = code;
    this.current = current;
  }
}

export function isAidFigureError(error: unknown): error is AidFigureError {
  return error instanceof AidFigureError;
}
