"use client";

import { createContext, useContext, type ReactNode } from "react";
import { hasRole, type SessionUser } from "@/server/auth/session-user";

const CurrentUserContext = createContext<SessionUser | null>(null);

export function CurrentUserProvider({ user, children }: { user: SessionUser; children: ReactNode }) {
  return <CurrentUserContext value={user}>{children}</CurrentUserContext>;
}

/** The signed-in user, for showing or hiding controls. The server enforces the same roles on every call. */
export function useCurrentUser(): SessionUser & { canEdit: boolean; isAdmin: boolean } {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error("useCurrentUser must be used inside the dashboard");
  return { ...user, canEdit: hasRole(user, "editor"), isAdmin: hasRole(user, "admin") };
}
