import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { createDatabase } from "../client/create-database.js";
import type { Database } from "../client/create-database.js";
import { ScratchDirs, contentSnapshot, corpusSlice, createTestDatabase, testDatabaseKinds, testDatabaseUrl } from "../testing/index.js";
import { importArchive } from "./import-archive.js";

const childScript = fileURLToPath(new URL("../testing/import-child.ts", import.meta.url));
const files = 300;
const batchSize = 40;

/** Runs the import in a child process and SIGKILLs it once `killAfter` files are committed. */
function importAndKill(folder: string, env: NodeJS.ProcessEnv, killAfter: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", childScript, String(batchSize), folder], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let committed = 0;
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on("data", (chunk: Buffer) => {
      for (const match of chunk.toString().matchAll(/committed (\d+)/g)) committed = Number(match[1]);
      if (committed >= killAfter) child.kill("SIGKILL");
    });
    child.on("exit", (code, signal) => {
      if (signal === "SIGKILL") resolve(committed);
      else reject(new Error(`the import finished before it could be killed (exit ${code}): ${stderr}`));
    });
  });
}

describe.each(testDatabaseKinds())("%s: crash safety", (kind) => {
  const opened: Database[] = [];
  const scratch = new ScratchDirs();
  afterAll(() => scratch.removeAll()); // runs last: after hooks run in reverse order
  afterAll(async () => {
    for (const database of opened) await database.close();
  });

  it("a child process killed mid-import, then a re-run, gives exactly the rows of an uninterrupted import", async () => {
    const folder = scratch.keep(await corpusSlice(0, files));
    const reference = await createTestDatabase("pglite");
    opened.push(reference);
    await importArchive(reference.db, folder, { actor: "test", jobs: 1 });
    const expected = await contentSnapshot(reference.db);

    let target: Database;
    let killedAt: number;
    if (kind === "pglite") {
      const dataDir = await scratch.make("crash");
      killedAt = await importAndKill(folder, { NEWSDESK_DATA_DIR: dataDir, DATABASE_URL: "" }, 3 * batchSize);
      // The killed process's lock is stale: this process takes the data directory over.
      target = await createDatabase({ dataDir, url: null });
    } else {
      target = await createTestDatabase("postgres");
      killedAt = await importAndKill(folder, { DATABASE_URL: testDatabaseUrl(target) }, 3 * batchSize);
    }
    opened.push(target);
    expect(killedAt).toBeGreaterThanOrEqual(3 * batchSize);
    expect(killedAt).toBeLessThan(files);

    const interrupted = await target.db.importBatch.findMany({ select: { id: true, status: true } });
    expect(interrupted).toEqual([{ id: expect.any(String), status: "running" }]);
    // Nothing half-written: every stored article has the file row committed with it.
    const orphans = await target.db.article.count({ where: { importFiles: { none: {} } } });
    expect(orphans).toBe(0);

    const summary = await importArchive(target.db, folder, { actor: "test", jobs: 1, batchSize });
    expect(summary.resumed).toBe(true);
    expect(summary.batchId).toBe(interrupted[0]!.id);
    expect(summary.skipped).toBeGreaterThanOrEqual(killedAt);
    expect(summary.skipped + summary.files).toBe(files);

    expect(await contentSnapshot(target.db)).toEqual(expected);
    const batch = await target.db.importBatch.findUniqueOrThrow({ where: { id: summary.batchId }, select: { status: true } });
    expect(batch.status).toBe("completed");
    const recorded = await target.db.importFile.findMany({ where: { batchId: summary.batchId }, select: { name: true } });
    expect(recorded).toHaveLength(files);
    expect(new Set(recorded.map((file) => file.name)).size).toBe(files);
  });
});
