import { describe, expect, it } from "vitest";
import { ParseError } from "../errors.js";
import { decodeInput } from "./decode-input.js";

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    return error instanceof ParseError ? error.code : "NOT_A_PARSE_ERROR";
  }
  return undefined;
};

describe("decodeInput", () => {
  it("decodes UTF-8 bytes, drops a BOM and unifies line ends", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("a\r\nb\rc中", "utf8")]);
    expect(decodeInput(bytes, 1000, "f")).toBe("a\nb\nc中");
  });

  it("decodes UTF-16 with a byte order mark", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("标题", "utf16le")]);
    expect(decodeInput(le, 1000, "f")).toBe("标题");
  });

  it.each([
    ["empty bytes", new Uint8Array(0), "EMPTY_INPUT"],
    ["whitespace", "  \n\t ", "EMPTY_INPUT"],
    ["NUL bytes", new Uint8Array([0x3c, 0x21, 0, 0x2d]), "BINARY_INPUT"],
    ["invalid UTF-8", new Uint8Array([0x3c, 0xff, 0xfe, 0xfd, 0x41]), "BINARY_INPUT"],
    ["a NUL character in a string", "ab\u0000c", "BINARY_INPUT"],
    ["bytes over the limit", new Uint8Array(2000).fill(0x41), "TOO_LARGE"],
    ["a string over the limit", "中".repeat(400), "TOO_LARGE"],
  ])("refuses %s", (_name, input, code) => {
    expect(codeOf(() => decodeInput(input, 1000, "f"))).toBe(code);
  });
});
