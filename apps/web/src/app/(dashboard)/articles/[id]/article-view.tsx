import { PageBody } from "@newsdesk/ui/layout";
import Link from "next/link";
import { htmlLang } from "@/i18n/locales";
import { getServerI18n } from "@/i18n/server-locale";
import { textDirection } from "@/lib/text-direction";
import type { ArticleDetail } from "./article-detail-type";
import { ArticleSidePanel } from "./article-side-panel";
import { BackToResults } from "./back-to-results";

/** Title, source and dates, the lead photo with caption and credit, the sanitised body; the side panel beside it. */
export async function ArticleView({ article }: { article: ArticleDetail }) {
  const { t, locale } = await getServerI18n();
  const formatDate = new Intl.DateTimeFormat(htmlLang(locale), { dateStyle: "long", timeStyle: "short", timeZone: "UTC" });
  const sourceName = locale === "zh" ? article.source.name : article.source.nameEn;
  return (
    <PageBody className="px-0 py-0">
      <div className="mx-auto grid max-w-6xl grid-cols-[minmax(0,1fr)_18rem] gap-8 px-6 py-5">
        <article lang={article.language === "zh" ? (article.script === "Hant" ? "zh-Hant" : "zh-Hans") : article.language} className="min-w-0">
          <BackToResults label={t.article.back} />
          <h1 dir={textDirection(article.language)} className="mt-2 text-2xl leading-snug font-semibold text-slate-900">
            {article.title}
          </h1>
          <dl className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-500">
            <div>
              <dt className="sr-only">{t.articles.source}</dt>
              <dd className="font-medium text-slate-700">{sourceName}</dd>
            </div>
            {article.publishedAt ? (
              <div className="flex gap-1">
                <dt>{t.article.publishedAt}</dt>
                <dd>
                  <time dateTime={article.publishedAt.toISOString()}>{formatDate.format(article.publishedAt)} UTC</time>
                  {article.publishedAtDetail?.zoneAssumed ? <span className="ml-1 text-xs">({t.article.timeZoneAssumed})</span> : null}
                </dd>
              </div>
            ) : null}
            {article.archivedAt ? (
              <div className="flex gap-1">
                <dt>{t.article.archivedAt}</dt>
                <dd>
                  <time dateTime={article.archivedAt.toISOString()}>{formatDate.format(article.archivedAt)} UTC</time>
                </dd>
              </div>
            ) : null}
            {article.author ? (
              <div className="flex gap-1">
                <dt>{t.article.author}</dt>
                <dd>{article.author}</dd>
              </div>
            ) : null}
            <div>
              <a href={article.url} target="_blank" rel="noopener noreferrer nofollow" className="text-indigo-700 hover:underline">
                {t.article.original} ↗
              </a>
            </div>
          </dl>
          {article.duplicateOf ? (
            <p className="mt-2 rounded bg-amber-50 px-3 py-1.5 text-sm text-amber-900">
              {t.article.duplicateOf}:{" "}
              <Link href={`/articles/${encodeURIComponent(article.duplicateOf.id)}`} className="underline">
                {article.duplicateOf.title}
              </Link>
            </p>
          ) : null}
          {article.image ? (
            <figure className="mt-5" data-testid="lead-image">
              {article.image.url ? (
                // eslint-disable-next-line @next/next/no-img-element -- remote archive photos; next/image would proxy them through the server
                <img src={article.image.url} alt="" loading="lazy" referrerPolicy="no-referrer" className="w-full rounded-lg bg-slate-100" />
              ) : null}
              {article.image.caption || article.image.credit ? (
                <figcaption className="mt-2 text-sm text-slate-600">
                  {article.image.caption}
                  {article.image.credit ? (
                    <span className="ml-2 text-xs font-medium whitespace-nowrap text-slate-500" data-testid="image-credit">
                      {t.article.credit}: {article.image.credit}
                      {article.image.creditText && article.image.creditText !== article.image.credit ? ` (${article.image.creditText})` : ""}
                    </span>
                  ) : null}
                </figcaption>
              ) : null}
            </figure>
          ) : null}
          {/* bodyHtml is sanitised on the server (allowlist: no script, iframe, style or on* attribute survives). */}
          <div dir={textDirection(article.language)} className="article-body mt-5" data-testid="article-body" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
        </article>
        <ArticleSidePanel article={article} />
      </div>
    </PageBody>
  );
}
