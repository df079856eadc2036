import { escapeHtml, finishBlockText, foldSourceBreaks } from "./text-normalize.js";

interface OpenInline {
  open: string;
  close: string;
  /** Serial of the block whose html holds the opening tag, or -1 while not yet written. */
  writtenIn: number;
}

/** The text and inline html of the block being built, and what kind of text it holds. */
export interface TakenBlock {
  text: string;
  html: string;
  boldOnly: boolean;
  timeOnly: boolean;
}

/**
 * Accumulates one block's text and its inline html. Inline tags open across a block boundary are
 * closed at the end of one block and opened again when the next one gets text, so every block's
 * html is balanced.
 */
export class BlockBuffer {
  private text = "";
  private html = "";
  private serial = 0;
  private hasPlain = false;
  private hasBold = false;
  private hasUntimed = false;
  private readonly inline: OpenInline[] = [];

  get isEmpty(): boolean {
    return this.text === "";
  }

  /** Appends a text node (already whitespace-collapsed); `visible` when it holds more than whitespace. */
  append(text: string, visible: boolean, bold: boolean, timed: boolean): void {
    if (visible) {
      this.writeOpenInline();
      if (bold) this.hasBold = true;
      else this.hasPlain = true;
      if (!timed) this.hasUntimed = true;
    }
    this.text += text;
    this.html += /[&<>"]/.test(text) ? escapeHtml(text) : text;
  }

  /** A single `<br>` between two pieces of text. */
  lineBreak(): void {
    this.text += "\n";
    this.html += "<br>";
  }

  openInline(name: string, href: string | null): void {
    const open = href ? `<a href="${escapeHtml(href)}">` : `<${name}>`;
    this.inline.push({ open, close: `</${name}>`, writtenIn: -1 });
  }

  closeInline(): void {
    const open = this.inline.pop();
    if (open !== undefined && open.writtenIn === this.serial) this.html += open.close;
  }

  /** Ends the block: its finished text and html, or null when it holds no text. Starts the next one. */
  take(): TakenBlock | null {
    const text = finishBlockText(this.text);
    let taken: TakenBlock | null = null;
    if (text !== "") {
      for (let i = this.inline.length - 1; i >= 0; i--) {
        const open = this.inline[i];
        if (open && open.writtenIn === this.serial) this.html += open.close;
      }
      // The html keeps the text's own reading of source line breaks (no private-use character left in it).
      taken = { text, html: foldSourceBreaks(this.html).trim(), boldOnly: this.hasBold && !this.hasPlain, timeOnly: !this.hasUntimed };
    }
    this.serial++;
    this.text = "";
    this.html = "";
    this.hasPlain = false;
    this.hasBold = false;
    this.hasUntimed = false;
    return taken;
  }

  private writeOpenInline(): void {
    for (const open of this.inline) {
      if (open.writtenIn !== this.serial) {
        this.html += open.open;
        open.writtenIn = this.serial;
      }
    }
  }
}
