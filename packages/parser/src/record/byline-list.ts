import type { WalkedBlock } from "../html/walked-block.js";

/** The role line under a byline name: "BBC中文网记者", "特约撰稿人", "BBC News, Washington". */
const ROLE_LINE = /(?:记者|記者|编辑|編輯|撰稿人|主编|主編|通讯员|通訊員|特派员|特派員|评论员|評論員|Reporter|Correspondent|Editor|BBC News(?:,.*)?)$/i;

/**
 * A byline written as a two-item list near the top of the body, the name then the role — BBC's newer
 * layout: `<ul class="…-Person"><li class="…-Name">陈志芬</li><li class="…-Title">BBC中文网记者</li></ul>`.
 * Returns the name when the blocks at `index` and after are such a list, else null.
 */
export function bylineListName(blocks: readonly WalkedBlock[], index: number): string | null {
  const name = blocks[index];
  const role = blocks[index + 1];
  if (name?.type !== "list-item" || role?.type !== "list-item") return null;
  const after = blocks[index + 2];
  // A longer list is the article's own.
  if (after?.type === "list-item" || (index > 0 && blocks[index - 1]?.type === "list-item")) return null;
  const text = name.text.trim();
  if (text === "" || text.length > 40 || /[。，,；;！？]/.test(text)) return null;
  return ROLE_LINE.test(role.text.trim()) ? text : null;
}

/** An English byline paragraph: The Economist's "by Dominic Ziegler, Banyan columnist, The Economist", "by Geoffrey Carr: science editor". */
const ENGLISH_BYLINE = /^by ((?:\p{Lu}[\p{L}'’.-]*|\p{Lu}\.)(?: (?:\p{Lu}[\p{L}'’.-]*|\p{Lu}\.|van|von|de|der|da|al|bin)){0,4})(?:[,:].*)?$/u;

/** The writer's name when `block` is a short English byline paragraph, else null. */
export function englishBylineName(block: WalkedBlock): string | null {
  if (block.type !== "paragraph" || block.text.length > 100 || !block.text.startsWith("by ")) return null;
  return ENGLISH_BYLINE.exec(block.text.trim())?.[1] ?? null;
}
