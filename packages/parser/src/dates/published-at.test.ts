import { describe, expect, it } from "vitest";
import { type DateCandidate, pickPublishedAt, pickPublishedAtOrFromUrl } from "./published-at.js";

const RFA = new URL("https://www.rfa.org/mandarin/yataibaodao/gangtai/ac-06262020055033.html");
const NO_DATE_URL = new URL("https://www.dw.com/zh/x/a-53965493");
const ZONE = "America/New_York";

describe("pickPublishedAt", () => {
  it("takes the first candidate with a time of day over an earlier day-only one", () => {
    const candidates: DateCandidate[] = [
      { raw: "2020年6月25日", origin: "date-div" },
      { raw: "Thu, 25 Jun 2020 21:45:29 GMT", origin: "date-line" },
    ];
    expect(pickPublishedAt(candidates, ZONE).publishedAt?.detail).toMatchObject({ origin: "date-line", precision: "second" });
  });

  it("takes the body's day over a front matter date of a later day (the feed's update), not of the same day", () => {
    const later: DateCandidate[] = [
      { raw: "2020-11-06T20:59:49Z", origin: "front-matter" },
      { raw: "2020年11月5日", origin: "body-byline" },
    ];
    expect(pickPublishedAt(later, "Europe/London").publishedAt).toMatchObject({
      iso: "2020-11-05T00:00:00.000Z",
      detail: { origin: "body-byline", precision: "day" },
    });
    const sameDay: DateCandidate[] = [
      { raw: "2020-11-05T20:59:49Z", origin: "front-matter" },
      { raw: "2020年11月5日", origin: "body-byline" },
    ];
    expect(pickPublishedAt(sameDay, "Europe/London").publishedAt?.detail.origin).toBe("front-matter");
  });

  it.each([
    ["an earlier time stamp of the site", "2020-07-31T10:14:34Z", "2020-07-31T10:14:34.000Z", "body-byline", "second"],
    ["a later one (a print edition's day)", "2020-08-01T10:14:34Z", "2020-07-31T13:09:46.000Z", "front-matter", "second"],
    ["a stamp on the hour of the same day (a day written as a time)", "2020-07-31T04:00:00Z", "2020-07-31T13:09:46.000Z", "front-matter", "second"],
    ["a stamp on the hour of an earlier day", "2020-07-30T00:00:00Z", "2020-07-30T00:00:00.000Z", "body-byline", "day"],
  ])("against the front matter's time, a body <time> that is %s", (_name, body, iso, origin, precision) => {
    const candidates: DateCandidate[] = [
      { raw: "2020-07-31T13:09:46Z", origin: "front-matter" },
      { raw: body, origin: "body-byline" },
    ];
    expect(pickPublishedAt(candidates, "Europe/London").publishedAt).toMatchObject({ iso, detail: { origin, precision } });
  });

  it("reports candidates it cannot read", () => {
    const result = pickPublishedAt([{ raw: "sometime last week", origin: "front-matter" }], ZONE);
    expect(result.publishedAt).toBeNull();
    expect(result.unreadable.map((c) => c.origin)).toEqual(["front-matter"]);
  });
});

describe("pickPublishedAtOrFromUrl", () => {
  it("prefers any date of the file to the address's", () => {
    const result = pickPublishedAtOrFromUrl([{ raw: "2020-06-26", origin: "date-line" }], RFA, ZONE);
    expect(result.publishedAt?.detail.origin).toBe("date-line");
  });

  it("falls back to the address's time stamp, read in the site's zone, with the stamp as written", () => {
    const result = pickPublishedAtOrFromUrl([], RFA, ZONE);
    expect(result.publishedAt).toEqual({
      iso: "2020-06-26T09:50:33.000Z",
      detail: { raw: "06262020055033", origin: "url", zone: ZONE, zoneAssumed: true, precision: "second" },
    });
  });

  it.each([
    ["an earlier time stamp in the address beats the front matter's (feed) time", "2020-06-26T11:40:00.000Z", "url"],
    ["a later one does not", "2020-06-26T09:00:00.000Z", "front-matter"],
  ])("%s", (_name, frontMatter, origin) => {
    const result = pickPublishedAtOrFromUrl([{ raw: frontMatter, origin: "front-matter" }], RFA, ZONE);
    expect(result.publishedAt?.detail.origin).toBe(origin);
  });

  it("lets a day-only date in the address never beat the front matter's time", () => {
    const dated = new URL("https://www.zaobao.com/realtime/china/story20200620-1063070");
    const result = pickPublishedAtOrFromUrl([{ raw: "2020-06-20T11:40:00.000Z", origin: "front-matter" }], dated, "Asia/Singapore");
    expect(result.publishedAt?.detail.origin).toBe("front-matter");
  });

  it("still reports an unreadable candidate when the address gives the date", () => {
    const result = pickPublishedAtOrFromUrl([{ raw: "??", origin: "date-line" }], RFA, ZONE);
    expect(result.publishedAt?.detail.origin).toBe("url");
    expect(result.unreadable).toHaveLength(1);
  });

  it("gives null when neither the file nor the address has a date", () => {
    expect(pickPublishedAtOrFromUrl([], NO_DATE_URL, ZONE).publishedAt).toBeNull();
  });
});
