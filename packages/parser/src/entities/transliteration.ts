import { NAME_DOT_CHARS, ORGANISATION_ENDINGS } from "./name-boundaries.js";

/**
 * Where a transliterated foreign name starts. Chinese writes foreign names with a small set of
 * characters (Xinhua's transliteration tables: 布林肯, 斯托尔滕贝格, 罗姆尼), so when the lead-in rules
 * leave words before a name that no list foresaw ("亚洲部专员巴特勒", "一路预测罗姆尼", "驻港考察团代办哈维尔·
 * 科罗纳"), the run of transliteration characters just before the name tells where it starts.
 * No library covers this: dictionaries for Chinese word segmentation (jieba and the like) are tens of
 * megabytes, and they do not know most foreign names either.
 */

/**
 * Characters of Xinhua's transliteration tables for English, French, German, Spanish, Russian and
 * Arabic names, Simplified and Traditional, and the usual extra ones for women's names (丽, 娜, 莎 …).
 * Left out on purpose: characters that are far more often the end of a word standing before a name
 * than part of one (得 "使得", 于 "于是", 自 "来自", 理 "总理", 高 "最高", 士 "护士", 英, 美). Some that are both
 * are in, as leaving them out cut real names short (山 亚历山德罗, 多 霍多尔科夫斯基, 门 门德斯, 明 明尼阿波利斯).
 */
const TRANSLITERATION_CHARS = new Set(
  (
    "阿埃艾爱愛安昂奥奧巴芭白拜班邦保鲍鮑贝貝本比彼毕畢别別宾賓波玻伯泊博勃布查达達戴黛丹当當" +
    "道德登邓鄧狄迪蒂帝丁顿頓东東朵俄厄鄂恩尔爾法范凡菲斐费費芬丰豐冯馮佛夫弗伏福富盖蓋甘冈岡" +
    "戈哥格葛根贡貢古瓜圭桂哈海汉漢豪赫黑亨洪侯胡霍基吉济濟加迦贾賈杰傑捷金津喀卡凯凱坎康考柯" +
    "科克肯库庫夸奎昆拉腊臘莱萊赖賴兰蘭朗劳勞勒雷蕾黎里裏裡丽麗利莉连連廉列林琳琉柳龙龍卢盧鲁" +
    "魯路伦倫罗羅洛马馬玛瑪迈邁麦麥曼芒梅蒙米密缅緬莫默姆穆纳納娜乃奈南楠内內妮尼涅聂聶宁寧" +
    "纽紐努诺諾欧歐帕派潘庞龐佩彭皮珀朴普奇齐齊契恰乔喬切钦欽琴琼瓊丘让讓热熱荣榮茹瑞若萨薩塞" +
    "赛賽桑瑟森沙莎杉绍紹舍申什施史舒斯松苏蘇索塔泰坦汤湯唐陶特提廷汀图圖托陀瓦万萬旺威韦韋" +
    "维維温溫沃乌烏伍锡錫希西席夏谢謝辛欣休修徐逊遜雅亚亞扬揚耶叶葉伊依因尤约約翰泽澤扎詹兹" +
    "茲佐卓琪丝絲薇娅婭露雯茜蕊蓓琦历歷山多门門文明仁滕茨符音秋朱季杜烈摩卜肖华華培敦易撒"
  ).split(""),
);
/** Whether a character is one transliterated names are written with (默克尔's 尔). */
export function isTransliterationChar(ch: string): boolean {
  return TRANSLITERATION_CHARS.has(ch);
}

/** Last characters of words for people (发言人, 作者, 他们): never the first of a name. */
const PERSON_WORD_ENDINGS = new Set("人者们們".split(""));

/**
 * Last characters of words for people and roles (受害者, 名人, 老板, 预测师, 雕塑家, 医疗官, 留学生, 球员,
 * 彭博社) and of the verbs seen right before a name (战胜, 看, 用, 过). Transliteration never writes
 * them, so in the first part of a dotted name (受害者彼得·汉弗莱) one of them ends the words before it.
 */
const ROLE_WORD_ENDINGS = new Set("者人们們师師家员員官商社生板手胜勝看用过過".split(""));

/**
 * What separates the parts of a transliterated name: dots (安东尼·布林肯), the ASCII full stop some write
 * (范.荷伦), the hyphen of a double name (克劳斯-迪特尔•弗里切).
 */
const NAME_DOTS = new RegExp(`[${NAME_DOT_CHARS}.\\-－]`);

/** English that reads as a person's or a place's name: one to four capitalised words. */
const PERSON_OR_PLACE =
  /^(?:(?:\p{Lu}\p{Ll}+\.?|\p{Lu}\.|(?:de|da|van|von|der|den|bin|al|le|la|du|el)|\p{Lu}\p{Ll}*[-'’]\p{Lu}?\p{Ll}+|Mc\p{Lu}\p{Ll}+)(?:\s+|$)){1,4}$/u;
/** Words that make an English name an organisation's, a work's or an event's. */
const NOT_A_PERSON =
  /\b(?:Authority|Commission|Corporation|Corp|Environmental|Facility|Federation|Global|Inc|International|National|Organi[sz]ation|Services?|Systems|Act|Agency|Airlines|Alliance|Association|Bank|Capital|Center|Centre|Church|City|Club|College|Committee|Company|Council|County|Court|Daily|Festival|Foundation|Fund|Group|Holdings|Institute|Journal|Law|League|Magazine|Media|Ministry|Movement|Network|News|Office|Party|Post|Press|Project|Review|School|Society|Street|Studies|Times|Tribune|Union|University)\b/;

/** The name without words before its transliteration, when they can be told apart; else unchanged. */
export function trimToTransliteration(zh: string, en: string): string {
  if (!PERSON_OR_PLACE.test(en) || NOT_A_PERSON.test(en) || ORGANISATION_ENDINGS.test(zh)) return zh;
  const start = zh.length - trimmedByRun(zh).length;
  // Of the two cuts, the later one: each only ever removes words before the name.
  const dot = zh.search(NAME_DOTS);
  const afterRole = dot > 0 ? afterRoleWord(zh.slice(0, dot), en) : 0;
  return zh.slice(Math.max(start, afterRole));
}

/** `zh` less the words before the run of transliteration characters that ends its first part. */
function trimmedByRun(zh: string): string {
  const dot = zh.search(NAME_DOTS);
  // The part before the first dot (or the whole name) is one transliterated word; a name of five or
  // more characters without dots, or a first part of five or more, is suspect — few are that long
  // (克里斯托弗 is, and is kept: all its characters are transliteration characters).
  const head = dot < 0 ? zh : zh.slice(0, dot);
  // Two characters of a word before a name of two (兄弟|约翰·P·施米茨, 医生|肖恩·杜利): none of the first
  // two starts or continues a transliteration, both of the last two do. (Asian names of four characters —
  // 岸田文雄, 麻生太郎 — do not end in two of them.)
  if (head.length === 4 && !isTransliterated(head, 0, 2) && isTransliterated(head, 2, 4, true)) return zh.slice(2);
  if (head.length < 5) {
    // The end of a word for a person that no list holds (…人斯塔, 作…者爱丽丝·门罗): no name starts so
    // (人权观察 does, but 权 starts no transliteration).
    const cut = head.length >= 3 && PERSON_WORD_ENDINGS.has(head[0] ?? "") && TRANSLITERATION_CHARS.has(head[1] ?? "");
    return cut ? zh.slice(1) : zh;
  }
  let start = head.length;
  while (start > 0 && TRANSLITERATION_CHARS.has(head[start - 1] ?? "")) start--;
  // The whole head is transliteration, or too little of it is to be a name.
  if (start === 0 || head.length - start < 2) return zh;
  return zh.slice(start);
}

/**
 * Where a dotted name starts after a role word or verb in its first part (see ROLE_WORD_ENDINGS), or 0:
 * at least two characters must be left, or one for a first name of up to four letters (乔 Joe, 金 Kim,
 * 丹 Dan, 李 Li).
 */
function afterRoleWord(head: string, en: string): number {
  let i = head.length - 1;
  while (i >= 0 && !ROLE_WORD_ENDINGS.has(head[i] ?? "")) i--;
  if (i < 0) return 0;
  const left = head.length - i - 1;
  const firstWord = /^\S+/.exec(en)?.[0] ?? "";
  return left >= 2 || (left === 1 && firstWord.replace(/\W/g, "").length <= 4) ? i + 1 : 0;
}

/** Whether all (`all`) or any of the characters of `text` from `start` to `end` are transliteration characters. */
function isTransliterated(text: string, start: number, end: number, all = false): boolean {
  for (let i = start; i < end; i++) {
    if (TRANSLITERATION_CHARS.has(text[i] ?? "") !== all) return !all;
  }
  return all;
}
