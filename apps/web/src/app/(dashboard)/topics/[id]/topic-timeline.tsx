"use client";

import { PageBody, PageHeader } from "@newsdesk/ui/layout";
import { Select } from "@newsdesk/ui/primitives";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useI18n } from "@/i18n/i18n-provider";
import { articleQueryToParams, type ArticleQuery } from "@/lib/article-query";
import { ArticleCountsPanel, AidPanel, EntitiesPanel } from "./timeline-panels";
import { TopicArticleList } from "./topic-article-list";

interface TimelineTopic {
  id: string;
  name: string;
  kind: "tag" | "search";
  query: ArticleQuery;
}

/**
 * A topic's timeline: articles per week or month (per source on request), the aid tranches in them beside, the
 * entities they name most, and the articles in date order. Period, source split and order are in the URL
 * (`?period=week&by=source&order=desc`), so a view can be bookmarked.
 */
export function TopicTimeline({ topic }: { topic: TimelineTopic }) {
  const { t } = useI18n();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const granularity = searchParams.get("period") === "week" ? "week" : "month";
  const bySource = searchParams.get("by") === "source";
  const direction = searchParams.get("order") === "desc" ? "desc" : "asc";
  const searchHref = `/articles?${articleQueryToParams(topic.query)}`;

  const setParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(searchParams.toString());
    if (value === null) next.delete(name);
    else next.set(name, value);
    const text = next.toString();
    router.replace(text ? `${pathname}?${text}` : pathname, { scroll: false });
  };

  return (
    <>
      <PageHeader
        title={topic.name}
        description={
          <span>
            <Link href="/topics" className="text-indigo-700 hover:underline">
              ← {t.topics.back}
            </Link>
            <span className="ml-2 text-slate-500">{t.topics.kinds[topic.kind]}</span>
          </span>
        }
        actions={
          <Link className="text-sm text-indigo-700 hover:underline" href={searchHref} data-testid="open-as-search">
            {t.topics.openAsSearch}
          </Link>
        }
      />
      <PageBody className="space-y-4">
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <label className="flex items-center gap-2">
            <span className="text-slate-600">{t.topics.granularity}</span>
            <Select aria-label={t.topics.granularity} value={granularity} onChange={(event) => setParam("period", event.target.value === "week" ? "week" : null)} className="w-28">
              <option value="month">{t.topics.month}</option>
              <option value="week">{t.topics.week}</option>
            </Select>
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={bySource} onChange={(event) => setParam("by", event.target.checked ? "source" : null)} />
            <span className="text-slate-600">{t.topics.bySource}</span>
          </label>
        </div>
        <div className="grid gap-4 xl:grid-cols-4">
          <ArticleCountsPanel topicId={topic.id} name={topic.name} granularity={granularity} bySource={bySource} />
          <AidPanel topicId={topic.id} granularity={granularity} />
          <EntitiesPanel topicId={topic.id} />
        </div>
        <section aria-label={t.topics.articlesTitle} className="space-y-2">
          <div className="flex items-center justify-between">
            <h2 className="text-sm font-semibold text-slate-800">{t.topics.articlesTitle}</h2>
            <Select aria-label={t.topics.articlesTitle} value={direction} onChange={(event) => setParam("order", event.target.value === "desc" ? "desc" : null)} className="w-36">
              <option value="asc">{t.topics.oldestFirst}</option>
              <option value="desc">{t.topics.newestFirst}</option>
            </Select>
          </div>
          <TopicArticleList topicId={topic.id} direction={direction} />
        </section>
      </PageBody>
    </>
  );
}
