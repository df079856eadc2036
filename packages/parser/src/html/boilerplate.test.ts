import { describe, expect, it } from "vitest";
import { dropBoilerplateLines, dropBoilerplatePrefix, isBoilerplateBlock, isReadOnLink, readPostTags, readPoster } from "./boilerplate.js";

describe("boilerplate", () => {
  it.each([
    "获取更多RSS：\nhttps://feedx.net\nhttps://feedx.run",
    "https://feedx.net https://feedx.xyz",
    "Feed enhanced by Better Feed from Ozh",
    "The post FT – 北京要求审查阿里反垄断报道 appeared first on 中国数字时代.",
    "我们的标准：汤森路透“信任原则”",
    "© 2020年 德国之声版权声明：本文所有内容受到著作权法保护",
    "© 2020 AFP",
    "（注：本文仅代表作者个人观点。本文编辑邮箱 fang.wang@ftchinese.com）",
    "本文编辑徐瑾 Jin.Xu@FTChinese.com",
    "《时事大家谈》YouTube播放列表：http://bit.ly/VOAIO-youtube",
    "=====\n嘉宾和观众听众发表的都是个人观点，并不代表美国之音。\n=====",
    "感谢阅读今天的简报，新读者请点击此处订阅。点击这里查看往日更新。欢迎在Twitter(@nytchinese)、Instagram和Facebook上关注我们。",
    'This article appeared in the China section of the print edition under the headline "Peering through the smoke"',
    "Listen on: Apple Podcasts | Spotify | Google | Stitcher | TuneIn",
    "For full access to print, digital and audio editions of The Economist, subscribe here www.economist.com/intelligenceoffer",
    "Medium 移民指南 was originally published in 飛步出品 on Medium, where people are continuing the conversation by highlighting and responding to this story.",
    "YouTube视频：北京疫情复燃 新冠二次攻击来临？",
    "本期时事大家谈完整版：中共下决心解决挨骂问题，战狼外交会奏效吗？",
    "（作者系瑞银财富管理亚太区首席投资总监。本文仅代表作者观点。责任编辑邮箱：Tao.feng@ftchinese.com）",
    "CDS档案 | 李文亮",
    "CDS档案｜新冠病毒事件总汇",
    "使用浏览器播视频/view video in browser",
    "跳过 Twitter 帖子, 1",
    "其它 / 中国自2019第三次判加拿大公民死刑",
    "Dig deeper:\nSign up and listen to Checks and Balance, our weekly newsletter and podcast on American politics",
    "Images: Getty",
    "ILLUSTRATIONS: LUIS GRAÑENA",
    "獲取更多RSS：\nhttps://feedx.net",
    "更多RSS订阅：https://feedx.net https://feedx.xyz",
    "This article was originally published on The Conversation.",
    "This story first appeared in ProPublica.",
    "This article was originally published on The Conversation. Read the original article.",
  ])("drops the block %j", (text) => {
    expect(isBoilerplateBlock(text)).toBe(true);
  });

  it.each([
    "The print edition of the paper reported the vote.",
    "This article was first published in 1990, he said, and it changed everything.",
    "他说RSS：不是feedx.net的问题，而是订阅的问题。",
    "摘译自其它媒体，不代表德国之声观点",
    "记者 雷美珍；审校 屈桂娟",
    "The post office was closed.",
    "（完）",
    "其它设备还包括火星地表磁场探测器和一个气候探测仪。",
    "Images of the protest spread quickly. Police said nothing.",
  ])(
    "keeps the article text %j",
    (text) => {
      expect(isBoilerplateBlock(text)).toBe(false);
      expect(dropBoilerplateLines(`${text}\nMore text.`)).toBe(`${text}\nMore text.`);
    },
  );

  it.each([
    ["Continue reading on Medium »", true],
    ["Continue reading on 飛步出品 »", true],
    ["Read more", true],
    ["阅读全文", true],
    ["Read more about the aid package in our earlier report on the vote.", false],
    ["继续阅读前，请注意本文涉及敏感内容。", false],
  ])("reads %j as a link to the rest of the article: %s", (text, expected) => {
    expect(isReadOnLink(text)).toBe(expected);
  });

  it("drops boilerplate lines and keeps the rest of the block", () => {
    expect(dropBoilerplateLines("纪思道自2001年成为时报专栏作家。\n翻译：纽约时报中文网\n点击查看本文英文版。")).toBe(
      "纪思道自2001年成为时报专栏作家。\n翻译：纽约时报中文网",
    );
    expect(dropBoilerplateLines("© 一朵后浪 for 中国数字时代, get_post_time('Y'). |Permalink |No comment |Add todel.icio.us\nPost tags: 司法不公, 池慎刚")).toBe("");
  });

  it("cuts the NYT plug and keeps the sentence that shares its paragraph", () => {
    expect(dropBoilerplatePrefix("（欢迎点击此处订阅NYT简报，我们将在每个工作日发送最新内容至您的邮箱。）香港——现在，选举舞弊来了。")).toBe(
      "香港——现在，选举舞弊来了。",
    );
    expect(dropBoilerplatePrefix("（欢迎点击此处订阅NYT简报，我们将在每个工作日发送最新内容至您的邮箱。）")).toBe("");
    expect(dropBoilerplatePrefix("（完）")).toBe("（完）");
  });

  it.each([
    ["…將於下月公布。（編輯：楊凱翔）1090929", "…將於下月公布。（編輯：楊凱翔）"],
    ["（譯者：中央社陳韻聿/核稿：林治平）1090810", "（譯者：中央社陳韻聿/核稿：林治平）"],
    ["他說，電話是（02）2345678", "他說，電話是（02）2345678"],
    ["（編輯：楊凱翔）1091399", "（編輯：楊凱翔）1091399"],
    ["在2012年加入《纽约时报》之前，他是路透社的一名记者。欢迎在Twitter上关注他 @ChuBailiang。", "在2012年加入《纽约时报》之前，他是路透社的一名记者。"],
    ["她是驻北京记者。欢迎在Twitter和Facebook上关注她。", "她是驻北京记者。"],
    ["他在Twitter上说：“欢迎。”", "他在Twitter上说：“欢迎。”"],
  ])("cuts CNA's story code and NYT's follow prompt: %j", (line, expected) => {
    expect(dropBoilerplatePrefix(line)).toBe(expected);
  });

  it("reads China Digital Times' footer", () => {
    const footer = "© 一朵后浪 for 中国数字时代, get_post_time('Y'). |Permalink |No comment\nPost tags: 司法不公, 池慎刚";
    expect(readPostTags(footer)).toEqual(["司法不公", "池慎刚"]);
    expect(readPoster(footer)).toBe("一朵后浪");
  });
});
