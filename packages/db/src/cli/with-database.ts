import { createDatabase } from "../client/create-database.js";
import type { Database } from "../client/create-database.js";
import { reportCliError } from "./cli-errors.js";

/**
 * Opens the configured database (DATABASE_URL, else the embedded one, which refuses when another process holds
 * it), runs `task`, and always closes it. Errors become a one-line message and an exit code.
 */
export async function withDatabase(task: (database: Database) => Promise<void>): Promise<void> {
  let database: Database | null = null;
  try {
    database = await createDatabase();
    await task(database);
  } catch (error) {
    reportCliError(error);
  } finally {
    await database?.close();
  }
}

/** "embedded database at ./data" or "PostgreSQL postgresql://…": which database a command works on. */
export function describeDatabase(database: Database): string {
  return database.kind === "pglite"
    ? `embedded database at ${database.location}`
    : `PostgreSQL ${database.location}${database.schema ? ` (schema ${database.schema})` : ""}`;
}
