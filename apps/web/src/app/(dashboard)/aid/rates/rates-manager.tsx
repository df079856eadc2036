"use client";

import { PageBody, PageHeader } from "@newsdesk/ui/layout";
import { Alert, Button, EmptyState, SkeletonRows } from "@newsdesk/ui/primitives";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { errorMessage } from "@/components/error-message";
import { useI18n } from "@/i18n/i18n-provider";
import { useTRPC } from "@/trpc/react";

/** The ECB history upload, the currencies and days covered, and the import history. */
export function RatesManager() {
  const { t, intlLocale } = useI18n();
  const r = t.aid.rates;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const coverage = useQuery(trpc.exchangeRates.coverage.queryOptions());
  const imports = useQuery(trpc.exchangeRates.imports.queryOptions());
  const importRates = useMutation(
    trpc.exchangeRates.import.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.exchangeRates.pathKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.aidFigures.pathKey() });
      },
    }),
  );
  const formatTime = new Intl.DateTimeFormat(intlLocale, { dateStyle: "short", timeStyle: "short" });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) return;
    importRates.mutate(data, { onSuccess: () => form.reset() });
  };

  return (
    <>
      <PageHeader title={r.title} description={r.description} />
      <PageBody className="space-y-4">
        <form onSubmit={submit} className="flex max-w-3xl items-center gap-3 rounded-lg bg-white p-3 ring-1 ring-slate-200">
          <label className="text-sm font-medium text-slate-700" htmlFor="rates-file">
            {r.file}
          </label>
          <input id="rates-file" name="file" type="file" accept=".csv,text/csv" required className="flex-1 text-sm" />
          <Button type="submit" variant="primary" busy={importRates.isPending}>
            {r.submit}
          </Button>
        </form>
        <p className="text-xs text-slate-500">{r.cli}</p>
        {importRates.data ? (
          <Alert tone="success">
            <span data-testid="rates-imported">{r.imported(importRates.data.values, importRates.data.days, importRates.data.figuresUpdated)}</span>
          </Alert>
        ) : null}
        {importRates.error ? <Alert>{`${errorMessage(importRates.error, t)} ${importRates.error.message}`}</Alert> : null}
        <div className="grid gap-4 lg:grid-cols-2">
          <section aria-label={r.coverage} className="rounded-lg bg-white p-3 ring-1 ring-slate-200">
            <h2 className="mb-2 text-sm font-semibold">{r.coverage}</h2>
            {coverage.isPending ? <SkeletonRows rows={4} /> : null}
            {coverage.data?.length === 0 ? <EmptyState title={r.none} /> : null}
            {coverage.data && coverage.data.length > 0 ? (
              <table className="w-full text-sm" data-testid="rate-coverage">
                <thead className="text-left text-xs text-slate-500">
                  <tr>
                    <th className="py-1">{r.currency}</th>
                    <th className="py-1">{r.first}</th>
                    <th className="py-1">{r.last}</th>
                    <th className="py-1 text-right">{r.days}</th>
                  </tr>
                </thead>
                <tbody>
                  {coverage.data.map((row) => (
                    <tr key={row.currency} className="border-t border-slate-100 tabular-nums">
                      <td className="py-1 font-medium">{row.currency}</td>
                      <td className="py-1">{row.first}</td>
                      <td className="py-1">{row.last}</td>
                      <td className="py-1 text-right">{row.days}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
          </section>
          <section aria-label={r.imports} className="rounded-lg bg-white p-3 ring-1 ring-slate-200">
            <h2 className="mb-2 text-sm font-semibold">{r.imports}</h2>
            {imports.data && imports.data.length > 0 ? (
              <table className="w-full text-sm">
                <thead className="text-left text-xs text-slate-500">
                  <tr>
                    <th className="py-1">{r.when}</th>
                    <th className="py-1">{r.fileName}</th>
                    <th className="py-1">{r.by}</th>
                    <th className="py-1 text-right">{r.figures}</th>
                  </tr>
                </thead>
                <tbody>
                  {imports.data.map((row) => (
                    <tr key={row.id} className="border-t border-slate-100">
                      <td className="py-1 whitespace-nowrap">{formatTime.format(row.at)}</td>
                      <td className="py-1">
                        {row.fileName}
                        <span className="ml-1 text-xs text-slate-500">
                          ({row.from.toISOString().slice(0, 10)} – {row.to.toISOString().slice(0, 10)}, {row.values})
                        </span>
                      </td>
                      <td className="py-1">{row.actorLabel}</td>
                      <td className="py-1 text-right tabular-nums">{row.figuresUpdated}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p className="text-sm text-slate-500">{r.none}</p>
            )}
          </section>
        </div>
      </PageBody>
    </>
  );
}
