import type { ArticleBlock, ArticleImage } from "@newsdesk/parser";
import type { ArticleDetail } from "@newsdesk/db/queries";
import { getDictionary } from "../../i18n/dictionaries";
import { renderArticleBlocks } from "./render-article-blocks";
import { safeHttpUrl } from "./sanitize-article-html";

/**
 * The article as the page shows it: body blocks rendered to sanitised HTML, raw archive HTML left out, only
 * http(s) links and an https lead image kept.
 */
export function articleViewOf(article: ArticleDetail, locale: "zh" | "en") {
  const image = article.image as ArticleImage | null;
  const imageUrl = image ? safeHttpUrl(image.url, ["https:"]) : null;
  const links = Array.isArray(article.links) ? (article.links as Array<{ href?: unknown; text?: unknown }>) : [];
  const warnings = Array.isArray(article.warnings) ? (article.warnings as Array<{ code?: unknown; message?: unknown }>) : [];
  const detail = article.publishedAtDetail as { raw: string; origin: string; zone: string; zoneAssumed: boolean } | null;
  const related = (row: NonNullable<ArticleDetail["duplicateOf"]>) => ({ id: row.id, title: row.title, publishedAt: row.publishedAt, source: row.source });
  return {
    id: article.id,
    title: article.title,
    url: article.url,
    canonicalUrl: article.canonicalUrl,
    file: article.file,
    format: article.format,
    author: article.author,
    language: article.language,
    script: article.script,
    publishedAt: article.publishedAt,
    archivedAt: article.archivedAt,
    publishedAtDetail: detail,
    source: article.source,
    image: image ? { url: imageUrl, caption: image.caption, credit: image.credit, creditText: image.creditText } : null,
    bodyHtml: renderArticleBlocks((article.blocks ?? []) as ArticleBlock[], { leadImageUrl: image?.url ?? null, embedLabel: getDictionary(locale).article.embed }),
    charCount: article.charCount,
    links: links.flatMap((link) => {
      const href = typeof link.href === "string" ? safeHttpUrl(link.href) : null;
      return href ? [{ href, text: typeof link.text === "string" ? link.text : href }] : [];
    }),
    entities: article.entities.map(({ entity, count }) => ({ zh: entity.zh, en: entity.en, count })),
    tags: article.tags.map((link) => ({ ...link.tag, taggedBy: link.createdBy?.name ?? null, taggedAt: link.createdAt })),
    aidFigureCount: article.moneyMentions.filter((mention) => mention.isAid).length,
    duplicateOf: article.duplicateOf ? related(article.duplicateOf) : null,
    duplicates: article.duplicates.map(related),
    warnings: warnings.map((warning) => ({ code: String(warning.code ?? ""), message: String(warning.message ?? "") })),
  };
}
