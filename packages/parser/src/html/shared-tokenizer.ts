import { Parser } from "htmlparser2";

/** The htmlparser2 callbacks the body walker implements. */
export interface TagHandler {
  onopentag(name: string, attribs: Record<string, string>): void;
  onclosetag(name: string): void;
  ontext(data: string): void;
}

/**
 * Elements open at once beyond which a body is read no further. Articles nest a few dozen deep; the
 * parser's stack of open elements costs time in proportion to its depth at every tag, so a body of
 * nothing but opening tags (16 MiB of "<div>") would take hours. Reading stops there instead.
 */
export const MAX_OPEN_ELEMENTS = 10_000;

/** Thrown through the parser to stop it when MAX_OPEN_ELEMENTS is passed; caught in `tokenize`. */
class TooDeep extends Error {}

/**
 * Passes the parser's events on to the handler of the body being tokenised. The parser is fixed to
 * its callbacks object when built, so this one object stands between it and each file's walker.
 */
class Forwarder implements TagHandler {
  target: TagHandler | null = null;
  depth = 0;

  onopentag(name: string, attribs: Record<string, string>): void {
    if (++this.depth > MAX_OPEN_ELEMENTS) throw new TooDeep();
    this.target?.onopentag(name, attribs);
  }

  onclosetag(name: string): void {
    this.depth--;
    this.target?.onclosetag(name);
  }

  ontext(data: string): void {
    this.target?.ontext(data);
  }
}

/**
 * One htmlparser2 parser per thread, reset for each body, and the last handler kept referenced until
 * the next body. Why not a new parser per file: V8 keeps the shapes (maps) of class instances only
 * while one instance is alive, and a full GC that finds none throws away every piece of optimised
 * code built on them — about 80 functions here (the tokenizer's states, the parser's and the walker's
 * handlers) — which then run unoptimised until they are compiled again. With no instance left
 * between two files, every full GC cost about 250 µs of CPU per file over the next ~2,000 files.
 */
let shared: { parser: Parser; forwarder: Forwarder } | null = null;

/**
 * Tokenises a whole HTML fragment into `handler` (entities decoded, `<x/>` self-closing). Returns false
 * when it stopped early, at more than MAX_OPEN_ELEMENTS elements open at once (the handler has had the
 * events up to there; the next call starts the parser afresh).
 */
export function tokenize(html: string, handler: TagHandler): boolean {
  if (shared === null) {
    const forwarder = new Forwarder();
    shared = { parser: new Parser(forwarder, { decodeEntities: true, recognizeSelfClosing: true }), forwarder };
  }
  shared.forwarder.target = handler;
  shared.forwarder.depth = 0;
  try {
    shared.parser.parseComplete(html);
    return true;
  } catch (error) {
    if (error instanceof TooDeep) return false;
    throw error;
  }
}
