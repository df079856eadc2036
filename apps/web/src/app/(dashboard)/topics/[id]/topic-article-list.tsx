"use client";

import { Alert, Button, EmptyState, SkeletonRows, TagChip, cn } from "@newsdesk/ui/primitives";
import { useShortcuts } from "@newsdesk/ui/shortcuts";
import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { errorMessage } from "@/components/error-message";
import { useI18n } from "@/i18n/i18n-provider";
import { useTRPC } from "@/trpc/react";

const pageSize = 50;

/**
 * The topic's articles in date order (publication day, else archive day; undated last), keyset pages with
 * "load more". Keyboard: j/k move the cursor (loading the next page near the end), o or Enter opens the article.
 */
export function TopicArticleList({ topicId, direction }: { topicId: string; direction: "asc" | "desc" }) {
  const { t, locale, intlLocale } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const list = useInfiniteQuery(trpc.topics.articles.infiniteQueryOptions({ id: topicId, order: direction, limit: pageSize }, { getNextPageParam: (page) => page.nextCursor }));
  const items = useMemo(() => list.data?.pages.flatMap((page) => page.items) ?? [], [list.data]);
  const [activeIndex, setActiveIndex] = useState(0);
  const [listedFor, setListedFor] = useState(direction);
  if (listedFor !== direction) {
    setListedFor(direction);
    setActiveIndex(0);
  }
  const listRef = useRef<HTMLOListElement>(null);
  const formatDate = useMemo(() => new Intl.DateTimeFormat(intlLocale, { dateStyle: "medium", timeZone: "UTC" }), [intlLocale]);
  const active = items[Math.min(activeIndex, items.length - 1)];

  const move = (delta: number) => {
    const next = Math.max(0, Math.min(activeIndex + delta, items.length - 1));
    setActiveIndex(next);
    if (next >= items.length - 5 && list.hasNextPage && !list.isFetchingNextPage) void list.fetchNextPage();
  };
  const open = () => active && router.push(`/articles/${encodeURIComponent(active.id)}`);
  useShortcuts({ j: () => move(1), k: () => move(-1), o: open, Enter: open }, true);
  useEffect(() => {
    listRef.current?.querySelector('[data-active="true"]')?.scrollIntoView({ block: "nearest" });
  }, [activeIndex]);

  if (list.isPending) return <SkeletonRows rows={8} />;
  if (list.error) return <Alert>{errorMessage(list.error, t)}</Alert>;
  if (items.length === 0) return <EmptyState title={t.topics.articlesEmpty} />;
  return (
    <div className="space-y-2">
      <ol ref={listRef} className="divide-y divide-slate-100 rounded-lg bg-white ring-1 ring-slate-200" data-testid="topic-articles">
        {items.map((article, index) => (
          <li
            key={article.id}
            data-active={index === activeIndex}
            data-date={article.date ? article.date.toISOString() : ""}
            className={cn("flex items-baseline gap-3 px-3 py-2 text-sm", index === activeIndex && "bg-indigo-50 ring-1 ring-indigo-200 ring-inset")}
            onClick={() => setActiveIndex(index)}
          >
            <span className="w-28 shrink-0 text-xs text-slate-500 tabular-nums">
              {article.date ? formatDate.format(article.date) : t.topics.undated}
              {article.dateBasis === "archived" ? <span className="block text-[10px] text-slate-400">{t.topics.archivedBasis}</span> : null}
            </span>
            <span className="min-w-0 flex-1">
              <Link href={`/articles/${encodeURIComponent(article.id)}`} className="font-medium text-slate-900 hover:text-indigo-700 hover:underline" data-article-link>
                {article.title}
              </Link>
              <span className="ml-2 text-xs text-slate-500">{locale === "zh" ? article.source.name : article.source.nameEn}</span>
            </span>
            <span className="flex shrink-0 flex-wrap justify-end gap-1">
              {article.tags.map((tag) => (
                <TagChip key={tag.id} name={tag.name} color={tag.color} />
              ))}
            </span>
          </li>
        ))}
      </ol>
      <div className="flex items-center gap-3 text-xs text-slate-500">
        <span data-testid="topic-shown-count">{t.articles.pageOf(items.length)}</span>
        {list.hasNextPage ? (
          <Button size="sm" onClick={() => void list.fetchNextPage()} busy={list.isFetchingNextPage}>
            {t.common.more}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
