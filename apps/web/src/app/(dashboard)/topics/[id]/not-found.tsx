import { EmptyState } from "@newsdesk/ui/primitives";
import Link from "next/link";
import { getServerI18n } from "@/i18n/server-locale";

/** A topic id that does not exist, or another user's saved search. */
export default async function TopicNotFound() {
  const { t } = await getServerI18n();
  return (
    <EmptyState
      title={t.topics.notFound}
      action={
        <Link href="/topics" className="text-sm text-indigo-700 hover:underline">
          ← {t.topics.back}
        </Link>
      }
    />
  );
}
