import { createHash } from "node:crypto";
import type { Prisma } from "@newsdesk/db";
import { recordAuditEvents } from "@newsdesk/db/queries";
import { enqueueJob } from "../../jobs/job-queue";
import { importUploadJobKind, wakeJobWorker } from "../../jobs/job-kinds";
import { AppError } from "../app-error";
import { adminProcedure, auditActor, createTRPCRouter } from "../trpc";
import {
  createUploadInput,
  isSupportedUploadName,
  maxUploadBytes,
  uploadByIdInput,
  uploadDetailOutput,
  uploadListOutput,
  uploadOutput,
} from "./uploads.schemas";

const uploadSelect = {
  id: true,
  name: true,
  size: true,
  sha256: true,
  status: true,
  error: true,
  createdAt: true,
  uploadedBy: { select: { email: true } },
  batch: { select: { summary: true } },
} satisfies Prisma.UploadSelect;

type UploadRow = Prisma.UploadGetPayload<{ select: typeof uploadSelect }>;

function countsOf(summary: Prisma.JsonValue | undefined): Record<string, number> | null {
  if (!summary || typeof summary !== "object" || Array.isArray(summary)) return null;
  const counts = (summary as Record<string, unknown>).counts;
  if (!counts || typeof counts !== "object" || Array.isArray(counts)) return null;
  return Object.fromEntries(Object.entries(counts).filter((entry): entry is [string, number] => typeof entry[1] === "number"));
}

function toOutput(row: UploadRow) {
  return {
    id: row.id,
    name: row.name,
    size: row.size,
    sha256: row.sha256,
    status: row.status,
    error: row.error,
    uploadedBy: row.uploadedBy?.email ?? null,
    createdAt: row.createdAt,
    counts: countsOf(row.batch?.summary),
  };
}

/**
 * Admins upload archive files; the bytes are stored in the database and imported by a background job that any
 * web instance may run. The import reports per file: a broken file is recorded as failed and the rest goes in.
 */
export const uploadsRouter = createTRPCRouter({
  create: adminProcedure
    .input(createUploadInput)
    .output(uploadOutput)
    .mutation(async ({ ctx, input }) => {
      const file = input.get("file");
      if (!(file instanceof File) || file.size === 0) throw new AppError("UNSUPPORTED_UPLOAD", "Choose a non-empty archive file");
      if (!isSupportedUploadName(file.name)) throw new AppError("UNSUPPORTED_UPLOAD", "Upload a .txt, .zip or .tar.gz archive");
      if (file.size > maxUploadBytes) throw new AppError("UPLOAD_TOO_LARGE", `Uploads are limited to ${maxUploadBytes / 1024 / 1024} MB`);
      const bytes = new Uint8Array(await file.arrayBuffer());
      const sha256 = createHash("sha256").update(bytes).digest("hex");
      const name = file.name.replace(/[\\/]/g, "_").slice(0, 255);
      const row = await ctx.db.$transaction(async (tx) => {
        const upload = await tx.upload.create({
          data: { name, size: bytes.byteLength, bytes, sha256, uploadedById: ctx.user.id },
          select: uploadSelect,
        });
        await enqueueJob(tx, { kind: importUploadJobKind, payload: { uploadId: upload.id } });
        await recordAuditEvents(tx, [
          { ...auditActor(ctx.user), action: "upload.create", targetType: "upload", targetId: upload.id, after: { name, size: bytes.byteLength, sha256 } },
        ]);
        return upload;
      });
      wakeJobWorker();
      return toOutput(row);
    }),

  list: adminProcedure.output(uploadListOutput).query(async ({ ctx }) => {
    const rows = await ctx.db.upload.findMany({ select: uploadSelect, orderBy: { createdAt: "desc" }, take: 100 });
    return rows.map(toOutput);
  }),

  /** One upload with the outcome of each file in it (the first 1,000, failures first). */
  byId: adminProcedure
    .input(uploadByIdInput)
    .output(uploadDetailOutput)
    .query(async ({ ctx, input }) => {
      const row = await ctx.db.upload.findUnique({ where: { id: input.id }, select: { ...uploadSelect, batchId: true } });
      if (!row) throw new AppError("NOT_FOUND", "No such upload");
      const limit = 1000;
      const files = row.batchId
        ? await ctx.db.importFile.findMany({
            where: { batchId: row.batchId },
            select: { name: true, size: true, status: true, errorCode: true, errorMessage: true, articleId: true },
            orderBy: [{ status: "desc" }, { name: "asc" }],
            take: limit + 1,
          })
        : [];
      return { ...toOutput(row), files: files.slice(0, limit), filesTruncated: files.length > limit };
    }),
});
