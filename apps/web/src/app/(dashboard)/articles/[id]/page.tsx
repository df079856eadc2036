import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getServerI18n } from "@/i18n/server-locale";
import { getServerCaller } from "@/trpc/server";
import { ArticleView } from "./article-view";

type Props = { params: Promise<{ id: string }> };

const loadArticle = cache(async (id: string) => {
  const [{ locale }, caller] = await Promise.all([getServerI18n(), getServerCaller()]);
  try {
    return await caller.articles.byId({ id, locale });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) return null;
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await loadArticle(decodeURIComponent((await params).id));
  return { title: article?.title ?? "404" };
}

/** The article page, rendered on the server: the body is sanitised HTML from the articles.byId procedure. */
export default async function ArticlePage({ params }: Props) {
  const article = await loadArticle(decodeURIComponent((await params).id));
  if (!article) notFound();
  return <ArticleView article={article} />;
}
