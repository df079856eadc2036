/** The credit of a photo: as written, and the agency's short name when it is a known one. */
export interface ImageCredit {
  /** Canonical short name ("AP"), or the written credit when the agency is not in the table. */
  credit: string;
  /** The credit as written ("美联社", "REUTERS/Thomas White"). */
  creditText: string;
}

/** Agencies and their names in captions, longest names first within each entry. */
const AGENCIES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["AP", ["美联社", "美聯社", "Associated Press", "AP Photo", "AP"]],
  ["Reuters", ["路透社", "路透", "Reuters", "REUTERS"]],
  ["AFP", ["法新社", "AFP PHOTO", "AFP"]],
  ["EPA", ["欧洲新闻图片社", "歐洲新聞圖片社", "欧新社", "歐新社", "EPA-EFE", "EPA"]],
  ["Getty Images", ["盖蒂图片社", "蓋蒂圖片社", "盖帝图像", "Getty Images", "Getty"]],
  ["Xinhua", ["新华社", "新華社", "Xinhua"]],
  ["China News Service", ["中新社", "中新網", "中新网"]],
  ["CNA", ["中央社", "Central News Agency"]],
  ["dpa", ["德新社", "dpa"]],
  ["Bloomberg", ["彭博社", "彭博", "Bloomberg"]],
  ["Kyodo", ["共同社", "Kyodo"]],
  ["Yonhap", ["韩联社", "韓聯社", "Yonhap"]],
  ["VOA", ["美国之音", "美國之音", "VOA"]],
  ["RFA", ["自由亚洲电台", "自由亞洲電台", "RFA"]],
  ["RFI", ["法广", "法廣", "RFI"]],
  ["BBC", ["BBC"]],
  ["VCG", ["视觉中国", "視覺中國", "VCG"]],
  ["Wikimedia Commons", ["维基共享资源", "維基共享資源", "Wikimedia Commons", "Wikipedia", "维基百科", "維基百科"]],
  ["Twitter", ["推特", "Twitter"]],
  ["Facebook", ["脸书", "臉書", "Facebook"]],
  ["Unsplash", ["Unsplash"]],
  ["Pexels", ["Pexels"]],
  ["Pixabay", ["Pixabay", "pixabay"]],
];

const agencyByName = new Map<string, string>();
/** Each name with a matcher: Latin names must stand as words ("AP" not in "APPLE"), CJK names lead the credit. */
const agencyMatchers: Array<{ canonical: string; test: (text: string) => boolean }> = [];
for (const [canonical, names] of AGENCIES) {
  for (const name of names) {
    agencyByName.set(name.toLowerCase(), canonical);
    const latin = /^[\x20-\x7e]+$/.test(name);
    const word = new RegExp(`(^|[^A-Za-z])${name}([^A-Za-z]|$)`);
    agencyMatchers.push({ canonical, test: latin ? (text) => word.test(text) : (text) => text.startsWith(name) });
  }
}

// Trailing "（美联社照片）", "(路透社)", "（圖：勒麥爾臉書）", "（迪化二0七博物館提供）", "（图片来源：X）".
const TRAILING_PAREN =
  /[（(]\s*(?:图片?来源|圖片?來源|图源|圖源|图|圖|照片|相片|攝影|摄影|photo|credit|图片|圖片)?\s*[:：/]?\s*([^（）()]{1,40}?)\s*(?:照片|相片|图片|圖片|(?<!截)图|(?<!截)圖|资料照|資料照|檔案照片?|档案照片?|提供|供图|供圖|摄|攝|photo)?\s*[)）]\s*$/i;
/** A credit naming a social account or website: "（大同公司脸书）", "（SCSPI推特）", "（亚马逊官网）". */
const SOURCE_ACCOUNT = /(?:推特|脸书|臉書|微信|微博|官网|官網|网站|網站|网页|網頁|Twitter|Facebook|Instagram|YouTube|Weibo|WeChat)$/i;
// "REUTERS/Thomas White", "AP Photo/Mark Schiefelbein", "AFP PHOTO / NAME", "路透社/Name"
const AGENCY_SLASH = /(?:^|[\s。.，,])((?:REUTERS|Reuters|AP Photo|AP|AFP PHOTO|AFP|EPA-EFE|EPA|Getty Images|路透社|美联社|法新社)\s*\/\s*[^\s/。()（）][^/。()（）]{0,40})\s*$/;
/** "（美国之音李玟仪摄）" anywhere in a caption: only a photo credit ends in 摄/攝/照片/提供 inside parentheses. */
const INNER_PHOTOGRAPHER = /[（(]\s*([^（）()\d]{2,40}?)\s*(?:摄|攝|拍摄|拍攝|照片|提供)\s*[)）]/;
// "图片来源：X", "圖片來源: X", "Photo: X", "图源：X", "© X"
const LABELLED = /(?:图片来源|圖片來源|图源|圖源|摄影|攝影|Photo(?:graph)?|Image|Credit)\s*[:：]\s*([^。\n]{1,60})$|©\s*([^\n]{1,60})$/i;

/**
 * What kind of picture it is, not who made it: "（资料照片）" (a file photo), "（视频截图）" (a still of a
 * video), "（合成图）" (a composite), "（示意图）".
 */
const PICTURE_KIND = /^(?:(?:资料|資料|档案|檔案)(?:照片?|图片?|圖片?|相片)?|(?:视频|視頻|影片|网络|網絡|网路|網路)?(?:截图|截圖|截屏)|(?:合成|示意)[图圖]?)$/;
/** The kind of picture written with the credit: "资料图/法新社", "网络截图/乔龙", "截图自李眉蓁脸书", "美联社资料图片", "微博截图". */
const KIND_BEFORE = /^(?:(?:资料|資料)(?:图|圖|照|照片|图片|圖片)|(?:网络|網絡|视频|視頻)?(?:截图|截圖))\s*(?:[/／，,、]|自)\s*/;
/** "图片：欧新社" after the caption's text (at its start, "图：" says what the picture shows, not who made it). */
const LABELLED_PICTURE = /[\s。.!！?？]\s*(?:图片|圖片|图|圖)\s*[:：]\s*([^。\n]{1,40})$/;
/** "AFP via Getty Images", "Yuan Zheng/FeatureChina via AP" at the end of a caption. */
const VIA_AGENCY = /(?:^|[\s。.，,])([^\s。.，,()（）][^。，,()（）]{0,40}?\s+via\s+(?:Getty Images|AP|Reuters|AFP|EPA))\s*$/;
const KIND_AFTER = /(?<=\S)\s*(?:资料|資料|截图|截圖)$/;
/** A photographer at the end of a caption, outside parentheses: "新华社记者 李贺 摄", "李晓芳/摄", "中央社記者徐肇昌攝 109年8月8日". */
const TRAILING_PHOTOGRAPHER = /(?:^|[\s。，,])([^\s。，,（）()\d][^。，,（）()\d]{0,24}?)\s*[/／]?\s*(?<!拍)(?:摄|攝)(?:\s*\d{2,4}年\d{1,2}月\d{1,2}日)?\s*$/;

/** Medium's "Photo by Duangphorn Wiriya on Unsplash". */
const PHOTO_BY = /(?:^|\s)(Photo(?:graph)? by [^.\n，。,]{1,60}?)\s*(?:[.，。,]|$)/i;

/**
 * Finds the credit of a photo in its caption or credit element: “（美联社照片）” → AP/美联社,
 * "REUTERS/Thomas White" → Reuters, "(圖：勒麥爾臉書)" → 勒麥爾臉書.
 */
export function readImageCredit(caption: string, creditElement: string): ImageCredit | null {
  const written = creditElement.trim();
  if (written !== "") return { credit: canonicalAgency(written) ?? written, creditText: written };
  const text = caption.trim();
  if (text === "") return null;
  const slash = AGENCY_SLASH.exec(text);
  if (slash?.[1]) {
    const creditText = slash[1].trim();
    return { credit: canonicalAgency(creditText) ?? creditText, creditText };
  }
  const via = VIA_AGENCY.exec(text)?.[1]?.trim();
  if (via) return { credit: canonicalAgency(via) ?? via, creditText: via };
  const paren = TRAILING_PAREN.exec(text);
  if (paren?.[1] && !/^\d|年|月|日/.test(paren[1])) {
    const creditText = paren[1].trim().replace(KIND_BEFORE, "").replace(KIND_AFTER, "");
    if (PICTURE_KIND.test(creditText) || PICTURE_KIND.test(paren[1].trim())) return null;
    const agency = canonicalAgency(creditText);
    // A bare parenthesis is a credit when it names an agency, says "photo"/"provided by", names a
    // social account or website, or stands after the caption's last sentence (RFA: "…纪念六四。（陈思明微信）").
    const afterSentence = /[。！？!?]\s*$/.test(text.slice(0, paren.index));
    if (agency !== null || /照|图|圖|提供|供|攝|摄|photo|来源|來源/i.test(paren[0]) || afterSentence || SOURCE_ACCOUNT.test(creditText)) {
      return { credit: agency ?? creditText, creditText };
    }
  }
  const photoBy = PHOTO_BY.exec(text)?.[1];
  if (photoBy) return { credit: canonicalAgency(photoBy) ?? photoBy.replace(/^Photo(?:graph)? by\s+/i, ""), creditText: photoBy };
  const labelled = LABELLED.exec(text);
  const label = (labelled?.[1] ?? labelled?.[2] ?? LABELLED_PICTURE.exec(text)?.[1])?.trim();
  if (label) return { credit: canonicalAgency(label) ?? label, creditText: label };
  const photographer = TRAILING_PHOTOGRAPHER.exec(text)?.[1]?.trim();
  if (photographer) {
    const creditText = photographer.replace(/^(?:记者|記者)\s*/, "");
    return { credit: canonicalAgency(creditText) ?? creditText, creditText };
  }
  // A photographer's parenthesis inside the caption, before more text: "…揭牌（美国之音李玟仪摄） 台湾大陆委员会…".
  const inner = INNER_PHOTOGRAPHER.exec(text)?.[1]?.replace(/^(?:记者|記者)\s*/, "").trim();
  if (inner) return { credit: canonicalAgency(inner) ?? inner, creditText: inner };
  return null;
}

/** The agency a credit names ("REUTERS/Thomas White" → "Reuters"), or null. */
export function canonicalAgency(credit: string): string | null {
  const trimmed = credit.trim();
  const exact = agencyByName.get(trimmed.toLowerCase());
  if (exact) return exact;
  const head = /^([^/／,，;；]+?)\s*(?:[/／,，;；]|$)/.exec(trimmed)?.[1]?.trim().toLowerCase();
  if (head && agencyByName.has(head)) return agencyByName.get(head) ?? null;
  for (const matcher of agencyMatchers) if (matcher.test(trimmed)) return matcher.canonical;
  return null;
}
