"use client";

import { TagPicker, type TagOption } from "@newsdesk/ui/tag-picker";
import { useQuery } from "@tanstack/react-query";
import { useI18n } from "@/i18n/i18n-provider";
import { useTRPC } from "@/trpc/react";
import { useTagging } from "./tagging-provider";

export interface TagPickerDialogProps {
  open: boolean;
  onClose: () => void;
  /** The articles to tag: the selection, or the one article under the cursor. */
  articleIds: string[];
  /** Tags the (single) article has: picking one of them removes it. */
  appliedTags?: TagOption[];
}

/** The tag picker wired to the API: all tags, the user's recent ones (keys 1–9), suggestions for one article. */
export function TagPickerDialog({ open, onClose, articleIds, appliedTags = [] }: TagPickerDialogProps) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const { addTag, removeTag, createAndAddTag } = useTagging();
  const single = articleIds.length === 1 ? articleIds[0]! : null;
  const tags = useQuery({ ...trpc.tags.list.queryOptions(), enabled: open });
  const recent = useQuery({ ...trpc.tagging.recent.queryOptions(), enabled: open });
  const suggestions = useQuery({ ...trpc.tagging.suggestions.queryOptions({ articleId: single ?? "" }), enabled: open && single !== null });
  const applied = new Set(appliedTags.map((tag) => tag.id));

  return (
    <TagPicker
      open={open}
      onClose={onClose}
      title={single ? t.tagging.pickerTitleOne : t.tagging.pickerTitleMany(articleIds.length)}
      tags={tags.data ?? []}
      recent={recent.data ?? []}
      suggested={suggestions.data?.map((suggestion) => suggestion.tag) ?? []}
      appliedTagIds={applied}
      onPick={(tag) => {
        onClose();
        if (single && applied.has(tag.id)) void removeTag(single, tag);
        else void addTag(articleIds, tag);
      }}
      onCreate={(name) => {
        onClose();
        void createAndAddTag(articleIds, name);
      }}
      labels={{
        placeholder: t.tagging.placeholder,
        recent: t.tagging.recent,
        suggested: t.tagging.suggested,
        all: t.tagging.all,
        matches: t.tagging.matches,
        create: t.tagging.create,
        empty: t.tagging.noMatch,
        applied: t.tagging.applied,
        hint: t.tagging.hint,
      }}
    />
  );
}
