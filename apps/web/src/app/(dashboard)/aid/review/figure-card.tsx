"use client";

import { Button, Kbd, cn } from "@newsdesk/ui/primitives";
import { useI18n } from "@/i18n/i18n-provider";
import type { AidFigureItem } from "../_components/aid-figure-type";
import { FigureDetails, useFigureLine } from "../_components/figure-details";
import { formatAmountRange } from "../_components/money-format";

const stateTone: Record<string, string> = {
  unreviewed: "bg-slate-100 text-slate-700",
  confirmed: "bg-emerald-100 text-emerald-800",
  corrected: "bg-sky-100 text-sky-800",
  rejected: "bg-rose-100 text-rose-800",
};

/** One figure of the queue: what was extracted, why it is flagged, its review state, and the actions. */
export function FigureCard({
  figure,
  active,
  canEdit,
  busy,
  onActivate,
  onAction,
}: {
  figure: AidFigureItem;
  active: boolean;
  canEdit: boolean;
  busy: boolean;
  onActivate: () => void;
  onAction: (kind: "confirm" | "reject" | "edit" | "reopen") => void;
}) {
  const { t, intlLocale } = useI18n();
  const line = useFigureLine();
  const q = t.aid.queue;
  const corrected = figure.reviewState === "corrected";
  return (
    <li
      aria-current={active ? "true" : undefined}
      data-testid="queue-item"
      data-state={figure.reviewState}
      onClick={onActivate}
      className={cn("rounded-lg bg-white p-3 ring-1 ring-slate-200", active && "ring-2 ring-indigo-500", figure.reviewState === "rejected" && "opacity-70")}
    >
      <div className="mb-1.5 flex flex-wrap items-center gap-2 text-xs">
        <span className={cn("rounded px-1.5 py-0.5 font-medium", stateTone[figure.reviewState])}>{t.aid.states[figure.reviewState]}</span>
        {figure.reviewNeeded && figure.reviewState === "unreviewed" ? <span className="rounded bg-amber-100 px-1.5 py-0.5 font-medium text-amber-800">{q.flagged}</span> : null}
        {figure.reviewReasons.map((reason) => (
          <span key={reason} className="text-amber-700">
            {t.aid.reasons[reason] ?? reason}
          </span>
        ))}
        {figure.reviewedBy ? <span className="text-slate-500">{q.by(figure.reviewedBy)}</span> : null}
      </div>
      <FigureDetails figure={figure} />
      {corrected ? (
        <p className="mt-1 text-xs text-slate-500">
          {q.extracted(`${formatAmountRange(figure.extracted.amount, figure.extracted.amountHigh, figure.extracted.currency, intlLocale)} · ${line(figure.extracted)}`)}
        </p>
      ) : null}
      {figure.reviewOutdated ? <p className="mt-1 text-xs text-amber-700">{q.outdated}</p> : null}
      {canEdit && active ? (
        <div className="mt-2 flex flex-wrap gap-1.5">
          <Button size="sm" variant="primary" busy={busy} onClick={() => onAction("confirm")}>
            {q.confirm} <Kbd>c</Kbd>
          </Button>
          <Button size="sm" onClick={() => onAction("edit")} disabled={busy}>
            {q.edit} <Kbd>e</Kbd>
          </Button>
          <Button size="sm" variant="danger" onClick={() => onAction("reject")} disabled={busy}>
            {q.reject} <Kbd>r</Kbd>
          </Button>
          {figure.reviewState !== "unreviewed" ? (
            <Button size="sm" variant="ghost" onClick={() => onAction("reopen")} disabled={busy}>
              {q.reopen}
            </Button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
