import { aidChartParamsFromParams } from "@/lib/aid-query";
import { articleQueryFromParams } from "@/lib/article-query";
import { aidCsvStream, aidExportRows } from "@/server/aid/aid-figure-export";
import { getCurrentSession } from "@/server/auth/current-user";
import { getDatabase } from "@/server/db";

export const dynamic = "force-dynamic";

/**
 * GET /api/aid-figures/export?<the aid page's URL parameters>: the figures under those filters as CSV, with
 * original and converted amounts, the rate, its day and source, the article and the sentence. Any signed-in role.
 */
export async function GET(request: Request) {
  const session = await getCurrentSession();
  if (!session) return Response.json({ error: "Sign in first" }, { status: 401 });
  const url = new URL(request.url);
  const { db } = await getDatabase();
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(aidCsvStream(aidExportRows(db, articleQueryFromParams(url.searchParams), aidChartParamsFromParams(url.searchParams))), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="newsdesk-aid-figures-${stamp}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
