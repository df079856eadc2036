import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";

/** What the article page renders: the articles.byId procedure's output. */
export type ArticleDetail = inferRouterOutputs<AppRouter>["articles"]["byId"];
