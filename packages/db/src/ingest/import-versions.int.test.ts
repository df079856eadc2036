import { createHash } from "node:crypto";
import { copyFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ArticleRecord, MoneyMention } from "@newsdesk/parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../client/create-database.js";
import { makeArticleRecord } from "../seed/factories/article-record.js";
import { seedTag, seedArticleTag } from "../seed/factories/tags.js";
import { seedUser } from "../seed/factories/users.js";
import { ScratchDirs, corpusDevDir, corpusFileNames, createTestDatabase, testDatabaseKinds } from "../testing/index.js";
import type { ArchiveItem } from "./archive-item.js";
import { importArchive } from "./import-archive.js";
import { importRecords } from "./import-records.js";

function mention(amount: number, surface: string): MoneyMention {
  return {
    field: "text", surface, sentence: surface, start: 0, end: surface.length, amount, amountHigh: null,
    currency: "USD", currencyInferred: false, qualifier: "exact", vague: false, isAid: true, aidType: "military",
    donor: "United States", recipient: "Ukraine", status: "committed", cumulative: false, equivalentOf: null,
    evidence: ["援助"], review: { needed: false, reasons: [] },
  };
}

/** Items as readArchive yields them, for records built in the test. */
async function* itemsOf(...records: ArticleRecord[]): AsyncGenerator<ArchiveItem> {
  for (const record of records) {
    const bytes = JSON.stringify(record);
    yield { ok: true, file: record.file, size: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex"), record };
  }
}

let keys = 0;
const importOf = (database: Database, ...records: ArticleRecord[]) =>
  importRecords(database.db, itemsOf(...records), { actor: "test", inputName: "records", inputKey: `k${++keys}` });

describe.each(testDatabaseKinds())("%s: versions, duplicates and bad files", (kind) => {
  let database: Database;
  const scratch = new ScratchDirs();
  afterAll(() => scratch.removeAll());
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("a newer archived version updates the article, rewrites its entities and aid figures, and keeps its tags", async () => {
    const { db } = database;
    const url = "https://www.voachinese.com/a/versions-1.html";
    const v1 = makeArticleRecord({
      url, archivedAt: "2024-01-01T10:00:00.000Z", title: "第一版", paragraphs: ["美国宣布4亿美元援助。"],
      entities: [{ zh: "艾米莉·卡特", en: "Emily Carter" }], moneyMentions: [mention(4e8, "4亿美元")],
    });
    expect((await importOf(database, v1)).counts.new).toBe(1);
    const editor = await seedUser(db, { role: "editor" });
    const tag = await seedTag(db, { name: "版本测试" });
    await seedArticleTag(db, { articleId: v1.id, tagId: tag.id, createdById: editor.id });

    const v2 = makeArticleRecord({
      url, archivedAt: "2024-01-02T10:00:00.000Z", title: "第二版", paragraphs: ["美国宣布6亿美元援助。", "更新。"],
      entities: [{ zh: "约纳斯·韦伯", en: "Jonas Weber" }], moneyMentions: [mention(6e8, "6亿美元"), mention(1e9, "10亿美元")],
    });
    expect((await importOf(database, v2)).counts.updated).toBe(1);
    const stored = await db.article.findUniqueOrThrow({
      where: { id: v1.id },
      select: {
        title: true, version: true, text: true,
        tags: { select: { tagId: true, createdById: true } },
        entities: { select: { entity: { select: { en: true } } } },
        moneyMentions: { select: { surface: true }, orderBy: { ordinal: "asc" } },
      },
    });
    expect(stored).toMatchObject({ title: "第二版", version: 2 });
    expect(stored.text).toContain("6亿美元");
    expect(stored.tags).toEqual([{ tagId: tag.id, createdById: editor.id }]);
    expect(stored.entities.map((mention) => mention.entity.en)).toEqual(["Jonas Weber"]);
    expect(stored.moneyMentions.map((mention) => mention.surface)).toEqual(["6亿美元", "10亿美元"]);

    // An older version arriving later is recorded as such and changes nothing.
    const v0 = makeArticleRecord({ url, archivedAt: "2023-12-31T10:00:00.000Z", title: "草稿" });
    const older = await importOf(database, v0);
    expect(older.counts.older).toBe(1);
    expect((await db.article.findUniqueOrThrow({ where: { id: v1.id } })).title).toBe("第二版");
    const files = await db.importFile.findMany({ where: { articleId: v1.id }, select: { status: true }, orderBy: { createdAt: "asc" } });
    expect(files.map((file) => file.status)).toEqual(["new", "updated", "older"]);
  });

  it("the same canonical URL twice in one import gives one article, the newest version", async () => {
    const url = "https://www.voachinese.com/a/versions-2.html";
    const early = makeArticleRecord({ url, archivedAt: "2024-02-01T00:00:00.000Z", title: "早" });
    const late = makeArticleRecord({ url: `${url}?utm_source=x`, canonicalUrl: early.canonicalUrl, archivedAt: "2024-02-02T00:00:00.000Z", title: "晚" });
    const summary = await importOf(database, late, early);
    expect(summary.counts).toMatchObject({ new: 1, older: 1 });
    expect((await database.db.article.findUniqueOrThrow({ where: { id: early.id } })).title).toBe("晚");
  });

  it("the same text under two URLs is stored twice, the later archived copy flagged and linked to the earlier", async () => {
    const paragraphs = ["同一篇文章被两个网站转载。", "第二段。"];
    const original = makeArticleRecord({ url: "https://www.rfa.org/mandarin/copy-a.html", paragraphs, archivedAt: "2024-03-01T00:00:00.000Z" });
    const copy = makeArticleRecord({ url: "https://www.bbc.com/zhongwen/copy-b.html", paragraphs, archivedAt: "2024-03-02T00:00:00.000Z", format: "F2" });
    expect((await importOf(database, original)).counts.new).toBe(1);
    expect((await importOf(database, copy)).counts.duplicate).toBe(1);
    const stored = await database.db.article.findUniqueOrThrow({ where: { id: copy.id }, select: { duplicateOfId: true } });
    expect(stored.duplicateOfId).toBe(original.id);
    // Imported the other way round, the earlier archived copy still ends up the original.
    const laterCopy = makeArticleRecord({ url: "https://www.dw.com/zh/copy-c.html", paragraphs: ["另一篇被转载的文章。"], archivedAt: "2024-04-02T00:00:00.000Z" });
    const earlierOriginal = makeArticleRecord({ url: "https://www.dw.com/zh/copy-d.html", paragraphs: ["另一篇被转载的文章。"], archivedAt: "2024-04-01T00:00:00.000Z" });
    await importOf(database, laterCopy);
    await importOf(database, earlierOriginal);
    const flags = await database.db.article.findMany({ where: { id: { in: [laterCopy.id, earlierOriginal.id] } }, select: { id: true, duplicateOfId: true } });
    expect(Object.fromEntries(flags.map((flag) => [flag.id, flag.duplicateOfId]))).toEqual({ [laterCopy.id]: earlierOriginal.id, [earlierOriginal.id]: null });
  });

  it("bad files are recorded with the parser's error and the rest is imported", async () => {
    const dir = await scratch.make("bad");
    const good = (await corpusFileNames()).slice(0, 3);
    for (const name of good) await copyFile(join(corpusDevDir(), name), join(dir, name));
    await writeFile(join(dir, "empty.txt"), "");
    await writeFile(join(dir, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
    await writeFile(join(dir, "not-an-archive.txt"), "Dear editor,\nthis is a letter, not an archived article.\n");
    const summary = await importArchive(database.db, dir, { actor: "test", jobs: 1 });
    expect(summary.files).toBe(6);
    expect(summary.counts.failed).toBe(3);
    expect(summary.counts.new + summary.counts.duplicate + summary.counts.unchanged).toBe(3);
    const failed = await database.db.importFile.findMany({
      where: { batchId: summary.batchId, status: "failed" },
      select: { name: true, errorCode: true, errorMessage: true, articleId: true },
      orderBy: { name: "asc" },
    });
    expect(failed.map((file) => [file.name, file.errorCode])).toEqual([
      ["binary.txt", "BINARY_INPUT"],
      ["empty.txt", "EMPTY_INPUT"],
      ["not-an-archive.txt", "UNKNOWN_FORMAT"],
    ]);
    for (const file of failed) {
      expect(file.errorMessage).toBeTruthy();
      expect(file.articleId).toBeNull();
    }
  });
});
