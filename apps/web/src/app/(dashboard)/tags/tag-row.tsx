"use client";

import { Button, Select, TextInput } from "@newsdesk/ui/primitives";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { errorMessage } from "@/components/error-message";
import { useI18n } from "@/i18n/i18n-provider";
import { articleQueryToParams } from "@/lib/article-query";
import { useTRPC } from "@/trpc/react";

interface TagItem {
  id: string;
  name: string;
  color: string;
  articleCount: number;
}

/** One editable tag: colour, rename in place, merge into another tag, delete. */
export function TagRow({ tag, allTags, onChanged }: { tag: TagItem; allTags: TagItem[]; onChanged: () => void }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [name, setName] = useState(tag.name);
  const [mergeTarget, setMergeTarget] = useState("");
  const options = { onSuccess: onChanged };
  const rename = useMutation(trpc.tags.rename.mutationOptions(options));
  const recolor = useMutation(trpc.tags.recolor.mutationOptions(options));
  const merge = useMutation(trpc.tags.merge.mutationOptions(options));
  const remove = useMutation(trpc.tags.delete.mutationOptions(options));
  const error = rename.error ?? recolor.error ?? merge.error ?? remove.error;

  return (
    <tr className="border-t border-slate-100 align-middle" data-tag-row={tag.name}>
      <td className="px-3 py-2">
        <input
          type="color"
          aria-label={`${t.tags.color}: ${tag.name}`}
          value={tag.color}
          onChange={(e) => recolor.mutate({ id: tag.id, color: e.target.value })}
          className="h-7 w-9 cursor-pointer rounded border border-slate-200 bg-white"
        />
      </td>
      <td className="px-3 py-2">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (name.trim() && name.trim() !== tag.name) rename.mutate({ id: tag.id, name });
          }}
          className="flex items-center gap-2"
        >
          <TextInput aria-label={`${t.tags.rename}: ${tag.name}`} value={name} onChange={(e) => setName(e.target.value)} maxLength={60} className="h-8" />
          {name.trim() !== tag.name ? (
            <Button type="submit" size="sm" busy={rename.isPending}>
              {t.tags.rename}
            </Button>
          ) : null}
        </form>
        {error ? <p className="mt-1 text-xs text-rose-600">{errorMessage(error, t)}</p> : null}
      </td>
      <td className="px-3 py-2 text-right tabular-nums">
        <Link className="text-indigo-700 hover:underline" href={`/articles?${articleQueryToParams({ tags: [tag.id] })}`}>
          {tag.articleCount}
        </Link>
      </td>
      <td className="px-3 py-2">
        <div className="flex items-center gap-2">
          <Select aria-label={t.tags.mergeTitle(tag.name)} title={t.tags.mergeHint} value={mergeTarget} onChange={(e) => setMergeTarget(e.target.value)} className="h-8 w-40">
            <option value="">{t.tags.merge}</option>
            {allTags
              .filter((other) => other.id !== tag.id)
              .map((other) => (
                <option key={other.id} value={other.id}>
                  {other.name}
                </option>
              ))}
          </Select>
          {mergeTarget ? (
            <Button size="sm" variant="primary" busy={merge.isPending} onClick={() => merge.mutate({ sourceId: tag.id, targetId: mergeTarget })}>
              {t.common.apply}
            </Button>
          ) : null}
          <Button
            size="sm"
            variant="ghost"
            busy={remove.isPending}
            onClick={() => {
              if (window.confirm(t.tags.deleteConfirm(tag.name))) remove.mutate({ id: tag.id });
            }}
          >
            {t.common.delete}
          </Button>
        </div>
      </td>
    </tr>
  );
}
