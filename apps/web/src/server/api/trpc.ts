/**
 * The tRPC base of the dashboard's API. Read this file top to bottom:
 * 1. CONTEXT — what every procedure receives (the database, the signed-in user, request facts);
 * 2. INIT — tRPC itself: superjson, and the one error formatter that turns AppError codes and zod issues into
 *    data the client can use;
 * 3. PROCEDURES — the building blocks routers use: public, protected (any signed-in role), editor and admin.
 *    Roles are enforced here, on the server, not only by hiding buttons.
 */
import { initTRPC } from "@trpc/server";
import type { FetchCreateContextFnOptions } from "@trpc/server/adapters/fetch";
import superjson from "superjson";
import { ZodError } from "zod";
import type { PrismaClient } from "@newsdesk/db";
import { checkSameOrigin, originCheckInputOf, type OriginVerdict } from "../auth/same-origin";
import { readCookie, serializeClearedSessionCookie, serializeSessionCookie, sessionCookieName, shouldUseSecureCookies } from "../auth/session-cookie";
import { hasRole, type SessionUser } from "../auth/session-user";
import { validateSessionToken } from "../auth/sessions";
import { clientIpOf } from "../auth/client-ip";
import { getDatabase } from "../db";
import { AppError } from "./app-error";

/* ---------------------------------------------------------------------------------------------------------------
 * 1. CONTEXT
 * ------------------------------------------------------------------------------------------------------------- */

export interface ContextInput {
  db: PrismaClient;
  user?: SessionUser | null;
  /** The session's id (hash of the cookie token), so sign-out can end exactly this session. */
  sessionId?: string | null;
  ip?: string;
  userAgent?: string | null;
  /** The CSRF verdict for this request (see ../auth/same-origin.ts); server-side callers are same-origin. */
  originCheck?: OriginVerdict;
  secureCookies?: boolean;
  /** Headers of the HTTP response: procedures append Set-Cookie here. */
  resHeaders?: Headers;
}

/**
 * Assembles a context from already-known facts, without reading a request. Tests call this directly:
 * `createCaller(createContextInner({ db, user }))`.
 */
export function createContextInner(input: ContextInput) {
  return {
    db: input.db,
    user: input.user ?? null,
    sessionId: input.sessionId ?? null,
    ip: input.ip ?? "127.0.0.1",
    userAgent: input.userAgent ?? null,
    originCheck: input.originCheck ?? ({ ok: true } as OriginVerdict),
    secureCookies: input.secureCookies ?? false,
    resHeaders: input.resHeaders ?? new Headers(),
  };
}

export type Context = ReturnType<typeof createContextInner>;

/** The context of an HTTP request against a given database: reads the session cookie, checks the origin, renews the cookie if due. */
export async function createRequestContext({ req, resHeaders, db }: { req: Request; resHeaders: Headers; db: PrismaClient }): Promise<Context> {
  const secureCookies = shouldUseSecureCookies(req.url, req.headers.get("x-forwarded-proto"));
  const token = readCookie(req.headers.get("cookie"), sessionCookieName);
  const session = token ? await validateSessionToken(db, token) : null;
  if (token && session?.renewed) resHeaders.append("Set-Cookie", serializeSessionCookie(token, session.expiresAt, { secure: secureCookies }));
  if (token && !session) resHeaders.append("Set-Cookie", serializeClearedSessionCookie({ secure: secureCookies }));
  return createContextInner({
    db,
    user: session?.user ?? null,
    sessionId: session?.sessionId ?? null,
    ip: clientIpOf(req.headers),
    userAgent: req.headers.get("user-agent"),
    originCheck: checkSameOrigin(originCheckInputOf(req)),
    secureCookies,
    resHeaders,
  });
}

/** The route handler's context: the server's database (../db.ts) and the request. */
export async function createTRPCContext({ req, resHeaders }: Pick<FetchCreateContextFnOptions, "req" | "resHeaders">): Promise<Context> {
  const { db } = await getDatabase();
  return createRequestContext({ req, resHeaders, db });
}

/* ---------------------------------------------------------------------------------------------------------------
 * 2. INIT
 * ------------------------------------------------------------------------------------------------------------- */

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  isDev: process.env.NODE_ENV !== "production",
  errorFormatter({ shape, error }) {
    const appError = error instanceof AppError ? error : error.cause instanceof AppError ? error.cause : null;
    const zodError = error.cause instanceof ZodError ? error.cause : null;
    const internal = error.code === "INTERNAL_SERVER_ERROR" && process.env.NODE_ENV === "production";
    return {
      ...shape,
      // Internal details (SQL, stack) never reach a browser in production; the server log has them.
      message: internal ? "Internal server error" : shape.message,
      data: {
        ...shape.data,
        appCode: appError?.appCode ?? null,
        details: appError?.details ?? null,
        issues: zodError ? zodError.issues.map((issue) => ({ path: issue.path.join("."), code: issue.code, message: issue.message })) : null,
      },
    };
  },
});

export const createCallerFactory = t.createCallerFactory;
export const createTRPCRouter = t.router;

/* ---------------------------------------------------------------------------------------------------------------
 * 3. PROCEDURES
 * ------------------------------------------------------------------------------------------------------------- */

/** Mutations must come from our own pages (CSRF); queries are side-effect free and need no check. */
const sameOriginMutations = t.middleware(({ ctx, type, next }) => {
  if (type === "mutation" && !ctx.originCheck.ok) {
    throw new AppError("CROSS_SITE_REQUEST", `Cross-site request refused (${ctx.originCheck.reason})`);
  }
  return next();
});

/** Anyone, signed in or not: sign-in itself and "who am I". */
export const publicProcedure = t.procedure.use(sameOriginMutations);

/** Any signed-in user (viewer, editor, admin). Narrows `ctx.user` to a non-null SessionUser. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new AppError("UNAUTHENTICATED", "Sign in first");
  return next({ ctx: { user: ctx.user } });
});

/** Editors and admins: tagging, tag management. */
export const editorProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (!hasRole(ctx.user, "editor")) throw new AppError("FORBIDDEN_ROLE", "Only editors and admins may do this");
  return next();
});

/** Admins only: users and uploads. */
export const adminProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (!hasRole(ctx.user, "admin")) throw new AppError("FORBIDDEN_ROLE", "Only admins may do this");
  return next();
});

/** Who an audit event names for the signed-in user. */
export function auditActor(user: SessionUser): { actorId: string; actorLabel: string } {
  return { actorId: user.id, actorLabel: user.email };
}
