import type { Database } from "@newsdesk/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../../auth/session-user";
import { articleIdByTitle, callerAs, createTestUser, importTestArticles, openTestDatabase } from "../../testing/router-test-kit";

let database: Database;
let viewer: SessionUser;
let editor: SessionUser;
let admin: SessionUser;
let articleId: string;

const title = "美国宣布对乌克兰新援助";
const body = [
  "美国国防部周三宣布向乌克兰提供价值4亿美元的新一轮军事援助。",
  "自战争开始以来，美国已向乌克兰提供了约770亿美元的援助。",
  "欧盟承诺向乌克兰提供5亿欧元的人道主义援助。",
  "德国将向乌克兰提供1亿欧元（约1.1亿美元）的军事援助。",
  "乌克兰政府拨款50亿格里夫纳用于重建。",
].join("</p><p>");

/** ECB layout, the seed's week (2023-11-27 … 2023-12-01). */
const ratesCsv = [
  "Date,USD,JPY,GBP,",
  "2023-12-01,1.0886,160.45,0.86145,",
  "2023-11-30,1.0931,161.26,0.86518,",
  "2023-11-29,1.0985,161.85,0.86623,",
  "2023-11-28,1.0967,161.73,0.86730,",
  "2023-11-27,1.0957,162.45,0.87000,",
].join("\n");

function ratesForm(text: string, name = "eurofxref-hist.csv"): FormData {
  const form = new FormData();
  form.set("file", new File([text], name, { type: "text/csv" }));
  return form;
}

beforeAll(async () => {
  database = await openTestDatabase();
  viewer = await createTestUser(database.db, "viewer");
  editor = await createTestUser(database.db, "editor");
  admin = await createTestUser(database.db, "admin");
  await importTestArticles(database.db, [{ title, body, published: "Wed, 29 Nov 2023 22:43:38 GMT" }]);
  articleId = await articleIdByTitle(database.db, title);
});
afterAll(async () => {
  await database?.close();
});

const as = (user: SessionUser | null) => callerAs(database.db, user).caller;
const query = { q: "乌克兰" };

describe("exchangeRates router", () => {
  it("refuses the import to editors, and a file that is not in the ECB layout", async () => {
    await expect(as(editor).exchangeRates.import(ratesForm(ratesCsv))).rejects.toMatchObject({ code: "FORBIDDEN" });
    const error = await as(admin).exchangeRates.import(ratesForm("Day,USD\n2023-11-29,1.1\n")).catch((e: unknown) => e);
    expect(error).toMatchObject({ appCode: "INVALID_RATES_FILE", details: { code: "NOT_ECB_LAYOUT", line: 1 } });
  });

  it("imports an admin's ECB file, re-values the figures, and lists coverage and history to anyone", async () => {
    const summary = await as(admin).exchangeRates.import(ratesForm(ratesCsv));
    expect(summary).toMatchObject({ days: 5, values: 15, from: "2023-11-27", to: "2023-12-01", currencies: ["USD", "JPY", "GBP"] });
    expect(summary.figuresUpdated).toBeGreaterThanOrEqual(6);
    expect((await as(viewer).exchangeRates.coverage()).map((row) => row.currency)).toEqual(["GBP", "JPY", "USD"]);
    expect((await as(viewer).exchangeRates.imports())[0]).toMatchObject({ fileName: "eurofxref-hist.csv", actorLabel: admin.email });
  });
});

describe("aidFigures router", () => {
  it("lists the queue to a viewer, but only editors decide", async () => {
    const page = await as(viewer).aidFigures.queue({ query });
    expect(page.items.map((item) => item.surface)).toContain("4亿美元");
    // The hryvnia figure names no recipient: flagged, so first.
    expect(page.items[0]).toMatchObject({ surface: "50亿格里夫纳", reviewNeeded: true, conversion: "no-rate-for-currency" });
    const figure = page.items.find((item) => item.surface === "4亿美元")!;
    await expect(as(viewer).aidFigures.confirm({ articleId, mentionKey: figure.mentionKey, expectedVersion: 0 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(as(null).aidFigures.queue({ query })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("charts count tranches once: the cumulative total apart, the written conversion not again, hryvnias left out", async () => {
    const charts = await as(viewer).aidFigures.charts({ query, params: { currency: "USD", groupBy: "donor", granularity: "month" } });
    expect(charts.timeline.periods).toEqual(["2023-11"]);
    const byDonor = Object.fromEntries(charts.timeline.series.map((series) => [series.key, series.total]));
    expect(byDonor["United States"]).toBe(4e8);
    expect(byDonor["Germany"]).toBeCloseTo(1e8 * 1.0985, 2);
    expect(charts.cumulative).toEqual([expect.objectContaining({ donor: "United States", recipient: "Ukraine", value: 77e9 })]);
    expect(charts.coverage).toMatchObject({ equivalents: 1, leftOut: [expect.objectContaining({ currency: "UAH", count: 1, amount: 5e9 })] });
  });

  it("corrects a figure (audited), and the chart follows; a stale version is a conflict; undo restores", async () => {
    const { items } = await as(editor).aidFigures.queue({ query });
    const figure = items.find((item) => item.surface === "4亿美元")!;
    const corrected = await as(editor).aidFigures.correct({
      articleId,
      mentionKey: figure.mentionKey,
      expectedVersion: 0,
      fields: { ...figure.extracted, aidType: "military", amount: 1.23e10, recipient: "Moldova", status: "committed" },
    });
    expect(corrected).toMatchObject({ reviewState: "corrected", reviewVersion: 1, recipient: "Moldova", usdValue: 1.23e10 });
    const matrix = (await as(viewer).aidFigures.charts({ query })).matrix;
    expect(matrix.cells).toContainEqual(expect.objectContaining({ donor: "United States", recipient: "Moldova", value: 1.23e10 }));
    const drill = await as(viewer).aidFigures.drill({ query, drill: { role: "tranche", donor: "United States", recipient: "Moldova" } });
    expect(drill.items.map((item) => item.sentence)).toEqual(["美国国防部周三宣布向乌克兰提供价值4亿美元的新一轮军事援助。"]);

    const stale = await as(editor).aidFigures.reject({ articleId, mentionKey: figure.mentionKey, expectedVersion: 0 }).catch((e: unknown) => e);
    expect(stale).toMatchObject({ code: "CONFLICT", appCode: "AID_FIGURE_CONFLICT", details: { version: 1, state: "corrected" } });

    const undone = await as(editor).aidFigures.undo({ articleId, mentionKey: figure.mentionKey, expectedVersion: 1 });
    expect(undone).toMatchObject({ reviewState: "unreviewed", reviewVersion: 2, recipient: "Ukraine", amount: 4e8 });
    await expect(as(editor).aidFigures.undo({ articleId, mentionKey: figure.mentionKey, expectedVersion: 2 })).rejects.toMatchObject({ appCode: "NOTHING_TO_UNDO" });
    const audit = await database.db.auditEvent.findMany({ where: { targetType: "aid-figure" }, orderBy: { at: "asc" } });
    expect(audit.map((event) => [event.action, event.actorLabel])).toEqual([
      ["aid-figure.correct", editor.email],
      ["aid-figure.undo", editor.email],
    ]);
  });

  it("confirms and rejects, drops reviewed figures from the queue and counts them", async () => {
    const { items } = await as(editor).aidFigures.queue({ query });
    const euro = items.find((item) => item.surface === "5亿欧元")!;
    const hryvnia = items.find((item) => item.surface === "50亿格里夫纳")!;
    await as(editor).aidFigures.confirm({ articleId, mentionKey: euro.mentionKey, expectedVersion: euro.reviewVersion });
    const rejected = await as(editor).aidFigures.reject({ articleId, mentionKey: hryvnia.mentionKey, expectedVersion: hryvnia.reviewVersion });
    expect(rejected.role).toBe("rejected");
    const after = await as(editor).aidFigures.queue({ query });
    expect(after.items.map((item) => item.surface)).not.toContain("5亿欧元");
    expect(await as(viewer).aidFigures.counts({ query })).toMatchObject({ confirmed: 1, rejected: 1, needsReview: 0 });
    const reopened = await as(editor).aidFigures.reopen({ articleId, mentionKey: euro.mentionKey, expectedVersion: 1 });
    expect(reopened.reviewState).toBe("unreviewed");
  });

  it("validates corrections and refuses a figure that does not exist", async () => {
    const { items } = await as(editor).aidFigures.queue({ query });
    const figure = items[0]!;
    await expect(
      as(editor).aidFigures.correct({ articleId, mentionKey: figure.mentionKey, expectedVersion: figure.reviewVersion, fields: { ...figure.extracted, aidType: null, status: "unknown", currency: "dollars" } }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(as(editor).aidFigures.confirm({ articleId, mentionKey: "nope.0", expectedVersion: 0 })).rejects.toMatchObject({ appCode: "NOT_FOUND" });
    expect(await as(viewer).aidFigures.parties()).toMatchObject({ donors: expect.arrayContaining(["United States", "Germany"]) });
  });
});
