/** What the parser knows about a news site. */
export interface KnownSource {
  /** Name in the site's own language. */
  name: string;
  nameEn: string;
  /**
   * IANA zone used to read dates the site writes without a zone. Usually the newsroom's home zone; where
   * the corpus shows otherwise the reason is noted (checked against archive timestamps of corpus/dev).
   */
  zone: string;
  /** Language of the site's articles, used when the text is too short to tell. */
  language: string;
  /** Query keys that only select a view of the same article on this site. */
  dropParams?: readonly string[];
  /** Suffix the site appends to titles (" – 法国国际广播电台 - RFI"), removed from `title`. */
  titleSuffix?: RegExp;
  /** Prefix the site puts before titles (RTI's section "[政治] "), removed from `title`. */
  titlePrefix?: RegExp;
  /** The standfirst opens with the writer's name: FT Chinese's "许知远：一些时候，我觉得…". */
  standfirstAuthor?: boolean;
  /** Each feed is one writer's (Medium): a front matter author equal to the feed's tag is that writer. */
  personalFeeds?: boolean;
}

/**
 * Known sources, keyed by host without "www." (a sub-domain falls back to its parent, e.g.
 * "cn.reuters.com" → its own entry, "news.example.com" → "example.com").
 */
export const knownSources: Readonly<Record<string, KnownSource>> = {
  "voachinese.com": { name: "美国之音", nameEn: "VOA Chinese", zone: "America/New_York", language: "zh" },
  "voacantonese.com": { name: "美國之音粵語", nameEn: "VOA Cantonese", zone: "America/New_York", language: "zh" },
  "voanews.com": { name: "美国之音", nameEn: "Voice of America", zone: "America/New_York", language: "en" },
  "dw.com": { name: "德国之声", nameEn: "Deutsche Welle", zone: "Europe/Berlin", language: "zh" },
  "chinadigitaltimes.net": {
    name: "中国数字时代",
    nameEn: "China Digital Times",
    zone: "America/Los_Angeles",
    language: "zh",
  },
  "rfi.fr": {
    name: "法国国际广播电台",
    nameEn: "RFI",
    zone: "Europe/Paris",
    language: "zh",
    // " – 法国国际广播电台 - RFI" after some titles, the programme's name after others (" - 要闻解说").
    titleSuffix: /\s+[–-]\s+法国国际广播电台\s+-\s+RFI$|\s+-\s+[\u4e00-\u9fff]{2,8}$/,
  },
  // Reuters writes its date div as ISO time without a zone, and that time is UTC: all 173 such files of
  // corpus/dev precede their archive time by minutes when read as UTC, by 8 hours as Asia/Shanghai.
  "cn.reuters.com": { name: "路透中文网", nameEn: "Reuters Chinese", zone: "UTC", language: "zh", titleSuffix: /\s+[|｜]\s*路透$/ },
  "reuters.com": { name: "路透社", nameEn: "Reuters", zone: "UTC", language: "en" },
  "rfa.org": { name: "自由亚洲电台", nameEn: "Radio Free Asia", zone: "America/New_York", language: "zh" },
  "bbc.com": { name: "BBC中文", nameEn: "BBC News Chinese", zone: "Europe/London", language: "zh" },
  "bbc.co.uk": { name: "BBC中文", nameEn: "BBC News Chinese", zone: "Europe/London", language: "zh" },
  // NYT Chinese writes Beijing time (checked: read as UTC, 144 of 144 dates would follow their archiving).
  "cn.nytimes.com": { name: "纽约时报中文网", nameEn: "The New York Times Chinese", zone: "Asia/Shanghai", language: "zh" },
  "nytimes.com": { name: "纽约时报", nameEn: "The New York Times", zone: "America/New_York", language: "en" },
  "cn.ft.com": {
    name: "FT中文网",
    nameEn: "FT Chinese",
    zone: "Asia/Shanghai",
    language: "zh",
    dropParams: ["full", "archive", "exclusive"],
    standfirstAuthor: true,
  },
  "ftchinese.com": { name: "FT中文网", nameEn: "FT Chinese", zone: "Asia/Shanghai", language: "zh", dropParams: ["full"], standfirstAuthor: true },
  "ft.com": { name: "金融时报", nameEn: "Financial Times", zone: "Europe/London", language: "en" },
  "economist.com": { name: "经济学人", nameEn: "The Economist", zone: "Europe/London", language: "en" },
  "zaobao.com": { name: "联合早报", nameEn: "Lianhe Zaobao", zone: "Asia/Singapore", language: "zh" },
  "zaobao.com.sg": { name: "联合早报", nameEn: "Lianhe Zaobao", zone: "Asia/Singapore", language: "zh" },
  // "…北投文物館活化重生[影]": the story comes with a video.
  "cna.com.tw": { name: "中央社", nameEn: "Central News Agency", zone: "Asia/Taipei", language: "zh", titleSuffix: /\s*\[(?:影|圖|表)\]$/ },
  "rti.org.tw": {
    name: "中央廣播電臺",
    nameEn: "Radio Taiwan International",
    zone: "Asia/Taipei",
    language: "zh",
    // "[政治] 游錫堃：8月中開二次臨時會 - 200723-3": the section before every title, a story number after a few.
    titlePrefix: /^\[[^[\]]{1,8}\]\s*/,
    titleSuffix: /\s+-\s+\d{6}-\d{1,3}$/,
  },
  "matters.news": { name: "Matters", nameEn: "Matters", zone: "Asia/Hong_Kong", language: "zh" },
  "matters.town": { name: "Matters", nameEn: "Matters", zone: "Asia/Hong_Kong", language: "zh" },
  "medium.com": { name: "Medium", nameEn: "Medium", zone: "UTC", language: "en", personalFeeds: true },
  "verbalflystep.com": { name: "飛步出品", nameEn: "Verbal Flystep", zone: "Asia/Hong_Kong", language: "zh" },
  "nei.st": { name: "Nei.st", nameEn: "Nei.st", zone: "Asia/Shanghai", language: "zh" },
  "chinafile.com": { name: "中参馆", nameEn: "ChinaFile", zone: "America/New_York", language: "en" },
  "wqw2010.blogspot.com": { name: "维权网", nameEn: "Rights Defense Network", zone: "Asia/Shanghai", language: "zh" },
  "cn.govopendata.com": {
    name: "新闻联播文字版",
    nameEn: "CCTV Xinwen Lianbo transcripts",
    zone: "Asia/Shanghai",
    language: "zh",
    // "2020-07-31 新闻联播 文字版习近平在中央政治局…习近平出席北斗三号全...": the day's headlines, run
    // together and cut off, follow the programme's name.
    titleSuffix: /(?<=\d{4}-\d{2}-\d{2} 新闻联播 文字版)\S.*$/,
  },
  "thestandnews.com": { name: "立场新闻", nameEn: "Stand News", zone: "Asia/Hong_Kong", language: "zh" },
  "theinitium.com": { name: "端传媒", nameEn: "Initium Media", zone: "Asia/Hong_Kong", language: "zh" },
  "hk01.com": { name: "香港01", nameEn: "HK01", zone: "Asia/Hong_Kong", language: "zh" },
  "rthk.hk": { name: "香港电台", nameEn: "RTHK", zone: "Asia/Hong_Kong", language: "zh" },
  "scmp.com": { name: "南华早报", nameEn: "South China Morning Post", zone: "Asia/Hong_Kong", language: "en" },
  "storm.mg": { name: "风传媒", nameEn: "The Storm Media", zone: "Asia/Taipei", language: "zh" },
  "ltn.com.tw": { name: "自由时报", nameEn: "Liberty Times", zone: "Asia/Taipei", language: "zh" },
  "udn.com": { name: "联合新闻网", nameEn: "United Daily News", zone: "Asia/Taipei", language: "zh" },
  "twreporter.org": { name: "报导者", nameEn: "The Reporter", zone: "Asia/Taipei", language: "zh" },
  "upmedia.mg": { name: "上报", nameEn: "Up Media", zone: "Asia/Taipei", language: "zh" },
  "thenewslens.com": { name: "关键评论网", nameEn: "The News Lens", zone: "Asia/Taipei", language: "zh" },
  "abc.net.au": { name: "澳大利亚广播公司", nameEn: "ABC News", zone: "Australia/Sydney", language: "zh" },
  "sbs.com.au": { name: "SBS中文", nameEn: "SBS Chinese", zone: "Australia/Sydney", language: "zh" },
  "dwnews.com": { name: "多维新闻", nameEn: "DW News (Duowei)", zone: "Asia/Shanghai", language: "zh" },
  "epochtimes.com": { name: "大纪元", nameEn: "The Epoch Times", zone: "America/New_York", language: "zh" },
  "ntdtv.com": { name: "新唐人", nameEn: "NTD Television", zone: "America/New_York", language: "zh" },
  "wsj.com": { name: "华尔街日报", nameEn: "The Wall Street Journal", zone: "America/New_York", language: "en" },
  "cn.wsj.com": { name: "华尔街日报中文网", nameEn: "WSJ Chinese", zone: "Asia/Shanghai", language: "zh" },
  "washingtonpost.com": { name: "华盛顿邮报", nameEn: "The Washington Post", zone: "America/New_York", language: "en" },
  "theguardian.com": { name: "卫报", nameEn: "The Guardian", zone: "Europe/London", language: "en" },
  "bloomberg.com": { name: "彭博社", nameEn: "Bloomberg", zone: "America/New_York", language: "en" },
  "apnews.com": { name: "美联社", nameEn: "Associated Press", zone: "America/New_York", language: "en" },
  "mp.weixin.qq.com": { name: "微信公众号", nameEn: "WeChat Official Accounts", zone: "Asia/Shanghai", language: "zh" },
  "caixin.com": { name: "财新", nameEn: "Caixin", zone: "Asia/Shanghai", language: "zh" },
  "xinhuanet.com": { name: "新华网", nameEn: "Xinhua", zone: "Asia/Shanghai", language: "zh" },
  "people.com.cn": { name: "人民网", nameEn: "People's Daily Online", zone: "Asia/Shanghai", language: "zh" },
  "globaltimes.cn": { name: "环球时报", nameEn: "Global Times", zone: "Asia/Shanghai", language: "en" },
  // Other Chinese-language newsrooms that full-text RSS archives carry (not in corpus/dev).
  "aboluowang.com": { name: "阿波罗新闻网", nameEn: "Aboluo News", zone: "America/New_York", language: "zh" },
  "secretchina.com": { name: "看中国", nameEn: "Secret China", zone: "America/New_York", language: "zh" },
  "kanzhongguo.com": { name: "看中国", nameEn: "Secret China", zone: "America/New_York", language: "zh" },
  "soundofhope.org": { name: "希望之声", nameEn: "Sound of Hope", zone: "America/Los_Angeles", language: "zh" },
  "creaders.net": { name: "万维读者网", nameEn: "Creaders", zone: "America/New_York", language: "zh" },
  "wenxuecity.com": { name: "文学城", nameEn: "Wenxuecity", zone: "America/Los_Angeles", language: "zh" },
  "boxun.com": { name: "博讯", nameEn: "Boxun", zone: "America/New_York", language: "zh" },
  "singtaousa.com": { name: "星岛日报美国版", nameEn: "Sing Tao USA", zone: "America/New_York", language: "zh" },
  "cn.nikkei.com": { name: "日经中文网", nameEn: "Nikkei Chinese", zone: "Asia/Tokyo", language: "zh" },
  "china.kyodonews.net": { name: "共同网", nameEn: "Kyodo News Chinese", zone: "Asia/Tokyo", language: "zh" },
  "asahi.com": { name: "朝日新闻", nameEn: "Asahi Shimbun", zone: "Asia/Tokyo", language: "ja" },
  "nhk.or.jp": { name: "NHK", nameEn: "NHK", zone: "Asia/Tokyo", language: "ja" },
  "yna.co.kr": { name: "韩联社", nameEn: "Yonhap", zone: "Asia/Seoul", language: "ko" },
  "chinese.aljazeera.net": { name: "半岛电视台中文网", nameEn: "Al Jazeera Chinese", zone: "Asia/Qatar", language: "zh" },
  "sputniknews.cn": { name: "俄罗斯卫星通讯社", nameEn: "Sputnik China", zone: "Europe/Moscow", language: "zh" },
  "france24.com": { name: "法国24台", nameEn: "France 24", zone: "Europe/Paris", language: "fr" },
  "cnn.com": { name: "CNN", nameEn: "CNN", zone: "America/New_York", language: "en" },
  "hrw.org": { name: "人权观察", nameEn: "Human Rights Watch", zone: "America/New_York", language: "en" },
  "mingpao.com": { name: "明報", nameEn: "Ming Pao", zone: "Asia/Hong_Kong", language: "zh" },
  "hkej.com": { name: "信報", nameEn: "Hong Kong Economic Journal", zone: "Asia/Hong_Kong", language: "zh" },
  "inmediahk.net": { name: "香港獨立媒體", nameEn: "InMedia HK", zone: "Asia/Hong_Kong", language: "zh" },
  "chinatimes.com": { name: "中時新聞網", nameEn: "China Times", zone: "Asia/Taipei", language: "zh" },
  "cw.com.tw": { name: "天下雜誌", nameEn: "CommonWealth Magazine", zone: "Asia/Taipei", language: "zh" },
  "ettoday.net": { name: "ETtoday新聞雲", nameEn: "ETtoday", zone: "Asia/Taipei", language: "zh" },
  "setn.com": { name: "三立新聞網", nameEn: "SET News", zone: "Asia/Taipei", language: "zh" },
  "thepaper.cn": { name: "澎湃新闻", nameEn: "The Paper", zone: "Asia/Shanghai", language: "zh" },
  "guancha.cn": { name: "观察者网", nameEn: "Guancha", zone: "Asia/Shanghai", language: "zh" },
  "chinadaily.com.cn": { name: "中国日报", nameEn: "China Daily", zone: "Asia/Shanghai", language: "zh" },
  "chinanews.com.cn": { name: "中国新闻网", nameEn: "China News Service", zone: "Asia/Shanghai", language: "zh" },
  "chinanews.com": { name: "中国新闻网", nameEn: "China News Service", zone: "Asia/Shanghai", language: "zh" },
  "huanqiu.com": { name: "环球网", nameEn: "Huanqiu", zone: "Asia/Shanghai", language: "zh" },
  "ifeng.com": { name: "凤凰网", nameEn: "Phoenix New Media", zone: "Asia/Shanghai", language: "zh" },
  "sina.com.cn": { name: "新浪", nameEn: "Sina", zone: "Asia/Shanghai", language: "zh" },
  "163.com": { name: "网易", nameEn: "NetEase", zone: "Asia/Shanghai", language: "zh" },
  "cctv.com": { name: "央视网", nameEn: "CCTV", zone: "Asia/Shanghai", language: "zh" },
  "zhihu.com": { name: "知乎", nameEn: "Zhihu", zone: "Asia/Shanghai", language: "zh" },
  "weibo.com": { name: "微博", nameEn: "Weibo", zone: "Asia/Shanghai", language: "zh" },
};

export interface SourceMatch {
  /** Lower-case host of the article URL. */
  domain: string;
  source: KnownSource | null;
}

/** Looks a host up in the table: exact host without "www.", then each parent domain. */
export function lookUpSource(host: string): SourceMatch {
  const domain = host.toLowerCase().replace(/\.$/, "");
  let key = domain.replace(/^www\d*\./, "");
  for (;;) {
    const source = knownSources[key];
    if (source) return { domain, source };
    const dot = key.indexOf(".");
    if (dot < 0 || key.indexOf(".", dot + 1) < 0) return { domain, source: null };
    key = key.slice(dot + 1);
  }
}
