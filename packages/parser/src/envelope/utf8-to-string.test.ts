import { describe, expect, it } from "vitest";
import { utf8ToString } from "./utf8-to-string.js";

describe("utf8ToString", () => {
  const same = (text: string) => {
    const bytes = Buffer.from(text, "utf8");
    expect(utf8ToString(bytes)).toBe(bytes.toString("utf8"));
  };

  it("decodes valid UTF-8 as Buffer#toString does", () => {
    same("");
    same("plain ASCII ".repeat(40));
    same(`${"中文，".repeat(100)}é😀\u{10ffff}`);
    same(`\ufeff${"x".repeat(300)}\ufeff\ufffe\uffff\u0080\u07ff\u0800\ud7ff\ue000`);
  });

  it("agrees with Buffer#toString on random valid text", () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let t = 0; t < 300; t++) {
      let text = "";
      const length = next() % 400;
      for (let i = 0; i < length; i++) {
        let code = next() % 10 === 0 ? 0x10000 + (next() % 0xfffff) : next() % 0xffff;
        if (code >= 0xd800 && code <= 0xdfff) code = 0x41;
        text += String.fromCodePoint(code);
      }
      same(text);
    }
  });
});
