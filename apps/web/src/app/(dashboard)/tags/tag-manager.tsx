"use client";

import { PageBody, PageHeader } from "@newsdesk/ui/layout";
import { Alert, Button, EmptyState, SkeletonRows, TextInput } from "@newsdesk/ui/primitives";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { useCurrentUser } from "@/components/current-user";
import { errorMessage } from "@/components/error-message";
import { useI18n } from "@/i18n/i18n-provider";
import { articleQueryToParams } from "@/lib/article-query";
import { useTRPC } from "@/trpc/react";
import { TagRow } from "./tag-row";

/** The tags page: everyone sees the tags and their counts; editors create, rename, recolour, merge and delete. */
export function TagManager() {
  const { t } = useI18n();
  const { canEdit } = useCurrentUser();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const tags = useQuery(trpc.tags.list.queryOptions());
  const [name, setName] = useState("");
  const invalidate = () => queryClient.invalidateQueries({ queryKey: trpc.tags.list.queryKey() });
  const create = useMutation(trpc.tags.create.mutationOptions({ onSuccess: () => (setName(""), invalidate()) }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) create.mutate({ name });
  };

  return (
    <>
      <PageHeader
        title={t.tags.title}
        description={t.tags.description}
        actions={
          canEdit ? (
            <form onSubmit={submit} className="flex gap-2">
              <TextInput aria-label={t.tags.newTag} placeholder={t.tags.newTag} value={name} onChange={(e) => setName(e.target.value)} className="w-48" maxLength={60} />
              <Button type="submit" variant="primary" busy={create.isPending}>
                {t.common.create}
              </Button>
            </form>
          ) : null
        }
      />
      <PageBody>
        <div className="mx-auto max-w-4xl space-y-3">
          {create.error ? <Alert>{errorMessage(create.error, t)}</Alert> : null}
          {tags.error ? <Alert>{errorMessage(tags.error, t)}</Alert> : null}
          {tags.isPending ? <SkeletonRows rows={6} /> : null}
          {tags.data && tags.data.length === 0 ? <EmptyState title={t.tags.empty} /> : null}
          {tags.data && tags.data.length > 0 ? (
            <table className="w-full overflow-hidden rounded-lg bg-white text-sm ring-1 ring-slate-200" aria-label={t.tags.title}>
              <thead className="bg-slate-50 text-left text-xs text-slate-500">
                <tr>
                  <th className="w-16 px-3 py-2">{t.tags.color}</th>
                  <th className="px-3 py-2">{t.tags.name}</th>
                  <th className="w-24 px-3 py-2 text-right">{t.tags.articles}</th>
                  {canEdit ? <th className="w-72 px-3 py-2" /> : null}
                </tr>
              </thead>
              <tbody>
                {tags.data.map((tag) =>
                  canEdit ? (
                    <TagRow key={tag.id} tag={tag} allTags={tags.data} onChanged={invalidate} />
                  ) : (
                    <tr key={tag.id} className="border-t border-slate-100">
                      <td className="px-3 py-2">
                        <span className="inline-block size-4 rounded-full" style={{ backgroundColor: tag.color }} />
                      </td>
                      <td className="px-3 py-2">{tag.name}</td>
                      <td className="px-3 py-2 text-right tabular-nums">
                        <Link className="text-indigo-700 hover:underline" href={`/articles?${articleQueryToParams({ tags: [tag.id] })}`}>
                          {tag.articleCount}
                        </Link>
                      </td>
                    </tr>
                  ),
                )}
              </tbody>
            </table>
          ) : null}
        </div>
      </PageBody>
    </>
  );
}
