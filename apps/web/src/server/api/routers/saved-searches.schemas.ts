import { z } from "zod";
import { articleQuerySchema } from "../../../lib/article-query";

export const savedSearchOutput = z.object({
  id: z.string(),
  name: z.string(),
  query: articleQuerySchema,
  createdAt: z.date(),
});
export const savedSearchListOutput = z.array(savedSearchOutput);

export const createSavedSearchInput = z.object({
  name: z.string().trim().min(1).max(100),
  query: articleQuerySchema,
});
export const deleteSavedSearchInput = z.object({ id: z.string().min(1) });
export const deleteSavedSearchOutput = z.object({ id: z.string() });
