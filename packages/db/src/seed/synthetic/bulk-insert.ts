import type { PreparedFile } from "../../ingest/prepared-file.js";
import type { RawSql } from "./raw-sql.js";

/**
 * The importer's rows written the plainest way: multi-row INSERT … VALUES with bound parameters, straight to the
 * driver, no upsert logic, no pre-reads, no near-duplicate linking. It is the benchmark's floor, and (with
 * `onConflict: "skip"`) the loader that fills a database with a million synthetic articles.
 */
const maxParams = 60_000;
const utcNow = `(now() AT TIME ZONE 'UTC')`;

interface Column {
  name: string;
  /** SQL for the value; `$` is replaced by the parameter's placeholder. Default "$". */
  expression?: string;
}

async function insertRows(
  sql: RawSql,
  table: string,
  columns: Column[],
  rows: unknown[][],
  suffix: string,
  constants: Record<string, string> = {},
): Promise<void> {
  if (rows.length === 0) return;
  const names = [...columns.map((column) => `"${column.name}"`), ...Object.keys(constants).map((name) => `"${name}"`)];
  const perStatement = Math.max(1, Math.floor(maxParams / columns.length));
  for (let offset = 0; offset < rows.length; offset += perStatement) {
    const slice = rows.slice(offset, offset + perStatement);
    const params: unknown[] = [];
    const tuples = slice.map((row) => {
      const values = columns.map((column, index) => {
        params.push(row[index]);
        return (column.expression ?? "$").replace("$", `$${params.length}`);
      });
      return `(${[...values, ...Object.values(constants)].join(", ")})`;
    });
    await sql.query(`INSERT INTO "${table}" (${names.join(", ")}) VALUES ${tuples.join(", ")} ${suffix}`, params);
  }
}

const articleColumns: Column[] = [
  { name: "id" }, { name: "canonicalUrl" }, { name: "url" }, { name: "file" }, { name: "fileSha256" }, { name: "format" },
  { name: "sourceId" }, { name: "title" }, { name: "author" }, { name: "language" }, { name: "script" },
  { name: "archivedAt", expression: "$::timestamp(3)" }, { name: "publishedAt", expression: "$::timestamp(3)" },
  { name: "publishedAtDetail", expression: "$::jsonb" }, { name: "image", expression: "$::jsonb" },
  { name: "blocks", expression: "$::jsonb" }, { name: "text" }, { name: "charCount" }, { name: "contentHash" },
  { name: "links", expression: "$::jsonb" }, { name: "feedTags", expression: "$::text[]" },
  { name: "categories", expression: "$::text[]" }, { name: "keywords", expression: "$::text[]" },
  { name: "warnings", expression: "$::jsonb" }, { name: "recordHash" }, { name: "searchText" },
  { name: "searchVector", expression: "array_to_tsvector($::text[])" },
];

const moneyColumns: Column[] = [
  "id", "articleId", "ordinal", "field", "surface", "sentence", "start", "end", "amount", "amountHigh", "currency",
  "currencyInferred", "qualifier", "vague", "isAid", "aidType", "donor", "recipient", "status", "cumulative",
  "equivalentOf", "reviewNeeded",
].map((name) => ({ name }));

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

export interface BulkInsertOptions {
  /** Record an ImportFile row per file in this batch (null: none). */
  batchId: string | null;
  /** "fail" (the floor: a fresh database) or "skip" rows that exist (resumable loads). */
  onConflict: "fail" | "skip";
}

export async function bulkInsertFiles(sql: RawSql, files: PreparedFile[], options: BulkInsertOptions): Promise<void> {
  const skip = options.onConflict === "skip" ? "ON CONFLICT DO NOTHING" : "";
  const parsed = files.filter((file) => file.article !== null);
  const sources = new Map(parsed.map((file) => [file.source!.domain, file.source!]));
  await insertRows(
    sql,
    "Source",
    ["id", "domain", "name", "nameEn", "known", "synthetic"].map((name) => ({ name })),
    [...sources.values()].map((s) => [s.id, s.domain, s.name, s.nameEn, s.known, s.synthetic]),
    "ON CONFLICT DO NOTHING",
    { createdAt: utcNow },
  );
  await insertRows(
    sql,
    "Article",
    articleColumns,
    parsed.map(({ article: a }) => [
      a!.id, a!.canonicalUrl, a!.url, a!.file, a!.fileSha256, a!.format, a!.sourceId, a!.title, a!.author, a!.language,
      a!.script, a!.archivedAt, a!.publishedAt, json(a!.publishedAtDetail), json(a!.image), json(a!.blocks), a!.text,
      a!.charCount, a!.contentHash, json(a!.links), a!.feedTags, a!.categories, a!.keywords, json(a!.warnings),
      a!.recordHash, a!.searchText, a!.searchTerms,
    ]),
    skip,
    { createdAt: utcNow, updatedAt: utcNow },
  );
  const entities = parsed.flatMap((file) => file.entities);
  const distinct = new Map(entities.map((entity) => [entity.entityId, entity]));
  await insertRows(sql, "Entity", [{ name: "id" }, { name: "zh" }, { name: "en" }],
    [...distinct.values()].map((e) => [e.entityId, e.zh, e.en]), "ON CONFLICT DO NOTHING");
  await insertRows(sql, "EntityMention", [{ name: "articleId" }, { name: "entityId" }, { name: "count" }],
    entities.map((e) => [e.articleId, e.entityId, e.count]), skip);
  await insertRows(
    sql,
    "MoneyMention",
    [...moneyColumns, { name: "data", expression: "$::jsonb" }],
    parsed.flatMap((file) => file.money).map((m) => [
      m.id, m.articleId, m.ordinal, m.field, m.surface, m.sentence, m.start, m.end, m.amount, m.amountHigh, m.currency,
      m.currencyInferred, m.qualifier, m.vague, m.isAid, m.aidType, m.donor, m.recipient, m.status, m.cumulative,
      m.equivalentOf, m.reviewNeeded, json(m.data),
    ]),
    skip,
  );
  if (options.batchId !== null) {
    await insertRows(
      sql,
      "ImportFile",
      [{ name: "id" }, { name: "batchId" }, { name: "name" }, { name: "size" }, { name: "sha256" },
        { name: "status", expression: `$::"ImportFileStatus"` }, { name: "errorCode" }, { name: "errorMessage" }, { name: "articleId" }],
      files.map((file) => [file.importFileId, options.batchId, file.name, file.size, file.sha256,
        file.article ? "new" : "failed", file.error?.code ?? null, file.error?.message ?? null, file.article?.id ?? null]),
      skip,
      { createdAt: utcNow },
    );
  }
}
