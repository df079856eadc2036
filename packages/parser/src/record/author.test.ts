import { describe, expect, it } from "vitest";
import type { ArticleBlock } from "../schema/article-block.js";
import { knownSources } from "../sources/known-sources.js";
import { type AuthorClues, findAuthor } from "./author.js";

const paragraph = (text: string): ArticleBlock => ({ type: "paragraph", text, html: text });
const clues = (over: Partial<AuthorClues>): AuthorClues => ({
  byline: "",
  frontMatterAuthor: "",
  feedNames: [],
  source: null,
  blocks: [],
  poster: null,
  ...over,
});

describe("findAuthor", () => {
  it.each<[string, Partial<AuthorClues>, string | null]>([
    ["a date-div byline", { byline: "纪思道" }, "纪思道"],
    ["a byline with a role note", { byline: "任琛（摘编）" }, "任琛"],
    ["a byline with the name in Latin letters", { byline: "安德鲁•沃克（Andrew Walker）" }, "安德鲁•沃克"],
    ["a byline written twice", { byline: "KONEY BAI,KONEY BAI" }, "KONEY BAI"],
    ["DW's null prefix", { byline: "null 张筠青（综合报道）" }, "张筠青"],
    ["an interviewer prefix", { byline: "采访记者： William Yang" }, "William Yang"],
    ["a publication as byline", { byline: "《纽约时报》", source: knownSources["cn.nytimes.com"] ?? null }, null],
    ["the source's own name as byline", { byline: "德国之声中文网", source: knownSources["dw.com"] ?? null }, null],
    ["an 作者 line", { blocks: [paragraph("作者：端点星的宇宙好友"), paragraph("正文")] }, "端点星的宇宙好友"],
    ["an 作者 line with a source", { blocks: [paragraph("作者：码头水鬼2 来源：我无法呼吸")] }, "码头水鬼2"],
    ["a 文 | line", { blocks: [paragraph("许章润，清华大学教授。"), paragraph("文 | 许章润")] }, "许章润"],
    ["a 文 / line", { blocks: [paragraph("文 / 李承鹏")] }, "李承鹏"],
    ["DW's closing credit with 、", { blocks: [paragraph("正文。"), paragraph("雨涵、洪沙（法新社、路透社）")] }, "雨涵"],
    ["DW's closing credit naming newspapers", { blocks: [paragraph("正文。"), paragraph("文山/王凡/(法兰克福汇报等)")] }, "文山"],
    ["a 特约评论员 line", { blocks: [paragraph("特约评论员：江上风"), paragraph("正文。")] }, "江上风"],
    ["front matter authors joined by &", { frontMatterAuthor: "Paul Haenle & Kate Magill" }, "Paul Haenle, Kate Magill"],
    ["a front matter author equal to a tag: the feed's name", { frontMatterAuthor: "维权网", feedNames: ["维权网"] }, null],
    ["…but on Medium the writer's own feed", { frontMatterAuthor: "Huli", feedNames: ["Huli"], source: knownSources["medium.com"] ?? null }, "Huli"],
    ["Reuters' 作者 line without a colon", { blocks: [paragraph("作者 宿泱韫"), paragraph("路透北京7月27日 - 中国6月规模以上工业企业利润同比增长11.5%。")] }, "宿泱韫"],
    ["a closing note on the writer", { blocks: [paragraph("正文。"), paragraph("(本文作者程映虹系美国特拉华州立大学历史系教授。)")] }, "程映虹"],
    ["a closing name and role, over the poster of the front matter", { frontMatterAuthor: "一朵后浪", poster: "一朵后浪", blocks: [paragraph("正文。"), paragraph("长平\n时事评论员")] }, "长平"],
    ["a closing biography", { blocks: [paragraph("正文。"), paragraph("长平是中国资深媒体人、时事评论作家，现居德国。")] }, "长平"],
    ["no biography in a last sentence of the article", { blocks: [paragraph("正文。"), paragraph("因为，知识分子理应是这个社会最后的良心！")] }, null],
    ["an 作者 line with a role before and a place after", { blocks: [paragraph("作者：本刊记者 卫毅 发自北京")] }, "卫毅"],
    ["an 作者 line with a note", { blocks: [paragraph("作者：洛河 （前NGO工作者）")] }, "洛河"],
    ["an 作者 line with a description before the name", { blocks: [paragraph("作者：中华人民共和国公民 王全璋")] }, "王全璋"],
    ["a reporters' line with a bar", { blocks: [paragraph("正文"), paragraph("记者 | 赵晓娟 马越 吴容")] }, "赵晓娟, 马越, 吴容"],
    ["a reporters' line with editors", { blocks: [paragraph("记者：吕熙 文海欣 责编：胡力汉 网编：瑞哲")] }, "吕熙, 文海欣"],
    ["an interview's turn, not a reporters' line", { blocks: [paragraph("记者：好的"), paragraph("正文"), paragraph("正文"), paragraph("正文")] }, null],
    ["FT Chinese's writer opening the standfirst", { source: knownSources["cn.ft.com"] ?? null, blocks: [paragraph("许知远：一些时候，我觉得自己是卡夫卡笔下的K。")] }, "许知远"],
    ["a name and colon opening another site's first paragraph", { blocks: [paragraph("特朗普：美国将退出世卫组织。")] }, null],
    ["a person in the front matter", { frontMatterAuthor: "Courtney Fung", feedNames: ["中参馆"] }, "Courtney Fung"],
    ["ChinaFile's names with '& more'", { frontMatterAuthor: "Samantha Hoffman, Fergus Ryan & more" }, "Samantha Hoffman, Fergus Ryan"],
    ["the feed's name in the front matter", { frontMatterAuthor: "维权网", feedNames: ["维权网", "news"] }, null],
    ["'unknown' in the front matter", { frontMatterAuthor: "unknown" }, null],
    ["RFA's closing note", { blocks: [paragraph("正文"), paragraph("（记者：韩洁 责编：申铧 网编：洪伟）")] }, "韩洁"],
    ["RFA's place line", { blocks: [paragraph("自由亚洲电台记者家傲华盛顿报道")] }, "家傲"],
    ["DW's closing credit", { blocks: [paragraph("正文"), paragraph("张筠青/乐然（德新社、路透社)")] }, "张筠青"],
    ["DW's closing credit, one name", { blocks: [paragraph("正文"), paragraph("乐然（综合报道）")] }, "乐然"],
    ["a closing parenthesis that credits no agency", { blocks: [paragraph("正文"), paragraph("北京（图）")] }, null],
    ["CNA's dateline", { blocks: [paragraph("（中央社記者吳佳蓉台北5日電）台股穩健。")] }, "吳佳蓉"],
    ["CNA's dateline with two reporters", { blocks: [paragraph("（中央社記者陳偉婷、楊舒晴台北15日電）行政院今天表示")] }, "陳偉婷, 楊舒晴"],
    ["CNA's dateline without a reporter", { blocks: [paragraph("（中央社台北5日電）行政院今天表示")] }, null],
    [
      "an interview's last question before the closing note",
      { blocks: [paragraph("答：谢谢。"), paragraph("记者：谢谢您接受我的采访。"), paragraph("记者：家傲 责编：申铧 网编：洪伟")] },
      "家傲",
    ],
    ["an interview's last question alone", { blocks: [paragraph("正文"), paragraph("记者：谢谢您接受本台的采访。")] }, null],
    ["RFA's place line with a space", { blocks: [paragraph("自由亚洲电台记者黄春梅 台北报道 责编 许书婷")] }, "黄春梅"],
    ["RFA's credit with two reporters and a place", { blocks: [paragraph("自由亚洲电台记者 夏小华、李宗翰 台北报导 责编 胡力汉 申铧 网编 瑞哲")] }, "夏小华, 李宗翰"],
    ["RFA's credit with the place run on", { blocks: [paragraph("自由亚洲电台记者蔡凌巴黎报导 责编：嘉远 网编：瑞哲")] }, "蔡凌"],
    ["RFA's credit with editors only after the name", { blocks: [paragraph("记者刘少风 郑日尧 责编 胡力汉、何平 网编：瑞哲")] }, "刘少风, 郑日尧"],
    ["RFA's credit in parentheses", { blocks: [paragraph("（记者 夏小华；责编 许书婷、王允 网编 景铭）")] }, "夏小华"],
    ["RFA's credit without 记者", { blocks: [paragraph("自由亚洲电台 柳泉报道 责编：申铧 网编：瑞哲")] }, "柳泉"],
    ["RFA's editors alone", { blocks: [paragraph("责编：许书婷 责编：王允 网编：景铭")] }, null],
    ["BBC's writer note", { blocks: [paragraph("正文"), paragraph("（撰稿：叶靖斯　责编：萧尔）")] }, "叶靖斯"],
    ["BBC's writer note with a slash", { blocks: [paragraph("（撰稿：李文/责编：萧尔）")] }, "李文"],
    ["a Reuters reporter", { blocks: [paragraph("（完）"), paragraph("记者 雷美珍；审校 屈桂娟")] }, "雷美珍"],
    ["a Reuters editor only", { blocks: [paragraph("发稿 黄斌; 审校 吴云凌")] }, null],
    ["the poster as last resort", { poster: "一朵后浪" }, "一朵后浪"],
  ])("%s", (_name, over, expected) => {
    expect(findAuthor(clues(over))).toBe(expected);
  });
});
