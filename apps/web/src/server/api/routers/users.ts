import {
  countActiveAdmins,
  createUser,
  deleteUserSessions,
  getUserById,
  listUsers,
  recordAuditEvents,
  setUserPasswordHash,
  updateUser,
} from "@newsdesk/db/queries";
import { hashPassword } from "../../auth/password";
import { AppError, isUniqueViolation } from "../app-error";
import { adminProcedure, auditActor, createTRPCRouter } from "../trpc";
import { createUserInput, setPasswordInput, setPasswordOutput, updateUserInput, userListOutput, userOutput } from "./users.schemas";

/** Admins manage accounts. The last active admin can be neither demoted nor disabled, and nobody disables themself. */
export const usersRouter = createTRPCRouter({
  list: adminProcedure.output(userListOutput).query(({ ctx }) => listUsers(ctx.db)),

  create: adminProcedure
    .input(createUserInput)
    .output(userOutput)
    .mutation(async ({ ctx, input }) => {
      const passwordHash = await hashPassword(input.password);
      try {
        return await ctx.db.$transaction(async (tx) => {
          const user = await createUser(tx, { email: input.email, name: input.name, role: input.role, passwordHash });
          await recordAuditEvents(tx, [
            { ...auditActor(ctx.user), action: "user.create", targetType: "user", targetId: user.id, after: { email: user.email, name: user.name, role: user.role } },
          ]);
          return user;
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw new AppError("EMAIL_TAKEN", `A user with the email ${input.email} exists`);
        throw error;
      }
    }),

  update: adminProcedure
    .input(updateUserInput)
    .output(userOutput)
    .mutation(async ({ ctx, input }) => {
      if (input.id === ctx.user.id && (input.disabled === true || (input.role !== undefined && input.role !== "admin"))) {
        throw new AppError("CANNOT_CHANGE_SELF", "You cannot disable or demote yourself; ask another admin");
      }
      return ctx.db.$transaction(async (tx) => {
        const before = await getUserById(tx, { id: input.id });
        if (!before) throw new AppError("NOT_FOUND", "No such user");
        const after = await updateUser(tx, input);
        if (before.role === "admin" && !before.disabledAt && (after.role !== "admin" || after.disabledAt) && (await countActiveAdmins(tx)) === 0) {
          throw new AppError("LAST_ADMIN", "Newsdesk needs at least one active admin");
        }
        if (after.disabledAt && !before.disabledAt) await deleteUserSessions(tx, { userId: after.id });
        await recordAuditEvents(tx, [
          {
            ...auditActor(ctx.user),
            action: "user.update",
            targetType: "user",
            targetId: after.id,
            before: { name: before.name, role: before.role, disabled: before.disabledAt !== null },
            after: { name: after.name, role: after.role, disabled: after.disabledAt !== null },
          },
        ]);
        return after;
      });
    }),

  /** Sets a user's password and ends their other sessions (all of them when it is someone else). */
  setPassword: adminProcedure
    .input(setPasswordInput)
    .output(setPasswordOutput)
    .mutation(async ({ ctx, input }) => {
      const passwordHash = await hashPassword(input.password);
      return ctx.db.$transaction(async (tx) => {
        const user = await getUserById(tx, { id: input.id });
        if (!user) throw new AppError("NOT_FOUND", "No such user");
        await setUserPasswordHash(tx, { id: user.id, passwordHash });
        const endedSessions = await deleteUserSessions(tx, {
          userId: user.id,
          ...(user.id === ctx.user.id && ctx.sessionId ? { exceptId: ctx.sessionId } : {}),
        });
        await recordAuditEvents(tx, [{ ...auditActor(ctx.user), action: "user.password", targetType: "user", targetId: user.id }]);
        return { endedSessions };
      });
    }),
});
