import { Parser } from "htmlparser2";

/** The htmlparser2 callbacks the body walker implements. */
export interface TagHandler {
  onopentag(name: string, attribs: Record<string, string>): void;
  onclosetag(name: string): void;
  ontext(data: string): void;
}

/**
 * Passes the parser's events on to the handler of the body being tokenised. The parser is fixed to
 * its callbacks object when built, so this one object stands between it and each file's walker.
 */
class Forwarder implements TagHandler {
  target: TagHandler | null = null;

  onopentag(name: string, attribs: Record<string, string>): void {
    this.target?.onopentag(name, attribs);
  }

  onclosetag(name: string): void {
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

/** Tokenises a whole HTML fragment into `handler` (entities decoded, `<x/>` self-closing). */
export function tokenize(html: string, handler: TagHandler): void {
  if (shared === null) {
    const forwarder = new Forwarder();
    shared = { parser: new Parser(forwarder, { decodeEntities: true, recognizeSelfClosing: true }), forwarder };
  }
  shared.forwarder.target = handler;
  shared.parser.parseComplete(html);
}
