import type { ArticleBlock } from "../schema/article-block.js";
import type { KnownSource } from "../sources/known-sources.js";
import { CREDIT_PLACES, openingByline } from "./opening-byline.js";

export interface AuthorClues {
  /** Byline above the date div ("纪思道", "KONEY BAI,KONEY BAI", "任琛（摘编）"). */
  byline: string;
  /** `author:` of the front matter (often the feed's name rather than a person). */
  frontMatterAuthor: string;
  /** Tags and categories of the front matter: an author equal to one of them is the feed's name. */
  feedNames: readonly string[];
  source: KnownSource | null;
  blocks: readonly ArticleBlock[];
  /** Who posted the article on the site (China Digital Times' footer), the last resort. */
  poster: string | null;
}

/** A role note after a byline: （摘编）, (编译), （综合报道）. */
const ROLE_NOTE = /\s*[（(](?:摘编|摘編|编译|編譯|综合|綜合|综合报道|綜合報導|整理|报道|報導|撰稿|翻译|翻譯|采访记者|採訪記者)[）)]\s*$/;
/** The name in Latin letters after the Chinese one: BBC's "安德鲁•沃克（Andrew Walker）". */
const LATIN_GLOSS = /(?<=[\u4e00-\u9fff])\s*[（(][A-Za-z][A-Za-z .'’-]*[）)]$/;
/** What precedes a name in a byline: DW's literal "null" for an empty field, "采访记者：". */
const BYLINE_PREFIX = /^(?:null\s+|(?:采访记者|採訪記者|记者|記者|作者|文)\s*[：:]\s*)/i;
const GENERIC_AUTHOR = /^(?:unknown|admin|anonymous|editor|staff|none|null|n\/a|匿名|佚名|本报记者|本報記者)$/i;
/** "作者：端点星的宇宙好友", "文 | 许章润", "文 / 李承鹏", Reuters' "作者 宿泱韫", "特约评论员：江上风" in the first paragraphs. */
const AUTHOR_LINE = /^(?:(?:作者|撰文|撰稿|文|口述作者|特约评论员|特約評論員)\s*[：:|｜/]\s*([^\n，。,]{1,40})|作者\s+([\u4e00-\u9fff]{2,4}))$/;
/**
 * A reporters' line among the first paragraphs: "记者 | 黄子懿", "记者：吕熙 文海欣 责编：胡力汉 …". Only with a
 * bar or the editors after it: an interview's "记者：好的" is a turn, not a credit.
 */
const REPORTERS_LINE = /^(?:记者|記者)\s*(?:[|｜]\s*([^\n，。,：:]{2,40})$|[：:]\s*([^\n，。,：:]{2,40}?)\s+(?:责编|責編|网编|網編)[：:\s])/;
/** What stands around a name on such a line: "本刊记者 卫毅 发自北京", "洛河 （前NGO工作者）", "中华人民共和国公民 王全璋". */
const NAME_ROLE_BEFORE = /^(?:本刊记者|本报记者|本報記者|特约记者|特約記者|实习记者|見習記者|\S{5,}(?:公民|记者|記者|学者|學者|律师|律師))\s+/;
const NAME_ROLE_AFTER = /\s*(?:[（(][^（）()]{1,20}[）)]|发自\S{1,8}|發自\S{1,8})$/;
/** RFA's closing "（记者：韩洁   责编：申铧   网编：洪伟）" and "自由亚洲电台记者黄春梅 台北报道". */
const REPORTER_NOTE = new RegExp(
  String.raw`(?:^|[（(\s])记者[：:]\s*([^\s\u3000：:（）()，,、。！？!?]{2,12})(?=[\s\u3000）)]|$)` +
    String.raw`|自由亚洲电台记者([^\s\u3000，,]{2,3}?)(?:[\s\u3000]+[^\s\u3000]{1,8}|(?:${CREDIT_PLACES}))?报道` +
    String.raw`|^(?:记者|記者)\s+([^\s;；，,]{2,10})\s*[;；]`,
  "m",
);
/**
 * RFA's closing staff credit in its other forms: "自由亚洲电台记者 夏小华、李宗翰 台北报导 责编 胡力汉 网编 瑞哲",
 * "自由亚洲电台记者蔡凌巴黎报导 责编：嘉远", "记者刘少风 郑日尧 责编 …", "（记者 夏小华；责编 …）",
 * "自由亚洲电台 柳泉报道". The names end where a place and 报导/报道, or the editors' 责编/网编, begin.
 */
const STAFF_CREDIT = new RegExp(
  `^[（(]?(?:自由亚洲电台\\s*(?:记者)?|记者|記者)\\s*[：:]?\\s*([\\u4e00-\\u9fff]{2,3}(?:[\\s、]+[\\u4e00-\\u9fff]{2,3})*?)` +
    `\\s*(?:(?:${CREDIT_PLACES})?\\s*(?:报导|报道|報導|報道)|[；;]?\\s*(?:责编|責編|网编|網編))`,
  "m",
);

/** BBC's closing "（撰稿：叶靖斯 责编：萧尔）" (an ideographic space between), "（撰稿：李文/责编：萧尔）". */
const WRITER_NOTE = /[（(]撰稿[：:]\s*([\u4e00-\u9fff]{2,4})(?=[\s\u3000/／、，,；;）)])/;

/**
 * A Taiwanese wire dateline opening the article: "（中央社記者吳佳蓉台北5日電）", "（中央社記者陳偉婷、楊舒晴台北5日電）".
 * The names run into the place, so the place must be one of the usual ones; "（中央社台北5日電）" names no one.
 */
const WIRE_DATELINE =
  /^[（(](?:中央社|中央通訊社)記者([^（）()\d]{2,24}?)(?:台北|臺北|新北|桃園|台中|臺中|台南|臺南|高雄|基隆|新竹|嘉義|花蓮|宜蘭|屏東|苗栗|彰化|南投|雲林|台東|臺東|金門|馬祖|澎湖|香港|澳門|東京|大阪|首爾|北京|上海|華盛頓|紐約|洛杉磯|舊金山|休士頓|芝加哥|多倫多|溫哥華|倫敦|巴黎|柏林|布魯塞爾|日內瓦|維也納|羅馬|莫斯科|新加坡|吉隆坡|曼谷|雅加達|馬尼拉|河內|胡志明市|新德里|雪梨|墨爾本|奧克蘭|耶路撒冷|杜拜)\d{1,2}日(?:專)?電[）)]/;

/**
 * A closing credit of writer / editor and sources, as DW writes it: "张筠青/乐然（德新社、路透社)",
 * "乐然（综合报道）", "凝炼 / 李鱼（德新社）", "雨涵、洪沙（法新社、路透社）", "文山/王凡/(法兰克福汇报等)". The first name is the writer's.
 */
const CLOSING_CREDIT =
  /^([\u4e00-\u9fff]{2,4})\s*(?:[/／、]\s*[\u4e00-\u9fff]{2,4}\s*)*[/／]?\s*[（(]\s*(?:据)?[^（）()\n]{0,30}(?:社|报道|报导|報導|報道|通讯|通訊|汇报|匯報|报等|報等)[^（）()\n]{0,20}[）)]$/;

/** A writer's name opening a standfirst (see KnownSource.standfirstAuthor): "许知远：", "约翰•普兰德：". */
const STANDFIRST_WRITER = /^([\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}[·•][\u4e00-\u9fff·•]{1,10})：/;

/** What follows a name on an 作者： line: "作者：码头水鬼2 来源：我无法呼吸". */
const AFTER_NAME = /\s+(?:来源|來源|来自|來自|编辑|編輯|责编|責編|翻译|翻譯|原文|链接|連結)[：:].*$/;

/**
 * The article's author, from the best clue available: the byline of the date div, an "作者：" line,
 * a front matter author that is a person rather than the feed's name, a reporter note at the end.
 */
export function findAuthor(clues: AuthorClues): string | null {
  const byline = cleanByline(clues.byline);
  if (byline && !isInstitution(byline, clues.source)) return byline;

  for (const block of clues.blocks.slice(0, 5)) {
    for (const line of block.text.split("\n")) {
      const trimmed = line.trim();
      const match = AUTHOR_LINE.exec(trimmed);
      const reporters = match === null ? REPORTERS_LINE.exec(trimmed) : null;
      const written = match?.[1]?.replace(AFTER_NAME, "") ?? match?.[2] ?? reporters?.[1] ?? reporters?.[2];
      const name = written === undefined ? "" : namesOfLine(written);
      if (name) return name;
    }
  }

  const opening = openingByline(clues.blocks);
  if (opening) return opening;

  for (const block of clues.blocks.slice(0, 2)) {
    const names = WIRE_DATELINE.exec(block.text)?.[1];
    if (names) return names.split(/[、，,]/).map((name) => name.trim()).filter((name) => name !== "").join(", ");
  }

  if (clues.source?.standfirstAuthor) {
    const first = clues.blocks.find((block) => block.type === "paragraph");
    const writer = first === undefined ? undefined : STANDFIRST_WRITER.exec(first.text)?.[1];
    if (writer) return writer;
  }

  // A note on the writer closing the article names the writer, whoever the feed says posted it
  // (China Digital Times' front matter author is its poster): "(本文作者程映虹系…)", "长平\n时事评论员".
  const noted = writerNoteAtEnd(clues.blocks);
  if (noted) return noted;

  // ChinaFile's "Samantha Hoffman, Fergus Ryan & more": the names the feed had room for.
  const fm = clues.frontMatterAuthor.trim().replace(/\s*&\s*more$/i, "").replace(/\s+&\s+/g, ", ");
  if (fm && !isFeedName(fm, clues)) return fm;

  // From the last block back: the credit line closes the article, and an interview's last question
  // ("记者：谢谢您接受我的采访。") may stand just before it.
  const closing = [...clues.blocks].reverse().find((block) => block.type !== "image" && block.type !== "embed");
  const credit = closing === undefined ? null : CLOSING_CREDIT.exec(closing.text.trim());
  if (credit?.[1]) return credit[1];

  for (const block of clues.blocks.slice(-3).reverse()) {
    const match = REPORTER_NOTE.exec(block.text);
    const name = match?.[1] ?? match?.[2] ?? match?.[3];
    if (name) return name.trim();
    const staff = STAFF_CREDIT.exec(block.text)?.[1];
    if (staff) return staff.split(/[\s、]+/).join(", ");
    const writer = WRITER_NOTE.exec(block.text)?.[1];
    if (writer) return writer;
  }
  return clues.poster;
}

/** "(本文作者程映虹系美国特拉华州立大学历史系教授。)", "本文作者为…". */
const AUTHOR_NOTE = /^[（(]?\s*本文作者\s*([\u4e00-\u9fff]{2,4}?)\s*(?:系|是|为|為|，|,)/;
/** A writer's name and role, or short biography, as the article's last block: "长平\n时事评论员", "长平是中国资深媒体人、时事评论作家，现居德国。". */
const WRITER_BIO =
  /^([\u4e00-\u9fff]{2,4})(?:\s*\n\s*|是|系)[^\n]{0,24}?(?:评论员|評論員|评论作家|評論作家|作家|媒体人|媒體人|学者|學者|记者|記者|教授|律师|律師|研究员|研究員)(?:[，,。][^\n]{0,20})?$/;

/** The writer named by a note or biography among the article's last text blocks, or null. */
function writerNoteAtEnd(blocks: readonly ArticleBlock[]): string | null {
  const text = blocks.filter((block) => block.type !== "image" && block.type !== "embed").slice(-3);
  for (let i = text.length - 1; i >= 0; i--) {
    const block = text[i]!.text.trim();
    const name = AUTHOR_NOTE.exec(block)?.[1] ?? (i === text.length - 1 && block.length <= 80 ? WRITER_BIO.exec(block)?.[1] : undefined);
    if (name) return name;
  }
  return null;
}

/** The name(s) of an author line, without role words; several reporters' names are joined with ", ". */
function namesOfLine(written: string): string {
  const name = written.trim().replace(NAME_ROLE_BEFORE, "").replace(NAME_ROLE_AFTER, "").trim();
  return /^[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})+$/.test(name) ? name.split(/\s+/).join(", ") : name;
}

/** "任琛（摘编）" → "任琛"; "KONEY BAI,KONEY BAI" → "KONEY BAI"; collapses spaces. */
function cleanByline(raw: string): string | null {
  const text = raw.replace(/\s+/g, " ").trim().replace(BYLINE_PREFIX, "").replace(ROLE_NOTE, "").replace(LATIN_GLOSS, "").trim();
  if (/^null$/i.test(text)) return null;
  if (text === "") return null;
  const names = text.split(/\s*[,，、]\s*/).filter((name) => name !== "");
  return [...new Set(names)].join(", ");
}

/** A byline naming the publication rather than a person: "《纽约时报》", "德国之声中文网". */
function isInstitution(byline: string, source: KnownSource | null): boolean {
  if (/^《[^》]+》$/.test(byline)) return true;
  return source !== null && (byline.includes(source.name) || byline === source.nameEn);
}

function isFeedName(author: string, clues: AuthorClues): boolean {
  if (GENERIC_AUTHOR.test(author)) return true;
  const lower = author.toLowerCase();
  // A tag of the same name is the feed's name — but on a site of personal feeds (Medium) the feed is the writer's own.
  if (!clues.source?.personalFeeds && clues.feedNames.some((name) => name.toLowerCase() === lower)) return true;
  const source = clues.source;
  return source !== null && (source.name === author || source.nameEn.toLowerCase() === lower);
}
