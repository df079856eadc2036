import type { ArticleFilters, TopicListRecord } from "@newsdesk/db/queries";
import { tagTopicFilters } from "@newsdesk/db/queries";
import { articleQuerySchema, emptyArticleQuery, type ArticleQuery } from "../../lib/article-query";
import { articleFiltersOf } from "../aid/aid-filters";

/**
 * A topic's query in the article list's URL form: a saved search's stored query (parsed as the saved-searches
 * list parses it: a query an older version saved that no longer validates opens the whole archive), or, for a tag
 * topic, the list filtered by its tag. "Open as search" links to exactly this.
 */
export function topicQueryOf(topic: Pick<TopicListRecord, "kind" | "tagId" | "query">): ArticleQuery {
  if (topic.kind === "tag") return { ...emptyArticleQuery, tags: topic.tagId ? [topic.tagId] : [] };
  const parsed = articleQuerySchema.safeParse(topic.query ?? {});
  return parsed.success ? parsed.data : emptyArticleQuery;
}

/**
 * The topic's article set as the db package's filters: the article list's own parsing (listParamsOf via the aid
 * filters), so a search topic's timeline covers exactly the articles its search lists.
 */
export function topicFiltersOf(topic: Pick<TopicListRecord, "kind" | "tagId" | "query">): ArticleFilters {
  // A tag topic whose tag is gone is deleted with it (cascade); "" matches no tag should one ever remain.
  if (topic.kind === "tag") return tagTopicFilters(topic.tagId ?? "");
  return articleFiltersOf(topicQueryOf(topic)) ?? {};
}
