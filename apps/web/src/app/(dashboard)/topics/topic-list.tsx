"use client";

import { PageBody, PageHeader } from "@newsdesk/ui/layout";
import { Alert, Button, EmptyState } from "@newsdesk/ui/primitives";
import { useShortcuts } from "@newsdesk/ui/shortcuts";
import { DataTable } from "@newsdesk/ui/table";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useCurrentUser } from "@/components/current-user";
import { errorMessage } from "@/components/error-message";
import { useI18n } from "@/i18n/i18n-provider";
import { useTRPC } from "@/trpc/react";
import { FollowTagControl } from "./follow-tag-control";
import { topicColumns, type TopicRow } from "./topic-columns";

/**
 * The topics page: every followed tag and the user's saved searches, with how many articles each has and its
 * newest article; editors follow a tag here and unfollow one; anyone deletes their own saved searches.
 * Keyboard: j/k move the cursor, o or Enter opens the timeline.
 */
export function TopicList() {
  const { t, intlLocale } = useI18n();
  const { canEdit } = useCurrentUser();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const topics = useQuery(trpc.topics.list.queryOptions());
  const remove = useMutation(trpc.topics.delete.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.topics.list.queryKey() }) }));
  const [activeIndex, setActiveIndex] = useState(0);
  const items = useMemo(() => topics.data ?? [], [topics.data]);
  const active = items[Math.min(activeIndex, items.length - 1)];

  const columns = useMemo(
    () =>
      topicColumns(t, intlLocale, (topic: TopicRow) => {
        const removable = topic.kind === "tag" ? canEdit : topic.mine;
        if (!removable) return null;
        const label = topic.kind === "tag" ? t.topics.unfollow : t.topics.deleteSearch;
        const confirm = topic.kind === "tag" ? t.topics.confirmUnfollow(topic.name) : t.topics.confirmDeleteSearch(topic.name);
        return (
          <Button size="sm" variant="ghost" aria-label={`${label}: ${topic.name}`} onClick={() => window.confirm(confirm) && remove.mutate({ id: topic.id })}>
            {label}
          </Button>
        );
      }),
    [t, intlLocale, canEdit, remove],
  );
  const open = () => active && router.push(`/topics/${encodeURIComponent(active.id)}`);
  useShortcuts({ j: () => setActiveIndex(Math.min(activeIndex + 1, items.length - 1)), k: () => setActiveIndex(Math.max(activeIndex - 1, 0)), o: open, Enter: open }, true);

  const followedTagIds = new Set(items.flatMap((topic) => (topic.tag ? [topic.tag.id] : [])));
  return (
    <>
      <PageHeader title={t.topics.title} description={`${t.topics.description} ${t.topics.keyboardHint}`} actions={canEdit ? <FollowTagControl followedTagIds={followedTagIds} /> : null} />
      <PageBody className="space-y-3">
        {topics.error ? <Alert>{errorMessage(topics.error, t)}</Alert> : null}
        {remove.error ? <Alert>{errorMessage(remove.error, t)}</Alert> : null}
        <DataTable
          caption={t.topics.title}
          data={items}
          columns={columns}
          getRowId={(topic) => topic.id}
          activeId={active?.id ?? null}
          onRowClick={(id) => setActiveIndex(items.findIndex((topic) => topic.id === id))}
          loading={topics.isPending}
          empty={<EmptyState title={t.topics.empty} description={t.topics.emptyHint} />}
        />
      </PageBody>
    </>
  );
}
