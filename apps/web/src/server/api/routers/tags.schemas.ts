import { z } from "zod";

export const tagNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .refine((name) => ![...name].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f), "No control characters");
export const tagColorSchema = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, "A colour is #rrggbb")
  .transform((color) => color.toLowerCase());

export const tagOutput = z.object({ id: z.string(), name: z.string(), color: z.string() });
export const tagWithCountOutput = tagOutput.extend({ articleCount: z.number().int(), createdAt: z.date() });
export const tagListOutput = z.array(tagWithCountOutput);

/** The colours offered for new tags, in turn (Tailwind 600s). */
export const tagPalette = ["#4f46e5", "#d97706", "#0891b2", "#db2777", "#16a34a", "#7c3aed", "#dc2626", "#475569", "#0d9488", "#ca8a04"];

export const createTagInput = z.object({ name: tagNameSchema, color: tagColorSchema.optional() });
export const renameTagInput = z.object({ id: z.string().min(1), name: tagNameSchema });
export const recolorTagInput = z.object({ id: z.string().min(1), color: tagColorSchema });
export const mergeTagsInput = z.object({ sourceId: z.string().min(1), targetId: z.string().min(1) });
export const mergeTagsOutput = z.object({ target: tagOutput, articleCount: z.number().int(), addedCount: z.number().int() });
export const deleteTagInput = z.object({ id: z.string().min(1) });
export const deleteTagOutput = z.object({ articleCount: z.number().int() });
