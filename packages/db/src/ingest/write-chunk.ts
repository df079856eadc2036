import type { Prisma } from "../generated/prisma/client.js";
import { refreshAidFigures } from "../aid/refresh-figures.js";
import {
  deleteArticleMentionsSql,
  heartbeatSql,
  insertEntitiesSql,
  insertEntityMentionsSql,
  insertImportFilesSql,
  insertMoneyMentionsSql,
  relinkDuplicatesSql,
  selectDuplicateFlagsSql,
  selectExistingArticlesSql,
  selectSourcesSql,
  upsertArticlesSql,
  upsertSourcesSql,
} from "./chunk-sql.js";
import type { FileOutcome, ImportFileStatus, PreparedFile } from "./prepared-file.js";

type Tx = Prisma.TransactionClient;

/** Domain → Source.id, kept across the chunks of one import. */
export type SourceIds = Map<string, string>;

const json = (value: unknown) => JSON.stringify(value);
const timeOf = (iso: string | null) => (iso === null ? Number.NEGATIVE_INFINITY : Date.parse(iso));

/**
 * Writes one chunk of files in the caller's transaction: sources, articles (insert or newer-wins update), their
 * entities and money mentions, near-duplicate links and one ImportFile row per file. Either all of it commits or
 * none does, so a crash never leaves half an article or a file recorded without its article.
 */
export async function writeChunk(
  tx: Tx,
  /** The ImportBatch to record the files in; null stores the articles only (seed factories). */
  batchId: string | null,
  files: PreparedFile[],
  knownSources: ReadonlyMap<string, string>,
): Promise<{ outcomes: FileOutcome[]; learnedSources: SourceIds }> {
  const parsed = files.filter((file) => file.article !== null);
  // Learned ids join the caller's cache only once this transaction has committed.
  const learnedSources = await ensureSources(tx, parsed, knownSources);
  const sourceIds = new Map([...knownSources, ...learnedSources]);

  // Several files of one chunk can carry the same article: the newest version (then the larger file digest) is
  // written, the others are reported against it.
  const winners = new Map<string, PreparedFile>();
  for (const file of parsed) {
    const current = winners.get(file.article!.id);
    if (!current || beats(file, current)) winners.set(file.article!.id, file);
  }
  const ids = [...winners.keys()].sort();
  const existing = new Map<string, { archivedAt: Date | null; contentHash: string }>();
  if (ids.length > 0) {
    const rows = await tx.$queryRawUnsafe<{ id: string; archivedAt: Date | null; contentHash: string }[]>(
      selectExistingArticlesSql,
      json(ids),
    );
    for (const row of rows) existing.set(row.id, row);
  }

  const articleRows = ids.map((id) => {
    const row = winners.get(id)!.article!;
    return { ...row, sourceId: sourceIds.get(winners.get(id)!.source!.domain) ?? row.sourceId };
  });
  const written =
    articleRows.length > 0
      ? await tx.$queryRawUnsafe<{ id: string; inserted: boolean }[]>(upsertArticlesSql, json(articleRows))
      : [];
  const inserted = new Set(written.filter((row) => row.inserted).map((row) => row.id));
  const updated = written.filter((row) => !row.inserted).map((row) => row.id);
  const writtenIds = new Set(written.map((row) => row.id));

  if (updated.length > 0) {
    for (const sql of deleteArticleMentionsSql) await tx.$executeRawUnsafe(sql, json(updated));
  }
  const writtenFiles = [...writtenIds].map((id) => winners.get(id)!);
  const entityRows = writtenFiles.flatMap((file) => file.entities);
  if (entityRows.length > 0) {
    await tx.$executeRawUnsafe(insertEntitiesSql, json(entityRows));
    await tx.$executeRawUnsafe(insertEntityMentionsSql, json(entityRows));
  }
  const moneyRows = writtenFiles.flatMap((file) => file.money);
  if (moneyRows.length > 0) await tx.$executeRawUnsafe(insertMoneyMentionsSql, json(moneyRows));
  // Aid figures follow their mentions: re-derived here, editors' reviews re-applied by mention key (src/aid).
  if (writtenIds.size > 0) await refreshAidFigures(tx, [...writtenIds]);

  // An update can move an article to another text digest: both the old and the new group are re-linked.
  const hashes = new Set(writtenFiles.map((file) => file.article!.contentHash));
  for (const id of updated) {
    const previous = existing.get(id);
    if (previous) hashes.add(previous.contentHash);
  }
  const duplicateOf = new Map<string, string | null>();
  if (hashes.size > 0) {
    await tx.$executeRawUnsafe(relinkDuplicatesSql, json([...hashes]));
    if (inserted.size > 0) {
      const flags = await tx.$queryRawUnsafe<{ id: string; duplicateOfId: string | null }[]>(
        selectDuplicateFlagsSql,
        json([...inserted]),
      );
      for (const flag of flags) duplicateOf.set(flag.id, flag.duplicateOfId);
    }
  }

  const outcomes = files.map((file): FileOutcome => {
    const base = { name: file.name, size: file.size, sha256: file.sha256 };
    if (file.article === null) {
      return { ...base, status: "failed", articleId: null, errorCode: file.error!.code, errorMessage: file.error!.message };
    }
    const id = file.article.id;
    const winner = winners.get(id)!;
    let status: ImportFileStatus;
    if (winner === file && writtenIds.has(id)) {
      status = inserted.has(id) ? (duplicateOf.get(id) ? "duplicate" : "new") : "updated";
    } else {
      // Not written: compared with the version that stands (in the database, or the chunk's winner).
      const standing = winner === file ? existing.get(id)?.archivedAt?.toISOString() ?? null : winner.article!.archivedAt;
      status = timeOf(file.article.archivedAt) < timeOf(standing) ? "older" : "unchanged";
    }
    return { ...base, status, articleId: id, errorCode: null, errorMessage: null };
  });

  if (batchId !== null) {
    await tx.$executeRawUnsafe(
      insertImportFilesSql,
      json(files.map((file, index) => ({ id: file.importFileId, batchId, ...outcomes[index] }))),
    );
    await tx.$executeRawUnsafe(heartbeatSql, batchId);
  }
  return { outcomes, learnedSources };
}

function beats(candidate: PreparedFile, current: PreparedFile): boolean {
  const a = timeOf(candidate.article!.archivedAt);
  const b = timeOf(current.article!.archivedAt);
  if (a !== b) return a > b;
  return candidate.sha256 > current.sha256;
}

async function ensureSources(tx: Tx, files: PreparedFile[], known: ReadonlyMap<string, string>): Promise<SourceIds> {
  const learned: SourceIds = new Map();
  const missing = new Map<string, NonNullable<PreparedFile["source"]>>();
  for (const file of files) {
    const source = file.source!;
    if (!known.has(source.domain)) missing.set(source.domain, source);
  }
  if (missing.size === 0) return learned;
  await tx.$executeRawUnsafe(upsertSourcesSql, json([...missing.values()]));
  const rows = await tx.$queryRawUnsafe<{ id: string; domain: string }[]>(selectSourcesSql, json([...missing.keys()]));
  for (const row of rows) learned.set(row.domain, row.id);
  return learned;
}
