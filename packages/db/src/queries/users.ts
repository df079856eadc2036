import type { Prisma, UserRole } from "../generated/prisma/client.js";

/** The fields of a user the dashboard may see (never the password hash). */
export const userSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  disabledAt: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.UserSelect;

export type UserRecord = Prisma.UserGetPayload<{ select: typeof userSelect }>;

type Db = Prisma.TransactionClient;

/** Emails are compared trimmed and lower-cased, so "Ann@Example.org " and "ann@example.org" are one account. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function countUsers(db: Db): Promise<number> {
  return db.user.count();
}

export async function countActiveAdmins(db: Db): Promise<number> {
  return db.user.count({ where: { role: "admin", disabledAt: null } });
}

export async function getUserById(db: Db, params: { id: string }): Promise<UserRecord | null> {
  return db.user.findUnique({ where: { id: params.id }, select: userSelect });
}

/** The user and their password hash, for sign-in only. */
export async function getUserCredentialsByEmail(
  db: Db,
  params: { email: string },
): Promise<(UserRecord & { passwordHash: string }) | null> {
  return db.user.findUnique({
    where: { email: normalizeEmail(params.email) },
    select: { ...userSelect, passwordHash: true },
  });
}

export async function listUsers(db: Db): Promise<UserRecord[]> {
  return db.user.findMany({ select: userSelect, orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { email: "asc" }] });
}

export interface CreateUserParams {
  email: string;
  name: string;
  role: UserRole;
  passwordHash: string;
}

/** Throws Prisma's P2002 when the email is taken; callers map it to their own error. */
export async function createUser(db: Db, params: CreateUserParams): Promise<UserRecord> {
  return db.user.create({
    data: { email: normalizeEmail(params.email), name: params.name.trim(), role: params.role, passwordHash: params.passwordHash },
    select: userSelect,
  });
}

export interface UpdateUserParams {
  id: string;
  name?: string;
  role?: UserRole;
  /** True disables the account (and the caller should end its sessions); false enables it again. */
  disabled?: boolean;
}

export async function updateUser(db: Db, params: UpdateUserParams): Promise<UserRecord> {
  return db.user.update({
    where: { id: params.id },
    data: {
      ...(params.name !== undefined ? { name: params.name.trim() } : {}),
      ...(params.role !== undefined ? { role: params.role } : {}),
      ...(params.disabled !== undefined ? { disabledAt: params.disabled ? new Date() : null } : {}),
    },
    select: userSelect,
  });
}

export async function setUserPasswordHash(db: Db, params: { id: string; passwordHash: string }): Promise<void> {
  await db.user.update({ where: { id: params.id }, data: { passwordHash: params.passwordHash }, select: { id: true } });
}
