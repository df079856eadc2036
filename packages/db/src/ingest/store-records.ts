import { createHash } from "node:crypto";
import type { ArticleRecord } from "@newsdesk/parser";
import type { PrismaClient } from "../generated/prisma/client.js";
import type { FileOutcome } from "./prepared-file.js";
import { prepareFile } from "./prepared-file.js";
import { writeChunk } from "./write-chunk.js";

/**
 * Stores parser records directly, in one transaction, through the importer's own write path (same derived search
 * columns, entities, money mentions, near-duplicate links) but without an import batch. For seed factories and
 * tests; real imports go through importArchive so that every file's outcome is recorded.
 */
export async function storeArticleRecords(db: PrismaClient, records: ArticleRecord[]): Promise<FileOutcome[]> {
  const files = records.map((record) =>
    prepareFile({
      ok: true,
      file: record.file,
      size: Buffer.byteLength(record.text),
      sha256: createHash("sha256").update(JSON.stringify(record)).digest("hex"),
      record,
    }),
  );
  const { outcomes } = await db.$transaction((tx) => writeChunk(tx, null, files, new Map()), { timeout: 120_000 });
  return outcomes;
}
