import { z } from "zod";

/** The upload limit: archives are text, so 200 MB holds tens of thousands of articles. */
export const maxUploadBytes = 200 * 1024 * 1024;
export const uploadExtensions = [".txt", ".zip", ".tar.gz", ".tgz"] as const;

export function isSupportedUploadName(name: string): boolean {
  const lower = name.toLowerCase();
  return uploadExtensions.some((extension) => lower.endsWith(extension));
}

/** multipart/form-data with one `file` field (tRPC passes FormData through untouched). */
export const createUploadInput = z.instanceof(FormData);

export const uploadStatusSchema = z.enum(["received", "importing", "imported", "failed"]);

export const uploadOutput = z.object({
  id: z.string(),
  name: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  status: uploadStatusSchema,
  error: z.string().nullable(),
  uploadedBy: z.string().nullable(),
  createdAt: z.date(),
  /** Files per outcome once the import ran (new, updated, unchanged, older, duplicate, failed). */
  counts: z.record(z.string(), z.number().int()).nullable(),
});
export const uploadListOutput = z.array(uploadOutput);

export const uploadByIdInput = z.object({ id: z.string().min(1) });
export const uploadFileOutcome = z.object({
  name: z.string(),
  size: z.number().int(),
  status: z.string(),
  errorCode: z.string().nullable(),
  errorMessage: z.string().nullable(),
  articleId: z.string().nullable(),
});
export const uploadDetailOutput = uploadOutput.extend({
  files: z.array(uploadFileOutcome),
  /** True when there are more file outcomes than listed. */
  filesTruncated: z.boolean(),
});
