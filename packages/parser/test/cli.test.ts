import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseErrorCodes } from "../src/index.js";
import { corpusFile } from "./helpers/corpus.js";

const BIN = fileURLToPath(new URL("../bin/newsdesk-parse.js", import.meta.url));

function run(args: string[], input?: Buffer) {
  const result = spawnSync(process.execPath, [BIN, ...args], { input, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let dir: string;
let good: string;
let mixed: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "newsdesk-cli-test-"));
  good = join(dir, "good");
  mixed = join(dir, "mixed");
  mkdirSync(good);
  mkdirSync(mixed);
  for (const name of ["seed/000_ebadd0a474f263cc.txt", "dev/0252_714f2424f6294593.txt", "dev/1924_b67171ae7e04abaf.txt"]) {
    const base = name.split("/").pop() ?? name;
    writeFileSync(join(good, base), corpusFile(name));
    writeFileSync(join(mixed, base), corpusFile(name));
  }
  writeFileSync(join(mixed, "broken.txt"), "<!--1593446049000-->\nno title line here\n");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("newsdesk-parse", () => {
  it("documents usage, output, exit codes and every error code in --help", () => {
    const { code, stdout } = run(["--help"]);
    expect(code).toBe(0);
    for (const text of ["--format", "--out", "--jobs", "ndjson", "csv", "EXIT CODES", "ERROR CODES"]) expect(stdout).toContain(text);
    for (const errorCode of Object.keys(parseErrorCodes)) expect(stdout).toContain(errorCode);
  });

  it("writes one NDJSON record per file and exits 0 when every file parsed", () => {
    const { code, stdout, stderr } = run([good]);
    expect(code).toBe(0);
    const lines = stdout.trim().split("\n").map((line) => JSON.parse(line) as { file: string; title: string });
    expect(lines.map((l) => l.file)).toEqual(["000_ebadd0a474f263cc.txt", "0252_714f2424f6294593.txt", "1924_b67171ae7e04abaf.txt"]);
    expect(lines[0]?.title).toBe("布林肯：北约支持乌克兰“没有疲劳感”");
    expect(stderr).toMatch(/files:\s+3/);
    expect(stderr).toMatch(/records:\s+3/);
    expect(stderr).toMatch(/files\/s/);
  });

  it("writes an error line for a file that fails, sums errors by code and exits 1", () => {
    const { code, stdout, stderr } = run([mixed]);
    expect(code).toBe(1);
    const lines = stdout.trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(4);
    expect(lines.find((l) => l.file === "broken.txt")).toEqual({
      file: "broken.txt",
      error: { code: "MISSING_TITLE_LINE", message: expect.any(String), line: 2 },
    });
    expect(stderr).toMatch(/errors:\s+1/);
    expect(stderr).toMatch(/MISSING_TITLE_LINE: 1/);
  });

  it("writes one JSON array with --format json", () => {
    const { code, stdout } = run([mixed, "--format", "json"]);
    expect(code).toBe(1);
    const items = JSON.parse(stdout) as Array<Record<string, unknown>>;
    expect(items).toHaveLength(4);
    expect(items.find((i) => i.file === "broken.txt")).toHaveProperty("error.code", "MISSING_TITLE_LINE");
  });

  it("writes CSV to --out", () => {
    const out = join(dir, "out.csv");
    const { code, stdout } = run([good, "--format=csv", "--out", out]);
    expect(code).toBe(0);
    expect(stdout).toBe("");
    const rows = readFileSync(out, "utf8").trim().split("\r\n");
    expect(rows).toHaveLength(4);
    expect(rows[0]?.startsWith("file,format,id,contentHash,archivedAt,publishedAt,title")).toBe(true);
    expect(rows[1]).toContain("2023-11-29T22:43:38.000Z");
  });

  it("reads stdin with '-'", () => {
    const { code, stdout } = run(["-"], corpusFile("seed/000_ebadd0a474f263cc.txt"));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ file: "-", publishedAt: "2023-11-29T22:43:38.000Z" });
  });

  it("gives the same output with --jobs 2", () => {
    expect(run([mixed, "--jobs", "2"]).stdout).toBe(run([mixed]).stdout);
  });

  it.each([
    ["an unknown option", ["--bogus", "x"]],
    ["an unknown format", ["--format", "xml", "x"]],
    ["a bad job count", ["--jobs", "0", "x"]],
    ["a non-numeric job count", ["-j", "many", "x"]],
  ])("exits 2 on %s", (_name, args) => {
    const { code, stderr } = run(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Error: /);
  });
});
