/**
 * SQL of one import transaction. Every statement takes its rows as ONE JSON parameter expanded by
 * json_to_recordset, so a batch of 200 files costs a dozen round trips whatever its size, on PGlite and PostgreSQL
 * alike. Identifiers are the Prisma model and field names (quoted camelCase).
 */
const articleColumns: Array<[name: string, type: string]> = [
  ["id", "text"],
  ["canonicalUrl", "text"],
  ["url", "text"],
  ["file", "text"],
  ["fileSha256", "text"],
  ["format", "text"],
  ["sourceId", "text"],
  ["title", "text"],
  ["author", "text"],
  ["language", "text"],
  ["script", "text"],
  ["archivedAt", "timestamp(3)"],
  ["publishedAt", "timestamp(3)"],
  ["publishedAtDetail", "jsonb"],
  ["image", "jsonb"],
  ["blocks", "jsonb"],
  ["text", "text"],
  ["charCount", "integer"],
  ["contentHash", "text"],
  ["links", "jsonb"],
  ["feedTags", "text[]"],
  ["categories", "text[]"],
  ["keywords", "text[]"],
  ["warnings", "jsonb"],
  ["recordHash", "text"],
  ["searchText", "text"],
];

const q = (name: string) => `"${name}"`;
/**
 * A JSON array parameter as a text[] for `= ANY(…)`: unlike `IN (SELECT json_array_elements_text(…))` (estimated at
 * 100 rows, which made the planner hash-join against a sequential scan), it is used as an index condition.
 */
const textList = (param: string) => `ANY(ARRAY(SELECT json_array_elements_text(${param}::json)))`;
const recordset = (columns: Array<[string, string]>) => columns.map(([name, type]) => `${q(name)} ${type}`).join(", ");
const utcNow = `(now() AT TIME ZONE 'UTC')`;

/** Sources of the batch; an unknown source is upgraded when a record names it as known. */
export const upsertSourcesSql = `
INSERT INTO "Source" (id, domain, name, "nameEn", known, synthetic, "createdAt")
SELECT r.id, r.domain, r.name, r."nameEn", r.known, r.synthetic, ${utcNow}
  FROM json_to_recordset($1::json) AS r(id text, domain text, name text, "nameEn" text, known boolean, synthetic boolean)
 ORDER BY r.domain
ON CONFLICT (domain) DO UPDATE SET name = EXCLUDED.name, "nameEn" = EXCLUDED."nameEn", known = true
 WHERE EXCLUDED.known AND NOT "Source".known`;

export const selectSourcesSql = `
SELECT id, domain FROM "Source" WHERE domain = ${textList("$1")}`;

export const selectExistingArticlesSql = `
SELECT id, "archivedAt", "contentHash" FROM "Article" WHERE id = ${textList("$1")}`;

/**
 * Insert, or update when the incoming version wins: a later archivedAt; or the same archivedAt and either the same
 * file parsed differently (a better parser) or another file with a different record, where the larger file digest
 * wins so that any import order converges. Updates keep the row (and so its tags) and bump `version`.
 * `xmax = 0` tells an inserted row from an updated one.
 */
export const upsertArticlesSql = `
INSERT INTO "Article" (${articleColumns.map(([name]) => q(name)).join(", ")}, "searchVector", "createdAt", "updatedAt")
SELECT ${articleColumns.map(([name]) => `r.${q(name)}`).join(", ")}, array_to_tsvector(r."searchTerms"), ${utcNow}, ${utcNow}
  FROM json_to_recordset($1::json) AS r(${recordset(articleColumns)}, "searchTerms" text[])
 ORDER BY r.id
ON CONFLICT (id) DO UPDATE SET
  ${articleColumns
    .filter(([name]) => name !== "id")
    .map(([name]) => `${q(name)} = EXCLUDED.${q(name)}`)
    .join(",\n  ")},
  "searchVector" = EXCLUDED."searchVector",
  version = "Article".version + 1,
  "updatedAt" = ${utcNow}
WHERE COALESCE(EXCLUDED."archivedAt", '-infinity') > COALESCE("Article"."archivedAt", '-infinity')
   OR (EXCLUDED."archivedAt" IS NOT DISTINCT FROM "Article"."archivedAt"
       AND EXCLUDED."recordHash" <> "Article"."recordHash"
       AND EXCLUDED."fileSha256" >= "Article"."fileSha256")
RETURNING id, (xmax = 0) AS inserted`;

export const deleteArticleMentionsSql = [
  `DELETE FROM "EntityMention" WHERE "articleId" = ${textList("$1")}`,
  `DELETE FROM "MoneyMention" WHERE "articleId" = ${textList("$1")}`,
];

export const insertEntitiesSql = `
INSERT INTO "Entity" (id, zh, en)
SELECT DISTINCT ON (r."entityId") r."entityId", r.zh, r.en
  FROM json_to_recordset($1::json) AS r("entityId" text, zh text, en text)
 ORDER BY r."entityId"
ON CONFLICT DO NOTHING`;

/** Joined on the name pair, so an entity created earlier under another id is reused. */
export const insertEntityMentionsSql = `
INSERT INTO "EntityMention" ("articleId", "entityId", count)
SELECT r."articleId", e.id, sum(r.count)::int
  FROM json_to_recordset($1::json) AS r("articleId" text, zh text, en text, count integer)
  JOIN "Entity" e ON e.zh = r.zh AND e.en = r.en
 GROUP BY r."articleId", e.id
ON CONFLICT ("articleId", "entityId") DO UPDATE SET count = EXCLUDED.count`;

const moneyColumns: Array<[string, string]> = [
  ["id", "text"],
  ["articleId", "text"],
  ["ordinal", "integer"],
  ["field", "text"],
  ["surface", "text"],
  ["sentence", "text"],
  ["start", "integer"],
  ["end", "integer"],
  ["amount", "numeric"],
  ["amountHigh", "numeric"],
  ["currency", "text"],
  ["currencyInferred", "boolean"],
  ["qualifier", "text"],
  ["vague", "boolean"],
  ["isAid", "boolean"],
  ["aidType", "text"],
  ["donor", "text"],
  ["recipient", "text"],
  ["status", "text"],
  ["cumulative", "boolean"],
  ["equivalentOf", "integer"],
  ["reviewNeeded", "boolean"],
  ["data", "jsonb"],
];

export const insertMoneyMentionsSql = `
INSERT INTO "MoneyMention" (${moneyColumns.map(([name]) => q(name)).join(", ")})
SELECT ${moneyColumns.map(([name]) => `r.${q(name)}`).join(", ")}
  FROM json_to_recordset($1::json) AS r(${recordset(moneyColumns)})
ON CONFLICT (id) DO NOTHING`;

/**
 * Near-duplicates: among articles with the same text digest, the earliest archived (then published, then id) is
 * the original and every other one points at it. The rule depends on the articles only, not on the order they were
 * imported in, so crashes, re-runs and concurrent imports all converge. Recomputed for the digests a batch touched.
 */
const originalOrder = `ORDER BY "archivedAt" ASC NULLS LAST, "publishedAt" ASC NULLS LAST, id`;
export const relinkDuplicatesSql = `
WITH ranked AS (
  SELECT id, first_value(id) OVER (PARTITION BY "contentHash" ${originalOrder}) AS original
    FROM "Article"
   WHERE "contentHash" = ${textList("$1")}
)
UPDATE "Article" AS a SET "duplicateOfId" = NULLIF(ranked.original, a.id)
  FROM ranked
 WHERE ranked.id = a.id AND a."contentHash" = ${textList("$1")}
   AND a."duplicateOfId" IS DISTINCT FROM NULLIF(ranked.original, a.id)`;

export const selectDuplicateFlagsSql = `
SELECT id, "duplicateOfId" FROM "Article" WHERE id = ${textList("$1")}`;

export const insertImportFilesSql = `
INSERT INTO "ImportFile" (id, "batchId", name, size, sha256, status, "errorCode", "errorMessage", "articleId", "createdAt")
SELECT r.id, r."batchId", r.name, r.size, r.sha256, r.status::"ImportFileStatus", r."errorCode", r."errorMessage",
       r."articleId", ${utcNow}
  FROM json_to_recordset($1::json) AS r(id text, "batchId" text, name text, size integer, sha256 text, status text,
       "errorCode" text, "errorMessage" text, "articleId" text)
ON CONFLICT ("batchId", name, sha256) DO NOTHING`;

export const heartbeatSql = `UPDATE "ImportBatch" SET "heartbeatAt" = ${utcNow} WHERE id = $1`;

/** The final pass of an import: re-links every digest the batch touched (covers concurrent imports of copies). */
export const relinkBatchDuplicatesSql = `
WITH touched AS (
  SELECT DISTINCT a."contentHash" FROM "ImportFile" f JOIN "Article" a ON a.id = f."articleId" WHERE f."batchId" = $1
), ranked AS (
  SELECT id, first_value(id) OVER (PARTITION BY "contentHash" ${originalOrder}) AS original
    FROM "Article" WHERE "contentHash" IN (SELECT "contentHash" FROM touched)
)
UPDATE "Article" AS a SET "duplicateOfId" = NULLIF(ranked.original, a.id)
  FROM ranked
 WHERE ranked.id = a.id AND a."duplicateOfId" IS DISTINCT FROM NULLIF(ranked.original, a.id)`;
