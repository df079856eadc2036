import { NewsdeskDatabaseError } from "./errors.js";

/**
 * A PostgreSQL URL as users write it for Prisma: `postgresql://user:pass@host:5432/db?schema=name`. The `schema`
 * parameter is Prisma's, not libpq's: it is taken out of the connection string and applied as the search path.
 */
export interface PostgresTarget {
  connectionString: string;
  schema: string | undefined;
  /** The URL without its password, for messages. */
  display: string;
}

export function parseDatabaseUrl(url: string): PostgresTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (error) {
    throw new NewsdeskDatabaseError("INVALID_DATABASE_URL", `DATABASE_URL is not a URL: ${JSON.stringify(url)}`, {
      cause: error,
    });
  }
  if (parsed.protocol !== "postgres:" && parsed.protocol !== "postgresql:") {
    throw new NewsdeskDatabaseError(
      "INVALID_DATABASE_URL",
      `DATABASE_URL must be a postgres:// or postgresql:// URL (got ${parsed.protocol}//…)`,
    );
  }
  const schema = parsed.searchParams.get("schema") ?? undefined;
  parsed.searchParams.delete("schema");
  const display = new URL(parsed.href);
  if (display.password) display.password = "***";
  return { connectionString: parsed.href, schema: schema || undefined, display: display.href };
}

/** Quotes an SQL identifier (schema names come from configuration, never from requests). */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
