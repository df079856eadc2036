import { afterAll, describe, expect, it } from "vitest";
import { createDatabase } from "../client/create-database.js";
import type { Database } from "../client/create-database.js";
import { ScratchDirs, contentSnapshot, corpusSlice, createTestDatabase, testDatabaseKinds, testDatabaseUrl } from "../testing/index.js";
import { importArchive } from "./import-archive.js";

describe.each(testDatabaseKinds())("%s: concurrent imports", (kind) => {
  const opened: Database[] = [];
  const scratch = new ScratchDirs();
  afterAll(() => scratch.removeAll()); // runs last: after hooks run in reverse order
  afterAll(async () => {
    for (const database of opened.reverse()) await database.close();
  });

  it("two imports of overlapping sets at the same time store the union once", async () => {
    const first = scratch.keep(await corpusSlice(0, 260));
    const second = scratch.keep(await corpusSlice(140, 400));
    const union = scratch.keep(await corpusSlice(0, 400));
    const reference = await createTestDatabase("pglite");
    opened.push(reference);
    await importArchive(reference.db, union, { actor: "test", jobs: 1 });

    const target = await createTestDatabase(kind);
    opened.push(target);
    // On PostgreSQL the second import gets its own connection pool, as a second process would.
    const other = kind === "postgres" ? await createDatabase({ url: testDatabaseUrl(target), poolSize: 3 }) : target;
    if (other !== target) opened.push(other);
    const [a, b] = await Promise.all([
      importArchive(target.db, first, { actor: "test:a", jobs: 1, batchSize: 40 }),
      importArchive(other.db, second, { actor: "test:b", jobs: 1, batchSize: 40 }),
    ]);
    expect(a.files).toBe(260);
    expect(b.files).toBe(260);
    expect(await contentSnapshot(target.db)).toEqual(await contentSnapshot(reference.db));
    expect(await target.db.importFile.count()).toBe(520);
  });
});
