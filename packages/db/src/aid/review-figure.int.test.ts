import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../client/create-database.js";
import { importExchangeRates } from "../rates/import-rates.js";
import { sampleEcbCsv } from "../rates/rates-fixture.js";
import { createTestDatabase, testDatabaseKinds } from "../testing/test-database.js";
import { AidFigureError } from "./aid-errors.js";
import { aidTestRecord, importAidRecords } from "./aid-test-records.js";
import type { AidFigureFields } from "./figure-fields.js";
import { reviewAidFigure } from "./review-figure.js";
import { undoAidFigureReview } from "./undo-review.js";

const sentence = "五角大楼周三宣布提供1亿美元的新军事援助。";
const flagged = "报道称有关方面将提供约2亿美元。";
const editor = { actorId: null, actorLabel: "ann@newsdesk.test" };
const other = { actorId: null, actorLabel: "bob@newsdesk.test" };

describe.each(testDatabaseKinds())("reviewing aid figures on %s", (kind) => {
  let database: Database;
  let ref: { articleId: string; mentionKey: string };
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await importExchangeRates(database.db, { name: "rates.csv", bytes: new TextEncoder().encode(sampleEcbCsv) }, { actor: "test" });
    await importAidRecords(database.db, [
      aidTestRecord({
        slug: "review",
        paragraphs: [sentence, flagged],
        mentions: [
          { sentence, surface: "1亿美元", amount: 1e8 },
          { sentence: flagged, surface: "约2亿美元", amount: 2e8, qualifier: "approx", donor: null, review: { needed: true, reasons: ["no-donor"] } },
        ],
      }),
    ]);
    const figure = await database.db.aidFigure.findFirstOrThrow({ where: { amount: 1e8 } });
    ref = { articleId: figure.articleId, mentionKey: figure.mentionKey };
  }, 120_000);
  afterAll(async () => {
    await database?.close();
  });

  const figure = () => database.db.aidFigure.findUniqueOrThrow({ where: { articleId_mentionKey: ref } });
  const extracted: AidFigureFields = { amount: 1e8, amountHigh: null, currency: "USD", isAid: true, aidType: "military", donor: "United States", recipient: "Ukraine", status: "committed", cumulative: false };

  it("confirms a figure as shown, audited with before and after", async () => {
    const outcome = await reviewAidFigure(database.db, { ...ref, expectedVersion: 0, action: { kind: "confirm" } }, editor);
    expect(outcome).toMatchObject({ state: "confirmed", version: 1, changed: [] });
    expect(await figure()).toMatchObject({ reviewState: "confirmed", reviewVersion: 1, role: "tranche" });
    const event = await database.db.auditEvent.findFirstOrThrow({ where: { action: "aid-figure.confirm" } });
    expect(event).toMatchObject({ actorLabel: editor.actorLabel, targetType: "aid-figure", targetId: `${ref.articleId}/${ref.mentionKey}` });
    expect(event.before).toMatchObject({ state: "unreviewed", version: 0 });
    expect(event.after).toMatchObject({ state: "confirmed", version: 1, surface: "1亿美元" });
  });

  it("corrects amount, currency and parties; the values follow at the same day's rates", async () => {
    const fields = { ...extracted, amount: 5e8, currency: "EUR", donor: "European Union" };
    const outcome = await reviewAidFigure(database.db, { ...ref, expectedVersion: 1, action: { kind: "correct", fields } }, editor);
    expect(outcome).toMatchObject({ state: "corrected", version: 2, changed: ["amount", "currency", "donor"] });
    const row = await figure();
    expect(Number(row.eurValue)).toBe(5e8);
    expect(Number(row.usdValue)).toBe(5e8 * 1.0985);
    expect(row.donor).toBe("European Union");
  });

  it("refuses a change made on a stale version with a typed conflict that says what is current", async () => {
    const error = await reviewAidFigure(database.db, { ...ref, expectedVersion: 1, action: { kind: "reject" } }, other).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AidFigureError);
    expect(error).toMatchObject({ code: "AID_FIGURE_CONFLICT", current: { version: 2, state: "corrected" } });
    expect((await figure()).reviewState).toBe("corrected");
  });

  it("of two editors deciding at once from the same version, exactly one wins", async () => {
    const results = await Promise.allSettled([
      reviewAidFigure(database.db, { ...ref, expectedVersion: 2, action: { kind: "reject" } }, editor),
      reviewAidFigure(database.db, { ...ref, expectedVersion: 2, action: { kind: "confirm" } }, other),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
    expect(failed.reason).toMatchObject({ code: "AID_FIGURE_CONFLICT" });
    expect((await figure()).reviewVersion).toBe(3);
  });

  it("undoes step by step back to unreviewed, never undoing an undo", async () => {
    let version = (await figure()).reviewVersion;
    const states: string[] = [];
    for (let step = 0; step < 3; step++) {
      const outcome = await undoAidFigureReview(database.db, { ...ref, expectedVersion: version }, editor);
      version = outcome.version;
      states.push(outcome.state);
    }
    expect(states).toEqual(["corrected", "confirmed", "unreviewed"]);
    expect(await figure()).toMatchObject({ reviewState: "unreviewed", donor: "United States", currency: "USD" });
    await expect(undoAidFigureReview(database.db, { ...ref, expectedVersion: version }, editor)).rejects.toMatchObject({ code: "AID_FIGURE_NOTHING_TO_UNDO" });
    expect(await database.db.auditEvent.count({ where: { action: "aid-figure.undo" } })).toBe(3);
  });

  it("rejects a figure: it stays listed but is no longer counted", async () => {
    const version = (await figure()).reviewVersion;
    await reviewAidFigure(database.db, { ...ref, expectedVersion: version, action: { kind: "reject" } }, editor);
    expect(await figure()).toMatchObject({ reviewState: "rejected", role: "rejected" });
  });

  it("treats an edit that changes nothing as a confirmation, and normalises a non-aid correction", async () => {
    const target = await database.db.aidFigure.findFirstOrThrow({ where: { amount: 2e8 } });
    const flaggedRef = { articleId: target.articleId, mentionKey: target.mentionKey };
    const outcome = await reviewAidFigure(database.db, { ...flaggedRef, expectedVersion: 0, action: { kind: "correct", fields: { ...extracted, amount: 2e8, donor: null } } }, editor);
    expect(outcome.state).toBe("confirmed");
    const second = await reviewAidFigure(database.db, { ...flaggedRef, expectedVersion: 1, action: { kind: "correct", fields: { ...extracted, amount: 2e8, isAid: false } } }, editor);
    expect(second.fields).toMatchObject({ isAid: false, aidType: null, status: "unknown" });
    expect((await database.db.aidFigure.findUniqueOrThrow({ where: { articleId_mentionKey: flaggedRef } })).role).toBe("not-aid");
  });

  it("says when the figure does not exist", async () => {
    await expect(reviewAidFigure(database.db, { articleId: ref.articleId, mentionKey: "nope.0", expectedVersion: 0, action: { kind: "confirm" } }, editor)).rejects.toMatchObject({
      code: "AID_FIGURE_NOT_FOUND",
    });
  });
});
