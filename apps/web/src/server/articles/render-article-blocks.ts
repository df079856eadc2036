import type { ArticleBlock } from "@newsdesk/parser";
import { escapeHtml, safeHttpUrl, sanitizeArticleHtml } from "./sanitize-article-html";

export interface RenderBlocksOptions {
  /** The lead image's URL: an image block repeating it is skipped (it is shown above the text with its credit). */
  leadImageUrl?: string | null;
  /** Link text for embeds (they are never rendered as iframes). */
  embedLabel: string;
}

/**
 * The article body as one sanitised HTML string. Block text keeps its inline HTML (bold, links…) after
 * sanitising; the structure around it (paragraphs, grouped list items, figures, embed links) is built here from
 * escaped values, and the whole result goes through the sanitiser once more, so nothing outside the allowlist
 * can reach the page even if a block type is mishandled.
 */
export function renderArticleBlocks(blocks: readonly ArticleBlock[], { leadImageUrl = null, embedLabel }: RenderBlocksOptions): string {
  const parts: string[] = [];
  let openList: "ul" | "ol" | null = null;
  const closeList = () => {
    if (openList) parts.push(`</${openList}>`);
    openList = null;
  };

  for (const block of blocks) {
    if (block.type !== "list-item") closeList();
    switch (block.type) {
      case "heading":
        parts.push(`<h3>${inline(block.html, block.text)}</h3>`);
        break;
      case "paragraph":
        parts.push(`<p>${inline(block.html, block.text)}</p>`);
        break;
      case "quote":
        parts.push(`<blockquote>${inline(block.html, block.text)}</blockquote>`);
        break;
      case "list-item": {
        const kind = block.ordered ? "ol" : "ul";
        if (openList !== kind) {
          closeList();
          parts.push(`<${kind}>`);
          openList = kind;
        }
        parts.push(`<li>${inline(block.html, block.text)}</li>`);
        break;
      }
      case "image": {
        if (leadImageUrl && block.src === leadImageUrl) break;
        const src = safeHttpUrl(block.src, ["https:"]);
        const captionText = [block.text, block.credit].filter((part) => part && part.trim() !== "").join(" — ");
        const caption = captionText ? `<figcaption>${escapeHtml(captionText)}</figcaption>` : "";
        if (src) parts.push(`<figure><img src="${escapeHtml(src)}" alt="${escapeHtml(block.text)}">${caption}</figure>`);
        else if (safeHttpUrl(block.src)) parts.push(`<p><a href="${escapeHtml(block.src)}">${escapeHtml(block.text || block.src)}</a></p>`);
        break;
      }
      case "embed": {
        const href = safeHttpUrl(block.src);
        const label = `${embedLabel}${block.text ? `: ${block.text}` : ""}`;
        parts.push(href ? `<p><a href="${escapeHtml(href)}">${escapeHtml(label)}</a></p>` : `<p>${escapeHtml(label)}</p>`);
        break;
      }
    }
  }
  closeList();
  return sanitizeArticleHtml(parts.join(""));
}

function inline(html: string, text: string): string {
  const clean = sanitizeArticleHtml(html);
  return clean.trim() === "" ? escapeHtml(text) : clean;
}
