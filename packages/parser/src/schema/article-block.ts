import { z } from "zod";

/**
 * One block of an article body, in reading order. Text blocks keep their inline HTML (`html`, not yet
 * sanitised: it comes from the internet, so renderers must sanitise it) next to the plain `text`.
 */
const textBlock = <T extends "heading" | "paragraph" | "quote" | "list-item">(type: T) =>
  z.object({
    type: z.literal(type),
    text: z.string(),
    html: z.string(),
  });

export const headingBlockSchema = textBlock("heading");
export const paragraphBlockSchema = textBlock("paragraph");
export const quoteBlockSchema = textBlock("quote");
export const listItemBlockSchema = textBlock("list-item").extend({ ordered: z.boolean() });

export const imageBlockSchema = z.object({
  type: z.literal("image"),
  /** Caption or alt text ("" when none). */
  text: z.string(),
  /** De-proxied image URL. */
  src: z.string(),
  /** The URL as written, when it went through an image proxy (images.weserv.nl); otherwise null. */
  proxiedSrc: z.string().nullable(),
  /** Text of the photo's credit/copyright element ("Getty Images"), or "" (credits inside captions stay in `text`). */
  credit: z.string(),
});

export const embedBlockSchema = z.object({
  type: z.literal("embed"),
  /** Title attribute of the embed, or "". */
  text: z.string(),
  /** The iframe's src. */
  src: z.string(),
});

export const articleBlockSchema = z.discriminatedUnion("type", [
  headingBlockSchema,
  paragraphBlockSchema,
  quoteBlockSchema,
  listItemBlockSchema,
  imageBlockSchema,
  embedBlockSchema,
]);
export type ArticleBlock = z.infer<typeof articleBlockSchema>;
export type ArticleBlockType = ArticleBlock["type"];
