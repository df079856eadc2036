"use client";

import { Button, EmptyState, Spinner } from "@newsdesk/ui/primitives";
import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useI18n } from "@/i18n/i18n-provider";
import type { AidChartParams, AidDrill } from "@/lib/aid-query";
import type { ArticleQuery } from "@/lib/article-query";
import { useTRPC } from "@/trpc/react";
import { FigureDetails } from "../_components/figure-details";

/** The sentences and articles behind the chart point an editor clicked, newest first, with a link to review each. */
export function FigureDrillPanel({
  query,
  params,
  drill,
  title,
  onClose,
}: {
  query: ArticleQuery;
  params: AidChartParams;
  drill: AidDrill;
  title: string;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const list = useInfiniteQuery(trpc.aidFigures.drill.infiniteQueryOptions({ query, params, drill, limit: 20 }, { getNextPageParam: (page) => page.nextCursor }));
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section aria-label={t.aid.charts.drillTitle} className="rounded-lg bg-white p-4 ring-1 ring-slate-200" data-testid="drill-panel">
      <div className="mb-3 flex items-center justify-between gap-3">
        <h2 className="text-sm font-semibold text-slate-800">
          {t.aid.charts.drillTitle}: {title}
        </h2>
        <Button size="sm" variant="ghost" onClick={onClose}>
          {t.common.close}
        </Button>
      </div>
      {list.isPending ? <Spinner label={t.common.loading} /> : null}
      {!list.isPending && items.length === 0 ? <EmptyState title={t.aid.charts.drillEmpty} /> : null}
      <ol className="divide-y divide-slate-100">
        {items.map((figure) => (
          <li key={figure.mentionId} className="flex items-start justify-between gap-4 py-3">
            <FigureDetails figure={figure} />
            <Link
              href={`/aid/review?${new URLSearchParams({ figure: `${figure.articleId}/${figure.mentionKey}` })}`}
              className="shrink-0 text-xs text-indigo-700 hover:underline"
            >
              {t.aid.queue.edit}
            </Link>
          </li>
        ))}
      </ol>
      {list.hasNextPage ? (
        <Button size="sm" onClick={() => void list.fetchNextPage()} busy={list.isFetchingNextPage}>
          {t.common.more}
        </Button>
      ) : null}
    </section>
  );
}
