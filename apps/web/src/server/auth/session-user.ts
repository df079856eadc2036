import type { UserRole } from "@newsdesk/db";

/** The signed-in person as every procedure and page sees them. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: UserRole;
}

/** Role ranks: each role may do everything the roles below it may. */
const rank: Record<UserRole, number> = { viewer: 0, editor: 1, admin: 2 };

export function hasRole(user: Pick<SessionUser, "role">, atLeast: UserRole): boolean {
  return rank[user.role] >= rank[atLeast];
}
