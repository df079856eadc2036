import { describe, expect, it } from "vitest";
import { readImageCredit } from "./image-credit.js";

describe("readImageCredit", () => {
  it.each([
    ["2023年11月29日，美国国务卿布林肯在布鲁塞尔举行新闻发布会。（美联社照片）", "", "AP", "美联社"],
    ["加建了不少营地建筑。（路透社）", "", "Reuters", "路透社"],
    ["资料图片：2017年5月，港元纸币。REUTERS/Thomas White", "", "Reuters", "REUTERS/Thomas White"],
    ["A protester in Hong Kong. (AP Photo/Kin Cheung)", "", "AP", "AP Photo/Kin Cheung"],
    ["法國財政部長勒麥爾(Bruno Le Maire)。(圖：勒麥爾臉書)", "", "勒麥爾臉書", "勒麥爾臉書"],
    ["台灣重要文史專家莊永明7日辭世。（迪化二0七博物館提供）", "", "迪化二0七博物館", "迪化二0七博物館"],
    ["示威者在街头。（法新社图片）", "", "AFP", "法新社"],
    ["Some caption", "Getty Images", "Getty Images", "Getty Images"],
    ["", "Yuan Zheng—FeatureChina via AP", "AP", "Yuan Zheng—FeatureChina via AP"],
    ["上海街头。图片来源：视觉中国", "", "VCG", "视觉中国"],
    ["台湾政府为台港服务交流办公室揭牌（美国之音李玟仪摄） 台湾大陆委员会主委陈明通抨击北京", "", "VOA", "美国之音李玟仪"],
    ["湖南异议人士陈思明在株洲举牌纪念六四。（陈思明微信）", "", "陈思明微信", "陈思明微信"],
    ["台湾百年老牌大同公司在台湾以平民家电闻名（大同公司脸书）", "", "大同公司脸书", "大同公司脸书"],
    ["上海街头。（资料图/法新社）", "", "AFP", "法新社"],
    ["汽车整车制造。（美联社资料图片）", "", "AP", "美联社"],
    ["家属声明拒绝官派律师（微博截图）", "", "微博", "微博"],
    ["李眉蓁鞠躬道歉。(截图自李眉蓁脸书)", "", "李眉蓁脸书", "李眉蓁脸书"],
    ["出版社出版，面向海内外发行。 新华社记者 李贺 摄", "", "Xinhua", "新华社记者 李贺"],
    ["住宅楼已基本完工。李晓芳/摄", "", "李晓芳", "李晓芳"],
    ["逃過被拆除或都更命運。中央社記者徐肇昌攝 109年8月8日", "", "CNA", "中央社記者徐肇昌"],
    ["Photo by Duangphorn Wiriya on Unsplash", "", "Unsplash", "Photo by Duangphorn Wiriya on Unsplash"],
    ["Photo by Jane Doe", "", "Jane Doe", "Photo by Jane Doe"],
    ["拜登在白宫讲话。AFP via Getty Images", "", "AFP", "AFP via Getty Images"],
    ["拜登在白宫讲话。 图片：欧新社", "", "EPA", "欧新社"],
    ["拜登在白宫讲话。（资料照片，美联社）", "", "AP", "美联社"],
  ])("%s | %s → %s", (caption, element, credit, creditText) => {
    expect(readImageCredit(caption, element)).toEqual({ credit, creditText });
  });

  it.each([["会议现场。（视频截图）"], ["图为世界卫生组织标识。（资料照片）"], ["美国国务院发言人。（资料照）"], ["（资料图片）"], ["两人的照片（合成图）"], ["贝鲁特港，摄于周三。"], ["在印度海得拉巴拍摄"], ["图：拜登在白宫讲话"]])(
    "finds no credit in %s: it says what kind of picture it is, or is no credit",
    (caption) => {
      expect(readImageCredit(caption, "")).toBeNull();
    },
  );

  it.each([
    "资料照片：一名示威者手持旗帜参加在香港的抗议活动。(2020年6月12日)",
    "法國財政部長勒麥爾(Bruno Le Maire)",
    "波茨坦塞西利安霍夫宫（Schloss Cecilienhof）",
    "APPLE 的新手机",
    "",
  ])("finds no credit in %j", (caption) => {
    expect(readImageCredit(caption, "")).toBeNull();
  });
});
