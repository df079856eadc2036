import type { PrismaClient } from "@newsdesk/db";
import { loadDbPackage } from "../db";
import type { JobHandler } from "./job-worker";

/**
 * Imports an uploaded archive with the db package's importArchive: every file's outcome is recorded on the
 * import batch (a broken file is `failed` with the parser's error; the rest goes in). The upload row follows:
 * received → importing → imported | failed. A job retried after a crash resumes the same batch (importArchive
 * keys batches by the upload's digest), so nothing is imported twice.
 */
export const importUploadJob: JobHandler = async (db: PrismaClient, job) => {
  const uploadId = (job.payload as { uploadId?: unknown } | null)?.uploadId;
  if (typeof uploadId !== "string") throw new Error("import-upload job without an uploadId");
  const upload = await db.upload.findUnique({
    where: { id: uploadId },
    select: { id: true, name: true, bytes: true, uploadedById: true, uploadedBy: { select: { email: true } } },
  });
  if (!upload) throw new Error(`Upload ${uploadId} no longer exists`);
  await db.upload.update({ where: { id: upload.id }, data: { status: "importing", error: null }, select: { id: true } });
  try {
    // The importer and the parser run unbundled (see ../db.ts), as in the CLI.
    const { importArchive } = await loadDbPackage();
    const summary = await importArchive(
      db,
      { name: upload.name, bytes: new Uint8Array(upload.bytes) },
      {
        actor: `web:${upload.uploadedBy?.email ?? "deleted user"}`,
        actorId: upload.uploadedById,
        // One parser thread: the import shares the web server's CPU with editors' requests.
        jobs: 1,
      },
    );
    await db.upload.update({ where: { id: upload.id }, data: { status: "imported", batchId: summary.batchId }, select: { id: true } });
    return { batchId: summary.batchId, counts: summary.counts, failuresByCode: summary.failuresByCode };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db.upload.update({ where: { id: upload.id }, data: { status: "failed", error: message.slice(0, 2000) }, select: { id: true } });
    throw error;
  }
};
