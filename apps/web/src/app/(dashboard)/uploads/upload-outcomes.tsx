"use client";

import { SkeletonRows } from "@newsdesk/ui/primitives";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useI18n } from "@/i18n/i18n-provider";
import { useTRPC } from "@/trpc/react";

/** Per-file results of one upload's import: failures first, with the parser's error code and message. */
export function UploadOutcomes({ uploadId }: { uploadId: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const detail = useQuery({
    ...trpc.uploads.byId.queryOptions({ id: uploadId }),
    refetchInterval: (query) => (query.state.data && (query.state.data.status === "received" || query.state.data.status === "importing") ? 2000 : false),
  });
  if (detail.isPending) return <SkeletonRows rows={3} />;
  if (!detail.data) return null;
  return (
    <section className="max-w-5xl rounded-lg bg-white p-3 ring-1 ring-slate-200" aria-label={t.uploads.outcomes}>
      <h2 className="mb-2 text-sm font-semibold">
        {t.uploads.outcomes}: {detail.data.name}
      </h2>
      <ul className="divide-y divide-slate-100 text-sm" data-testid="upload-outcomes">
        {detail.data.files.map((file) => (
          <li key={`${file.name}-${file.status}`} className="flex items-baseline gap-3 py-1" data-file-status={file.status}>
            <span className={`w-20 shrink-0 text-xs font-medium ${file.status === "failed" ? "text-rose-600" : "text-emerald-700"}`}>{file.status}</span>
            <span className="min-w-0 flex-1 truncate font-mono text-xs">
              {file.articleId ? (
                <Link href={`/articles/${encodeURIComponent(file.articleId)}`} className="text-indigo-700 hover:underline">
                  {file.name}
                </Link>
              ) : (
                file.name
              )}
            </span>
            {file.errorCode ? (
              <span className="truncate text-xs text-rose-600" title={file.errorMessage ?? undefined}>
                {file.errorCode}: {file.errorMessage}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {detail.data.filesTruncated ? <p className="mt-2 text-xs text-slate-500">…</p> : null}
    </section>
  );
}
