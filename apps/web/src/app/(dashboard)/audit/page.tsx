import type { Metadata } from "next";
import { getServerI18n } from "@/i18n/server-locale";
import { AuditLog } from "./audit-log";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getServerI18n()).t.audit.title };
}

export default function AuditPage() {
  return <AuditLog />;
}
