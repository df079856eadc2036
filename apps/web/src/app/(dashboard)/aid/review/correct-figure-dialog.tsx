"use client";

import { Dialog } from "@newsdesk/ui/layout";
import { Button, Field, Select, TextInput } from "@newsdesk/ui/primitives";
import { useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useI18n } from "@/i18n/i18n-provider";
import { aidFiguresFieldsSchema, aidStatuses, aidTypes, type AidFigureFieldsInput } from "@/lib/aid-query";
import { useTRPC } from "@/trpc/react";
import type { AidFigureItem } from "../_components/aid-figure-type";
import { FigureSentence } from "../_components/figure-sentence";
import { formatMoney } from "../_components/money-format";

interface FormState {
  amount: string;
  amountHigh: string;
  currency: string;
  donor: string;
  recipient: string;
  aidType: string;
  status: string;
  isAid: boolean;
  cumulative: boolean;
  note: string;
}

function initialState(figure: AidFigureItem): FormState {
  return {
    amount: String(figure.amount),
    amountHigh: figure.amountHigh === null ? "" : String(figure.amountHigh),
    currency: figure.currency,
    donor: figure.donor ?? "",
    recipient: figure.recipient ?? "",
    aidType: figure.aidType ?? "",
    status: figure.status,
    isAid: figure.isAid,
    cumulative: figure.cumulative,
    note: "",
  };
}

/**
 * The correction form ("e"): amount (and range), currency, donor, recipient, type, stage, whether it is aid and
 * whether it is a running total. Enter saves, Esc closes; the values are checked here and again on the server.
 */
export function CorrectFigureDialog({
  figure,
  onClose,
  onSave,
  busy,
}: {
  figure: AidFigureItem | null;
  onClose: () => void;
  onSave: (fields: AidFigureFieldsInput, note: string | null) => Promise<void>;
  busy: boolean;
}) {
  const { t } = useI18n();
  return (
    <Dialog open={figure !== null} onClose={onClose} title={t.aid.queue.editTitle} className="max-w-xl">
      {figure ? <CorrectFigureForm key={`${figure.mentionId}:${figure.reviewVersion}`} figure={figure} onClose={onClose} onSave={onSave} busy={busy} /> : null}
    </Dialog>
  );
}

function CorrectFigureForm({
  figure,
  onClose,
  onSave,
  busy,
}: {
  figure: AidFigureItem;
  onClose: () => void;
  onSave: (fields: AidFigureFieldsInput, note: string | null) => Promise<void>;
  busy: boolean;
}) {
  const { t, intlLocale } = useI18n();
  const labels = t.aid.fields;
  const trpc = useTRPC();
  const parties = useQuery(trpc.aidFigures.parties.queryOptions());
  const [state, setState] = useState<FormState>(() => initialState(figure));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setState((current) => ({ ...current, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = aidFiguresFieldsSchema.safeParse({
      amount: state.amount.trim() === "" ? Number.NaN : Number(state.amount),
      amountHigh: state.amountHigh.trim() === "" ? null : Number(state.amountHigh),
      currency: state.currency,
      isAid: state.isAid,
      aidType: state.isAid && state.aidType ? state.aidType : null,
      donor: state.donor,
      recipient: state.recipient,
      status: state.isAid ? state.status : "unknown",
      cumulative: state.cumulative,
    });
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0] ?? "form"), issue.message])));
      return;
    }
    setErrors({});
    await onSave(parsed.data, state.note.trim() || null);
  };

  const amountPreview = Number(state.amount);
  return (
    <form onSubmit={(event) => void submit(event)} className="space-y-3 p-4" aria-label={t.aid.queue.editTitle}>
      <h2 className="text-sm font-semibold">{t.aid.queue.editTitle}</h2>
      <p className="rounded bg-slate-50 p-2 text-sm text-slate-700">
        <FigureSentence sentence={figure.sentence} surface={figure.surface} />
      </p>
      <div className="grid grid-cols-3 gap-3">
        <Field label={labels.amount} htmlFor="aid-amount" error={errors.amount ?? null} hint={Number.isFinite(amountPreview) && state.currency.length === 3 ? formatMoney(amountPreview, state.currency.toUpperCase(), intlLocale) : undefined}>
          <TextInput id="aid-amount" inputMode="decimal" value={state.amount} onChange={(e) => set("amount", e.target.value)} autoFocus />
        </Field>
        <Field label={labels.amountHigh} htmlFor="aid-amount-high" error={errors.amountHigh ?? null}>
          <TextInput id="aid-amount-high" inputMode="decimal" value={state.amountHigh} onChange={(e) => set("amountHigh", e.target.value)} />
        </Field>
        <Field label={labels.currency} htmlFor="aid-currency" error={errors.currency ?? null}>
          <TextInput id="aid-currency" maxLength={3} value={state.currency} onChange={(e) => set("currency", e.target.value.toUpperCase())} />
        </Field>
        <Field label={labels.donor} htmlFor="aid-donor" className="col-span-3 sm:col-span-1">
          <TextInput id="aid-donor" list="aid-donors" value={state.donor} onChange={(e) => set("donor", e.target.value)} placeholder={t.aid.notStated} />
        </Field>
        <Field label={labels.recipient} htmlFor="aid-recipient" className="col-span-3 sm:col-span-1">
          <TextInput id="aid-recipient" list="aid-recipients" value={state.recipient} onChange={(e) => set("recipient", e.target.value)} placeholder={t.aid.notStated} />
        </Field>
        <Field label={labels.aidType} htmlFor="aid-type">
          <Select id="aid-type" value={state.aidType} onChange={(e) => set("aidType", e.target.value)} disabled={!state.isAid}>
            <option value="">{t.aid.notStated}</option>
            {aidTypes.map((type) => (
              <option key={type} value={type}>
                {t.aid.types[type]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={labels.status} htmlFor="aid-status">
          <Select id="aid-status" value={state.status} onChange={(e) => set("status", e.target.value)} disabled={!state.isAid}>
            {aidStatuses.map((status) => (
              <option key={status} value={status}>
                {t.aid.statuses[status]}
              </option>
            ))}
          </Select>
        </Field>
        <label className="flex items-center gap-2 self-end pb-2 text-sm">
          <input type="checkbox" checked={state.isAid} onChange={(e) => set("isAid", e.target.checked)} />
          {labels.isAid}
        </label>
        <label className="flex items-center gap-2 self-end pb-2 text-sm">
          <input type="checkbox" checked={state.cumulative} onChange={(e) => set("cumulative", e.target.checked)} />
          {labels.cumulative}
        </label>
        <Field label={labels.note} htmlFor="aid-note" className="col-span-3">
          <TextInput id="aid-note" value={state.note} onChange={(e) => set("note", e.target.value)} maxLength={500} />
        </Field>
      </div>
      <datalist id="aid-donors">{parties.data?.donors.map((name) => <option key={name} value={name} />)}</datalist>
      <datalist id="aid-recipients">{parties.data?.recipients.map((name) => <option key={name} value={name} />)}</datalist>
      <div className="flex justify-end gap-2 pt-1">
        <Button variant="ghost" onClick={onClose}>
          {t.common.cancel}
        </Button>
        <Button type="submit" variant="primary" busy={busy}>
          {t.aid.queue.save}
        </Button>
      </div>
    </form>
  );
}
