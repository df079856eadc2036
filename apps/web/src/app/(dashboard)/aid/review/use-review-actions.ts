"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { appCodeOf, errorMessage } from "@/components/error-message";
import { useI18n } from "@/i18n/i18n-provider";
import type { AidFigureFieldsInput } from "@/lib/aid-query";
import { useTRPC } from "@/trpc/react";
import type { AidFigureItem } from "../_components/aid-figure-type";

export interface ReviewNotice {
  id: number;
  text: string;
  tone: "success" | "error" | "info";
}

type Kind = "confirm" | "reject" | "reopen" | "correct" | "undo";

/**
 * The queue's decisions: each call sends the version the editor saw, keeps the figure as the server returns it
 * (so the list does not jump while reviewing), remembers it for undo ("u" undoes the latest decision of this
 * session, then the one before), and refreshes the counts and charts. A conflict reloads the figure and says so.
 */
export function useReviewActions() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [updated, setUpdated] = useState<Map<string, AidFigureItem>>(new Map());
  const [history, setHistory] = useState<AidFigureItem[]>([]);
  const [notice, setNotice] = useState<ReviewNotice | null>(null);
  const confirm = useMutation(trpc.aidFigures.confirm.mutationOptions());
  const reject = useMutation(trpc.aidFigures.reject.mutationOptions());
  const reopen = useMutation(trpc.aidFigures.reopen.mutationOptions());
  const correct = useMutation(trpc.aidFigures.correct.mutationOptions());
  const undoMutation = useMutation(trpc.aidFigures.undo.mutationOptions());
  const busy = confirm.isPending || reject.isPending || reopen.isPending || correct.isPending || undoMutation.isPending;

  const keep = useCallback((figure: AidFigureItem) => setUpdated((current) => new Map(current).set(figure.mentionId, figure)), []);

  const refresh = useCallback(async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.aidFigures.counts.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.aidFigures.charts.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.aidFigures.drill.pathKey() }),
    ]);
  }, [queryClient, trpc]);

  const fail = useCallback(
    async (error: unknown, figure: AidFigureItem) => {
      if (appCodeOf(error) === "AID_FIGURE_CONFLICT") {
        const fresh = await queryClient.fetchQuery(trpc.aidFigures.byRef.queryOptions({ articleId: figure.articleId, mentionKey: figure.mentionKey }, { staleTime: 0 }));
        keep(fresh);
        setNotice({ id: Date.now(), text: t.aid.queue.conflict, tone: "error" });
        return;
      }
      setNotice({ id: Date.now(), text: errorMessage(error, t), tone: "error" });
    },
    [keep, queryClient, t, trpc],
  );

  const run = useCallback(
    async (kind: Kind, figure: AidFigureItem, fields?: AidFigureFieldsInput, note?: string | null): Promise<AidFigureItem | null> => {
      const ref = { articleId: figure.articleId, mentionKey: figure.mentionKey, expectedVersion: figure.reviewVersion };
      try {
        const result =
          kind === "confirm"
            ? await confirm.mutateAsync(ref)
            : kind === "reject"
              ? await reject.mutateAsync(ref)
              : kind === "reopen"
                ? await reopen.mutateAsync(ref)
                : kind === "undo"
                  ? await undoMutation.mutateAsync(ref)
                  : await correct.mutateAsync({ ...ref, fields: fields!, ...(note !== undefined ? { note } : {}) });
        keep(result);
        if (kind !== "undo") setHistory((current) => [...current, result]);
        const messages = { confirm: t.aid.queue.confirmed, reject: t.aid.queue.rejected, reopen: t.aid.queue.reopened, correct: t.aid.queue.corrected, undo: t.aid.queue.undone };
        setNotice({ id: Date.now(), text: messages[result.reviewState === "corrected" && kind === "confirm" ? "correct" : kind], tone: "success" });
        await refresh();
        return result;
      } catch (error) {
        await fail(error, figure);
        return null;
      }
    },
    [confirm, correct, fail, keep, refresh, reject, reopen, t, undoMutation],
  );

  /** Undoes the latest decision of this session (on whichever figure it was). */
  const undo = useCallback(async (): Promise<AidFigureItem | null> => {
    const last = history[history.length - 1];
    if (!last) {
      setNotice({ id: Date.now(), text: t.aid.queue.nothingToUndo, tone: "info" });
      return null;
    }
    const current = updated.get(last.mentionId) ?? last;
    const result = await run("undo", current);
    if (result) setHistory((stack) => stack.slice(0, -1));
    return result;
  }, [history, run, t, updated]);

  return { run, undo, updated, notice, dismissNotice: () => setNotice(null), busy, canUndo: history.length > 0 };
}
