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
  ])("reads %s in %s", (raw, zone, iso, writtenZone, assumed, precision) => {
    const read = readDate(raw, zone);
    expect(read).not.toBeNull();
    expect(new Date(read?.ms ?? 0).toISOString()).toBe(iso);
    expect(read?.zone).toBe(writtenZone);
    expect(read?.zoneAssumed).toBe(assumed);
    expect(read?.precision).toBe(precision);
  });

  it.each(["", "yesterday", "2020-13-01", "31/02/2020 - 10:00", "Wed, 29 Foo 2023 22:43:38 GMT", "2020-07-20T25:00:00", "x".repeat(100), "Jul 20, 2020 13:22 PM", "2020-07-20 GMT+15"])(
    "refuses %j",
    (raw) => {
      expect(readDate(raw, "UTC")).toBeNull();
    },
  );
});
