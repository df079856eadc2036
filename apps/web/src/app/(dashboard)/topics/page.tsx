import type { Metadata } from "next";
import { getServerI18n } from "@/i18n/server-locale";
import { TopicList } from "./topic-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getServerI18n()).t.topics.title };
}

export default function TopicsPage() {
  return <TopicList />;
}
