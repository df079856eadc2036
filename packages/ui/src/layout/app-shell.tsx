"use client";

import type { ComponentType, ReactNode } from "react";
import { cn } from "../lib/cn";

export interface NavItem {
  href: string;
  label: string;
  /** Marks the current section (aria-current="page"). */
  active?: boolean;
  /** Small text after the label, e.g. a count or "soon". */
  badge?: string;
}

export interface LinkLikeProps {
  href: string;
  className?: string;
  children: ReactNode;
  "aria-current"?: "page";
}

export interface AppShellProps {
  brand: ReactNode;
  nav: NavItem[];
  /** Rendered at the bottom of the sidebar: the signed-in user, language switch, sign-out. */
  footer?: ReactNode;
  /** The app's router link (next/link); a plain anchor by default so the package needs no framework. */
  linkComponent?: ComponentType<LinkLikeProps>;
  children: ReactNode;
}

function PlainLink({ href, className, children, ...rest }: LinkLikeProps) {
  return (
    <a href={href} className={className} {...rest}>
      {children}
    </a>
  );
}

/** The dashboard frame: a narrow sidebar (brand, sections, user) and the page. Fits a 1280×720 laptop screen. */
export function AppShell({ brand, nav, footer, linkComponent: Link = PlainLink, children }: AppShellProps) {
  return (
    <div className="flex h-dvh min-h-0 bg-slate-50 text-slate-900">
      <aside className="flex w-52 shrink-0 flex-col border-r border-slate-200 bg-white">
        <div className="flex h-14 items-center px-4 text-base font-semibold tracking-tight">{brand}</div>
        <nav className="flex-1 space-y-0.5 px-2" aria-label="Main">
          {nav.map((item) => (
            <Link
              key={item.href}
              href={item.href}
              aria-current={item.active ? "page" : undefined}
              className={cn(
                "flex items-center justify-between rounded-md px-2.5 py-1.5 text-sm",
                item.active ? "bg-indigo-50 font-medium text-indigo-700" : "text-slate-700 hover:bg-slate-100",
              )}
            >
              <span>{item.label}</span>
              {item.badge ? <span className="text-[11px] text-slate-400">{item.badge}</span> : null}
            </Link>
          ))}
        </nav>
        {footer ? <div className="border-t border-slate-200 p-3">{footer}</div> : null}
      </aside>
      <main className="flex min-w-0 flex-1 flex-col overflow-hidden">{children}</main>
    </div>
  );
}
