import { aidFiguresRouter } from "./routers/aid-figures";
import { articlesRouter } from "./routers/articles";
import { auditRouter } from "./routers/audit";
import { authRouter } from "./routers/auth";
import { exchangeRatesRouter } from "./routers/exchange-rates";
import { savedSearchesRouter } from "./routers/saved-searches";
import { taggingRouter } from "./routers/tagging";
import { tagsRouter } from "./routers/tags";
import { topicsRouter } from "./routers/topics";
import { uploadsRouter } from "./routers/uploads";
import { usersRouter } from "./routers/users";
import { createCallerFactory, createTRPCRouter } from "./trpc";

/** The dashboard's whole API, one router per domain. */
export const appRouter = createTRPCRouter({
  auth: authRouter,
  articles: articlesRouter,
  tags: tagsRouter,
  tagging: taggingRouter,
  savedSearches: savedSearchesRouter,
  topics: topicsRouter,
  audit: auditRouter,
  users: usersRouter,
  uploads: uploadsRouter,
  aidFigures: aidFiguresRouter,
  exchangeRates: exchangeRatesRouter,
});

export type AppRouter = typeof appRouter;

/** Calls procedures in-process: server components and tests (`createCaller(createContextInner({ db, user }))`). */
export const createCaller = createCallerFactory(appRouter);
