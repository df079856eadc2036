"use client";

import { TRPCClientError } from "@trpc/client";
import type { Dictionary } from "@/i18n/dictionaries";

interface ErrorData {
  appCode?: string | null;
  details?: Record<string, unknown> | null;
  issues?: Array<{ path: string; message: string }> | null;
  httpStatus?: number;
}

/** The error's app code (AppError) when the server sent one. */
export function appCodeOf(error: unknown): string | null {
  return error instanceof TRPCClientError ? ((error.data as ErrorData | undefined)?.appCode ?? null) : null;
}

/** A message for a failed call, in the user's language, from the server's app code. */
export function errorMessage(error: unknown, t: Dictionary): string {
  if (!(error instanceof TRPCClientError)) return t.errors.unknown;
  const data = error.data as ErrorData | undefined;
  if (!data) return t.errors.network;
  const code = data.appCode;
  if (code === "RATE_LIMITED") {
    const seconds = Number(data.details?.retryAfterSeconds ?? 60);
    return t.errors.RATE_LIMITED(Math.max(1, Math.ceil(seconds / 60)));
  }
  if (code && code in t.errors) {
    const message = t.errors[code as keyof Dictionary["errors"]];
    if (typeof message === "string") return message;
  }
  if (data.issues?.length) return `${t.errors.validation} (${data.issues.map((issue) => issue.path || issue.message).join(", ")})`;
  return t.errors.unknown;
}
