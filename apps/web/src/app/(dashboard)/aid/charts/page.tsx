import type { Metadata } from "next";
import { getServerI18n } from "@/i18n/server-locale";
import { AidChartsView } from "./aid-charts-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getServerI18n()).t.aid.charts.title };
}

export default function AidChartsPage() {
  return <AidChartsView />;
}
