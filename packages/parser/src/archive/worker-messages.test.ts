import { describe, expect, it } from "vitest";
import { allCorpusFiles, corpusFile } from "../../test/helpers/corpus.js";
import { ParseError } from "../errors.js";
import { parse } from "../parse.js";
import type { ArchiveItem } from "./archive-entry.js";
import { type ParseReply, decodeReplies, encodeReplies, fromReply, toReply } from "./worker-messages.js";

function okReply(id: number, name: string): ParseReply {
  const record = parse(corpusFile(name), { file: name });
  return toReply(id, { ok: true, file: name, size: 1, sha256: "00", record });
}

describe("worker messages", () => {
  it("rebuild every corpus record exactly, key order included", () => {
    const names = allCorpusFiles();
    for (let i = 0; i < names.length; i += 50) {
      const replies = names.slice(i, i + 50).map((name, j) => okReply(i + j, name));
      const expected = JSON.stringify(replies);
      expect(JSON.stringify(decodeReplies(encodeReplies(replies)))).toBe(expected);
    }
  });

  it("leave the sent records as they were", () => {
    const reply = okReply(1, "seed/000_ebadd0a474f263cc.txt");
    const before = JSON.stringify(reply);
    encodeReplies([reply]);
    expect(JSON.stringify(reply)).toBe(before);
  });

  it("send less than the whole record: text and html that repeats text are rebuilt", () => {
    const reply = okReply(1, "seed/000_ebadd0a474f263cc.txt");
    const wire = encodeReplies([reply]);
    expect(wire.length).toBeLessThan(JSON.stringify([reply]).length * 0.8);
    expect(wire).toContain('"text":0');
    const record = decodeReplies(wire)[0]!.item;
    if (!record.ok) throw new Error("expected a record");
    // Blocks whose html differs from their text (links, bold, escapes) keep their own html.
    const linked = record.record.blocks.filter((b) => b.type !== "image" && b.type !== "embed" && b.html !== b.text);
    expect(linked.length).toBeGreaterThan(0);
  });

  it("carry errors as typed ParseErrors", () => {
    const failed: ArchiveItem = {
      ok: false,
      file: "broken.txt",
      size: 3,
      sha256: null,
      error: new ParseError("UNKNOWN_FORMAT", "Not an archive file.", { file: "broken.txt" }),
    };
    const [reply] = decodeReplies(encodeReplies([toReply(7, failed)]));
    const item = fromReply(reply!);
    expect(item.ok).toBe(false);
    if (item.ok) return;
    expect(item.error).toBeInstanceOf(ParseError);
    expect(item.error.code).toBe("UNKNOWN_FORMAT");
    expect(reply!.id).toBe(7);
  });
});
