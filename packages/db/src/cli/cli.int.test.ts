import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { createDatabase } from "../client/create-database.js";
import type { Database } from "../client/create-database.js";
import { lockFileName } from "../client/embedded-lock.js";
import { EmbeddedDatabaseLockedError } from "../client/errors.js";
import { ScratchDirs, corpusSlice, createTestDatabase, testDatabaseUrl, testPostgresUrl } from "../testing/index.js";

const cli = fileURLToPath(new URL("./main.ts", import.meta.url));

function newsdesk(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", cli, ...args], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

const deadPid = () =>
  new Promise<number>((resolve) => {
    const child = spawn(process.execPath, ["-e", ""]);
    child.on("exit", () => resolve(child.pid!));
  });

describe("newsdesk CLI on the embedded database", () => {
  const opened: Database[] = [];
  const scratch = new ScratchDirs();
  afterAll(() => scratch.removeAll()); // runs last: after hooks run in reverse order
  afterAll(async () => {
    for (const database of opened) await database.close();
  });

  it("migrates, imports, reports status as JSON, and refuses while another process holds the database", async () => {
    const dataDir = await scratch.make("cli");
    const env = { NEWSDESK_DATA_DIR: dataDir, DATABASE_URL: "" };
    const migrate = await newsdesk(["db", "migrate"], env);
    expect(migrate.code, migrate.stderr).toBe(0);
    expect(migrate.stdout).toMatch(/applied \d+ migration/);

    const folder = scratch.keep(await corpusSlice(0, 30));
    const imported = await newsdesk(["import", folder, "--json", "--jobs", "1"], env);
    expect(imported.code, imported.stderr).toBe(0);
    const summary = JSON.parse(imported.stdout) as { files: number; counts: { new: number; duplicate: number } };
    expect(summary.files).toBe(30);

    const status = await newsdesk(["db", "status", "--json"], env);
    expect(status.code, status.stderr).toBe(0);
    const report = JSON.parse(status.stdout) as { migrations: { upToDate: boolean }; counts: Record<string, number> };
    expect(report.migrations.upToDate).toBe(true);
    expect(report.counts).toMatchObject({ articles: summary.counts.new + summary.counts.duplicate, importFiles: 30, tags: 0 });
    expect(Object.keys(report.counts)).toEqual(expect.arrayContaining(["articles", "sources", "tags", "users"]));

    // This process now owns the data directory: the CLI refuses, naming the owner.
    const owner = await createDatabase({ dataDir, url: null });
    opened.push(owner);
    const refused = await newsdesk(["import", folder], env);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain(`in use by process ${process.pid}`);
    await expect(createDatabase({ dataDir, url: null })).rejects.toBeInstanceOf(EmbeddedDatabaseLockedError);
    await owner.close();
    expect(existsSync(join(dataDir, lockFileName))).toBe(false);
  });

  it("takes over a lock left by a process that died", async () => {
    const dataDir = await scratch.make("cli");
    const { hostname } = await import("node:os");
    await writeFile(join(dataDir, lockFileName), JSON.stringify({ pid: await deadPid(), host: hostname(), startedAt: "" }));
    const database = await createDatabase({ dataDir, url: null });
    opened.push(database);
    expect(database.kind).toBe("pglite");
  });

  it("refuses `db reset` without --yes when not interactive", async () => {
    const dataDir = await scratch.make("cli");
    const result = await newsdesk(["db", "reset"], { NEWSDESK_DATA_DIR: dataDir, DATABASE_URL: "" });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("without --yes");
  });
});

describe.runIf(testPostgresUrl())("newsdesk CLI on PostgreSQL (DATABASE_URL)", () => {
  it("reports status as JSON", async () => {
    const database = await createTestDatabase("postgres");
    try {
      const status = await newsdesk(["db", "status", "--json"], { DATABASE_URL: testDatabaseUrl(database) });
      expect(status.code, status.stderr).toBe(0);
      const report = JSON.parse(status.stdout) as { database: { kind: string }; counts: { articles: number } };
      expect(report.database.kind).toBe("postgres");
      expect(report.counts.articles).toBe(0);
    } finally {
      await database.close();
    }
  });
});
