import { describe, expect, it } from "vitest";
import { trimToOrganisationStart } from "./organisation-start.js";

describe("trimToOrganisationStart", () => {
  it.each([
    ["a preposition", "因美国石油协会", "美国石油协会"],
    ["a time", "今年四月美国疾病控制中心", "美国疾病控制中心"],
    ["a clause", "项计划只限于有英国海外国民护照", "英国海外国民护照"],
    ["a verb before a region", "猪流感非属世界动物卫生组织", "世界动物卫生组织"],
    ["Traditional script", "以致美國國家標準技術研究所", "美國國家標準技術研究所"],
  ])("cuts %s", (_, zh, expected) => {
    expect(trimToOrganisationStart(zh)).toBe(expected);
  });

  it.each([
    ["a name that opens with its place", "中国国际电视台"],
    ["a place named twice", "伊朗半官方媒体伊朗学生通讯社"],
    ["a name whose place follows 驻", "驻美国台北经济文化代表处"],
    ["a name whose place follows 国立", "国立台湾大学"],
    ["a name without a place", "严重急性呼吸系统综合征"],
    ["a place with too little after it", "访问美国"],
    ["a place too far in", "这是一个长长的句子里面的美国石油协会"],
  ])("keeps %s", (_, zh) => {
    expect(trimToOrganisationStart(zh)).toBe(zh);
  });
});
