import type { Metadata } from "next";
import { getServerI18n } from "@/i18n/server-locale";
import { AidReviewQueue } from "./aid-review-queue";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getServerI18n()).t.aid.queue.title };
}

export default function AidReviewPage() {
  return <AidReviewQueue />;
}
