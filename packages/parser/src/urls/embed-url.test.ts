import { describe, expect, it } from "vitest";
import { resolveEmbedUrl } from "./embed-url.js";

const BASE = "https://www.voachinese.com/a/story.html";

describe("resolveEmbedUrl", () => {
  it.each([
    ["an absolute URL", "https://www.youtube.com/embed/x", "https://www.youtube.com/embed/x"],
    ["a protocol-relative URL, as https", "//player.vimeo.com/video/1", "https://player.vimeo.com/video/1"],
    ["a relative URL, against the article", "/embed/player?id=2", "https://www.voachinese.com/embed/player?id=2"],
    ["spaces around it", "  https://a.example/v  ", "https://a.example/v"],
  ])("resolves %s", (_, src, expected) => {
    expect(resolveEmbedUrl(src, BASE)).toBe(expected);
  });

  it.each([["empty", ""], ["blank", "about:blank"], ["unreadable", "http://"]])("gives null for a %s source", (_, src) => {
    expect(resolveEmbedUrl(src, BASE)).toBeNull();
  });
});
