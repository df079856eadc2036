import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getServerCaller } from "@/trpc/server";
import { TopicTimeline } from "./topic-timeline";

type Props = { params: Promise<{ id: string }> };

const loadTopic = cache(async (id: string) => {
  const caller = await getServerCaller();
  try {
    return await caller.topics.byId({ id });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) return null;
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = await loadTopic(decodeURIComponent((await params).id));
  return { title: topic?.name ?? "404" };
}

/** A topic's timeline. The topic is resolved on the server (a stranger's saved search is a 404); the rest loads on the client. */
export default async function TopicPage({ params }: Props) {
  const topic = await loadTopic(decodeURIComponent((await params).id));
  if (!topic) notFound();
  return <TopicTimeline topic={topic} />;
}
