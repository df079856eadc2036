import { existsSync, mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "../generated/prisma/client.js";
import { blankDump, createBlankPglite } from "./blank-pglite.js";
import { parseDatabaseUrl, quoteIdentifier } from "./database-url.js";
import { pgliteDirOf, resolveDataDir } from "./data-dir.js";
import { acquireEmbeddedLock } from "./embedded-lock.js";
import { NewsdeskDatabaseError } from "./errors.js";

export type DatabaseKind = "pglite" | "postgres";

/** An open database: the Prisma client plus what migrations and shutdown need. */
export interface Database {
  db: PrismaClient;
  kind: DatabaseKind;
  /** The data directory (embedded), "memory" (in-memory embedded) or the URL without its password. */
  location: string;
  /** PostgreSQL schema the tables live in, when not the default search path. */
  schema: string | undefined;
  /** The driver adapter factory the client uses; the migration runner opens the schema engine through it. */
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** The PGlite instance of an embedded database (null on PostgreSQL), e.g. to dump its data directory. */
  pglite: PGlite | null;
  /** The connection pool of a PostgreSQL database (null when embedded), for bulk paths that bypass Prisma. */
  pgPool: pg.Pool | null;
  /** Disconnects the client, closes PGlite or the pool, and releases the embedded lock. Safe to call twice. */
  close(): Promise<void>;
}

export interface CreateDatabaseOptions {
  /**
   * PostgreSQL URL (`?schema=` allowed). Defaults to DATABASE_URL; pass null to force the embedded database even
   * when DATABASE_URL is set.
   */
  url?: string | null;
  /** Embedded data directory; defaults to NEWSDESK_DATA_DIR or `<repo root>/data`. */
  dataDir?: string;
  /** An in-memory embedded database (tests): no data directory, no lock. */
  memory?: boolean;
  /** A PGlite data directory dump to start from (tests start from an already-migrated template). */
  loadDataDir?: Blob;
  /** Connections in the PostgreSQL pool (default 10). */
  poolSize?: number;
}

const schemaNamePattern = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

export async function createDatabase(options: CreateDatabaseOptions = {}): Promise<Database> {
  const url = options.url === undefined ? process.env.DATABASE_URL : options.url;
  if (url && !options.memory) return openPostgres(url, options.poolSize ?? 10);
  return openPglite(options);
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const target = parseDatabaseUrl(url);
  if (target.schema !== undefined && !schemaNamePattern.test(target.schema)) {
    throw new NewsdeskDatabaseError("INVALID_DATABASE_URL", `Unsupported schema name in DATABASE_URL: ${target.schema}`);
  }
  const pool = new pg.Pool({
    connectionString: target.connectionString,
    max: poolSize,
    // Timestamps are stored as UTC wall time (Prisma's convention): pin the session zone so database defaults
    // agree. Prisma's ?schema= becomes the search path, so raw SQL and the schema engine see the same tables.
    options: `-c TimeZone=UTC${target.schema ? ` -c search_path=${quoteIdentifier(target.schema)}` : ""}`,
  });
  pool.on("error", (error) => {
    // An idle client lost its connection; the pool replaces it. Without a listener Node would crash.
    if (process.env.NEWSDESK_DEBUG) console.error("[newsdesk/db] idle PostgreSQL connection error:", error.message);
  });
  const adapterFactory = new PrismaPg(pool, target.schema ? { schema: target.schema } : undefined);
  const db = new PrismaClient({ adapter: adapterFactory });
  let closed = false;
  return {
    db,
    kind: "postgres",
    location: target.display,
    schema: target.schema,
    adapterFactory,
    pglite: null,
    pgPool: pool,
    async close() {
      if (closed) return;
      closed = true;
      try {
        await db.$disconnect();
      } finally {
        await pool.end();
      }
    },
  };
}

async function openPglite(options: CreateDatabaseOptions): Promise<Database> {
  let location = "memory";
  let lock: { release(): void } | null = null;
  let pglite: PGlite;
  if (options.memory) {
    pglite = options.loadDataDir ? await PGlite.create({ loadDataDir: options.loadDataDir }) : await createBlankPglite();
  } else {
    location = resolveDataDir(options.dataDir);
    mkdirSync(location, { recursive: true });
    lock = acquireEmbeddedLock(location);
    try {
      const dir = pgliteDirOf(location);
      // A new data directory starts from a dump of an empty cluster (initdb in WebAssembly takes ~8 s).
      const loadDataDir = options.loadDataDir ?? (existsSync(dir) ? undefined : await blankDump());
      pglite = await PGlite.create(dir, loadDataDir ? { loadDataDir } : {});
    } catch (error) {
      lock.release();
      throw error;
    }
  }
  // Timestamps are stored as UTC wall time (Prisma's convention): pin the session zone so database defaults agree.
  await pglite.exec("SET TIME ZONE 'UTC'");
  const adapterFactory = new PrismaPGlite(pglite);
  const db = new PrismaClient({ adapter: adapterFactory });
  let closed = false;
  return {
    db,
    kind: "pglite",
    location,
    schema: undefined,
    adapterFactory,
    pglite,
    pgPool: null,
    async close() {
      if (closed) return;
      closed = true;
      try {
        await db.$disconnect();
        // $disconnect does not close PGlite; an open PGlite keeps the process alive and its files unflushed.
        await pglite.close();
      } finally {
        lock?.release();
      }
    },
  };
}
