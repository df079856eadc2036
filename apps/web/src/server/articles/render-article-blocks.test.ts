import type { ArticleBlock } from "@newsdesk/parser";
import { describe, expect, it } from "vitest";
import { renderArticleBlocks } from "./render-article-blocks";

const options = { embedLabel: "Embedded content" };

describe("renderArticleBlocks", () => {
  it("renders paragraphs with their inline HTML and groups list items", () => {
    const blocks: ArticleBlock[] = [
      { type: "heading", text: "最终的成员国地位", html: "<strong>最终的成员国地位</strong>" },
      { type: "paragraph", text: "布林肯表示", html: "布林肯<b>表示</b>" },
      { type: "list-item", text: "一", html: "一", ordered: false },
      { type: "list-item", text: "二", html: "二", ordered: false },
      { type: "list-item", text: "1", html: "1", ordered: true },
      { type: "quote", text: "q", html: "q" },
    ];
    expect(renderArticleBlocks(blocks, options)).toBe(
      "<h3><strong>最终的成员国地位</strong></h3><p>布林肯<strong>表示</strong></p><ul><li>一</li><li>二</li></ul><ol><li>1</li></ol><blockquote>q</blockquote>",
    );
  });

  it("never lets block HTML or block fields inject markup", () => {
    const blocks: ArticleBlock[] = [
      { type: "paragraph", text: "x", html: '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>x' },
      { type: "image", text: '"><script>window.__pwned=1</script>', src: 'https://img.example/a.jpg" onerror="window.__pwned=1', proxiedSrc: null, credit: "" },
      { type: "embed", text: "<b>clip</b>", src: "javascript:alert(1)" },
      { type: "embed", text: "Video", src: "https://www.youtube.com/embed/abc" },
    ];
    const html = renderArticleBlocks(blocks, options);
    expect(html).not.toMatch(/<script|\son\w+=|javascript:|<iframe/i);
    expect(html).toContain("<p>x</p>");
    expect(html).toContain('<p>Embedded content: &lt;b&gt;clip&lt;/b&gt;</p>');
    expect(html).toContain('<a href="https://www.youtube.com/embed/abc" rel="noopener nofollow ugc noreferrer" target="_blank">Embedded content: Video</a>');
  });

  it("skips the image block that repeats the lead image and keeps other https images as figures", () => {
    const blocks: ArticleBlock[] = [
      { type: "image", text: "lead", src: "https://img.example/lead.jpg", proxiedSrc: null, credit: "" },
      { type: "image", text: "second", src: "https://img.example/b.jpg", proxiedSrc: null, credit: "Getty Images" },
    ];
    expect(renderArticleBlocks(blocks, { ...options, leadImageUrl: "https://img.example/lead.jpg" })).toBe(
      '<figure><img src="https://img.example/b.jpg" alt="second" loading="lazy" referrerpolicy="no-referrer" /><figcaption>second — Getty Images</figcaption></figure>',
    );
  });
});
