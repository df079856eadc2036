import { describe, expect, it } from "vitest";
import { trimToTransliteration } from "./transliteration.js";

describe("trimToTransliteration", () => {
  it.each([
    ["a role no list foresaw", "亚洲部专员巴特勒", "Steven Butler", "巴特勒"],
    ["a verb phrase", "一路预测罗姆尼", "Mitt Romney", "罗姆尼"],
    ["a year", "2014年奥巴马", "Barack Obama", "奥巴马"],
    ["words before the first part of a dotted name", "驻港考察团代办哈维尔·科罗纳·埃雷拉", "Javier Corona Herrera", "哈维尔·科罗纳·埃雷拉"],
    ["a place after its country", "明尼苏达州明尼阿波利斯", "Minneapolis", "明尼阿波利斯"],
    ["a word ending in a character that names also use", "专项康复护士凯特·坦塔姆", "Kate Tantam", "凯特·坦塔姆"],
    ["the end of a word for a person", "人斯塔", "Ken Starr", "斯塔"],
    ["the end of a word for a person before a dotted name", "者爱丽丝·门罗", "Alice Munro", "爱丽丝·门罗"],
    ["a role word in the first part of a dotted name", "受害者彼得·汉弗莱", "Peter Humphrey", "彼得·汉弗莱"],
    ["a verb before a dotted name", "用劳埃德·本特森", "Lloyd Bentsen", "劳埃德·本特森"],
    ["a role word before a one-character first name", "电视名人金·卡戴珊", "Kim Kardashian", "金·卡戴珊"],
    ["words ending in a role word, then a first name of characters no table holds", "加拿大雕塑家如斯·艾伯纳堤", "Ruth Abernethy", "如斯·艾伯纳堤"],
    ["the later of the two cuts", "用户安库什·巴胡古纳", "Ankush Bahuguna", "安库什·巴胡古纳"],
  ])("cuts %s", (_, zh, en, expected) => {
    expect(trimToTransliteration(zh, en)).toBe(expected);
  });

  it.each([
    ["a long name that is all transliteration", "霍多尔科夫斯基", "Mikhail Khodorkovsky"],
    ["a first part of five characters", "克里斯托弗·雷", "Christopher Wray"],
    ["a short name", "蔡英文", "Tsai Ing-wen"],
    ["a Chinese name after words (one transliteration character at most)", "台湾前总统王丹", "Wang Dan"],
    ["an organisation", "美国全球环境基金", "Global Environmental Facility"],
    ["an organisation by its Chinese ending", "印度德里旅馆和餐饮业所有者协会", "Hotel Owners"],
    ["an acronym", "欧洲安全与合作组织", "OSCE"],
    ["a name that starts with 人", "人权观察", "Human Rights Watch"],
    ["a name ending in a character that is no transliteration", "英雄人物拉斐特侯爵", "Marquis de Lafayette"],
    ["a dotted name whose first part has no role word", "理查德·尼克松", "Richard Nixon"],
    ["one character after a role word for a long first name", "名人金·卡戴珊", "Kimberly Kardashian"],
  ])("keeps %s", (_, zh, en) => {
    expect(trimToTransliteration(zh, en)).toBe(zh);
  });
});
