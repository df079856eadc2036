"use client";

import { AppShell, type LinkLikeProps, type NavItem } from "@newsdesk/ui/layout";
import { Button } from "@newsdesk/ui/primitives";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { useI18n } from "@/i18n/i18n-provider";
import type { SessionUser } from "@/server/auth/session-user";
import { useTRPC } from "@/trpc/react";
import { CurrentUserProvider } from "./current-user";
import { TaggingNotice } from "./tagging/tagging-notice";
import { TaggingProvider } from "./tagging/tagging-provider";

function NextLink({ href, className, children, ...rest }: LinkLikeProps) {
  return (
    <Link href={href} className={className} {...rest}>
      {children}
    </Link>
  );
}

/** The frame around every signed-in page: sections for the user's role, who is signed in, language, sign-out. */
export function DashboardShell({ user, children }: { user: SessionUser; children: ReactNode }) {
  const { t, locale, setLocale } = useI18n();
  const pathname = usePathname();
  const router = useRouter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const signOut = useMutation(
    trpc.auth.signOut.mutationOptions({
      onSettled: () => {
        queryClient.clear();
        router.replace("/sign-in");
        router.refresh();
      },
    }),
  );

  const sections: Array<NavItem & { admin?: boolean }> = [
    { href: "/articles", label: t.nav.articles },
    { href: "/topics", label: t.topics.nav },
    { href: "/tags", label: t.nav.tags },
    { href: "/audit", label: t.nav.audit },
    { href: "/uploads", label: t.nav.uploads, admin: true },
    { href: "/users", label: t.nav.users, admin: true },
    { href: "/aid/charts", label: t.aid.nav.charts },
    { href: "/aid/review", label: t.nav.review },
    { href: "/aid/rates", label: t.aid.nav.rates, admin: true },
  ];
  const nav = sections
    .filter((item) => !item.admin || user.role === "admin")
    .map(({ admin: _admin, ...item }) => ({ ...item, active: pathname === item.href || pathname.startsWith(`${item.href}/`) }));

  return (
    <AppShell
      brand={<span>{t.app.name}</span>}
      nav={nav}
      linkComponent={NextLink}
      footer={
        <div className="space-y-2 text-xs">
          <div>
            <div className="truncate font-medium text-slate-800" data-testid="current-user">
              {user.name}
            </div>
            <div className="truncate text-slate-500">
              {user.email} · {t.common.roles[user.role]}
            </div>
          </div>
          <div className="flex gap-1">
            <Button size="sm" variant="ghost" onClick={() => setLocale(locale === "zh" ? "en" : "zh")} lang={locale === "zh" ? "en" : "zh"}>
              {t.common.switchTo}
            </Button>
            <Button size="sm" variant="ghost" busy={signOut.isPending} onClick={() => signOut.mutate()}>
              {t.common.signOut}
            </Button>
          </div>
        </div>
      }
    >
      <CurrentUserProvider user={user}>
        <TaggingProvider>
          {children}
          <TaggingNotice />
        </TaggingProvider>
      </CurrentUserProvider>
    </AppShell>
  );
}
