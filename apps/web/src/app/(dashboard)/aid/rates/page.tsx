import type { Metadata } from "next";
import { AdminOnly } from "@/components/admin-only";
import { getServerI18n } from "@/i18n/server-locale";
import { RatesManager } from "./rates-manager";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getServerI18n()).t.aid.rates.title };
}

/** Admins import the ECB's rate history; the API refuses everyone else too. */
export default function RatesPage() {
  return (
    <AdminOnly>
      <RatesManager />
    </AdminOnly>
  );
}
