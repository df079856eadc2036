import type { Database } from "@newsdesk/db";
import { listAuditEvents } from "@newsdesk/db/queries";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../../auth/session-user";
import { importUploadJob } from "../../jobs/import-upload-job";
import { importUploadJobKind } from "../../jobs/job-kinds";
import { startJobWorker } from "../../jobs/job-worker";
import { archiveFileText, voaArticleHtml } from "../../testing/archive-files";
import { callerAs, createTestUser, openTestDatabase } from "../../testing/router-test-kit";
import { tarGz } from "../../testing/tar-gz";

let database: Database;
let admin: SessionUser;
let editor: SessionUser;

beforeAll(async () => {
  database = await openTestDatabase();
  admin = await createTestUser(database.db, "admin");
  editor = await createTestUser(database.db, "editor");
});
afterAll(async () => {
  await database?.close();
});

const as = (user: SessionUser | null) => callerAs(database.db, user).caller;

function form(name: string, bytes: Uint8Array | string): FormData {
  const data = new FormData();
  data.set("file", new File([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], name));
  return data;
}

const goodFile = (slug: string, title: string) => ({
  name: `${slug}.txt`,
  content: archiveFileText({ title, url: `https://www.voachinese.com/a/${slug}/1.html`, html: voaArticleHtml({ published: "Wed, 29 Nov 2023 22:43:38 GMT", body: `${title}正文。` }) }),
});

async function runJobs(): Promise<number> {
  const worker = startJobWorker({ getDb: async () => database.db, handlers: { [importUploadJobKind]: importUploadJob }, pollMs: 60_000, log: () => {} });
  const done = await worker.drain();
  await worker.stop();
  return done;
}

describe("uploads router", () => {
  it("create: stores the archive, queues its import, and the job imports it file by file (a broken file is reported, the rest goes in)", async () => {
    const archive = tarGz([goodFile("one", "上传测试一"), { name: "broken.txt", content: "this is not an archive article" }, goodFile("two", "上传测试二")]);
    const upload = await as(admin).uploads.create(form("batch.tar.gz", archive));
    expect(upload).toMatchObject({ name: "batch.tar.gz", size: archive.byteLength, status: "received", uploadedBy: admin.email, counts: null });
    expect(await database.db.job.count({ where: { kind: importUploadJobKind, status: "queued" } })).toBe(1);

    expect(await runJobs()).toBe(1);
    const detail = await as(admin).uploads.byId({ id: upload.id });
    expect(detail.status).toBe("imported");
    expect(detail.counts).toMatchObject({ new: 2, failed: 1 });
    expect(detail.files[0]).toMatchObject({ name: "broken.txt", status: "failed", articleId: null });
    expect(detail.files[0]!.errorCode).toBeTruthy();
    expect(detail.files.slice(1).map((file) => file.status)).toEqual(["new", "new"]);
    expect(await database.db.article.count({ where: { title: { startsWith: "上传测试" } } })).toBe(2);
    expect((await database.db.job.findFirstOrThrow({ where: { kind: importUploadJobKind } })).status).toBe("succeeded");
    const audit = await listAuditEvents(database.db, { limit: 1, action: "upload.create" });
    expect(audit.items[0]).toMatchObject({ actorId: admin.id, targetId: upload.id, after: { name: "batch.tar.gz" } });
  });

  it("list: newest first with outcome counts", async () => {
    await as(admin).uploads.create(form("single.txt", goodFile("three", "上传测试三").content));
    await runJobs();
    const uploads = await as(admin).uploads.list();
    expect(uploads.map((upload) => [upload.name, upload.status])).toEqual([
      ["single.txt", "imported"],
      ["batch.tar.gz", "imported"],
    ]);
    expect(uploads[0]!.counts).toMatchObject({ new: 1 });
  });

  it("a corrupt archive is reported as a failed file with the parser's reason, and nothing else changes", async () => {
    const upload = await as(admin).uploads.create(form("corrupt.zip", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])));
    await runJobs();
    const detail = await as(admin).uploads.byId({ id: upload.id });
    expect(detail).toMatchObject({ status: "imported", counts: { failed: 1, new: 0 } });
    expect(detail.files).toEqual([expect.objectContaining({ name: "corrupt.zip", status: "failed", errorCode: "ARCHIVE_INVALID" })]);
    expect(await database.db.article.count({ where: { title: { startsWith: "上传测试" } } })).toBe(3);
  });

  it("refuses unsupported and empty files", async () => {
    await expect(as(admin).uploads.create(form("notes.pdf", "x"))).rejects.toMatchObject({ appCode: "UNSUPPORTED_UPLOAD" });
    await expect(as(admin).uploads.create(form("empty.txt", ""))).rejects.toMatchObject({ appCode: "UNSUPPORTED_UPLOAD" });
    await expect(as(admin).uploads.create(new FormData())).rejects.toMatchObject({ appCode: "UNSUPPORTED_UPLOAD" });
    await expect(as(admin).uploads.create({ file: "x" } as unknown as FormData)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(as(admin).uploads.byId({ id: "missing" })).rejects.toMatchObject({ appCode: "NOT_FOUND" });
  });

  it("is for admins only: editors cannot upload or see uploads", async () => {
    await expect(as(editor).uploads.create(form("x.txt", "x"))).rejects.toMatchObject({ appCode: "FORBIDDEN_ROLE", code: "FORBIDDEN" });
    await expect(as(editor).uploads.list()).rejects.toMatchObject({ appCode: "FORBIDDEN_ROLE" });
    await expect(as(editor).uploads.byId({ id: "x" })).rejects.toMatchObject({ appCode: "FORBIDDEN_ROLE" });
    await expect(as(null).uploads.create(form("x.txt", "x"))).rejects.toMatchObject({ appCode: "UNAUTHENTICATED" });
  });
});
