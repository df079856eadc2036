"use client";

import type { TagOption } from "@newsdesk/ui/tag-picker";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { useI18n } from "@/i18n/i18n-provider";
import { useTRPC } from "@/trpc/react";
import { errorMessage } from "../error-message";

interface Pair {
  articleId: string;
  tagId: string;
}

/** The last change, kept so that "u" (or the Undo button) can reverse exactly the pairs it changed. */
type LastChange = { kind: "add"; pairs: Pair[] } | { kind: "remove"; pairs: Pair[] };

export interface Notice {
  id: number;
  text: string;
  tone: "success" | "error";
  canUndo: boolean;
}

interface TaggingValue {
  /** Adds a tag to articles (one or a whole selection). */
  addTag: (articleIds: string[], tag: TagOption) => Promise<void>;
  /** Creates a tag (editors) and adds it. */
  createAndAddTag: (articleIds: string[], name: string) => Promise<void>;
  removeTag: (articleId: string, tag: TagOption) => Promise<void>;
  undo: () => Promise<void>;
  notice: Notice | null;
  dismissNotice: () => void;
  busy: boolean;
}

const TaggingContext = createContext<TaggingValue | null>(null);

/**
 * Tagging for every page: applies changes through the API, refreshes what shows tags, and keeps the last change
 * for undo. Changes are pair-wise adds and removes (see the tagging router), so undo never touches tags someone
 * else added in the meantime.
 */
export function TaggingProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [last, setLast] = useState<LastChange | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const add = useMutation(trpc.tagging.add.mutationOptions());
  const remove = useMutation(trpc.tagging.remove.mutationOptions());
  const create = useMutation(trpc.tags.create.mutationOptions());

  const refresh = useCallback(async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.articles.list.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.tagging.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.tags.list.queryKey() }),
    ]);
    // Server-rendered pages (the article page) show tags too.
    router.refresh();
  }, [queryClient, router, trpc]);

  const show = useCallback((text: string, tone: Notice["tone"], canUndo: boolean) => {
    setNotice({ id: Date.now(), text, tone, canUndo });
  }, []);

  const fail = useCallback((error: unknown) => show(errorMessage(error, t), "error", false), [show, t]);

  const addTag = useCallback(
    async (articleIds: string[], tag: TagOption) => {
      try {
        const result = await add.mutateAsync({ articleIds, tagIds: [tag.id] });
        // The picker's number keys must offer this tag as "1" right away, not after a refetch.
        queryClient.setQueryData(trpc.tagging.recent.queryKey(), (recent) =>
          [{ id: tag.id, name: tag.name, color: tag.color }, ...(recent ?? []).filter((other) => other.id !== tag.id)].slice(0, 9),
        );
        setLast({ kind: "add", pairs: result.pairs });
        // Count only what changed: articles that already carried the tag are not "tagged" again.
        show(result.articleCount > 0 ? t.tagging.tagged(tag.name, result.articleCount) : t.tagging.alreadyTagged(tag.name), "success", result.pairs.length > 0);
        await refresh();
      } catch (error) {
        fail(error);
      }
    },
    [add, fail, queryClient, refresh, show, t, trpc],
  );

  const createAndAddTag = useCallback(
    async (articleIds: string[], name: string) => {
      try {
        const tag = await create.mutateAsync({ name });
        await addTag(articleIds, tag);
      } catch (error) {
        fail(error);
      }
    },
    [addTag, create, fail],
  );

  const removeTag = useCallback(
    async (articleId: string, tag: TagOption) => {
      try {
        const result = await remove.mutateAsync({ pairs: [{ articleId, tagId: tag.id }] });
        setLast({ kind: "remove", pairs: result.pairs });
        show(t.tagging.untagged(tag.name), "success", result.pairs.length > 0);
        await refresh();
      } catch (error) {
        fail(error);
      }
    },
    [fail, refresh, remove, show, t],
  );

  const undo = useCallback(async () => {
    if (!last || last.pairs.length === 0) return;
    try {
      if (last.kind === "add") {
        await remove.mutateAsync({ pairs: last.pairs, undo: true });
      } else {
        // Re-add per tag: the add procedure takes articles × tags.
        const byTag = new Map<string, string[]>();
        for (const pair of last.pairs) byTag.set(pair.tagId, [...(byTag.get(pair.tagId) ?? []), pair.articleId]);
        for (const [tagId, articleIds] of byTag) await add.mutateAsync({ articleIds, tagIds: [tagId], undo: true });
      }
      setLast(null);
      show(t.tagging.undone, "success", false);
      await refresh();
    } catch (error) {
      fail(error);
    }
  }, [add, fail, last, refresh, remove, show, t]);

  const value = useMemo<TaggingValue>(
    () => ({
      addTag,
      createAndAddTag,
      removeTag,
      undo,
      notice,
      dismissNotice: () => setNotice(null),
      busy: add.isPending || remove.isPending || create.isPending,
    }),
    [add.isPending, addTag, create.isPending, createAndAddTag, notice, remove.isPending, removeTag, undo],
  );
  return <TaggingContext value={value}>{children}</TaggingContext>;
}

export function useTagging(): TaggingValue {
  const value = useContext(TaggingContext);
  if (!value) throw new Error("useTagging must be used inside <TaggingProvider>");
  return value;
}
