import { describe, expect, it } from "vitest";
import { foldForSearch } from "./fold-text.js";
import type { TermStatistics } from "./match-share.js";
import { parseArticleSearch } from "./search-query.js";
import { searchTerms, termQuery } from "./search-tokens.js";

describe("foldForSearch", () => {
  it("folds Traditional to Simplified, full-width to half-width and case", () => {
    expect(foldForSearch("烏克蘭")).toBe("乌克兰");
    expect(foldForSearch("臺灣 裡面 ＮＡＴＯ Blinken")).toBe("台湾 里面 nato blinken");
  });

  it("leaves Simplified text as it is", () => {
    expect(foldForSearch("美国国务卿布林肯表示")).toBe("美国国务卿布林肯表示");
  });
});

describe("searchTerms", () => {
  it("indexes CJK runs as bigrams plus their last character, other runs as words", () => {
    expect(searchTerms("乌克兰 nato-led g7峰会")).toEqual(["乌克", "克兰", "兰", "峰会", "会", "nato", "led", "g7"]);
  });

  it("indexes a one-character run as itself", () => {
    expect(searchTerms("美 日")).toEqual(["美", "日"]);
  });
});

describe("termQuery", () => {
  it("asks for every bigram of a CJK term", () => {
    expect(termQuery("乌克兰")).toBe("'乌克' & '克兰'");
  });

  it("answers a one-character term by prefix, so it matches inside and at the end of runs", () => {
    expect(termQuery("美")).toBe("'美':*");
  });

  it("lets the last Latin word be a prefix", () => {
    expect(termQuery("ukr")).toBe("'ukr':*");
    expect(termQuery("g7峰会")).toBe("'峰会' & 'g7'");
  });

  it("returns null for punctuation only", () => {
    expect(termQuery("——")).toBeNull();
  });
});

const shares = new Map([["俄罗", 0.07], ["罗斯", 0.08], ["援助", 0.1], ["联合", 0.15], ["香港", 0.3], ["ukraine", 0.05], ["aid", 0.2], ["aids", 0.014]]);
const statistics: TermStatistics = {
  share: (term) => shares.get(term),
  floor: 0.014,
  listsPrefix: (prefix) => [...shares.keys()].some((term) => term.startsWith(prefix)),
};

describe("parseArticleSearch", () => {
  it("folds the query and needs every term", () => {
    const search = parseArticleSearch(" 烏克蘭  援助 ");
    expect(search?.terms).toEqual(["乌克兰", "援助"]);
    expect(search?.tsquery).toBe("('乌克' & '克兰') & ('援助')");
    // 援助 is one bigram: the index answers it exactly; 乌克兰's two bigrams could stand apart.
    expect(search?.likePatterns).toEqual(["%乌克兰%"]);
  });

  it("escapes LIKE wildcards", () => {
    expect(parseArticleSearch("100%_a")?.likePatterns).toEqual(["%100\\%\\_a%"]);
  });

  it("confirms only terms the index cannot answer exactly", () => {
    expect(parseArticleSearch("美 美国 nato")?.likePatterns).toEqual([]);
    expect(parseArticleSearch("g7峰会 nato-led 乌克兰")?.likePatterns).toEqual(["%g7峰会%", "%nato-led%", "%乌克兰%"]);
    expect(parseArticleSearch("——")?.likePatterns).toEqual(["%——%"]);
  });

  it("narrows a confirmed term to its rarest bigram when term frequencies are known", () => {
    const search = parseArticleSearch("俄罗斯 援助 联合国", statistics);
    // 合国 is not among the common terms: rarer than any listed. 援助 (one bigram, exact) is kept as it is.
    expect(search?.tsquery).toBe("('俄罗') & ('援助') & ('合国')");
    expect(search?.likePatterns).toEqual(["%俄罗斯%", "%联合国%"]);
    expect(parseArticleSearch("g7峰会召开", statistics)?.tsquery).toBe("('峰会' & 'g7')");
    // Without frequencies (no statistics yet), every bigram.
    expect(parseArticleSearch("俄罗斯")?.tsquery).toBe("('俄罗' & '罗斯')");
  });

  it("bounds the share of matching articles by each term's rarest part", () => {
    expect(parseArticleSearch("香港")?.matchShareBound).toBeNull();
    expect(parseArticleSearch("香港", statistics)?.matchShareBound).toBe(0.3);
    expect(parseArticleSearch("援助 俄罗斯", statistics)?.matchShareBound).toBe(0.07);
    // Not listed: rarer than the least common listed term. A prefix no listed term starts with: the same.
    expect(parseArticleSearch("北约", statistics)?.matchShareBound).toBe(0.014);
    expect(parseArticleSearch("NATO", statistics)?.matchShareBound).toBe(0.014);
    // A prefix that listed terms start with (香港, 香…) may match many: no bound from it alone.
    expect(parseArticleSearch("香", statistics)?.matchShareBound).toBeNull();
    // A lone word may be typed partly (a prefix): bounded only inside a longer term.
    expect(parseArticleSearch("ukraine aid", statistics)?.matchShareBound).toBeNull();
    expect(parseArticleSearch("ukraine-aid", statistics)?.matchShareBound).toBe(0.05);
  });

  it("is null for an empty query", () => {
    expect(parseArticleSearch("   ")).toBeNull();
  });

  it("every document term set satisfies its own substrings (bigram containment)", () => {
    const folded = foldForSearch("布林肯表示，自戰爭開始以來，美國已向烏克蘭提供了約770億美元的援助");
    const terms = new Set(searchTerms(folded));
    for (const probe of ["乌克兰", "770亿美元", "美", "援助", "布林肯表示"]) {
      const query = termQuery(probe)!;
      const needed = query.split(" & ").map((part) => part.replace(/:\*$/, "").replace(/^'|'$/g, ""));
      for (const lexeme of needed) {
        const prefix = query.includes(`'${lexeme}':*`);
        expect(prefix ? [...terms].some((term) => term.startsWith(lexeme)) : terms.has(lexeme)).toBe(true);
      }
    }
  });
});
