import { articleQueryFromParams } from "@/lib/article-query";
import { exportRows, exportStream } from "@/server/export/article-export";
import { getCurrentSession } from "@/server/auth/current-user";
import { getDatabase } from "@/server/db";

export const dynamic = "force-dynamic";

/**
 * GET /api/export?format=csv|json&<the list's URL parameters>: the current article list with tags, every page of
 * it (up to 100,000 rows), streamed. Any signed-in role may export what it may read.
 */
export async function GET(request: Request) {
  const session = await getCurrentSession();
  if (!session) return Response.json({ error: "Sign in first" }, { status: 401 });
  const url = new URL(request.url);
  const format = url.searchParams.get("format") === "json" ? "json" : "csv";
  const query = articleQueryFromParams(url.searchParams);
  const { db } = await getDatabase();
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(exportStream(exportRows(db, query), format), {
    headers: {
      "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="newsdesk-articles-${stamp}.${format}"`,
      "Cache-Control": "no-store",
    },
  });
}
