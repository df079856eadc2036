import type { PrismaClient } from "../generated/prisma/client.js";
import { importArchive } from "../ingest/import-archive.js";
import type { ImportProgress, ImportSummary } from "../ingest/import-summary.js";
import { sourceIdFor } from "../ingest/stable-ids.js";
import { listArticles } from "../queries/articles.js";
import { demoDomain, demoSources } from "./demo-archive/demo-sources.js";
import { sampleArchivePaths } from "./sample-paths.js";

/** Newsroom tags the demo starts with, each put on the articles a search finds, and followed as a topic. */
const demoTags = [
  { name: "乌克兰援助", color: "#2563eb", search: "乌克兰 援助" },
  { name: "香港", color: "#db2777", search: "香港" },
  { name: "气候变化", color: "#16a34a", search: "气候" },
] as const;

export interface SeedDemoResult {
  import: ImportSummary;
  tags: Array<{ name: string; articles: number }>;
}

/**
 * What `newsdesk db seed` does: imports the sample archive that ships in the repository (the project's seed file
 * and the generated demo archive, every demo source marked synthetic), then adds a few tags and topics so that a
 * new user opens a full dashboard. Safe to run again: the import is idempotent and the tags are upserted.
 */
export async function seedDemo(
  db: PrismaClient,
  options: { actor?: string; jobs?: number; onProgress?: (progress: ImportProgress) => void } = {},
): Promise<SeedDemoResult> {
  for (const source of demoSources) {
    const domain = demoDomain(source);
    const data = { name: source.name, nameEn: source.nameEn, known: false, synthetic: true };
    await db.source.upsert({ where: { domain }, create: { id: sourceIdFor(domain), domain, ...data }, update: data });
  }
  const summary = await importArchive(db, [...sampleArchivePaths], {
    actor: options.actor ?? "seed",
    // A few hundred small files: parsing on the calling thread is as fast as starting workers.
    jobs: options.jobs ?? 1,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const tags: SeedDemoResult["tags"] = [];
  for (const demo of demoTags) {
    const tag = await db.tag.upsert({
      where: { name: demo.name },
      create: { name: demo.name, color: demo.color },
      update: {},
      select: { id: true },
    });
    const found = await listArticles(db, { q: demo.search, limit: 40 });
    await db.articleTag.createMany({
      data: found.items.map((article) => ({ articleId: article.id, tagId: tag.id })),
      skipDuplicates: true,
    });
    const existing = await db.topic.findFirst({ where: { kind: "tag", tagId: tag.id }, select: { id: true } });
    if (!existing) await db.topic.create({ data: { name: demo.name, kind: "tag", tagId: tag.id } });
    tags.push({ name: demo.name, articles: found.items.length });
  }
  return { import: summary, tags };
}
