"use client";

import { TagChip } from "@newsdesk/ui/primitives";
import { createColumnHelper } from "@newsdesk/ui/table";
import Link from "next/link";
import type { Dictionary } from "@/i18n/dictionaries";

export interface TopicRow {
  id: string;
  name: string;
  kind: "tag" | "search";
  tag: { id: string; name: string; color: string } | null;
  mine: boolean;
  articleCount: number;
  latestAt: Date | null;
}

const column = createColumnHelper<TopicRow>();

/** The topics table: name (link to the timeline), kind, article count, newest article, and the row's action. */
export function topicColumns(t: Dictionary, intlLocale: string, action: (topic: TopicRow) => React.ReactNode) {
  const formatDate = new Intl.DateTimeFormat(intlLocale, { dateStyle: "medium", timeZone: "UTC" });
  const formatCount = new Intl.NumberFormat(intlLocale);
  return [
    column.accessor("name", {
      header: t.topics.columns.name,
      cell: ({ row }) => {
        const topic = row.original;
        return (
          <Link href={`/topics/${encodeURIComponent(topic.id)}`} className="font-medium text-slate-900 hover:text-indigo-700 hover:underline" data-topic-link>
            {topic.tag ? <TagChip name={topic.name} color={topic.tag.color} /> : topic.name}
          </Link>
        );
      },
      meta: { className: "w-auto" },
    }),
    column.accessor("kind", {
      header: t.topics.columns.kind,
      cell: (info) => <span className="text-slate-600">{t.topics.kinds[info.getValue()] ?? info.getValue()}</span>,
      meta: { className: "w-32" },
    }),
    column.accessor("articleCount", {
      header: t.topics.columns.articles,
      cell: (info) => (
        <span className="tabular-nums" data-testid="topic-article-count">
          {formatCount.format(info.getValue())}
        </span>
      ),
      meta: { className: "w-24 text-right" },
    }),
    column.accessor("latestAt", {
      header: t.topics.columns.latest,
      cell: (info) => {
        const date = info.getValue();
        return <span className="text-slate-500 tabular-nums">{date ? formatDate.format(date) : t.common.none}</span>;
      },
      meta: { className: "w-36 whitespace-nowrap" },
    }),
    column.display({ id: "action", header: "", cell: ({ row }) => action(row.original), meta: { className: "w-40 text-right" } }),
  ];
}
