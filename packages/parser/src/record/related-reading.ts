import type { BodyWalk } from "../html/walked-block.js";
import { countChars } from "./digests.js";

/**
 * A site's list of links to other stories, under a label such as CNA's "延伸閱讀" (30 of the corpus's 50
 * CNA files end so): the label and the blocks of links after it are not article text. Without this the
 * other stories' headlines ran on at the end of the text, into its entities and money figures.
 */
const RELATED_LABEL =
  /^(?:延伸閱讀|延伸阅读|相關閱讀|相关阅读|相關新聞|相关新闻|相關文章|相关文章|相關報導|相关报道|推薦閱讀|推荐阅读|更多新聞|更多新闻|Related(?: articles| stories| coverage| links)?|More on this story|Read more)\s*[:：]?$/i;

/** Share of a block's characters that must be link text for the block to be part of the list. */
const MIN_LINK_SHARE = 0.6;

/** Walked indices of related-reading labels and of the blocks of links that follow each. */
export function relatedReadingBlocks(walk: BodyWalk): Set<number> {
  const dropped = new Set<number>();
  if (!walk.blocks.some((block) => block.type !== "image" && block.type !== "embed" && RELATED_LABEL.test(block.text))) return dropped;
  const linkChars = new Map<number, number>();
  for (const link of walk.links) linkChars.set(link.block, (linkChars.get(link.block) ?? 0) + countChars(link.text));
  let inList = false;
  walk.blocks.forEach((block, index) => {
    if (block.type === "image" || block.type === "embed") {
      inList = false;
      return;
    }
    if (RELATED_LABEL.test(block.text)) {
      // A label is only a label when a block of links follows it (else it may be a heading of the article's own).
      const next = walk.blocks[index + 1];
      if (next !== undefined && isLinkList(next.text, linkChars.get(index + 1) ?? 0)) {
        dropped.add(index);
        inList = true;
      }
      return;
    }
    if (inList && isLinkList(block.text, linkChars.get(index) ?? 0)) dropped.add(index);
    else inList = false;
  });
  return dropped;
}

function isLinkList(text: string, linkChars: number): boolean {
  const length = countChars(text);
  return length > 0 && linkChars >= MIN_LINK_SHARE * length;
}
