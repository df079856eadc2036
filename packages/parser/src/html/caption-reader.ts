import { captionRole } from "./element-rules.js";
import { collapseNodeText, finishBlockText } from "./text-normalize.js";
import type { WalkedBlock } from "./walked-block.js";

/**
 * Reads the caption or credit element right after an image or an embed (`<figcaption>`, a `*caption*`
 * or `*credit*` class, the archiver's `<div><small>`), element by element as the walker meets them,
 * and gives its text to that block when the element closes. A credit element inside a caption is read
 * apart: RFA writes `<div class="image-caption"><span>…(记者 李宗翰摄)</span><span class="copyright">Photo:
 * RFA</span></div>`, whose "Photo: RFA" is the credit, not the end of the caption.
 */
/** A credit after "©" at the end of a caption. */
const TRAILING_COPYRIGHT = /(?:^|\s)©\s*([^©\s][^©]{0,59})$/;

export class CaptionReader {
  /** Open elements of the caption (0: not in one). */
  private depth = 0;
  private role: "caption" | "credit" = "caption";
  private text = "";
  /** The depth at which a credit element inside the caption opened, or 0. */
  private innerCreditDepth = 0;
  private innerCreditText = "";

  get reading(): boolean {
    return this.depth > 0;
  }

  /** Whether the caption belongs to the image or embed before it (else it is dropped when it closes). */
  private attached = true;

  /** Starts a caption (or credit) element of `role`, of the block before it unless `attached` is false. */
  start(role: "caption" | "credit", attached = true): void {
    this.depth = 1;
    this.role = role;
    this.text = "";
    this.attached = attached;
  }

  /** An element opened inside the caption. */
  open(name: string, className: string | undefined): void {
    this.depth++;
    if (name === "br") this.text += " ";
    else if (this.innerCreditDepth === 0 && this.role === "caption" && captionRole(name, className) === "credit") {
      this.innerCreditDepth = this.depth;
    }
  }

  /** Text inside the caption. */
  append(data: string): void {
    if (this.innerCreditDepth > 0) this.innerCreditText += data;
    else this.text += data;
  }

  /** An element of the caption closed; when it was the caption's own, its text goes to `block`. */
  close(block: WalkedBlock | null): void {
    if (this.depth === this.innerCreditDepth) this.innerCreditDepth = 0;
    if (--this.depth === 0) this.finish(this.attached ? block : null);
  }

  private finish(block: WalkedBlock | null): void {
    const credit = finishBlockText(collapseNodeText(this.innerCreditText)).replace(/\n/g, " ");
    // The first credit stands; later ones stay in the caption text as written (a slideshow's captions
    // all follow its one image, each with its photographer).
    const creditTaken = block !== null && credit !== "" && block.credit === "";
    let text = finishBlockText(collapseNodeText(creditTaken ? this.text : this.text + this.innerCreditText)).replace(/\n/g, " ");
    // BBC's <figcaption> ends in the credit: "北京绕过香港立法会实施《国安法》。 ©Reuters", or is only "©AFP".
    const copyright = this.role === "caption" ? TRAILING_COPYRIGHT.exec(text) : null;
    if (copyright !== null && block !== null) {
      text = text.slice(0, copyright.index).trim();
      if (block.credit === "") block.credit = copyright[1]!.trim();
    }
    this.text = "";
    this.innerCreditText = "";
    this.innerCreditDepth = 0;
    if (block === null) return;
    if (creditTaken) block.credit = credit;
    if (text === "") return;
    if (this.role === "credit") block.credit = block.credit ? `${block.credit} ${text}` : text;
    else block.caption = block.caption ? `${block.caption} ${text}` : text;
  }
}
