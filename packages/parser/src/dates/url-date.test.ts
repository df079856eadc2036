import { describe, expect, it } from "vitest";
import { readDate } from "./date-styles.js";
import { dateInUrl } from "./url-date.js";

describe("dateInUrl", () => {
  it.each([
    ["RFA's time stamp", "https://www.rfa.org/mandarin/yataibaodao/junshiwaijiao/hj-06252020105631.html", "06252020105631", "2020-06-25T10:56:31"],
    ["a year/month/day path", "https://www.economist.com/china/2020/07/18/the-slug", "2020/07/18", "2020-07-18"],
    ["an eight-digit day segment", "https://cn.nytimes.com/china/20200720/hong-kong-security-law/", "20200720", "2020-07-20"],
    ["an ISO day before a slug", "https://example.blog/2021-03-04-a-post", "2021-03-04", "2021-03-04"],
    ["zaobao's story number", "https://www.zaobao.com/news/china/story20200720-1070000", "20200720", "2020-07-20"],
    ["CNA's story number", "https://www.cna.com.tw/news/aopl/202007200123.aspx", "20200720", "2020-07-20"],
  ])("reads %s", (_, url, raw, local) => {
    expect(dateInUrl(new URL(url))).toEqual({ raw, local });
  });

  it.each([
    ["DW's article id", "https://www.dw.com/zh/%E4%B8%83/a-53965493"],
    ["Reuters' story id", "https://cn.reuters.com/article/idCNKBS24L0XX"],
    ["a month-only path (China Digital Times)", "https://chinadigitaltimes.net/chinese/2020/06/some-slug/"],
    ["an impossible day", "https://example.com/2021/02/30/slug"],
    ["an impossible month in a stamp", "https://www.rfa.org/mandarin/x/hj-13252020105631.html"],
    ["an impossible hour in a stamp", "https://www.rfa.org/mandarin/x/hj-06252020255631.html"],
    ["eight digits that are no date", "https://example.com/items/12345678/"],
    ["a date in the query only", "https://example.com/story?date=2020/07/18/"],
  ])("finds nothing in %s", (_, url) => {
    expect(dateInUrl(new URL(url))).toBeNull();
  });

  it("gives a local time that readDate reads in the site's zone", () => {
    const found = dateInUrl(new URL("https://www.rfa.org/mandarin/x/hj-01152021093000.html"));
    // 15 January: Washington is on standard time, UTC−5.
    expect(readDate(found?.local ?? "", "America/New_York")).toMatchObject({
      ms: Date.parse("2021-01-15T14:30:00Z"),
      precision: "second",
      zoneAssumed: true,
    });
  });
});
