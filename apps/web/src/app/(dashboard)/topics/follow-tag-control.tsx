"use client";

import { Alert, Button, Select } from "@newsdesk/ui/primitives";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { errorMessage } from "@/components/error-message";
import { useI18n } from "@/i18n/i18n-provider";
import { useTRPC } from "@/trpc/react";

/** Editors follow a tag: a list of the tags nobody follows yet and a button (the server refuses viewers too). */
export function FollowTagControl({ followedTagIds }: { followedTagIds: ReadonlySet<string> }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const tags = useQuery(trpc.tags.list.queryOptions());
  const [tagId, setTagId] = useState("");
  const [notice, setNotice] = useState<string | null>(null);
  const follow = useMutation(
    trpc.topics.followTag.mutationOptions({
      onSuccess: (result) => {
        setTagId("");
        setNotice(result.created ? t.topics.followed(result.topic.name) : t.topics.alreadyFollowed(result.topic.name));
        void queryClient.invalidateQueries({ queryKey: trpc.topics.list.queryKey() });
      },
    }),
  );
  const open = (tags.data ?? []).filter((tag) => !followedTagIds.has(tag.id));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (tagId) follow.mutate({ tagId });
  };

  return (
    <div className="space-y-2">
      <form onSubmit={submit} className="flex items-center gap-2" aria-label={t.topics.followTag}>
        <Select aria-label={t.topics.followTag} value={tagId} onChange={(event) => setTagId(event.target.value)} className="w-56" disabled={open.length === 0}>
          <option value="">{open.length === 0 && tags.data ? t.topics.noTagsLeft : t.topics.chooseTag}</option>
          {open.map((tag) => (
            <option key={tag.id} value={tag.id}>
              {tag.name}
            </option>
          ))}
        </Select>
        <Button type="submit" variant="primary" busy={follow.isPending} disabled={!tagId}>
          {t.topics.follow}
        </Button>
      </form>
      {follow.error ? <Alert>{errorMessage(follow.error, t)}</Alert> : null}
      {notice && !follow.error ? (
        <p className="text-xs text-slate-500" role="status" data-testid="follow-notice">
          {notice}
        </p>
      ) : null}
    </div>
  );
}
