/**
 * Traditional → Simplified pairs for every character the money lexicons use, generated with OpenCC
 * (opencc-js 1.4.2, cn → t/tw/hk/twp, one character at a time) plus the numeral and currency
 * variants OpenCC's single-character path leaves out (萬 億 兩 幾 數 餘 點 臺 幣 圓).
 * `TRADITIONAL[i]` folds to `SIMPLIFIED[i]`. Regenerate when a lexicon gains a character;
 * `char-normaliser.test.ts` fails until then.
 */

export const TRADITIONAL =
  "並亞來個倫備債傾價億償優儲兇兌兒內兩凍別剛劃劑動務勞勳匯區協參叄員問啓啟單國園圓圖團堅報場塊夥奧學宮寧將專尋對導屬峯島帥" +
  "帶幣幫幹幾庫廟廠廣廳彈後從復愛慮懇應戰採損撥撾擔據擬攬敍敘敵數於時書會東條業極構樓機權歐毀氣汙決減湯準潤濟灣災為烏無營爲" +
  "爾獎獲獻環產當療發盧眾碼礎祕稅稱競節籌籤籲糧約紅納紐紓級紹終組結絕給統絲經綜維網緊線締緬縣縫總織繳罰羅羣義聞聯聲脫臘臺與" +
  "興茲華萊萬薩藥蘇蘭處衆衛衞裏補裝裡規視親觀訂計訊討訓訥訪設詐該認說説調請論諾謝證議貝財貨貪貳買貸費貼貿賂賄資賑賓賠賣購贈" +
  "贊趕趨軍較輔輛轉辦這進運過達違遠適選還邊郵鄰醖醞醫釀針銀銖銷錢錯鎊鑑長門開間關陸隊際難電韋韓項順預頓領頭額願顛養餘馬駐騙" +
  "體魯鮮麗麥點";
export const SIMPLIFIED =
  "并亚来个伦备债倾价亿偿优储凶兑儿内两冻别刚划剂动务劳勋汇区协参叁员问启启单国园圆图团坚报场块伙奥学宫宁将专寻对导属峰岛帅" +
  "带币帮干几库庙厂广厅弹后从复爱虑恳应战采损拨挝担据拟揽叙叙敌数于时书会东条业极构楼机权欧毁气污决减汤准润济湾灾为乌无营为" +
  "尔奖获献环产当疗发卢众码础秘税称竞节筹签吁粮约红纳纽纾级绍终组结绝给统丝经综维网紧线缔缅县缝总织缴罚罗群义闻联声脱腊台与" +
  "兴兹华莱万萨药苏兰处众卫卫里补装里规视亲观订计讯讨训讷访设诈该认说说调请论诺谢证议贝财货贪贰买贷费贴贸赂贿资赈宾赔卖购赠" +
  "赞赶趋军较辅辆转办这进运过达违远适选还边邮邻酝酝医酿针银铢销钱错镑鉴长门开间关陆队际难电韦韩项顺预顿领头额愿颠养余马驻骗" +
  "体鲁鲜丽麦点";
