import type { ScannedAmount } from "./scanned-amount.js";
import { MAINLAND_WORDS, type StoryPlace } from "./story-place.js";

/**
 * Pins down currencies that depend on where the copy comes from (POLICY.md: "人民币/元 (PRC context)
 * → CNY"): a bare 元 is the Hong Kong dollar in Hong Kong copy and the New Taiwan dollar in Taiwan
 * copy; ¥ is the yuan in Chinese and the yen in English; 克朗, 比索 and friends follow the country named.
 */

export interface ResolvedCurrency {
  currency: string;
  /** Whether the choice came from context and an editor may want to check it. */
  fromContext: boolean;
}

const HONG_KONG = /港元|港币|香港|港府|港人|特区政府|立法会|金管局/;
const TAIWAN = /新台币|台币|台湾|台北|行政院|立法院|总统府|台中|高雄|桃园|台南|新北/;
/** City and county governments are Taiwan's only in a story that names Taiwan (南阳市政府 is in Henan). */
const TAIWAN_OFFICE = /县政府|市政府/;
const MAINLAND_MONEY = /人民币/;
/** A sentence set on the mainland keeps 元 the yuan in any story: 深圳蛇口…15元, 深交所…143亿元. */
const MAINLAND_SENTENCE = new RegExp(MAINLAND_WORDS.source);

/** Currency words whose country is named nearby: 挪威 … 克朗 is NOK. */
const BY_COUNTRY: Readonly<Record<string, readonly (readonly [RegExp, string])[]>> = {
  SEK: [[/挪威|Norw/, "NOK"], [/丹麦|Denmark|Danish/, "DKK"], [/捷克|Czech/, "CZK"], [/冰岛|Iceland/, "ISK"], [/瑞典|Swed/, "SEK"]],
  PHP: [[/墨西哥|Mexic/, "MXN"], [/阿根廷|Argentin/, "ARS"], [/智利|Chile/, "CLP"], [/哥伦比亚|Colombia/, "COP"], [/菲律宾|Philippin/, "PHP"]],
  CHF: [[/瑞士|Swiss|Switzerland/, "CHF"], [/非洲|中非|西非|CFA/, "XOF"]],
  SAR: [[/伊朗|Iran/, "IRR"], [/卡塔尔|卡达|Qatar/, "QAR"], [/阿曼|Oman/, "OMR"], [/也门|Yemen/, "YER"], [/沙特|Saudi/, "SAR"]],
  NOK: [[/丹麦|Denmark|Danish/, "DKK"], [/挪威|Norw/, "NOK"]],
  // English "pounds" (The Economist on Beirut: "a net loss of 157trn pounds between the BdL and commercial banks").
  GBP: [[/Brit|UK\b|England|London|sterling/i, "GBP"], [/Leban|Beirut|BdL/, "LBP"], [/Egypt|Cairo/, "EGP"], [/Syria|Damascus/, "SYP"], [/Sudan|Khartoum/, "SDG"]],
};

/**
 * The currency of an amount whose token is ambiguous, from its sentence and the whole field.
 * `language` is the record's ISO 639-1 code; `place` tells where the story is set (`lazyStoryPlace`).
 * For 元 the sentence decides first (人民币, then Hong Kong, Taiwan, mainland words), then the
 * story's place, then the dollar the field prices in.
 */
export function resolveCurrency(
  amount: ScannedAmount,
  sentence: string,
  field: string,
  language: string,
  place: () => StoryPlace = () => null,
): ResolvedCurrency {
  if (!amount.currencyAmbiguous) return { currency: amount.currency, fromContext: false };
  const word = amount.currencyWord;
  if (word === "元") {
    if (MAINLAND_MONEY.test(sentence)) return { currency: "CNY", fromContext: false };
    if (HONG_KONG.test(sentence)) return { currency: "HKD", fromContext: true };
    if (TAIWAN.test(sentence) || (TAIWAN_OFFICE.test(sentence) && TAIWAN.test(field))) return { currency: "TWD", fromContext: true };
    if (MAINLAND_SENTENCE.test(sentence)) return { currency: "CNY", fromContext: false };
    // A story set in Hong Kong or Taiwan (see `storyPlace`) prices in its own dollar.
    const setIn = place();
    if (setIn !== null) return { currency: setIn === "HK" ? "HKD" : "TWD", fromContext: true };
    if (!MAINLAND_MONEY.test(field)) {
      const taiwan = /新台币|台币/.test(field);
      const hongKong = /港元|港币/.test(field);
      if (taiwan !== hongKong) return { currency: taiwan ? "TWD" : "HKD", fromContext: true };
    }
    return { currency: "CNY", fromContext: false };
  }
  if (word === "¥") {
    const yen = language !== "zh" || /日元|日圆|yen|Japan|日本/.test(sentence);
    return { currency: yen ? "JPY" : "CNY", fromContext: true };
  }
  const countries = BY_COUNTRY[amount.currency] ?? [];
  for (const [pattern, iso] of countries) {
    if (pattern.test(sentence)) return { currency: iso, fromContext: false };
  }
  // Pounds in a story about one country that has them, and no word of Britain: that country's.
  if (amount.currency === "GBP") {
    const named = countries.filter(([pattern]) => pattern.test(field));
    if (named.some(([, iso]) => iso === "GBP")) return { currency: "GBP", fromContext: false };
    if (named.length === 1) return { currency: named[0]![1], fromContext: true };
  }
  // No country named: keep the usual reading, and flag it when the word is shared by several.
  return { currency: amount.currency, fromContext: BY_COUNTRY[amount.currency] !== undefined };
}
