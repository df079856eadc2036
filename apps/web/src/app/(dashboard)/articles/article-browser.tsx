"use client";

import { PageBody, PageHeader } from "@newsdesk/ui/layout";
import { Alert, Button, EmptyState, Kbd } from "@newsdesk/ui/primitives";
import { useShortcuts } from "@newsdesk/ui/shortcuts";
import { DataTable } from "@newsdesk/ui/table";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useMemo, useRef, useState } from "react";
import { useCurrentUser } from "@/components/current-user";
import { errorMessage } from "@/components/error-message";
import { ShortcutHelp } from "@/components/shortcut-help";
import { TagPickerDialog } from "@/components/tagging/tag-picker-dialog";
import { useTagging } from "@/components/tagging/tagging-provider";
import { useUrlArticleQuery } from "@/components/use-url-article-query";
import { useI18n } from "@/i18n/i18n-provider";
import { articleQueryToParams, isEmptyArticleQuery, type ArticleQuery } from "@/lib/article-query";
import { useTRPC } from "@/trpc/react";
import { articleColumns } from "./article-columns";
import { ArticleFilters } from "./article-filters";
import { SavedSearchMenu } from "./saved-search-menu";

const pageSize = 50;

/**
 * The article list: search and filters from the URL, keyset pages ("load more", or j past the last row), a
 * keyboard cursor (j/k), a selection (x), tagging of the selection or the cursor's article (t), undo (u).
 */
export function ArticleBrowser() {
  const { t, locale, intlLocale } = useI18n();
  const { canEdit } = useCurrentUser();
  const { undo } = useTagging();
  const trpc = useTRPC();
  const { router, pathname, paramsKey, query } = useUrlArticleQuery();
  const searchRef = useRef<HTMLInputElement>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [pickerOpen, setPickerOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);

  const list = useInfiniteQuery(trpc.articles.list.infiniteQueryOptions({ ...query, limit: pageSize }, { getNextPageParam: (page) => page.nextCursor }));
  const items = useMemo(() => list.data?.pages.flatMap((page) => page.items) ?? [], [list.data]);
  const active = items[Math.min(activeIndex, items.length - 1)];
  const columns = useMemo(() => articleColumns(t, locale, intlLocale), [t, locale, intlLocale]);

  // A new search starts with the cursor on the first row and nothing selected (state adjusted during render,
  // React's pattern for resetting state when an input changes).
  const [listedFor, setListedFor] = useState(paramsKey);
  if (listedFor !== paramsKey) {
    setListedFor(paramsKey);
    setActiveIndex(0);
    setSelected(new Set());
  }

  const setQuery = (next: ArticleQuery) => {
    const params = articleQueryToParams(next).toString();
    router.replace(params ? `${pathname}?${params}` : pathname);
  };
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const targets = selected.size > 0 ? [...selected] : active ? [active.id] : [];
  const move = (delta: number) => {
    const next = Math.max(0, Math.min(activeIndex + delta, items.length - 1));
    setActiveIndex(next);
    if (next >= items.length - 5 && list.hasNextPage && !list.isFetchingNextPage) void list.fetchNextPage();
  };

  useShortcuts(
    {
      j: () => move(1),
      k: () => move(-1),
      x: () => active && toggle(active.id),
      o: () => active && router.push(`/articles/${encodeURIComponent(active.id)}`),
      Enter: () => active && router.push(`/articles/${encodeURIComponent(active.id)}`),
      t: () => canEdit && targets.length > 0 && setPickerOpen(true),
      u: () => void undo(),
      "/": () => searchRef.current?.focus(),
      "?": () => setHelpOpen(true),
      Escape: () => setSelected(new Set()),
    },
    !pickerOpen && !helpOpen,
  );

  const exportHref = (format: "csv" | "json") => `/api/export?${new URLSearchParams([["format", format], ...articleQueryToParams(query)])}`;
  const shown = items.length;

  return (
    <>
      <PageHeader
        title={t.articles.title}
        description={
          <span>
            {t.articles.shortcutHint.split("?")[0]}
            <Kbd>?</Kbd>
            {t.articles.shortcutHint.split("?")[1]}
          </span>
        }
        actions={
          <>
            <SavedSearchMenu query={query} />
            <span className="ml-2 text-xs text-slate-500">{t.articles.export}:</span>
            <a className="text-sm text-indigo-700 hover:underline" href={exportHref("csv")} download>
              {t.articles.exportCsv}
            </a>
            <a className="text-sm text-indigo-700 hover:underline" href={exportHref("json")} download>
              {t.articles.exportJson}
            </a>
          </>
        }
      />
      <PageBody className="space-y-3">
        <ArticleFilters query={query} onChange={setQuery} searchRef={searchRef} />
        {selected.size > 0 ? (
          <div className="flex items-center gap-3 rounded-md bg-indigo-50 px-3 py-1.5 text-sm text-indigo-900" data-testid="selection-bar">
            <span>{t.articles.selected(selected.size)}</span>
            {canEdit ? (
              <Button size="sm" variant="primary" onClick={() => setPickerOpen(true)}>
                {t.articles.tagSelected} <Kbd>t</Kbd>
              </Button>
            ) : null}
            <Button size="sm" variant="ghost" onClick={() => setSelected(new Set())}>
              {t.articles.clearSelection}
            </Button>
          </div>
        ) : null}
        {list.error ? <Alert>{errorMessage(list.error, t)}</Alert> : null}
        <DataTable
          caption={t.articles.title}
          data={items}
          columns={columns}
          getRowId={(article) => article.id}
          selectedIds={selected}
          onToggleRow={toggle}
          onToggleAll={(ids, select) => setSelected(select ? new Set([...selected, ...ids]) : new Set([...selected].filter((id) => !ids.includes(id))))}
          activeId={active?.id ?? null}
          onRowClick={(id) => setActiveIndex(items.findIndex((article) => article.id === id))}
          loading={list.isPending}
          labels={{ selectAll: t.articles.selectAll, selectRow: (id) => t.articles.selectRow(items.find((a) => a.id === id)?.title ?? id) }}
          empty={
            <EmptyState
              title={isEmptyArticleQuery(query) ? t.articles.emptyArchive : t.articles.empty}
              description={isEmptyArticleQuery(query) ? undefined : t.articles.emptyHint}
            />
          }
        />
        <div className="flex items-center gap-3 text-xs text-slate-500">
          {shown > 0 ? <span data-testid="shown-count">{t.articles.pageOf(shown)}</span> : null}
          {list.hasNextPage ? (
            <Button size="sm" onClick={() => void list.fetchNextPage()} busy={list.isFetchingNextPage}>
              {t.common.more}
            </Button>
          ) : null}
        </div>
      </PageBody>
      {canEdit ? (
        <TagPickerDialog
          open={pickerOpen}
          onClose={() => setPickerOpen(false)}
          articleIds={targets}
          appliedTags={targets.length === 1 ? (items.find((article) => article.id === targets[0])?.tags ?? []) : []}
        />
      ) : null}
      <ShortcutHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </>
  );
}
