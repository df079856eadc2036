"use client";

import { Button } from "@newsdesk/ui/primitives";
import { useEffect } from "react";
import { useI18n } from "@/i18n/i18n-provider";
import { useTagging } from "./tagging-provider";

/** The toast after a tagging change, with Undo; it fades after eight seconds (undo stays on "u"). */
export function TaggingNotice() {
  const { t } = useI18n();
  const { notice, dismissNotice, undo } = useTagging();
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(dismissNotice, 8000);
    return () => clearTimeout(timer);
  }, [notice, dismissNotice]);
  if (!notice) return null;
  return (
    <div
      role={notice.tone === "error" ? "alert" : "status"}
      data-testid="tagging-notice"
      className={`fixed right-6 bottom-6 z-50 flex items-center gap-3 rounded-lg px-4 py-2.5 text-sm shadow-lg ring-1 ${
        notice.tone === "error" ? "bg-rose-50 text-rose-800 ring-rose-200" : "bg-slate-900 text-white ring-slate-900"
      }`}
    >
      <span>{notice.text}</span>
      {notice.canUndo ? (
        <Button size="sm" variant="secondary" onClick={() => void undo()}>
          {t.common.undo}
        </Button>
      ) : null}
      <button type="button" aria-label={t.common.close} className="opacity-60 hover:opacity-100" onClick={dismissNotice}>
        ×
      </button>
    </div>
  );
}
