import { EmptyState } from "@newsdesk/ui/primitives";
import type { ReactNode } from "react";
import { getServerI18n } from "@/i18n/server-locale";
import { getCurrentSession } from "@/server/auth/current-user";
import { hasRole } from "@/server/auth/session-user";

/** Renders admin pages for admins only (the procedures behind them refuse everyone else too). */
export async function AdminOnly({ children }: { children: ReactNode }) {
  const [session, { t }] = await Promise.all([getCurrentSession(), getServerI18n()]);
  if (!session || !hasRole(session.user, "admin")) return <EmptyState title={t.common.forbidden} />;
  return <>{children}</>;
}
