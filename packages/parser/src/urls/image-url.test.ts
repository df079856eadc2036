import { describe, expect, it } from "vitest";
import { resolveImageUrl } from "./image-url.js";

const BASE = "https://www.rfa.org/mandarin/yataibaodao/x.html";

describe("resolveImageUrl", () => {
  it.each([
    [
      "https://images.weserv.nl?url=gdb.voanews.com/01000000-c0a8_r1_s_w900.jpg",
      "https://gdb.voanews.com/01000000-c0a8_r1_s_w900.jpg",
      "https://images.weserv.nl?url=gdb.voanews.com/01000000-c0a8_r1_s_w900.jpg",
    ],
    [
      "https://images.weserv.nl/?url=api.dw.com/image/53882155_303.jpg",
      "https://api.dw.com/image/53882155_303.jpg",
      "https://images.weserv.nl/?url=api.dw.com/image/53882155_303.jpg",
    ],
    [
      "https://images.weserv.nl/?url=ssl:imgcdn.cna.com.tw/a.jpg&w=800",
      "https://imgcdn.cna.com.tw/a.jpg",
      "https://images.weserv.nl/?url=ssl:imgcdn.cna.com.tw/a.jpg&w=800",
    ],
    [
      "https://images.weserv.nl/?url=https%3A%2F%2Fexample.com%2Fa.jpg",
      "https://example.com/a.jpg",
      "https://images.weserv.nl/?url=https%3A%2F%2Fexample.com%2Fa.jpg",
    ],
    [
      "https://thumbor.ftacademy.cn/unsafe/1340x754/https://thumbor.ftacademy.cn/unsafe/picture/4/000097644_piclink.jpg",
      "https://thumbor.ftacademy.cn/unsafe/picture/4/000097644_piclink.jpg",
      "https://thumbor.ftacademy.cn/unsafe/1340x754/https://thumbor.ftacademy.cn/unsafe/picture/4/000097644_piclink.jpg",
    ],
    ["https://i0.wp.com/example.org/wp/a.png?w=600", "https://example.org/wp/a.png", "https://i0.wp.com/example.org/wp/a.png?w=600"],
    // Parameters without escapes are read without URLSearchParams: the first "url" counts, empty pairs do not.
    ["https://wsrv.nl/?w=1&&url=Example.com/a.jpg&url=b.org/c", "https://example.com/a.jpg", "https://wsrv.nl/?w=1&&url=Example.com/a.jpg&url=b.org/c"],
    ["https://wsrv.nl/?url=example.com/a+b.jpg", "https://example.com/a%20b.jpg", "https://wsrv.nl/?url=example.com/a+b.jpg"],
    ["https://example.com/x?u=/unsafe/https://example.org/a.jpg", "https://example.org/a.jpg", "https://example.com/x?u=/unsafe/https://example.org/a.jpg"],
  ])("de-proxies %s", (src, url, proxiedUrl) => {
    expect(resolveImageUrl(src, BASE)).toEqual({ url, proxiedUrl });
  });

  it.each([
    ["//s3.reutersmedia.net/resources/r/?m=02&w=600", "https://s3.reutersmedia.net/resources/r/?m=02&w=600"],
    ["/rfa_resources/graphics/a.png", "https://www.rfa.org/rfa_resources/graphics/a.png"],
    ["hj0625e.jpg", "https://www.rfa.org/mandarin/yataibaodao/hj0625e.jpg"],
  ])("resolves %s against the article", (src, url) => {
    expect(resolveImageUrl(src, BASE)).toEqual({ url, proxiedUrl: null });
  });

  it.each(["", "data:image/png;base64,AAAA", "javascript:void(0)"])("ignores %j", (src) => {
    expect(resolveImageUrl(src, BASE)).toBeNull();
  });
});
