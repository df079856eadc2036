/**
 * Text-level boilerplate that the archiving service (feedx) and the sites add around articles. Blocks
 * are tested whole; lines of multi-line blocks one by one, so that "翻译：纽约时报中文网" survives while
 * the "点击查看本文英文版。" line after it goes.
 */

/** Whole blocks that are never article text. */
const BOILERPLATE_BLOCKS: readonly RegExp[] = [
  // feedx.net footer: "获取更多RSS：https://feedx.net https://feedx.xyz"
  /^[获獲]取更多\s*RSS/i,
  // Any other wording of the feed's plug, when it names a feedx address: "更多RSS订阅：https://feedx.net".
  /^[^\n]{0,20}RSS[^\n]{0,10}[：:]\s*(?:https?:\/\/)?feedx\.[a-z]{2,6}\S*(?:\s+(?:https?:\/\/)?feedx\.[a-z]{2,6}\S*)*$/i,
  // A syndicated post's note on where it first ran: "This article was originally published on The Conversation."
  // Only a short name after it: a sentence of the article may start the same way.
  /^This (?:article|story|post|piece) (?:was )?(?:originally|first) (?:published|appeared) (?:on|in|at|by)\s+[^\n.,，。]{1,80}\.?(?:\s*Read the original article\.?)?$/i,
  /^(?:https?:\/\/)?feedx\.[a-z]{2,6}\/?(?:\s+(?:https?:\/\/)?feedx\.[a-z]{2,6}\/?)*$/i,
  // WordPress "Better Feed" plugin (China Digital Times)
  /^Feed enhanced by Better Feed\b/i,
  /^Permalink\s*\|/i,
  // WordPress feeds: "The post X appeared first on Y."
  /^The post\b[\s\S]{0,600}\bappeared first on\b[\s\S]{0,200}$/i,
  // Medium feeds
  /\bwas originally published in\b[\s\S]{0,300}\bon Medium, where people are continuing the conversation\b/i,
  // Reuters trust-principles badge
  /^(?:我们的标准：)?\s*汤森路透“信任原则”$/,
  /^Our Standards:\s*The Thomson Reuters Trust Principles\.?$/i,
  // DW copyright notice
  /^©\s*\d{4}\s*年?\s*德国之声版权声明/,
  /^©\s*\d{4}\s*Deutsche Welle\b/i,
  // A wire agency's copyright line alone (RFI's "© 2020 AFP" under 80 of its 202 corpus stories)
  /^©\s*\d{4}\s*(?:AFP|Reuters|AP|法新社|路透社?|美联社|美聯社)$/i,
  // NYT Chinese's morning brief sign-off: "感谢阅读今天的简报，新读者请点击此处订阅。…欢迎在Twitter(@nytchinese)…"
  /^感谢阅读今天的简报/,
  // Opinion disclaimers and desk addresses: FT Chinese's "（注：本文仅代表作者个人观点。本文编辑邮箱 …）",
  // "本文编辑徐瑾 Jin.Xu@FTChinese.com", VOA talk shows' "嘉宾和观众听众发表的都是个人观点，并不代表美国之音。"
  /^[（(]?注：本文仅代表作者(?:个人)?观点[^（）()\n]{0,60}[）)]?$/,
  /^本文编辑\S{2,4}\s+\S+@ftchinese\.com$/i,
  /^(?:=+\n)?嘉宾和观众听众发表的都是个人观点，并不代表美国之音。?(?:\n=+)?$/,
  // VOA talk shows' playlist promotion: "《时事大家谈》YouTube播放列表：http://bit.ly/VOAIO-youtube"
  /^《[^》]{1,12}》YouTube播放列表[:：]\s*\S+$/,
  // …and the same programme's other plugs: "YouTube视频：…", "本期时事大家谈完整版：…"
  /^YouTube视频[:：]/,
  /^(?:本期)?《?时事大家谈》?完整版[:：]/,
  // FT Chinese's note on the writer that ends in the disclaimer and the desk's address
  /^[（(][^（）()\n]{0,80}本文仅代表作者(?:个人)?观点[^（）()\n]{0,80}[）)]$/,
  // China Digital Times' links to its archive pages: "CDS档案 | 李文亮", "CDS档案｜新冠病毒事件总汇"
  /^CDS档案(?:\s*[|｜]\s*[^\n]{1,30})?$/,
  // BBC's link to its video page and its screen-reader labels around an embedded post
  /^使用浏览器播视频\/view video in browser$/,
  /^(?:跳过|结尾) \S+ 帖子(?:, \d+)?$/,
  // RFI's link to another story after the article: "其它 / 中国自2019第三次判加拿大公民死刑"
  /^其它 \/ \S[^\n]{0,80}$/,
  // RFI app/newsletter promotions
  /^(?:下载|下載)法广(?:应用|應用)/,
  /^订阅法广/,
  // The Economist: print-edition note, podcast links, subscription and newsletter promotions
  /^This article appeared in the [^\n]{1,60} section of the print edition\b/i,
  /^Listen on:\s*(?:Apple Podcasts|Spotify|Google)/i,
  /^(?:Please subscribe to The Economist for full access|For full access to print, digital and audio editions of The Economist)\b/i,
  /^Editor[’']s note: Some of our covid-19 coverage is free for readers of The Economist Today\b/i,
  /^Dig deeper:\s/,
  /^For access to The Economist[’']s print, digital and audio editions subscribe\b/i,
  /^economist\.com\/\S+$/i,
  // its picture credits set as a line of text: "Images: Getty", "ILLUSTRATIONS: LUIS GRAÑENA"
  /^(?:Images?|Illustrations?|Photographs?|Pictures?)\s*:\s*[^\n.]{1,60}$/i,
];

/** Single lines that are never article text. */
const BOILERPLATE_LINES: readonly RegExp[] = [
  /^点击查看本文英文版。?$/,
  /^點擊查看本文英文版。?$/,
  /^Post tags:/i,
  // China Digital Times: "© 一朵后浪 for 中国数字时代, get_post_time('Y'). |Permalink |No comment |Add to del.icio.us"
  /\|\s*Permalink\s*\|/i,
  /get_post_time\(/,
  /^\.{3}more$/i,
  /^广告$/,
];

/**
 * Boilerplate that shares a paragraph with article text: NYT Chinese's newsletter plug
 * "（欢迎点击此处订阅NYT简报，我们将…邮箱。）香港——…" is cut, the sentence after it kept.
 */
const BOILERPLATE_PREFIXES: readonly RegExp[] = [/^（欢迎点击此处订阅[^（）]{0,200}）\s*/];

/**
 * DW's copyright notice, sometimes run on at the end of the last paragraph; CNA's story code after its
 * editor's credit, a date in the Republic of China calendar ("（編輯：楊凱翔）1090929": 2020-09-29),
 * which ends 49 of the corpus's 50 CNA stories.
 */
const BOILERPLATE_SUFFIXES: readonly RegExp[] = [
  /\s*©\s*\d{4}\s*年?\s*德国之声版权声明[\s\S]{0,200}$/,
  /(?<=[）)])\s*1\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/,
  // NYT Chinese's author notes end in a prompt to follow the writer (about 110 of the 144 corpus stories):
  // "…他是路透社的一名记者。欢迎在Twitter上关注他 @ChuBailiang。"
  /\s*欢迎在Twitter[^。\n]{0,30}?上关注(?:他|她|他们)[^。\n]{0,40}。$/,
];

/** A line that may end in CNA's story code (see BOILERPLATE_SUFFIXES). */
const STORY_CODE_END = /[）)]\s*\d{7}$/;

/** The line without a leading or trailing boilerplate phrase (the line itself when there is none). */
export function dropBoilerplatePrefix(text: string): string {
  let result = text;
  if (result.startsWith("（")) for (const re of BOILERPLATE_PREFIXES) result = result.replace(re, "");
  if (result.includes("©") || result.includes("Twitter") || STORY_CODE_END.test(result)) for (const re of BOILERPLATE_SUFFIXES) result = result.replace(re, "");
  return result;
}

/**
 * One scan for a word that every boilerplate pattern above contains: blocks without any of them (nearly
 * all) skip the pattern-by-pattern tests. Keep it in step with the lists.
 */
const BOILERPLATE_HINT_HAN =
  /[获獲]取更多|信任原则|版权声明|法广|法廣|查看本文英文版|^广告$|欢迎点击此处订阅|^©|欢迎在Twitter|感谢阅读今天的简报|仅代表作者|^本文编辑|并不代表美国之音|YouTube播放列表|YouTube视频|完整版|CDS档案|使用浏览器播视频|帖子|^其它 \//m;
/** The Latin words, apart: a case-insensitive search is slower, and the Chinese words need none. */
const BOILERPLATE_HINT_LATIN =
  /feedx\.|Better Feed|Permalink|get_post_time|appeared first on|originally published|first published|originally appeared|first appeared|Trust Principles|Deutsche Welle|Post tags|more$|print edition|Listen on|full access to print|s note: Some of our covid|Dig deeper|economist\.com|^(?:Images?|Illustrations?|Photographs?|Pictures?)\s*:/im;

/** Whether the text may hold boilerplate at all: callers skip the tests below when it cannot. */
export function mayHoldBoilerplate(text: string): boolean {
  return BOILERPLATE_HINT_HAN.test(text) || BOILERPLATE_HINT_LATIN.test(text) || endsInStoryCode(text);
}

/** CNA's story code ends the block's last line; a test of the last character spares the rest a regex. */
function endsInStoryCode(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last >= 48 && last <= 57 && STORY_CODE_END.test(text);
}

/** Whether a whole block is boilerplate. */
export function isBoilerplateBlock(text: string): boolean {
  return BOILERPLATE_BLOCKS.some((re) => re.test(text));
}

/** The block without its boilerplate lines ("" when nothing is left). */
export function dropBoilerplateLines(text: string): string {
  if (!text.includes("\n")) return BOILERPLATE_LINES.some((re) => re.test(text)) ? "" : text;
  return text
    .split("\n")
    .filter((line) => !BOILERPLATE_LINES.some((re) => re.test(line)) && !isBoilerplateBlock(line))
    .join("\n");
}

/**
 * A feed's link to the rest of the article, alone in its paragraph ("Continue reading on Medium »",
 * "阅读全文"): not article text, and a sign that the file holds only the start of the article.
 */
const READ_ON_LINK =
  /^(?:continue reading(?: on [^\n]{1,40})?|read (?:more|the (?:full|rest of the) (?:article|story))|阅读全文|閱讀全文|查看全文|继续阅读|繼續閱讀)\s*[»›→>…]*\.?$/i;

/** Whether a block is only a link to the rest of the article (see READ_ON_LINK). */
export function isReadOnLink(text: string): boolean {
  return text.length <= 60 && READ_ON_LINK.test(text);
}

/** A trailing "...more" link of feed excerpts (RTI). */
export const EXCERPT_MORE = /(?:\.{3}|…)\s*\.{3}more$/i;
/** Feed excerpts that end in "[…]" (WordPress) or "...more". */
export function looksLikeExcerpt(text: string): boolean {
  return /\[(?:…|&#8230;|\.\.\.)\]$/.test(text) || /\.{3}more$/i.test(text);
}

/** China Digital Times' footer "© 一朵后浪 for 中国数字时代, …" → the name of whoever posted the article. */
export function readPoster(text: string): string | null {
  if (!text.includes("©")) return null;
  const match = /(?:^|\n)©\s*([^\n]{1,40}?)\s+for\s+中国数字时代/.exec(text);
  return match?.[1]?.trim() || null;
}

/** China Digital Times' "Post tags: a, b" footer line → the tags. */
export function readPostTags(text: string): string[] {
  if (!text.includes("Post tags")) return [];
  const match = /(?:^|\n)Post tags:\s*(.+)$/im.exec(text);
  if (!match?.[1]) return [];
  return match[1]
    .split(/\s*,\s*/)
    .map((tag) => tag.trim())
    .filter((tag) => tag !== "");
}
