import { getUserCredentialsByEmail, recordAuditEvents } from "@newsdesk/db/queries";
import { decoyPasswordHash, verifyPassword } from "../../auth/password";
import { serializeClearedSessionCookie, serializeSessionCookie } from "../../auth/session-cookie";
import { endSession, startSession } from "../../auth/sessions";
import { checkSignInRateLimit, recordFailedSignIn, recordSuccessfulSignIn } from "../../auth/sign-in-rate-limit";
import { AppError } from "../app-error";
import { createTRPCRouter, publicProcedure } from "../trpc";
import { meOutput, signInInput, signInOutput, signOutOutput } from "./auth.schemas";

export const authRouter = createTRPCRouter({
  /** The signed-in user, or null. */
  me: publicProcedure.output(meOutput).query(({ ctx }) => ctx.user),

  /**
   * Email + password. Refused while rate-limited (before the hash is even checked); an unknown email costs the
   * same argon2 verification as a known one, so timing does not tell which accounts exist.
   */
  signIn: publicProcedure
    .input(signInInput)
    .output(signInOutput)
    .mutation(async ({ ctx, input }) => {
      const verdict = await checkSignInRateLimit(ctx.db, { email: input.email, ip: ctx.ip });
      if (verdict.limited) {
        throw new AppError("RATE_LIMITED", "Too many failed sign-ins; try again later", { retryAfterSeconds: verdict.retryAfterSeconds });
      }
      const account = await getUserCredentialsByEmail(ctx.db, { email: input.email });
      const valid = await verifyPassword(account?.passwordHash ?? (await decoyPasswordHash()), input.password);
      if (!account || !valid) {
        await recordFailedSignIn(ctx.db, { email: input.email, ip: ctx.ip });
        throw new AppError("INVALID_CREDENTIALS", "Wrong email or password");
      }
      if (account.disabledAt) {
        await recordFailedSignIn(ctx.db, { email: input.email, ip: ctx.ip });
        throw new AppError("ACCOUNT_DISABLED", "This account is disabled");
      }
      await recordSuccessfulSignIn(ctx.db, { email: input.email, ip: ctx.ip });
      const { token, expiresAt } = await startSession(ctx.db, { userId: account.id, userAgent: ctx.userAgent });
      ctx.resHeaders.append("Set-Cookie", serializeSessionCookie(token, expiresAt, { secure: ctx.secureCookies }));
      await recordAuditEvents(ctx.db, [
        { actorId: account.id, actorLabel: account.email, action: "session.sign-in", targetType: "user", targetId: account.id, after: { ip: ctx.ip } },
      ]);
      const { id, email, name, role } = account;
      return { user: { id, email, name, role } };
    }),

  /** Ends this browser's session and clears its cookie (idempotent). */
  signOut: publicProcedure.output(signOutOutput).mutation(async ({ ctx }) => {
    ctx.resHeaders.append("Set-Cookie", serializeClearedSessionCookie({ secure: ctx.secureCookies }));
    if (!ctx.sessionId) return { signedOut: false };
    await endSession(ctx.db, ctx.sessionId);
    return { signedOut: true };
  }),
});
