import type { Database } from "../../client/create-database.js";

/**
 * Plain SQL on the database's own driver (pg's pool or the PGlite instance), bypassing Prisma: for bulk paths and
 * for the benchmark's floor, which must measure the database, not the client.
 */
export interface RawSql {
  query(sql: string, params?: unknown[]): Promise<{ rows: Array<Record<string, unknown>> }>;
  transaction<T>(run: (sql: RawSql) => Promise<T>): Promise<T>;
}

export function rawSqlOf(database: Database): RawSql {
  if (database.pglite) {
    const pglite = database.pglite;
    const of = (queryable: { query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }> }): RawSql => ({
      query: async (sql, params) => ({ rows: (await queryable.query(sql, params)).rows as Array<Record<string, unknown>> }),
      transaction: (run) => pglite.transaction((tx) => run(of(tx))),
    });
    return of(pglite);
  }
  const pool = database.pgPool!;
  return {
    query: (sql, params) => pool.query(sql, params),
    async transaction(run) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const inTransaction: RawSql = {
          query: (sql, params) => client.query(sql, params),
          transaction: () => Promise.reject(new Error("nested transactions are not supported")),
        };
        const result = await run(inTransaction);
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
  };
}
