"use client";

import { createColumnHelper } from "@newsdesk/ui/table";
import { TagChip } from "@newsdesk/ui/primitives";
import Link from "next/link";
import type { Dictionary } from "@/i18n/dictionaries";
import { textDirection } from "@/lib/text-direction";

export interface ArticleRow {
  id: string;
  title: string;
  excerpt: string;
  language: string;
  publishedAt: Date | null;
  archivedAt: Date | null;
  source: { id: string; name: string; nameEn: string; domain: string };
  duplicateOfId: string | null;
  duplicateCount: number;
  aidFigureCount: number;
  tags: Array<{ id: string; name: string; color: string }>;
}

const column = createColumnHelper<ArticleRow>();

/** The list's columns: title with excerpt and badges, source, date, tags. */
export function articleColumns(t: Dictionary, locale: "zh" | "en", intlLocale: string) {
  const formatDate = new Intl.DateTimeFormat(intlLocale, { dateStyle: "medium", timeZone: "UTC" });
  return [
    column.accessor("title", {
      header: t.articles.columns.title,
      cell: ({ row }) => {
        const article = row.original;
        return (
          <div className="min-w-0">
            <Link
              href={`/articles/${encodeURIComponent(article.id)}`}
              lang={article.language}
              dir={textDirection(article.language)}
              className="font-medium text-slate-900 hover:text-indigo-700 hover:underline"
              data-article-link
            >
              {article.title}
            </Link>
            {article.duplicateOfId ? <span className="ml-2 rounded bg-amber-100 px-1.5 text-[11px] text-amber-800">{t.articles.duplicateBadge}</span> : null}
            {article.aidFigureCount > 0 ? <span className="ml-2 rounded bg-emerald-100 px-1.5 text-[11px] text-emerald-800">{t.articles.aidBadge} {article.aidFigureCount}</span> : null}
            <p lang={article.language} dir={textDirection(article.language)} className="mt-0.5 line-clamp-1 text-xs text-slate-500">
              {article.excerpt}
            </p>
          </div>
        );
      },
      meta: { className: "w-auto" },
    }),
    column.accessor((article) => (locale === "zh" ? article.source.name : article.source.nameEn), {
      id: "source",
      header: t.articles.columns.source,
      cell: (info) => <span className="text-slate-600">{info.getValue()}</span>,
      meta: { className: "w-36 truncate" },
    }),
    column.accessor("publishedAt", {
      header: t.articles.columns.published,
      cell: (info) => {
        const date = info.getValue();
        return <span className="text-slate-500 tabular-nums">{date ? formatDate.format(date) : t.common.none}</span>;
      },
      meta: { className: "w-36 whitespace-nowrap" },
    }),
    column.accessor("tags", {
      header: t.articles.columns.tags,
      cell: (info) => (
        <div className="flex flex-wrap gap-1">
          {info.getValue().map((tag) => (
            <TagChip key={tag.id} name={tag.name} color={tag.color} />
          ))}
        </div>
      ),
      meta: { className: "w-56" },
    }),
  ];
}
