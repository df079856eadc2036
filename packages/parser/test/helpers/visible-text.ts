import { Parser } from "htmlparser2";
import type { ArticleRecord } from "../../src/index.js";

const INVISIBLE = new Set(["script", "style", "noscript", "template", "svg", "button", "select", "option", "textarea", "iframe"]);

/** The text nodes of an HTML body as a reader could see them (no scripts, styles, form controls), whitespace removed. */
export function visibleTextChunks(html: string): string[] {
  const chunks: string[] = [];
  let hidden = 0;
  const parser = new Parser({
    onopentag: (name) => {
      if (INVISIBLE.has(name)) hidden++;
    },
    onclosetag: (name) => {
      if (INVISIBLE.has(name)) hidden--;
    },
    ontext: (text) => {
      // "©" is dropped on both sides: a caption's "… ©Reuters" becomes its text and credit (src/html/caption-reader.ts).
      // A paragraph of markdown bold ("**美国疫情…**", Reuters' subheads) is a heading without its stars.
      const chunk = text.replace(/[\s\u200b\ufeff©]/g, "").replace(/^\*\*([^*].*[^*])\*{2,3}$/, "$1");
      if (hidden === 0 && chunk.length > 1) chunks.push(chunk);
    },
  });
  parser.end(html);
  return chunks;
}

/** Everything of a record a reader gets to see, whitespace removed. */
export function recordVisibleText(record: ArticleRecord): string {
  const parts = [record.title, record.text, record.author ?? "", record.publishedAtDetail?.raw ?? "", ...record.keywords];
  for (const block of record.blocks) {
    if (block.type === "image") parts.push(block.text, block.credit);
    if (block.type === "embed") parts.push(block.text);
  }
  return parts.join("").replace(/[\s\u200b\ufeff©]/g, "");
}

/**
 * Text the parser drops on purpose: the feedx footer, site chrome and boilerplate (see
 * src/html/boilerplate.ts), screen-reader labels, the "...more" of excerpts, bylines it cleans.
 */
export const DROPPED_ON_PURPOSE: readonly RegExp[] = [
  /^获取更多RSS/,
  // opinion disclaimers and desk addresses (VOA talk shows between ===== lines, FT Chinese)
  /^=+$/,
  /并不代表美国之音|仅代表作者(?:个人)?观点|^本文编辑\S{2,4}\S+@ftchinese\.com$/i,
  // a related-reading label with its headline in one paragraph (DW, RFI), VOA's playlist promotion
  /^(?:延伸阅读|延伸閱讀|更多阅读|更多閱讀|相关报道|相關報導)[:：]?/,
  /YouTube播放列表[:：]$|^https?:\/\/bit\.ly\//,
  /feedx\./,
  /^(?:,get_post_time|Permalink|Nocomment|\|Addto|del\.icio\.us|Posttags:|Feedenhancedby|BetterFeed|Ozh|from|中国数字时代)/,
  /for$/,
  /^(?:我们的标准：|汤森路透“信任原则”)$/,
  /^(?:图片版权|图片来源|Imagecaption|广告)/,
  /点击查看本文英文版/,
  /^（欢迎|^点击此处|^订阅|NYT简报|时报中文简报|^。更多关于新冠疫情|^实时更新报道|^。时报关于新冠疫情的|已向读者全部免费开放/,
  /我们将在每个工作日发送最新内容/,
  /^\.\.\.more$/,
  /德国之声版权声明/,
  /^©\d{4}$/,
  /^(?:Thepost|appearedfirston)$/,
  /wasoriginallypublishedin|onMedium,wherepeoplearecontinuing/,
  /訂閱|電子信箱|感謝您的訂閱/,
  /^(?:跳过|结尾)\w*帖子/,
  // VOA talk shows' plugs, FT Chinese's writer note with its disclaimer, CDT's archive links, BBC's video
  // link, The Economist's promotions and picture credits (src/html/boilerplate.ts)
  /^YouTube视频[:：]|时事大家谈》?完整版[:：]|本文仅代表作者|^CDS档案|^使用浏览器播视频|^Digdeeper:|^economist\.com\/|subscribe:$|^(?:Images?|Illustrations?|Photographs?|Pictures?):/i,
  // bylines written twice or with role notes ("KONEY BAI,KONEY BAI", "null 张慈（综合报道）")
  /^(?:[A-Z .]+,[A-Z .]+|null.*|.*（(?:综合报道|摘编|采访记者)）|.*\((?:摘编)\)|采访记者：.*|[^,]+,[^,]+)$/,
  // day-only dates of <time> elements ("Jul30th2020", "2020年6月25日", "1小时前")
  /^[A-Z][a-z]{2}\d{1,2}(?:st|nd|rd|th)\d{4}$|^\d{4}年\d{1,2}月\d{1,2}日$|^\d+(?:小时|分钟)前$|^\d{4}年\d{1,2}月\d{1,2}日凌晨/,
];

/**
 * Paragraphs the parser drops whole as boilerplate (The Economist's print-edition note, podcast links,
 * promotions), cut from the body before it is chunked: their links and entities split them into
 * pieces (a quoted headline, "Spotify") that no chunk pattern can tell from article text.
 */
const BOILERPLATE_PARAGRAPH =
  /<p\b[^>]*>(?:(?!<\/p>)[\s\S])*?(?:section of the print edition|Listen on:|full access to print, digital and audio editions|Some of our covid-19 coverage is free|感谢阅读今天的简报|Dig deeper:)(?:(?!<\/p>)[\s\S])*?<\/p>/g;

/**
 * A related-reading label and the links right after it (CNA's "延伸閱讀" box, China Digital Times'
 * "相关阅读：" with embedded posts): other stories, dropped on purpose (src/record/related-reading.ts).
 */
const RELATED_READING =
  /(?:<(?:p|div|strong)\b[^>]*>\s*)+(?:延伸閱讀|延伸阅读|相关阅读|相關閱讀|相关新闻|相關新聞)\s*[:：]?\s*(?:<\/(?:strong|p|div)>\s*)+(?:(?:<blockquote\b[^>]*>\s*)?(?:<p\b[^>]*>\s*)?(?:<a\b[^>]*>(?:(?!<\/a>)[\s\S])*<\/a>\s*)+(?:<\/p>\s*)?(?:<\/blockquote>\s*)?)+/g;

/**
 * Lists whose every item is one link to another story of the article's own site (RFA's three headlines
 * after the lead, BBC's related stories): dropped on purpose (src/record/related-reading.ts).
 */
function storyLinkLists(articleUrl: string): RegExp {
  const host = new URL(articleUrl).hostname.replace(/^(?:www\d*|m)\./, "").replace(/\./g, "\\.");
  const bold = "(?:</?(?:b|strong)>\\s*)*";
  const item = `${bold}<li\\b[^>]*>\\s*${bold}<a\\b[^>]*href="https?://(?:https?//)?(?:(?:www\\d*|m)\\.)?${host}/[^"]*"[^>]*>(?:(?!</a>)[\\s\\S])*</a>\\s*${bold}</li>\\s*${bold}`;
  return new RegExp(`(?:<(ul|ol)\\b[^>]*>\\s*(?:${item})+</\\1>\\s*)+`, "g");
}

/** DW's gallery of another story: its label, then pictures each with its caption text (src/record/related-reading.ts). */
const GALLERY =
  /<(h\d|p)\b[^>]*>\s*(?:<(?:strong|b)>\s*)?(?:相关图集|相關圖集)\s*[:：](?:(?!<\/\1>)[\s\S])*<\/\1>\s*(?:<div\b[^>]*>\s*<img\b[^>]*>(?:(?!<\/div>)[\s\S])*<\/div>\s*)+/g;

export function withoutBoilerplateParagraphs(html: string, articleUrl?: string): string {
  const cut = html
    .replace(BOILERPLATE_PARAGRAPH, "")
    .replace(RELATED_READING, "")
    .replace(GALLERY, "")
    // WordPress cards of embedded posts and BBC's media-player notice: site chrome (src/html/element-rules.ts).
    .replace(/<blockquote class="wp-embedded-content"[\s\S]*?<\/blockquote>/g, "")
    .replace(/<div class="player-with-placeholder__caption">[^<]*<\/div>/g, "")
    // Captions: of an image they are its text (counted there), of BBC's video player they are dropped.
    .replace(/<figcaption\b[\s\S]*?<\/figcaption>|<div class="media-with-caption__caption[^"]*">[^<]*<\/div>/g, "")
    // RFI's link to another story after the article: "其它 / <headline>" (src/html/boilerplate.ts).
    .replace(/<p>\s*(?:<strong>)?\s*<a\b[^>]*>其它<\/a>\s*\/\s*<a\b[^>]*>[^<]*<\/a>\s*(?:<\/strong>)?\s*<\/p>/g, "")
    // The Economist's byline (it becomes the author) and dateline: page metadata.
    .replace(/<p\b[^>]*(?:itemProp="byline"|data-test-id="Dateline")[^>]*>[^<]*<\/p>/g, "");
  // CNA's story code after the closing credit ("（編輯：楊凱翔）1090929") and NYT's prompt to follow the
  // writer ("欢迎在Twitter上关注他 <a>@ChuBailiang</a>。"), cut by the parser too.
  const uncoded = cut
    .replace(/(?<=[）)])\s*1\d{6}(?=\s*<)/g, "")
    .replace(/欢迎在(?:<[^>]*>|[^。<]){0,120}?上关注(?:他|她|他们)(?:<[^>]*>|[^。<]){0,200}?。/g, "");
  return articleUrl === undefined ? uncoded : uncoded.replace(storyLinkLists(articleUrl), "");
}
