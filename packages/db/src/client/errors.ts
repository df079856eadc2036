/** Typed errors of @newsdesk/db: each has a stable `code` the CLI and the dashboard can branch on. */
export type DatabaseErrorCode =
  | "EMBEDDED_DATABASE_LOCKED"
  | "INVALID_DATABASE_URL"
  | "MIGRATION_FAILED"
  | "MIGRATIONS_PENDING"
  | "IMPORT_INPUT_NOT_FOUND";

export class NewsdeskDatabaseError extends Error {
  readonly code: DatabaseErrorCode;

  constructor(code: DatabaseErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "NewsdeskDatabaseError";
    this.code = code;
  }
}

/** Another live process owns the embedded database's data directory (two writers would corrupt it). */
export class EmbeddedDatabaseLockedError extends NewsdeskDatabaseError {
  readonly pid: number;
  readonly host: string;
  readonly dataDir: string;

  constructor(owner: { pid: number; host: string; dataDir: string }) {
    super(
      "EMBEDDED_DATABASE_LOCKED",
      `The embedded database at ${owner.dataDir} is in use by process ${owner.pid} on ${owner.host}. ` +
        "Stop that process (e.g. the dashboard server) or use it to import, or set DATABASE_URL to use a PostgreSQL server.",
    );
    this.name = "EmbeddedDatabaseLockedError";
    this.pid = owner.pid;
    this.host = owner.host;
    this.dataDir = owner.dataDir;
  }
}
