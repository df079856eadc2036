import { dropBoilerplateLines, isBoilerplateBlock, mayHoldBoilerplate } from "../html/boilerplate.js";
import type { BodyWalk } from "../html/walked-block.js";
import { countChars } from "./digests.js";

/**
 * A site's list of links to other stories, under a label such as CNA's "延伸閱讀" (30 of the corpus's 50
 * CNA files end so): the label and the blocks of links after it are not article text. Without this the
 * other stories' headlines ran on at the end of the text, into its entities and money figures.
 */
/** Labels of a related-reading list; the same words may also head a single linked headline (see INLINE_LABEL). */
const LABEL_WORDS = "延伸閱讀|延伸阅读|更多閱讀|更多阅读|相關閱讀|相关阅读|相關新聞|相关新闻|相關報導|相关报道";
const RELATED_LABEL = new RegExp(
  `^(?:${LABEL_WORDS}|相關文章|相关文章|推薦閱讀|推荐阅读|更多新聞|更多新闻|Related(?: articles| stories| coverage| links)?|More on this story|Read more)\\s*[:：]?$`,
  "i",
);

/** Share of a block's characters that must be link text for the block to be part of the list. */
const MIN_LINK_SHARE = 0.6;

/** Share of a list item's characters that must be the text of a link to the site for the item to be a story link. */
const MIN_STORY_LINK_SHARE = 0.9;

/**
 * Walked indices of related-reading labels and of the blocks of links that follow each, and of
 * unlabelled story lists: list items that are each one link to another story of the article's own
 * site. RFA puts such a list of three headlines after the lead of almost every story (158 of 166
 * corpus files), in the middle of the text.
 */
export function relatedReadingBlocks(walk: BodyWalk, articleUrl: string): Set<number> {
  const dropped = storyLinkItems(walk, articleUrl);
  for (const index of galleryBlocks(walk)) dropped.add(index);
  // Link characters by block, counted once and only for a body that has a label at all.
  let counted: Map<number, number> | null = null;
  const linkCharsOf = (): Map<number, number> => (counted ??= linkCharsByBlock(walk));
  for (const index of inlineRelatedLinks(walk, linkCharsOf)) dropped.add(index);
  if (!walk.blocks.some((block) => block.type !== "image" && block.type !== "embed" && RELATED_LABEL.test(block.text))) return dropped;
  const linkChars = linkCharsOf();
  let inList = false;
  walk.blocks.forEach((block, index) => {
    if (block.type === "image" || block.type === "embed") {
      inList = false;
      return;
    }
    if (RELATED_LABEL.test(block.text)) {
      // A label is only a label when a block of links follows it (else it may be a heading of the article's own).
      const next = walk.blocks[index + 1];
      // Also a label that only boilerplate follows: its list was a card of embedded posts, dropped as chrome.
      if (onlyBoilerplateFrom(walk, index + 1) || (next !== undefined && isLinkList(next.text, linkChars.get(index + 1) ?? 0))) {
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

/** Whether the blocks from `start` on are all boilerplate (or there are none). */
function onlyBoilerplateFrom(walk: BodyWalk, start: number): boolean {
  for (let i = start; i < walk.blocks.length; i++) {
    const text = walk.blocks[i]!.text;
    if (!mayHoldBoilerplate(text) || !(isBoilerplateBlock(text) || dropBoilerplateLines(text).trim() === "")) return false;
  }
  return true;
}

/** Characters of link text in each walked block. */
function linkCharsByBlock(walk: BodyWalk): Map<number, number> {
  const chars = new Map<number, number>();
  for (const link of walk.links) chars.set(link.block, (chars.get(link.block) ?? 0) + countChars(link.text));
  return chars;
}

function isLinkList(text: string, linkChars: number): boolean {
  const length = countChars(text);
  return length > 0 && linkChars >= MIN_LINK_SHARE * length;
}

/** The host a site's links share, without "www." (links to m.rfa.org and www.rfa.org are the same site). */
function siteOf(href: string): string | null {
  const match = /^https?:\/\/([^/?#:]+)/i.exec(href);
  return match === null ? null : match[1]!.toLowerCase().replace(/^(?:www\d*|m)\./, "");
}

/** List items that are only a link (or links) to other stories of the article's own site. */
function storyLinkItems(walk: BodyWalk, articleUrl: string): Set<number> {
  const dropped = new Set<number>();
  const site = siteOf(articleUrl);
  if (site === null) return dropped;
  const article = articleUrl.split("#")[0];
  const ownLinkChars = new Map<number, number>();
  const foreign = new Set<number>();
  for (const link of walk.links) {
    if (walk.blocks[link.block]?.type !== "list-item") continue;
    if (siteOf(link.href) === site && link.href.split("#")[0] !== article) {
      ownLinkChars.set(link.block, (ownLinkChars.get(link.block) ?? 0) + countChars(link.text));
    } else {
      foreign.add(link.block);
    }
  }
  const isStoryLink = (index: number): boolean => {
    const chars = ownLinkChars.get(index);
    if (chars === undefined || foreign.has(index)) return false;
    const length = countChars(walk.blocks[index]!.text);
    return length > 0 && chars >= MIN_STORY_LINK_SHARE * length;
  };
  // A run of list items goes only as a whole: a list of the author's references that also links to
  // one of the site's stories is the article's own.
  for (let start = 0; start < walk.blocks.length; start++) {
    if (walk.blocks[start]!.type !== "list-item") continue;
    let end = start;
    while (end + 1 < walk.blocks.length && walk.blocks[end + 1]!.type === "list-item") end++;
    let all = true;
    for (let i = start; i <= end && all; i++) all = isStoryLink(i);
    if (all) for (let i = start; i <= end; i++) dropped.add(i);
    start = end;
  }
  return dropped;
}

/** DW's label of a photo gallery from another story: "相关图集：香港理大13日"围城" 大事记". */
const GALLERY_LABEL = /^(?:相关图集|相關圖集)\s*[:：]/;

/**
 * A gallery of another story (DW ends or interrupts 37 corpus stories with one, on average more than half
 * of their text): its label, then its pictures, each with the paragraph of caption text after it. The
 * article resumes at the first block that is neither.
 */
function galleryBlocks(walk: BodyWalk): number[] {
  const found: number[] = [];
  walk.blocks.forEach((block, index) => {
    if (block.type !== "heading" && block.type !== "paragraph") return;
    if (!block.text.startsWith("相") || !GALLERY_LABEL.test(block.text)) return;
    found.push(index);
    for (let i = index + 1; i < walk.blocks.length; i++) {
      const next = walk.blocks[i]!;
      const afterImage = walk.blocks[i - 1]!.type === "image" && next.type === "paragraph";
      if (next.type !== "image" && !afterImage) break;
      found.push(i);
    }
  });
  return found;
}

/** A label and a headline in one block: DW's "延伸阅读: 美国确诊人数暴增 多州叫停重启计划", RFI's "相关报道 …". */
const INLINE_LABEL = new RegExp(`^(?:${LABEL_WORDS})\\s*[:：]?\\s*(?=\\S)`);

/** Blocks that are a related-reading label followed, in the same block, by a link to another story. */
function inlineRelatedLinks(walk: BodyWalk, linkCharsOf: () => Map<number, number>): number[] {
  const found: number[] = [];
  walk.blocks.forEach((block, index) => {
    if (block.type === "image" || block.type === "embed") return;
    const label = INLINE_LABEL.exec(block.text);
    if (label !== null && isLinkList(block.text.slice(label[0].length), linkCharsOf().get(index) ?? 0)) found.push(index);
  });
  return found;
}
