"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useMemo } from "react";
import { articleQueryFromParams } from "@/lib/article-query";

/**
 * The article query that a page's URL encodes (search, filters, sort), for the pages that share it: the article
 * list, the aid review queue and the aid charts. `paramsKey` is the URL's search string, stable between renders,
 * so derived values can be memoised on it; `router` and `pathname` are for writing a changed query back.
 */
export function useUrlArticleQuery() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const paramsKey = searchParams.toString();
  const query = useMemo(() => articleQueryFromParams(new URLSearchParams(paramsKey)), [paramsKey]);
  return { router, pathname, searchParams, paramsKey, query };
}
