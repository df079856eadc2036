import { describe, expect, it } from "vitest";
import { articleRecordSchema, parse } from "../src/index.js";
import { corpusFile } from "./helpers/corpus.js";

const SEED = "seed/000_ebadd0a474f263cc.txt";
const record = parse(corpusFile(SEED), { file: "000_ebadd0a474f263cc.txt" });

describe("the seed file (VOA 中文, 2023-11-29)", () => {
  it("is a valid F1 record", () => {
    expect(articleRecordSchema.parse(record)).toEqual(record);
    expect(record.format).toBe("F1");
    expect(record.file).toBe("000_ebadd0a474f263cc.txt");
    expect(record.warnings).toEqual([]);
  });

  it("has its title, URL, identity and source", () => {
    expect(record.title).toBe("布林肯：北约支持乌克兰“没有疲劳感”");
    expect(record.url).toBe("https://www.voachinese.com/a/blinken-no-fatigue-in-nato-support-of-ukraine-20231129/7377600.html");
    expect(record.canonicalUrl).toBe(record.url);
    expect(record.id).toMatch(/^[0-9a-f]{64}$/);
    expect(record.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(record.source).toEqual({ domain: "www.voachinese.com", name: "美国之音", nameEn: "VOA Chinese", known: true });
  });

  it("has its archive and publication times", () => {
    expect(record.archivedAt).toBe("2023-11-29T22:59:03.000Z");
    expect(record.publishedAt).toBe("2023-11-29T22:43:38.000Z");
    expect(record.publishedAtDetail).toEqual({
      raw: "Wed, 29 Nov 2023 22:43:38 GMT",
      origin: "date-div",
      zone: "GMT",
      zoneAssumed: false,
      precision: "second",
    });
  });

  it("is Simplified Chinese with no byline", () => {
    expect(record.language).toBe("zh");
    expect(record.script).toBe("Hans");
    expect(record.author).toBeNull();
  });

  it("has the de-proxied lead image with its caption and AP credit", () => {
    expect(record.image).toEqual({
      url: "https://gdb.voanews.com/01000000-c0a8-0242-c324-08dbf0f17998_r1_s_w900.jpg",
      proxiedUrl: "https://images.weserv.nl?url=gdb.voanews.com/01000000-c0a8-0242-c324-08dbf0f17998_r1_s_w900.jpg",
      caption:
        "2023年11月29日，美国国务卿布林肯和乌克兰外交部长库列巴在布鲁塞尔北约总部举行的北约乌克兰问题外长会议期间举行新闻发布会。（美联社照片）",
      credit: "AP",
      creditText: "美联社",
    });
  });

  it("splits the body into the image, paragraphs and the two subheadings", () => {
    const types = record.blocks.map((b) => b.type);
    expect(types[0]).toBe("image");
    expect(record.blocks.filter((b) => b.type === "heading").map((b) => b.text)).toEqual(["最终的成员国地位", "北马其顿"]);
    expect(types.filter((t) => t === "paragraph")).toHaveLength(27);
    expect(record.blocks[1]?.text).toBe(
      "美国国务卿安东尼·布林肯（Antony Blinken）周三（11月29日）表示，美国对乌克兰有 “强劲的两党支持”，并认为北约盟国在乌克兰抗击俄罗斯的战争进入第二个冬天时对继续提供支持 “没有疲劳感”。",
    );
    // "<br /><br />" inside one <p> separates paragraphs.
    expect(record.blocks[3]?.text.startsWith("布林肯表示，自战争开始以来，美国已向乌克兰提供了约770亿美元的援助")).toBe(true);
  });

  it("has the plain text without the feedx footer", () => {
    expect(record.text).not.toMatch(/获取更多RSS|feedx/);
    expect(record.text.startsWith("美国国务卿安东尼·布林肯（Antony Blinken）周三")).toBe(true);
    expect(record.text.endsWith("以允许更多的人道主义援助进入加沙，并释放更多的人质。")).toBe(true);
    expect(record.text).toContain("\n\n最终的成员国地位\n\n");
    expect(record.charCount).toBe([...record.text.replace(/\s/g, "")].length);
    expect(record.links).toEqual([]);
  });

  it("has the bilingual name pairs", () => {
    expect(record.entities).toEqual([
      { zh: "安东尼·布林肯", en: "Antony Blinken" },
      { zh: "弗拉基米尔·普京", en: "Vladimir Putin" },
      { zh: "德米特罗·库列巴", en: "Dmytro Kuleba" },
      { zh: "延斯·斯托尔滕贝格", en: "Jens Stoltenberg" },
      { zh: "弗拉基米尔·泽连斯基", en: "Volodymyr Zelenskyy" },
      { zh: "欧洲安全与合作组织", en: "OSCE" },
      { zh: "布贾尔·奥斯马尼", en: "Bujar Osmani" },
      { zh: "谢尔盖·拉夫罗夫", en: "Sergei Lavrov" },
    ]);
  });

  it("has no front matter lists", () => {
    expect(record.tags).toEqual([]);
    expect(record.categories).toEqual([]);
    expect(record.keywords).toEqual([]);
  });

  it("is stable: the same bytes give the same record", () => {
    expect(parse(corpusFile(SEED), { file: "000_ebadd0a474f263cc.txt" })).toEqual(record);
  });
});
