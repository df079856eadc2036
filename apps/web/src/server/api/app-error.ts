import { TRPCError } from "@trpc/server";

/**
 * Every failure the dashboard explains to a person has a code here. The tRPC code sets the HTTP status; the app
 * code (UPPER_SNAKE) reaches the client through the error formatter (`error.data.appCode`) so the UI can show
 * the right message in the right language, and tests can assert on it.
 */
const appErrorStatus = {
  UNAUTHENTICATED: "UNAUTHORIZED",
  INVALID_CREDENTIALS: "UNAUTHORIZED",
  ACCOUNT_DISABLED: "FORBIDDEN",
  FORBIDDEN_ROLE: "FORBIDDEN",
  CROSS_SITE_REQUEST: "FORBIDDEN",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
  NOT_FOUND: "NOT_FOUND",
  EMAIL_TAKEN: "CONFLICT",
  TAG_NAME_TAKEN: "CONFLICT",
  LAST_ADMIN: "CONFLICT",
  CANNOT_CHANGE_SELF: "CONFLICT",
  MERGE_INTO_SELF: "BAD_REQUEST",
  INVALID_CURSOR: "BAD_REQUEST",
  UNSUPPORTED_UPLOAD: "BAD_REQUEST",
  UPLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  AID_FIGURE_CONFLICT: "CONFLICT",
  NOTHING_TO_UNDO: "BAD_REQUEST",
  INVALID_RATES_FILE: "BAD_REQUEST",
} as const satisfies Record<string, TRPCError["code"]>;

export type AppErrorCode = keyof typeof appErrorStatus;

export class AppError extends TRPCError {
  readonly appCode: AppErrorCode;
  /** Extra facts for the client, e.g. { retryAfterSeconds } for RATE_LIMITED. */
  readonly details: Record<string, string | number | boolean> | undefined;

  constructor(appCode: AppErrorCode, message: string, details?: Record<string, string | number | boolean>) {
    super({ code: appErrorStatus[appCode], message });
    this.name = "AppError";
    this.appCode = appCode;
    this.details = details;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Prisma's "unique constraint failed" (P2002), e.g. two admins creating the same email at once. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
