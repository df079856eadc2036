import type { ArticleBlock } from "../schema/article-block.js";

/**
 * The record's `text`: the text of the blocks that hold article text (not images and embeds), one
 * blank line apart. The one definition, shared by buildRecord and by the worker messages, which send
 * records without `text` and rebuild it from the blocks on the receiving thread.
 */
export function articleText(blocks: readonly ArticleBlock[]): string {
  const parts: string[] = [];
  for (const block of blocks) if (block.type !== "image" && block.type !== "embed") parts.push(block.text);
  return parts.join("\n\n");
}
