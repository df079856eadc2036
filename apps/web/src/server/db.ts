import "server-only";
import type * as DbPackage from "@newsdesk/db";
import type { Database } from "@newsdesk/db";

/**
 * The db package is loaded by Node at run time rather than bundled. Turbopack bundles workspace packages even when
 * they are listed in serverExternalPackages (vercel/next.js#84388), and the migration check loads the schema
 * engine's WebAssembly through a dynamic require that a bundle cannot follow. Query functions (plain code taking
 * the client as an argument) are bundled as usual.
 */
export function loadDbPackage(): Promise<typeof DbPackage> {
  return import(/* turbopackIgnore: true */ /* webpackIgnore: true */ "@newsdesk/db");
}

/**
 * The server's one database handle, opened on first use: PostgreSQL when DATABASE_URL is set, else the embedded
 * database in NEWSDESK_DATA_DIR (which only one process may open, hence a single shared handle per process).
 * Kept on globalThis so that Next's module duplication (route handlers, server components, instrumentation) and
 * dev reloads share it instead of opening a second one.
 */
const holder = globalThis as typeof globalThis & { __newsdeskDatabase?: Promise<Database> };

export function getDatabase(): Promise<Database> {
  holder.__newsdeskDatabase ??= openDatabase().catch((error: unknown) => {
    holder.__newsdeskDatabase = undefined;
    throw error;
  });
  return holder.__newsdeskDatabase;
}

async function openDatabase(): Promise<Database> {
  const { assertMigrated, createDatabase } = await loadDbPackage();
  const database = await createDatabase({ ...(process.env.NEWSDESK_DATA_DIR ? { dataDir: process.env.NEWSDESK_DATA_DIR } : {}) });
  try {
    // `npm start` migrates before the server starts; a server pointed at an unmigrated database says so clearly.
    await assertMigrated(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  const close = () => {
    void database.close();
  };
  process.once("SIGTERM", close);
  process.once("SIGINT", close);
  return database;
}
