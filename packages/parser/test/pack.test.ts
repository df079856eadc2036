import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corpusDir } from "./helpers/corpus.js";

/**
 * Reuse outside the repository: `npm pack` the package, install the tarball into an empty folder
 * elsewhere (its dependencies come from the npm registry), then import it under plain Node and run
 * its bin there.
 */
const packageDir = fileURLToPath(new URL("..", import.meta.url));
const seed = join(corpusDir(), "seed", "000_ebadd0a474f263cc.txt");
let work: string;
let consumer: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "newsdesk-pack-test-"));
  // --ignore-scripts: `prepare` would rebuild dist/ while other test files use it; it is built already.
  execFileSync("npm", ["pack", "--pack-destination", work, "--silent", "--ignore-scripts"], { cwd: packageDir, stdio: "pipe" });
  const tarball = readdirSync(work).find((name) => name.endsWith(".tgz"));
  if (!tarball) throw new Error("npm pack wrote no tarball");
  consumer = join(work, "consumer");
  execFileSync("mkdir", [consumer]);
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  execFileSync("npm", ["install", join(work, tarball), "--no-audit", "--no-fund", "--loglevel=error"], {
    cwd: consumer,
    stdio: "pipe",
  });
}, 240_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the packed package, installed into an empty folder", () => {
  it("imports under plain Node and parses the seed", () => {
    const script = `
      import { readFileSync } from "node:fs";
      import { parse, readArchive, ParseError } from "@newsdesk/parser";
      const record = parse(readFileSync(${JSON.stringify(seed)}), { file: "seed.txt" });
      let code = null;
      try { parse("not an archive file") } catch (error) { code = error instanceof ParseError ? error.code : "?" }
      let items = 0;
      for await (const item of readArchive(${JSON.stringify(seed)}, { jobs: 2 })) if (item.ok) items++;
      console.log(JSON.stringify({ publishedAt: record.publishedAt, credit: record.image?.credit, code, items }));
    `;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: consumer, encoding: "utf8" });
    expect(JSON.parse(out)).toEqual({ publishedAt: "2023-11-29T22:43:38.000Z", credit: "AP", code: "UNKNOWN_FORMAT", items: 1 });
  });

  it("runs its newsdesk-parse bin", () => {
    const bin = join(consumer, "node_modules", ".bin", "newsdesk-parse");
    const result = spawnSync(bin, [seed], { cwd: consumer, encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ title: "布林肯：北约支持乌克兰“没有疲劳感”", format: "F1" });
  });
});
