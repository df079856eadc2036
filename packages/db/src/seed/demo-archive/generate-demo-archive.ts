import { createHash } from "node:crypto";
import { aidTopics } from "./aid-stories.js";
import { renderArchiveFile } from "./archive-formats.js";
import type { DemoArticle, DemoFormat } from "./archive-formats.js";
import { demoDomain, demoSources } from "./demo-sources.js";
import type { DemoSource } from "./demo-sources.js";
import type { DemoTopic } from "./demo-story.js";
import { generalTopics } from "./general-stories.js";
import { sanitiserTestArticles } from "./sanitiser-test-articles.js";
import { SeededRandom } from "./seeded-random.js";

/**
 * The demo archive a new user imports with `newsdesk db seed`: a few hundred synthetic files from many synthetic
 * sources, 2019–2025, Simplified and Traditional, F1/F2/F3 mixed, with aid figures, bilingual names, photo credits,
 * near-duplicate copies (a mirror site), re-archived newer versions, and the sanitiser's test articles.
 * Deterministic: the same seed gives the same bytes.
 */
export interface DemoFile {
  /** Path inside the archive. */
  name: string;
  text: string;
}

export interface DemoArchiveOptions {
  seed?: number;
  /** Regular articles (the copies, new versions and test articles come on top). */
  articles?: number;
}

const allTopics: readonly DemoTopic[] = [...aidTopics, ...generalTopics];
const firstDay = Date.UTC(2019, 0, 1);
const lastDay = Date.UTC(2025, 9, 31);

function pickFormat(rng: SeededRandom, source: DemoSource): DemoFormat {
  const { F1, F2, F3 } = source.formats;
  const roll = rng.next() * (F1 + F2 + F3);
  return roll < F1 ? "F1" : roll < F1 + F2 ? "F2" : "F3";
}

function pickTopic(rng: SeededRandom, language: "zh" | "en", date: Date): DemoTopic | null {
  const day = date.toISOString().slice(0, 10);
  const open = allTopics.filter((topic) => topic.language === language && day >= topic.from && day <= topic.to);
  if (open.length === 0) return null;
  let roll = rng.next() * open.reduce((sum, topic) => sum + topic.weight, 0);
  for (const topic of open) {
    roll -= topic.weight;
    if (roll < 0) return topic;
  }
  return open[open.length - 1]!;
}

function articleUrl(source: DemoSource, date: Date, topic: string, index: number): string {
  const month = String(date.getUTCMonth() + 1).padStart(2, "0");
  return `https://${demoDomain(source)}/${date.getUTCFullYear()}/${month}/${topic}-${index}.html`;
}

export function generateDemoArticles(options: DemoArchiveOptions = {}): DemoArticle[] {
  const rng = new SeededRandom(options.seed ?? 20_231_129);
  const count = options.articles ?? 400;
  const publishers = demoSources.filter((source) => !source.mirror);
  const articles: DemoArticle[] = [];
  while (articles.length < count) {
    const source = rng.pick(publishers);
    const day = Math.floor((rng.next() * (lastDay - firstDay)) / 86_400_000) * 86_400_000;
    const publishedAt = new Date(firstDay + day + rng.int(0, 86_399) * 1000);
    const topic = pickTopic(rng, source.language === "en" ? "en" : "zh", publishedAt);
    if (!topic) continue;
    articles.push({
      story: topic.write(rng, publishedAt),
      url: articleUrl(source, publishedAt, topic.id, articles.length),
      sourceName: source.name,
      traditional: source.language === "zh-Hant",
      publishedAt,
      archivedAt: new Date(publishedAt.getTime() + rng.int(5, 180) * 60_000),
      format: pickFormat(rng, source),
    });
  }

  // Near-duplicates: the mirror site republishes some Simplified articles word for word under its own URLs.
  const mirror = demoSources.find((source) => source.mirror)!;
  const simplified = articles.filter((article) => !article.traditional && article.story.language === "zh");
  const copies = rng.sample(simplified, 12).map((original, index) => ({
    ...original,
    url: articleUrl(mirror, original.publishedAt, `copy-${original.story.topic}`, index),
    sourceName: mirror.name,
    format: "F2" as const,
    archivedAt: new Date(original.archivedAt.getTime() + rng.int(1, 3) * 86_400_000),
  }));

  // Re-archived versions: the same URL archived again later, with an update at the end (F1/F2 only: an F3 file
  // has no archive time, so a later version could not be told from an earlier one).
  const stamped = articles.filter((article) => article.format !== "F3");
  const updates = rng.sample(stamped, 8).map((original) => ({
    ...original,
    story: {
      ...original.story,
      paragraphs: [
        ...original.story.paragraphs,
        original.story.language === "en"
          ? "Update: this story has been updated with further reaction."
          : "【更新】本文已更新，补充了有关各方的最新回应。",
      ],
    },
    archivedAt: new Date(original.archivedAt.getTime() + rng.int(2, 30) * 3_600_000),
  }));

  return [...articles, ...copies, ...updates, ...sanitiserTestArticles()];
}

export function generateDemoArchive(options: DemoArchiveOptions = {}): DemoFile[] {
  return generateDemoArticles(options).map((article, index) => {
    const text = renderArchiveFile(article);
    const digest = createHash("sha256").update(text).digest("hex").slice(0, 16);
    return { name: `demo/${String(index).padStart(4, "0")}_${digest}.txt`, text };
  });
}
