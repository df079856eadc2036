import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aidTestRecord, importAidRecords } from "../aid/aid-test-records.js";
import type { MentionSpec } from "../aid/aid-test-records.js";
import { reviewAidFigure } from "../aid/review-figure.js";
import type { Database } from "../client/create-database.js";
import { createTestDatabase, testDatabaseKinds } from "../testing/test-database.js";
import { InvalidCursorError } from "./article-cursor.js";
import { countAidQueue, getAidFigure, listAidFigures, listAidParties } from "./aid-figures.js";

const actor = { actorId: null, actorLabel: "test:editor" };
const sentences = Array.from({ length: 6 }, (_, index) => `美国宣布向乌克兰提供${index + 1}亿美元的援助，编号${index}。`);

/** Six $100m…$600m figures; the 1st and 4th flagged for review by the extractor. */
function mentions(): MentionSpec[] {
  return sentences.map((sentence, index) => ({
    sentence,
    surface: `${index + 1}亿美元`,
    amount: (index + 1) * 1e8,
    review: { needed: index % 3 === 0, reasons: index % 3 === 0 ? ["low-confidence-aid"] : [] },
  }));
}

describe.each(testDatabaseKinds())("aid-figure queries on %s", (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const price = "一枚导弹约100万美元。";
    await importAidRecords(database.db, [
      aidTestRecord({ slug: "older", publishedAt: "2022-03-01T08:00:00.000Z", paragraphs: sentences.slice(0, 3), mentions: mentions().slice(0, 3) }),
      aidTestRecord({
        slug: "newer",
        title: "美国对乌克兰的援助",
        publishedAt: "2023-11-29T08:00:00.000Z",
        paragraphs: [...sentences.slice(3), price],
        mentions: [...mentions().slice(3), { sentence: price, surface: "约100万美元", amount: 1e6, isAid: false, aidType: null, donor: null, recipient: null, status: "unknown" }],
      }),
    ]);
  }, 120_000);
  afterAll(async () => {
    await database?.close();
  });

  it("lists the queue: flagged figures first, then the other aid figures, newest first; non-aid mentions left out", async () => {
    const { items, nextCursor } = await listAidFigures(database.db, { sort: "queue" });
    expect(nextCursor).toBeNull();
    expect(items.map((item) => [item.reviewNeeded, item.figureDate, item.amount])).toEqual([
      [true, "2023-11-29", 4e8],
      [true, "2022-03-01", 1e8],
      [false, "2023-11-29", 5e8],
      [false, "2023-11-29", 6e8],
      [false, "2022-03-01", 2e8],
      [false, "2022-03-01", 3e8],
    ]);
    expect(items[0]).toMatchObject({ surface: "4亿美元", reviewReasons: ["low-confidence-aid"], article: { title: "美国对乌克兰的援助" }, extracted: { amount: 4e8 } });
  });

  it("pages through the queue with an opaque cursor, and refuses a foreign one", async () => {
    const first = await listAidFigures(database.db, { sort: "queue", limit: 4 });
    const second = await listAidFigures(database.db, { sort: "queue", limit: 4, cursor: first.nextCursor });
    expect(first.items).toHaveLength(4);
    expect(second.items).toHaveLength(2);
    expect(second.nextCursor).toBeNull();
    const all = await listAidFigures(database.db, { sort: "queue" });
    expect([...first.items, ...second.items].map((item) => item.mentionId)).toEqual(all.items.map((item) => item.mentionId));
    await expect(listAidFigures(database.db, { cursor: "not-a-cursor" })).rejects.toBeInstanceOf(InvalidCursorError);
  });

  it("drops reviewed figures from the queue (unless asked) and counts what is left", async () => {
    const [top] = (await listAidFigures(database.db, { sort: "queue", limit: 1 })).items;
    await reviewAidFigure(database.db, { articleId: top!.articleId, mentionKey: top!.mentionKey, expectedVersion: 0, action: { kind: "confirm" } }, actor);
    const pending = await listAidFigures(database.db, { sort: "queue" });
    expect(pending.items.map((item) => item.mentionId)).not.toContain(top!.mentionId);
    const withReviewed = await listAidFigures(database.db, { sort: "queue", includeReviewed: true });
    expect(withReviewed.items.at(-1)).toMatchObject({ mentionId: top!.mentionId, reviewState: "confirmed", reviewedBy: null });
    expect(await countAidQueue(database.db, {})).toEqual({ needsReview: 1, outdated: 0, unreviewed: 4, confirmed: 1, corrected: 0, rejected: 0 });
  });

  it("filters by the search filters and by figure fields (drill-down), newest first", async () => {
    const { items } = await listAidFigures(database.db, { sort: "date", articles: { q: "援助" }, figureFrom: "2023-11-01", figureTo: "2023-12-01", roles: ["tranche"] });
    expect(items.map((item) => item.amount).sort()).toEqual([4e8, 5e8, 6e8]);
    const none = await listAidFigures(database.db, { sort: "date", donor: "" });
    expect(none.items.map((item) => item.surface)).toEqual(["约100万美元"]);
  });

  it("gets one figure by its stable reference and lists the parties in use", async () => {
    const [any] = (await listAidFigures(database.db, { sort: "date", limit: 1 })).items;
    expect(await getAidFigure(database.db, { articleId: any!.articleId, mentionKey: any!.mentionKey })).toMatchObject({ mentionId: any!.mentionId });
    expect(await getAidFigure(database.db, { articleId: any!.articleId, mentionKey: "missing.0" })).toBeNull();
    expect(await listAidParties(database.db)).toEqual({ donors: ["United States"], recipients: ["Ukraine"] });
  });
});
