import type { SeededRandom } from "./seeded-random.js";

/** One generated article before it is written out in an archive format. Chinese stories are written Simplified. */
export interface DemoStory {
  topic: string;
  title: string;
  paragraphs: string[];
  /** Front matter tags and category (F2 files). */
  tags: string[];
  category: string;
  image: { caption: string; credit: string } | null;
  language: "zh" | "en";
}

export interface DemoTopic {
  id: string;
  language: "zh" | "en";
  /** The period the story can be dated in (ISO dates). */
  from: string;
  to: string;
  weight: number;
  write(rng: SeededRandom, date: Date): DemoStory;
}

/** Photo credits the way the archives write them after a caption. */
export const zhCredits = ["（美联社照片）", "（路透社图片）", "（法新社照片）", "（示例图片社/合成）"] as const;

export function zhDate(date: Date): string {
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

export function zhWeekdayDate(date: Date): string {
  const weekdays = ["日", "一", "二", "三", "四", "五", "六"];
  return `周${weekdays[date.getUTCDay()]}（${date.getUTCMonth() + 1}月${date.getUTCDate()}日）`;
}
