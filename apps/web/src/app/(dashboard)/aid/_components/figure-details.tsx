"use client";

import Link from "next/link";
import { useI18n } from "@/i18n/i18n-provider";
import { textDirection } from "@/lib/text-direction";
import type { AidFigureItem } from "./aid-figure-type";
import { FigureSentence } from "./figure-sentence";
import { formatAmountRange, formatMoney, formatRate } from "./money-format";

/** Donor → recipient · type · stage, with "not stated" where the text names none. */
export function useFigureLine() {
  const { t } = useI18n();
  return (figure: Pick<AidFigureItem, "donor" | "recipient" | "aidType" | "status" | "isAid" | "cumulative">) =>
    [
      `${figure.donor ?? t.aid.notStated} → ${figure.recipient ?? t.aid.notStated}`,
      figure.isAid ? (figure.aidType ? t.aid.types[figure.aidType] ?? figure.aidType : t.aid.notStated) : t.aid.roles["not-aid"],
      t.aid.statuses[figure.status] ?? figure.status,
      figure.cumulative ? t.aid.fields.cumulative : null,
    ]
      .filter(Boolean)
      .join(" · ");
}

/**
 * What an editor needs to judge a figure: the sentence with the words marked, the amount as written and its
 * USD/EUR values with the rate used (or why there is none), and the article it comes from.
 */
export function FigureDetails({ figure, showArticle = true }: { figure: AidFigureItem; showArticle?: boolean }) {
  const { t, intlLocale } = useI18n();
  const line = useFigureLine();
  const rate =
    figure.ratePerEur !== null && figure.rateDate && figure.rateCurrency
      ? t.aid.rate(figure.rateCurrency, formatRate(figure.ratePerEur, intlLocale), figure.rateDate, figure.rateSource ?? "")
      : null;
  const usdRate = figure.usdPerEur !== null && figure.usdRateDate ? t.aid.usdRate(formatRate(figure.usdPerEur, intlLocale), figure.usdRateDate) : null;
  const published = figure.article.publishedAt ?? figure.article.archivedAt;
  return (
    <div className="space-y-1.5 text-sm">
      <p className="leading-relaxed text-slate-800" lang={figure.article.language} dir={textDirection(figure.article.language)}>
        <FigureSentence sentence={figure.sentence} surface={figure.surface} />
      </p>
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <span className="font-semibold text-slate-900 tabular-nums" data-testid="figure-amount">
          {formatAmountRange(figure.amount, figure.amountHigh, figure.currency, intlLocale)}
        </span>
        <span className="text-slate-600">{line(figure)}</span>
        <span className="text-xs text-slate-500">{t.aid.roles[figure.role] ?? figure.role}</span>
      </div>
      <div className="flex flex-wrap gap-x-3 text-xs text-slate-500 tabular-nums">
        <span>{figure.usdValue !== null ? `≈ ${formatMoney(figure.usdValue, "USD", intlLocale)}` : null}</span>
        <span>{figure.eurValue !== null ? `≈ ${formatMoney(figure.eurValue, "EUR", intlLocale)}` : null}</span>
        <span>{t.aid.conversions[figure.conversion] ?? figure.conversion}</span>
        {rate ? <span>{rate}</span> : null}
        {usdRate && figure.rateCurrency !== "USD" ? <span>{usdRate}</span> : null}
        {figure.dateBasis === "archived" ? <span>({t.aid.dateBasis.archived})</span> : null}
      </div>
      {showArticle ? (
        <div className="text-xs text-slate-500">
          <Link href={`/articles/${encodeURIComponent(figure.article.id)}`} className="text-indigo-700 hover:underline" lang={figure.article.language}>
            {figure.article.title}
          </Link>
          {" · "}
          {figure.article.source.name}
          {published ? ` · ${published.toISOString().slice(0, 10)}` : null}
        </div>
      ) : null}
    </div>
  );
}
