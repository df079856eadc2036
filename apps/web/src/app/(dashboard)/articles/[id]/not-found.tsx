import { EmptyState } from "@newsdesk/ui/primitives";
import Link from "next/link";
import { getServerI18n } from "@/i18n/server-locale";

/** An article id that does not exist (a stale link, a deleted duplicate). */
export default async function ArticleNotFound() {
  const { t } = await getServerI18n();
  return (
    <EmptyState
      title={t.article.notFound}
      action={
        <Link href="/articles" className="text-sm text-indigo-700 hover:underline">
          ← {t.article.back}
        </Link>
      }
    />
  );
}
