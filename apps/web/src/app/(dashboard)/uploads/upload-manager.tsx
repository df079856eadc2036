"use client";

import { PageBody, PageHeader } from "@newsdesk/ui/layout";
import { Alert, Button, EmptyState, SkeletonRows } from "@newsdesk/ui/primitives";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { errorMessage } from "@/components/error-message";
import { useI18n } from "@/i18n/i18n-provider";
import { useTRPC } from "@/trpc/react";
import { UploadOutcomes } from "./upload-outcomes";

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Admins upload archives; the list refreshes while imports run, and each upload opens to its per-file outcomes. */
export function UploadManager() {
  const { t, intlLocale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [openId, setOpenId] = useState<string | null>(null);
  const uploads = useQuery({
    ...trpc.uploads.list.queryOptions(),
    // Poll while something is still waiting or importing, and while the upload just made is not in the list yet
    // (a refetch that raced the upload's creation must not leave the list empty for good; seen once in CI).
    refetchInterval: (query) => {
      const list = query.state.data;
      if (list?.some((upload) => upload.status === "received" || upload.status === "importing")) return 2000;
      return openId !== null && !list?.some((upload) => upload.id === openId) ? 2000 : false;
    },
  });
  const create = useMutation(
    trpc.uploads.create.mutationOptions({
      onSuccess: (upload) => {
        setOpenId(upload.id);
        void queryClient.invalidateQueries({ queryKey: trpc.uploads.list.queryKey() });
      },
    }),
  );
  const formatTime = new Intl.DateTimeFormat(intlLocale, { dateStyle: "short", timeStyle: "short" });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const data = new FormData(formElement);
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) return;
    create.mutate(data, { onSuccess: () => formElement.reset() });
  };

  return (
    <>
      <PageHeader title={t.uploads.title} description={t.uploads.description} />
      <PageBody className="space-y-4">
        <form onSubmit={submit} className="flex max-w-3xl items-center gap-3 rounded-lg bg-white p-3 ring-1 ring-slate-200">
          <label className="text-sm font-medium text-slate-700" htmlFor="archive-file">
            {t.uploads.choose}
          </label>
          <input id="archive-file" name="file" type="file" accept=".txt,.zip,.tar.gz,.tgz,application/zip,application/gzip,text/plain" required className="flex-1 text-sm" />
          <Button type="submit" variant="primary" busy={create.isPending}>
            {t.uploads.submit}
          </Button>
        </form>
        {create.error ? <Alert>{errorMessage(create.error, t)}</Alert> : null}
        {uploads.error ? <Alert>{errorMessage(uploads.error, t)}</Alert> : null}
        {uploads.isPending ? <SkeletonRows rows={4} /> : null}
        {uploads.data?.length === 0 ? <EmptyState title={t.uploads.empty} /> : null}
        {uploads.data && uploads.data.length > 0 ? (
          <table className="w-full max-w-5xl overflow-hidden rounded-lg bg-white text-sm ring-1 ring-slate-200" aria-label={t.uploads.title}>
            <thead className="bg-slate-50 text-left text-xs text-slate-500">
              <tr>
                <th className="px-3 py-2">{t.uploads.file}</th>
                <th className="w-24 px-3 py-2 text-right">{t.uploads.size}</th>
                <th className="w-64 px-3 py-2">{t.uploads.status}</th>
                <th className="w-48 px-3 py-2">{t.uploads.uploadedBy}</th>
                <th className="w-36 px-3 py-2">{t.uploads.when}</th>
              </tr>
            </thead>
            <tbody>
              {uploads.data.map((upload) => (
                <tr key={upload.id} className="cursor-pointer border-t border-slate-100 hover:bg-slate-50" onClick={() => setOpenId(openId === upload.id ? null : upload.id)} data-upload={upload.name}>
                  <td className="px-3 py-2 font-medium">{upload.name}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{formatBytes(upload.size)}</td>
                  <td className="px-3 py-2">
                    <span data-upload-status={upload.status}>{t.uploads.statuses[upload.status] ?? upload.status}</span>
                    {upload.counts ? (
                      <span className="ml-2 text-xs text-slate-500">
                        {Object.entries(upload.counts)
                          .filter(([, count]) => count > 0)
                          .map(([status, count]) => `${status} ${count}`)
                          .join(" · ")}
                      </span>
                    ) : null}
                    {upload.error ? <div className="text-xs text-rose-600">{upload.error}</div> : null}
                  </td>
                  <td className="truncate px-3 py-2 text-slate-600">{upload.uploadedBy ?? "—"}</td>
                  <td className="px-3 py-2 text-slate-500">{formatTime.format(upload.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {openId ? <UploadOutcomes uploadId={openId} /> : null}
      </PageBody>
    </>
  );
}
