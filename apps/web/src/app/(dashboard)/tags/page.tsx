import type { Metadata } from "next";
import { getServerI18n } from "@/i18n/server-locale";
import { TagManager } from "./tag-manager";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getServerI18n()).t.tags.title };
}

export default function TagsPage() {
  return <TagManager />;
}
