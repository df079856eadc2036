import type { Database, PrismaClient, UserRole } from "@newsdesk/db";
import { importArchive } from "@newsdesk/db";
import { createUser } from "@newsdesk/db/queries";
import { createTestDatabase } from "@newsdesk/db/testing";
import { hashPassword } from "../auth/password";
import type { SessionUser } from "../auth/session-user";
import { createCaller } from "../api/root";
import { createContextInner, type ContextInput } from "../api/trpc";
import { archiveFileText, voaArticleHtml } from "./archive-files";
import { tarGz } from "./tar-gz";

/** A fresh, migrated embedded database for one test file (the db package's template, loaded in ~1 s). */
export function openTestDatabase(): Promise<Database> {
  return createTestDatabase();
}

export const testPassword = "correct horse battery staple";
let passwordHash: Promise<string> | null = null;

/** A user of the given role whose password is `testPassword`. */
export async function createTestUser(db: PrismaClient, role: UserRole, email = `${role}-${Math.random().toString(36).slice(2, 8)}@newsdesk.test`): Promise<SessionUser> {
  passwordHash ??= hashPassword(testPassword);
  const user = await createUser(db, { email, name: `${role} ${email.split("@")[0]}`, role, passwordHash: await passwordHash });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/** A tRPC caller acting as `user` (null: signed out), plus the response headers procedures wrote. */
export function callerAs(db: PrismaClient, user: SessionUser | null, extra: Omit<ContextInput, "db" | "user"> = {}) {
  const resHeaders = extra.resHeaders ?? new Headers();
  const caller = createCaller(createContextInner({ db, user, ...extra, resHeaders }));
  return { caller, resHeaders };
}

export interface TestArticle {
  title: string;
  body: string;
  /** e.g. "Wed, 29 Nov 2023 22:43:38 GMT" */
  published?: string;
  slug?: string;
  caption?: string;
}

/** Imports articles through the real pipeline (parser → importArchive), as a .tar.gz. Returns nothing; look them up by title. */
export async function importTestArticles(db: PrismaClient, articles: TestArticle[]): Promise<void> {
  const files = articles.map((article, index) => {
    const slug = article.slug ?? `story-${index}-${Math.random().toString(36).slice(2, 8)}`;
    return {
      name: `${slug}.txt`,
      content: archiveFileText({
        title: article.title,
        url: `https://www.voachinese.com/a/${slug}/${7_000_000 + index}.html`,
        html: voaArticleHtml({ published: article.published ?? "Wed, 29 Nov 2023 22:43:38 GMT", body: article.body, ...(article.caption ? { caption: article.caption } : {}) }),
      }),
    };
  });
  await importArchive(db, { name: "test-articles.tar.gz", bytes: tarGz(files) }, { actor: "test", jobs: 1 });
}

/** The id of the article with this exact title. */
export async function articleIdByTitle(db: PrismaClient, title: string): Promise<string> {
  const article = await db.article.findFirstOrThrow({ where: { title }, select: { id: true } });
  return article.id;
}
