import type { WalkedBlock } from "./walked-block.js";
import { HEADING_ELEMENTS } from "./element-rules.js";

/**
 * The kind of text block the body walker is inside, counted from the block elements it opens and
 * closes: a heading (`<h1>`–`<h6>`), a list item (`<li>`, ordered inside `<ol>`), a quote
 * (`<blockquote>`), else a paragraph. Nesting counts: a heading inside a quote is a heading.
 */
export class BlockContext {
  private headingDepth = 0;
  private quoteDepth = 0;
  private itemDepth = 0;
  /** One entry per open list: whether it is ordered. */
  private readonly lists: boolean[] = [];

  /** An element opens (+1) or closes (-1) a block. */
  enter(name: string, step: 1 | -1): void {
    if (HEADING_ELEMENTS.has(name)) this.headingDepth += step;
    else if (name === "blockquote") this.quoteDepth += step;
    else if (name === "li") this.itemDepth += step;
    else if (name === "ul" || name === "ol" || name === "menu" || name === "dir") {
      if (step === 1) this.lists.push(name === "ol");
      else this.lists.pop();
    }
  }

  /** The type of a text block taken now. */
  type(): WalkedBlock["type"] {
    if (this.headingDepth > 0) return "heading";
    if (this.itemDepth > 0) return "list-item";
    if (this.quoteDepth > 0) return "quote";
    return "paragraph";
  }

  /** Whether the innermost open list is ordered (false outside lists). */
  ordered(): boolean {
    return this.lists.length > 0 ? (this.lists[this.lists.length - 1] ?? false) : false;
  }
}
