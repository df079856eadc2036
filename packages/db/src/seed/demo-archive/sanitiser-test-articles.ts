import type { DemoArticle } from "./archive-formats.js";
import { demoDomain, demoSources } from "./demo-sources.js";

/**
 * Articles whose HTML carries what a hostile page could: a <script>, an <img onerror>, an <iframe> with a
 * javascript: URL, event-handler attributes and javascript: links. Each payload would set window.__pwned = 1 or
 * document.title = "pwned" if it ever ran. The dashboard's sanitising tests look them up by "XSS" in the title.
 */
const payloads = [
  {
    slug: "script",
    title: "【XSS测试】正文中夹带脚本的文章",
    html: `<p>这段文字后面跟着一个脚本<script>window.__pwned = 1; document.title = "pwned"; alert(1)</script>，它绝不能执行。</p>`,
  },
  {
    slug: "img-onerror",
    title: "【XSS测试】图片onerror事件与javascript链接",
    html:
      `<p>图片加载失败时会触发事件：<img src=x onerror="window.__pwned=1;document.title='pwned'">。</p>` +
      `<p><a href="javascript:window.__pwned=1">点击这里</a>，以及<span onmouseover="window.__pwned=1">悬停文字</span>。</p>`,
  },
  {
    slug: "iframe",
    title: "【XSS测试】嵌入iframe与内联样式",
    html:
      `<iframe src="javascript:window.__pwned=1;document.title='pwned'"></iframe>` +
      `<p style="background:url(javascript:window.__pwned=1)">带有危险样式的段落。</p>` +
      `<iframe src="https://www.youtube.com/embed/demo-newsdesk" title="示例视频"></iframe>`,
  },
] as const;

export function sanitiserTestArticles(): DemoArticle[] {
  const source = demoSources.find((one) => one.slug === "daily")!;
  return payloads.map((payload, index) => {
    const publishedAt = new Date(Date.UTC(2024, 4, 10 + index, 8, 30));
    return {
      story: {
        topic: "sanitiser-test",
        title: payload.title,
        paragraphs: ["这是一篇合成的测试文章，用于检查仪表板在显示前是否清理了来自网页的HTML。"],
        tags: ["测试"],
        category: "测试",
        image: null,
        language: "zh",
      },
      url: `https://${demoDomain(source)}/2024/05/xss-${payload.slug}.html`,
      sourceName: source.name,
      traditional: false,
      publishedAt,
      archivedAt: new Date(publishedAt.getTime() + 600_000),
      format: "F1",
      rawHtml: payload.html,
    };
  });
}
