import { describe, expect, it } from "vitest";
import { plainAbsoluteUrl } from "./plain-url.js";

/** Whatever plainAbsoluteUrl accepts must be exactly what URL makes of it. */
function agreesWithUrl(text: string): boolean {
  const plain = plainAbsoluteUrl(text);
  if (plain === null) return false;
  const url = new URL(text);
  expect(plain).toEqual({ href: url.href, hostname: url.hostname, pathname: url.pathname, search: url.search });
  return true;
}

describe("plainAbsoluteUrl", () => {
  it("takes plain absolute http(s) URLs as URL reads them", () => {
    for (const text of [
      "https://www.voachinese.com/a/us-china-trade/5478000.html",
      "http://example.com",
      "https://example.com?x=1",
      "https://example.com#top",
      "https://cn.nytimes.com/world/20200623/china-india/?utm_source=x&a=b%E6%9D%8E",
      "https://a-b.example.org/path;p=1/@x:y/(1)*+,$!~'",
      "https://i0.wp.com/example.com/img.jpg?resize=1,2",
      "https://example.com/%zz/%e6?q=%zz#frag/?x",
    ]) {
      expect(agreesWithUrl(text), text).toBe(true);
    }
  });

  it("leaves to URL what it would change or refuse", () => {
    for (const text of [
      "HTTPS://example.com/",
      "https://Example.com/",
      "https://example.com:443/",
      "https://user@example.com/",
      "https://xn--fiqs8s.cn/",
      "https://a.xn--fiqs8s/",
      "https://1.2.3.4/",
      "https://example.0x1f/",
      "https://example.123/",
      "https://example.com/a/./b",
      "https://example.com/a/../b",
      "https://example.com/a/%2E%2e/b",
      "https://example.com/a\\b",
      "https://example.com/a b",
      "https://example.com/中文",
      "https://example.com/a?",
      "https://example.com/a#",
      "https://example.com/a?q='x'",
      "https://example.com/a{b}",
      "https://example.com/a|b^c`d",
      "ftp://example.com/",
      "//example.com/",
      "/relative/path",
      "https://example..com/",
      "https://.example.com/",
    ]) {
      expect(plainAbsoluteUrl(text), text).toBeNull();
    }
  });

  it("agrees with URL on generated URLs", () => {
    const alphabet = "aZ09-._~!$&'()*+,;=:@/%?#e.x2E\\|^`{} 中";
    let seed = 11;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    let accepted = 0;
    for (let t = 0; t < 5000; t++) {
      let rest = "";
      const length = next(24);
      for (let i = 0; i < length; i++) rest += alphabet[next(alphabet.length)];
      const host = ["example.com", "a-b.c0", "x.1", "localhost", "xn--p.org"][next(5)];
      if (agreesWithUrl(`https://${host}${next(2) === 0 ? "/" : ""}${rest}`)) accepted++;
    }
    expect(accepted).toBeGreaterThan(100);
  });
});
