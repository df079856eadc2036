export { AppShell, type AppShellProps, type NavItem, type LinkLikeProps } from "./app-shell";
export { PageHeader, PageBody, type PageHeaderProps } from "./page-header";
export { Dialog, type DialogProps } from "./dialog";
