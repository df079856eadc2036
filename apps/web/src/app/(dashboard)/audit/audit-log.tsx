"use client";

import { TimeSeriesChart } from "@newsdesk/ui/chart";
import { PageBody, PageHeader } from "@newsdesk/ui/layout";
import { Alert, Button, EmptyState, Select, SkeletonRows, TextInput } from "@newsdesk/ui/primitives";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { errorMessage } from "@/components/error-message";
import { useI18n } from "@/i18n/i18n-provider";
import { useTRPC } from "@/trpc/react";
import { describeAuditEvent } from "./describe-audit-event";

const filterKeys = ["action", "actorId", "targetType", "targetId", "from", "to"] as const;
type Filters = Partial<Record<(typeof filterKeys)[number], string>>;
const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The audit page: filters in the URL (so an article page can link to its own history), a chart, the events. */
export function AuditLog() {
  const { t, intlLocale } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const filters: Filters = {};
  for (const key of filterKeys) {
    const value = searchParams.get(key);
    if (value && ((key !== "from" && key !== "to") || isDay(value))) filters[key] = value;
  }
  const setFilter = (key: keyof Filters, value: string) => {
    const next = new URLSearchParams(searchParams.toString());
    if (value) next.set(key, value);
    else next.delete(key);
    router.replace(`${pathname}?${next.toString()}`);
  };

  const facets = useQuery(trpc.audit.facets.queryOptions());
  const perDay = useQuery(trpc.audit.perDay.queryOptions(filters));
  const events = useInfiniteQuery(trpc.audit.list.infiniteQueryOptions({ ...filters, limit: 50 }, { getNextPageParam: (page) => page.nextCursor }));
  const items = events.data?.pages.flatMap((page) => page.items) ?? [];
  const formatTime = new Intl.DateTimeFormat(intlLocale, { dateStyle: "short", timeStyle: "medium" });

  return (
    <>
      <PageHeader title={t.audit.title} description={t.audit.description} />
      <PageBody className="space-y-4">
        <div className="flex flex-wrap items-end gap-2" role="search" aria-label={t.articles.filters}>
          <Select aria-label={t.audit.action} value={filters.action ?? ""} onChange={(e) => setFilter("action", e.target.value)} className="w-44">
            <option value="">{t.audit.anyAction}</option>
            {facets.data?.actions.map((action) => (
              <option key={action} value={action}>
                {action}
              </option>
            ))}
          </Select>
          <Select aria-label={t.audit.actor} value={filters.actorId ?? ""} onChange={(e) => setFilter("actorId", e.target.value)} className="w-52">
            <option value="">{t.audit.anyActor}</option>
            {facets.data?.actors.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.label}
              </option>
            ))}
          </Select>
          <TextInput type="date" aria-label={t.articles.from} value={filters.from ?? ""} onChange={(e) => setFilter("from", e.target.value)} className="w-40" />
          <TextInput type="date" aria-label={t.articles.to} value={filters.to ?? ""} onChange={(e) => setFilter("to", e.target.value)} className="w-40" />
          {filters.targetId ? (
            <Button size="sm" variant="ghost" onClick={() => (setFilter("targetId", ""), setFilter("targetType", ""))}>
              {filters.targetType}:{filters.targetId.slice(0, 10)} ×
            </Button>
          ) : null}
        </div>

        {perDay.data ? (
          <section className="rounded-lg bg-white p-3 ring-1 ring-slate-200">
            <h2 className="mb-1 text-xs font-medium text-slate-500">{t.audit.perDay}</h2>
            <TimeSeriesChart
              label={t.audit.perDay}
              height={120}
              data={perDay.data.map((point) => ({ date: point.day, events: point.count }))}
              series={[{ key: "events", label: t.audit.perDay }]}
            />
          </section>
        ) : null}

        {events.error ? <Alert>{errorMessage(events.error, t)}</Alert> : null}
        {events.isPending ? <SkeletonRows /> : null}
        {!events.isPending && items.length === 0 ? <EmptyState title={t.audit.empty} /> : null}
        {items.length > 0 ? (
          <table className="w-full table-fixed overflow-hidden rounded-lg bg-white text-sm ring-1 ring-slate-200" aria-label={t.audit.title}>
            <thead className="bg-slate-50 text-left text-xs text-slate-500">
              <tr>
                <th className="w-40 px-3 py-2">{t.audit.when}</th>
                <th className="w-48 px-3 py-2">{t.audit.actor}</th>
                <th className="w-32 px-3 py-2">{t.audit.action}</th>
                <th className="px-3 py-2">{t.audit.target}</th>
                <th className="w-64 px-3 py-2">{t.audit.details}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((event) => (
                <tr key={event.id} className="border-t border-slate-100 align-top" data-audit-action={event.action}>
                  <td className="px-3 py-1.5 whitespace-nowrap text-slate-500 tabular-nums">{formatTime.format(event.at)}</td>
                  <td className="truncate px-3 py-1.5">{event.actorLabel}</td>
                  <td className="px-3 py-1.5 font-mono text-xs">{event.action}</td>
                  <td className="truncate px-3 py-1.5">
                    {event.targetType === "article" ? (
                      <Link href={`/articles/${encodeURIComponent(event.targetId)}`} className="text-indigo-700 hover:underline">
                        {event.targetLabel ?? event.targetId}
                      </Link>
                    ) : (
                      <span>
                        <span className="text-slate-400">{event.targetType}</span> {event.targetLabel ?? event.targetId}
                      </span>
                    )}
                  </td>
                  <td className="truncate px-3 py-1.5 text-slate-600" title={describeAuditEvent(event)}>
                    {describeAuditEvent(event)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {events.hasNextPage ? (
          <Button onClick={() => void events.fetchNextPage()} busy={events.isFetchingNextPage}>
            {t.common.more}
          </Button>
        ) : null}
      </PageBody>
    </>
  );
}
