/**
 * Traditional → Simplified pairs for every character the money lexicons use, generated with OpenCC
 * (opencc-js 1.4.2, cn → t/tw/hk/twp, characters and whole lexicon phrases, so 簽署 folds to 签署)
 * plus the numeral and currency variants OpenCC's single-character path leaves out (萬 億 兩 幾 數 餘 點 臺 幣 圓).
 * `TRADITIONAL[i]` folds to `SIMPLIFIED[i]`. Regenerate when a lexicon gains a character
 * (`npx tsx test/money/write-traditional-table.ts`); `char-normaliser.test.ts` fails until then.
 */

export const TRADITIONAL =
  "並亞佈併來個倫傑備債傾僅價億償優儲兇兌兒內兩凍凱別則剛劃劑動務勞勳匯區協參叄吐呂員問啓啟單國園圓圖團執堅報場塊夠夥奧學宮" +
  "寧寮將專尋對導尚屆屬峯島帛帥帶幣幫幹幾庫廟廠廣廳張強彈後從復愛慮懇應戰掙採損摺撥撾擊擔據擬擱攬敍敘敵數料斷於時晉晶暫書會" +
  "東查條業極構樓機權歐毀氣汙決減湯準滬漢漲潑潤澤濟灣災為烏無然營爲爾獎獨獲獻現琉環產甦當療發監盧眾碼礎祕禦稅稱窮競筆節簽籌" +
  "籤籲糞糧約紅納紐紓紙級紹終組結絕給統絲經綜維網緊線締緬縣縫總織繳續纔罰羅羣義習聞聯聲脫臘臺與興茲華萊萬葉薩藥蘇蘭處衆術衛" +
  "衝衞裏補裝裡製覈規視親觀訂計訊討訓訥訪設詐該認說説調請論諾謝證議護貝財貧貨貪貳買貸費貼貿賂賄資賑賓賠賣賴賺購贈贊趕趨車軍" +
  "較輔輛轉辦迦這連週進運過達違遠適選還邊郵鄭鄰醖醞醫釀針鈔銀銖銷錢錯鎊鎖鑑長門開間關陸陽隊階際隨難電韋韓響項順預頓領頭額願" +
  "顛養餘馬馮駐騙體魯鮮麗麥點黨龍";
export const SIMPLIFIED =
  "并亚布并来个伦杰备债倾仅价亿偿优储凶兑儿内两冻凯别则刚划剂动务劳勋汇区协参叁图吕员问启启单国园圆图团执坚报场块够伙奥学宫" +
  "宁老将专寻对导赞届属峰岛帕帅带币帮干几库庙厂广厅张强弹后从复爱虑恳应战挣采损折拨挝击担据拟搁揽叙叙敌数据断于时晋芯暂书会" +
  "东乍条业极构楼机权欧毁气污决减汤准沪汉涨泼润泽济湾灾为乌无疆营为尔奖独获献现劳环产苏当疗发监卢众码础秘御税称穷竞笔节签筹" +
  "签吁粪粮约红纳纽纾纸级绍终组结绝给统丝经综维网紧线缔缅县缝总织缴续才罚罗群义习闻联声脱腊台与兴兹华莱万也萨药苏兰处众术卫" +
  "冲卫里补装里制核规视亲观订计讯讨训讷访设诈该认说说调请论诺谢证议护贝财贫货贪贰买贷费贴贸赂贿资赈宾赔卖赖赚购赠赞赶趋车军" +
  "较辅辆转办加这连周进运过达违远适选还边邮郑邻酝酝医酿针钞银铢销钱错镑锁鉴长门开间关陆阳队级际随难电韦韩响项顺预顿领头额愿" +
  "颠养余马冯驻骗体鲁鲜丽麦点党龙";
