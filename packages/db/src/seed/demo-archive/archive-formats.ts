import { createHash } from "node:crypto";
import * as OpenCC from "opencc-js/cn2t";
import type { DemoStory } from "./demo-story.js";

/**
 * Writes a story as an archive file in one of the real variants (see ../shared/README.md): F1 (the seed's
 * `<!--epoch-->` + `[title](url)` + `------` + HTML), F2 (Jekyll front matter, then F1 with the body in a <div>),
 * F3 (no timestamp, a `日期：` line instead).
 */
export type DemoFormat = "F1" | "F2" | "F3";

export interface DemoArticle {
  story: DemoStory;
  url: string;
  sourceName: string;
  traditional: boolean;
  publishedAt: Date;
  archivedAt: Date;
  format: DemoFormat;
  /** Extra raw HTML appended to the body (the sanitiser test articles). */
  rawHtml?: string;
}

const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function imageHtml(article: DemoArticle, caption: string, credit: string): string {
  const name = createHash("sha256").update(article.url).digest("hex").slice(0, 12);
  return (
    `<img src="https://images.weserv.nl?url=img.demo.newsdesk.invalid/${name}_w900.jpg" width="100%">` +
    `<div><small style="color: #999;">${escapeHtml(caption)}${escapeHtml(credit)}</small></div>`
  );
}

/** RFC 2822 with a numeric zone, as the `日期：` lines write it: "Fri, 12 Jun 2020 19:14:43 +0000". */
function rfc2822(date: Date): string {
  return date.toUTCString().replace("GMT", "+0000");
}

export function renderArchiveFile(article: DemoArticle): string {
  const convert = (text: string) => (article.traditional ? toTraditional(text) : text);
  const title = convert(article.story.title);
  const image = article.story.image ? imageHtml(article, convert(article.story.image.caption), convert(article.story.image.credit)) : "";
  const paragraphs = article.story.paragraphs.map((text) => `<p>${escapeHtml(convert(text))}</p>`).join("");
  const body = `${image}${paragraphs}${article.rawHtml ?? ""}`;
  const heading = `[${title}](${article.url})\n------\n`;
  const stamp = `<!--${article.archivedAt.getTime()}-->\n`;
  switch (article.format) {
    case "F1":
      return `${stamp}${heading}\n<div><i>${article.publishedAt.toUTCString()}</i></div>${body}\n`;
    case "F2": {
      const list = (items: string[]) => `[ ${items.map(convert).join(", ")} ]`;
      const frontMatter = [
        "---",
        "layout: post",
        `title: ${JSON.stringify(title)}`,
        `date: ${article.publishedAt.toISOString()}`,
        `author: ${article.sourceName}`,
        `from: ${article.url}`,
        `tags: ${list(article.story.tags)}`,
        `categories: ${list([article.story.category])}`,
        "---",
      ].join("\n");
      return `${frontMatter}\n${stamp}${heading}\n<div>\n${body}\n</div>\n`;
    }
    case "F3":
      return `${heading}日期：${rfc2822(article.publishedAt)}\n\n${body}\n`;
  }
}
