import { describe, expect, it } from "vitest";
import { readDate } from "./date-styles.js";

describe("readDate", () => {
  it.each([
    // style, site zone, expected UTC, zone said, assumed, precision
    ["Wed, 29 Nov 2023 22:43:38 GMT", "America/New_York", "2023-11-29T22:43:38.000Z", "GMT", false, "second"],
    ["Sun, 28 Jun 2020 16:28:07 +0000", "UTC", "2020-06-28T16:28:07.000Z", "+0000", false, "second"],
    ["Mon, 6 Jul 2020 09:00:00 -0400", "UTC", "2020-07-06T13:00:00.000Z", "-0400", false, "second"],
    ["2020-06-29T14:58:06.315Z", "Europe/Berlin", "2020-06-29T14:58:06.315Z", "Z", false, "second"],
    ["2020-07-20T19:22:17+08:00", "UTC", "2020-07-20T11:22:17.000Z", "+08:00", false, "second"],
    ["2020-07-20 19:22:17", "Asia/Shanghai", "2020-07-20T11:22:17.000Z", "Asia/Shanghai", true, "second"],
    ["2020-06-24T09:38:51", "UTC", "2020-06-24T09:38:51.000Z", "UTC", true, "second"],
    ["2020年 7月 20日", "Europe/London", "2020-07-19T23:00:00.000Z", "Europe/London", true, "day"],
    ["2020年7月20日 18:05", "Asia/Taipei", "2020-07-20T10:05:00.000Z", "Asia/Taipei", true, "minute"],
    ["20/07/2020 - 17:50", "Europe/Paris", "2020-07-20T15:50:00.000Z", "Europe/Paris", true, "minute"],
    ["27/01/2020 - 15:02", "Europe/Paris", "2020-01-27T14:02:00.000Z", "Europe/Paris", true, "minute"],
    ["2020/07/20 19:22", "Asia/Singapore", "2020-07-20T11:22:00.000Z", "Asia/Singapore", true, "minute"],
    ["Jul 30th 2020", "Europe/London", "2020-07-29T23:00:00.000Z", "Europe/London", true, "day"],
    ["2020-03-08 02:30:00", "America/New_York", "2020-03-08T07:30:00.000Z", "America/New_York", true, "second"],
    ["20.07.2020 17:50", "Europe/Berlin", "2020-07-20T15:50:00.000Z", "Europe/Berlin", true, "minute"],
    ["20 July 2020", "UTC", "2020-07-20T00:00:00.000Z", "UTC", true, "day"],
    ["Monday, July 20, 2020", "UTC", "2020-07-20T00:00:00.000Z", "UTC", true, "day"],
    ["Jul 20, 2020 7:22 PM", "America/New_York", "2020-07-20T23:22:00.000Z", "America/New_York", true, "minute"],
    ["July 20, 2020 12:05 a.m.", "UTC", "2020-07-20T00:05:00.000Z", "UTC", true, "minute"],
    ["发布时间：2020年07月20日 19:22", "Asia/Shanghai", "2020-07-20T11:22:00.000Z", "Asia/Shanghai", true, "minute"],
    ["Updated: 2020-07-20 19:22", "UTC", "2020-07-20T19:22:00.000Z", "UTC", true, "minute"],
    ["2020-07-20 19:22（北京时间）", "Europe/Berlin", "2020-07-20T11:22:00.000Z", "Asia/Shanghai", false, "minute"],
    ["20 Jul 2020 19:22 GMT+8", "UTC", "2020-07-20T11:22:00.000Z", "+08:00", false, "minute"],
    ["2020-07-20T19:22:17+08:00 (UTC+8)", "UTC", "2020-07-20T11:22:17.000Z", "+08:00", false, "second"],
    // the same family's other ways (date-text.ts)
    ["2020-7-20", "UTC", "2020-07-20T00:00:00.000Z", "UTC", true, "day"],
    ["2020-7-2 9:05", "Asia/Shanghai", "2020-07-02T01:05:00.000Z", "Asia/Shanghai", true, "minute"],
    ["2020-07-20 星期一", "Asia/Shanghai", "2020-07-19T16:00:00.000Z", "Asia/Shanghai", true, "day"],
    ["2020年7月20日（周一）19:22", "Asia/Taipei", "2020-07-20T11:22:00.000Z", "Asia/Taipei", true, "minute"],
    ["2020年7月20日 星期一 下午7:22", "Asia/Shanghai", "2020-07-20T11:22:00.000Z", "Asia/Shanghai", true, "minute"],
    ["2020年7月20日晚上7点22分", "Asia/Shanghai", "2020-07-20T11:22:00.000Z", "Asia/Shanghai", true, "minute"],
    ["2020年7月20日 上午12:05", "UTC", "2020-07-20T00:05:00.000Z", "UTC", true, "minute"],
    ["2020年7月20日 中午12点", "UTC", "2020-07-20T12:00:00.000Z", "UTC", true, "minute"],
    ["2020年7月20日 20點", "UTC", "2020-07-20T20:00:00.000Z", "UTC", true, "minute"],
    ["二〇二〇年七月二十日", "UTC", "2020-07-20T00:00:00.000Z", "UTC", true, "day"],
    ["二○二○年十二月三十一日", "UTC", "2020-12-31T00:00:00.000Z", "UTC", true, "day"],
    ["2020/07/20 7:22 PM", "America/New_York", "2020-07-20T23:22:00.000Z", "America/New_York", true, "minute"],
    ["07/20/2020", "America/New_York", "2020-07-20T04:00:00.000Z", "America/New_York", true, "day"],
    ["07/20/2020 19:22", "UTC", "2020-07-20T19:22:00.000Z", "UTC", true, "minute"],
    ["Jul 20, 2020 19:22", "UTC", "2020-07-20T19:22:00.000Z", "UTC", true, "minute"],
    ["Jul 20, 2020 7:22 PM EDT", "UTC", "2020-07-20T23:22:00.000Z", "EDT", false, "minute"],
    ["Mon Jul 20 2020 19:22:17 GMT+0800", "UTC", "2020-07-20T11:22:17.000Z", "+08:00", false, "second"],
    ["Mon Jul 20 2020 19:22:17 GMT+0200 (Central European Summer Time)", "UTC", "2020-07-20T17:22:17.000Z", "+02:00", false, "second"],
  ])("reads %s in %s", (raw, zone, iso, writtenZone, assumed, precision) => {
    const read = readDate(raw, zone);
    expect(read).not.toBeNull();
    expect(new Date(read?.ms ?? 0).toISOString()).toBe(iso);
    expect(read?.zone).toBe(writtenZone);
    expect(read?.zoneAssumed).toBe(assumed);
    expect(read?.precision).toBe(precision);
  });

  it.each(["", "yesterday", "2020-13-01", "31/02/2020 - 10:00", "Wed, 29 Foo 2023 22:43:38 GMT", "2020-07-20T25:00:00", "x".repeat(100), "Jul 20, 2020 13:22 PM", "2020-07-20 GMT+15",
    "2020/07/20 13:22 PM", "2020年7月20日 下午13点", "二〇二〇年十三月一日", "13/13/2020", "Jul 20, 2020 19:22 XYZ", "星期一下午"])(
    "refuses %j",
    (raw) => {
      expect(readDate(raw, "UTC")).toBeNull();
    },
  );
});
