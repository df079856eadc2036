import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { DashboardShell } from "@/components/dashboard-shell";
import { getCurrentSession } from "@/server/auth/current-user";

/** Every dashboard page needs a signed-in user; the API checks again (and checks roles) on every call. */
export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const session = await getCurrentSession();
  if (!session) redirect("/sign-in");
  return <DashboardShell user={session.user}>{children}</DashboardShell>;
}
