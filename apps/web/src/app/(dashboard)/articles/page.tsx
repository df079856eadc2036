import type { Metadata } from "next";
import { getServerI18n } from "@/i18n/server-locale";
import { ArticleBrowser } from "./article-browser";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getServerI18n()).t.articles.title };
}

export default function ArticlesPage() {
  return <ArticleBrowser />;
}
