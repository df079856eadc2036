/**
 * Walks a text line by line without splitting all of it (bodies can be large; only the head is lines).
 * One cursor can serve text after text (`reset`): see `readEnvelope` for why it is kept.
 */
export class LineCursor {
  /** Offset of the start of the next line. */
  position = 0;
  /** 1-based number of the next line. */
  lineNumber = 1;

  constructor(public text: string) {}

  /** Starts over at the first line of `text`. */
  reset(text: string): this {
    this.text = text;
    this.position = 0;
    this.lineNumber = 1;
    return this;
  }

  get done(): boolean {
    return this.position >= this.text.length;
  }

  /** The next line without its "\n", or null at the end. Does not move. */
  peek(): string | null {
    if (this.done) return null;
    const end = this.text.indexOf("\n", this.position);
    return this.text.slice(this.position, end < 0 ? this.text.length : end);
  }

  /** Returns the next line and moves past it. */
  next(): string | null {
    if (this.done) return null;
    const end = this.text.indexOf("\n", this.position);
    const line = this.text.slice(this.position, end < 0 ? this.text.length : end);
    this.position = end < 0 ? this.text.length : end + 1;
    this.lineNumber++;
    return line;
  }

  /** Moves past blank lines. */
  skipBlank(): void {
    for (let line = this.peek(); line !== null && line.trim() === ""; line = this.peek()) this.next();
  }

  /** The rest of the text from the next line on. */
  rest(): string {
    return this.text.slice(this.position);
  }
}
