"use client";

import { Button } from "@newsdesk/ui/primitives";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useI18n } from "@/i18n/i18n-provider";
import { articleQueryToParams, type ArticleQuery } from "@/lib/article-query";
import { useTRPC } from "@/trpc/react";

/** Saved searches: links that restore a query, a button to save the current one, and delete. */
export function SavedSearchMenu({ query }: { query: ArticleQuery }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const saved = useQuery(trpc.savedSearches.list.queryOptions());
  const invalidate = () => queryClient.invalidateQueries({ queryKey: trpc.savedSearches.list.queryKey() });
  const create = useMutation(trpc.savedSearches.create.mutationOptions({ onSuccess: invalidate }));
  const remove = useMutation(trpc.savedSearches.delete.mutationOptions({ onSuccess: invalidate }));

  return (
    <div className="relative">
      <div className="flex gap-1">
        <Button
          size="sm"
          onClick={() => {
            const name = window.prompt(t.articles.savedSearchName, query.q);
            if (name?.trim()) create.mutate({ name: name.trim(), query });
          }}
          busy={create.isPending}
        >
          {t.articles.saveSearch}
        </Button>
        <Button size="sm" aria-expanded={open} onClick={() => setOpen(!open)}>
          {t.articles.savedSearches} ▾
        </Button>
      </div>
      {open ? (
        <div className="absolute right-0 z-20 mt-1 w-72 rounded-md bg-white p-1 shadow-lg ring-1 ring-slate-200">
          {saved.data?.length === 0 ? <p className="px-3 py-2 text-sm text-slate-500">{t.articles.noSavedSearches}</p> : null}
          <ul>
            {saved.data?.map((search) => (
              <li key={search.id} className="flex items-center justify-between rounded px-2 py-1 hover:bg-slate-50">
                <Link href={`/articles?${articleQueryToParams(search.query)}`} className="truncate text-sm text-slate-800" onClick={() => setOpen(false)}>
                  {search.name}
                </Link>
                <Link href={`/topics/${encodeURIComponent(search.id)}`} className="ml-auto shrink-0 px-2 text-xs text-indigo-700 hover:underline" onClick={() => setOpen(false)}>
                  {t.topics.timelineLink}
                </Link>
                <button type="button" className="text-xs text-slate-400 hover:text-rose-600" aria-label={`${t.common.delete}: ${search.name}`} onClick={() => remove.mutate({ id: search.id })}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
