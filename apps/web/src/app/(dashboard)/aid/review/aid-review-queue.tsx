"use client";

import { PageBody, PageHeader } from "@newsdesk/ui/layout";
import { Alert, Button, EmptyState, Kbd, SkeletonRows } from "@newsdesk/ui/primitives";
import { useShortcuts } from "@newsdesk/ui/shortcuts";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useMemo, useRef, useState } from "react";
import { useCurrentUser } from "@/components/current-user";
import { errorMessage } from "@/components/error-message";
import { useUrlArticleQuery } from "@/components/use-url-article-query";
import { useI18n } from "@/i18n/i18n-provider";
import { articleQueryToParams, type ArticleQuery } from "@/lib/article-query";
import { useTRPC } from "@/trpc/react";
import { ArticleFilters } from "../../articles/article-filters";
import type { AidFigureItem } from "../_components/aid-figure-type";
import { AidShortcutHelp } from "./aid-shortcut-help";
import { CorrectFigureDialog } from "./correct-figure-dialog";
import { FigureCard } from "./figure-card";
import { useReviewActions } from "./use-review-actions";

const pageSize = 30;

/** "articleId/mentionKey" from the URL (a drill-down's "correct" link), or null. */
function figureRefOf(value: string | null): { articleId: string; mentionKey: string } | null {
  if (!value) return null;
  const at = value.lastIndexOf("/");
  return at > 0 ? { articleId: value.slice(0, at), mentionKey: value.slice(at + 1) } : null;
}

/**
 * The review queue, keyboard-first like tagging: j/k move, c confirms, r rejects, e opens the correction form,
 * u undoes, o opens the article, ? shows the keys. Flagged figures come first; decided figures stay in place
 * (with their new state) until the list is reloaded, so the cursor never jumps.
 */
export function AidReviewQueue() {
  const { t } = useI18n();
  const q = t.aid.queue;
  const { canEdit } = useCurrentUser();
  const trpc = useTRPC();
  const { router, pathname, searchParams, query } = useUrlArticleQuery();
  const includeReviewed = searchParams.get("reviewed") === "1";
  const pinnedRef = figureRefOf(searchParams.get("figure"));
  const searchRef = useRef<HTMLInputElement>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  const [editing, setEditing] = useState<AidFigureItem | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const actions = useReviewActions();

  const list = useInfiniteQuery(
    trpc.aidFigures.queue.infiniteQueryOptions({ query, includeReviewed, limit: pageSize }, { getNextPageParam: (page) => page.nextCursor }),
  );
  const counts = useQuery(trpc.aidFigures.counts.queryOptions({ query }));
  const pinned = useQuery({ ...trpc.aidFigures.byRef.queryOptions(pinnedRef ?? { articleId: "-", mentionKey: "-" }), enabled: pinnedRef !== null });

  const items = useMemo(() => {
    const loaded = list.data?.pages.flatMap((page) => page.items) ?? [];
    // A figure opened from a chart's drill-down comes first, so the cursor starts on it.
    const all = pinned.data ? [pinned.data, ...loaded.filter((item) => item.mentionId !== pinned.data.mentionId)] : loaded;
    return all.map((item) => actions.updated.get(item.mentionId) ?? item);
  }, [list.data, pinned.data, actions.updated]);
  const index = Math.min(activeIndex, Math.max(items.length - 1, 0));
  const active = items[index];

  const navigate = (next: ArticleQuery, reviewed = includeReviewed) => {
    const params = articleQueryToParams(next);
    if (reviewed) params.set("reviewed", "1");
    setActiveIndex(0);
    router.replace(params.toString() ? `${pathname}?${params}` : pathname);
  };
  const move = (delta: number) => {
    const next = Math.max(0, Math.min(index + delta, items.length - 1));
    setActiveIndex(next);
    document.querySelector(`[data-testid="queue-item"]:nth-child(${next + 1})`)?.scrollIntoView({ block: "nearest" });
    if (next >= items.length - 5 && list.hasNextPage && !list.isFetchingNextPage) void list.fetchNextPage();
  };
  const decide = async (kind: "confirm" | "reject" | "reopen") => {
    if (!active || !canEdit || actions.busy) return;
    const result = await actions.run(kind, active);
    if (result && kind !== "reopen") move(1);
  };
  const undo = async () => {
    if (!canEdit) return;
    const result = await actions.undo();
    const at = result ? items.findIndex((item) => item.mentionId === result.mentionId) : -1;
    if (at >= 0) setActiveIndex(at);
  };

  useShortcuts(
    {
      j: () => move(1),
      k: () => move(-1),
      c: () => void decide("confirm"),
      r: () => void decide("reject"),
      e: () => canEdit && active && setEditing(active),
      u: () => void undo(),
      o: () => active && router.push(`/articles/${encodeURIComponent(active.articleId)}`),
      "/": () => searchRef.current?.focus(),
      "?": () => setHelpOpen(true),
    },
    editing === null && !helpOpen,
  );

  const count = counts.data;
  return (
    <>
      <PageHeader
        title={q.title}
        description={
          <span>
            {q.description} {q.hint.split("?")[0]}
            <Kbd>?</Kbd>
            {q.hint.split("?")[1]}
          </span>
        }
        actions={
          <Link className="text-sm text-indigo-700 hover:underline" href={`/aid/charts?${articleQueryToParams(query)}`}>
            {t.aid.nav.charts}
          </Link>
        }
      />
      <PageBody className="space-y-3">
        <ArticleFilters query={query} onChange={(next) => navigate(next)} searchRef={searchRef} />
        <div className="flex flex-wrap items-center gap-4 text-sm text-slate-600">
          {count ? <span data-testid="queue-counts">{q.counts(count.needsReview, count.outdated, count.unreviewed)}</span> : null}
          {count ? <span className="text-slate-500">{q.reviewedCounts(count.confirmed, count.corrected, count.rejected)}</span> : null}
          <label className="flex items-center gap-1.5">
            <input type="checkbox" checked={includeReviewed} onChange={(e) => navigate(query, e.target.checked)} />
            {q.includeReviewed}
          </label>
          {canEdit ? (
            <Button size="sm" variant="ghost" onClick={() => void undo()} disabled={!actions.canUndo || actions.busy}>
              {q.undo} <Kbd>u</Kbd>
            </Button>
          ) : (
            <span className="text-xs text-slate-500">{q.readOnly}</span>
          )}
        </div>
        {actions.notice ? (
          <div data-testid="review-notice" key={actions.notice.id}>
            <Alert tone={actions.notice.tone}>{actions.notice.text}</Alert>
          </div>
        ) : null}
        {list.error ? <Alert>{errorMessage(list.error, t)}</Alert> : null}
        {list.isPending ? <SkeletonRows rows={6} /> : null}
        {!list.isPending && items.length === 0 ? <EmptyState title={q.empty} /> : null}
        <ol className="space-y-2" aria-label={q.title}>
          {items.map((figure, at) => (
            <FigureCard
              key={figure.mentionId}
              figure={figure}
              active={at === index}
              canEdit={canEdit}
              busy={actions.busy}
              onActivate={() => setActiveIndex(at)}
              onAction={(kind) => (kind === "edit" ? setEditing(figure) : void actions.run(kind, figure))}
            />
          ))}
        </ol>
        {list.hasNextPage ? (
          <Button size="sm" onClick={() => void list.fetchNextPage()} busy={list.isFetchingNextPage}>
            {t.common.more}
          </Button>
        ) : null}
      </PageBody>
      <CorrectFigureDialog
        figure={editing}
        busy={actions.busy}
        onClose={() => setEditing(null)}
        onSave={async (fields, note) => {
          if (!editing) return;
          const result = await actions.run("correct", editing, fields, note);
          if (result) setEditing(null);
        }}
      />
      <AidShortcutHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </>
  );
}
