/**
 * Where a story is set, for the currency of a bare 元 (POLICY.md: 元 is CNY in PRC context): the
 * Hong Kong dollar in a Hong Kong story, the New Taiwan dollar in a Taiwan story. A story is set in
 * Hong Kong or Taiwan when that place's words outnumber the mainland's and the other's several times
 * over: a feature on Hong Kong's gifts to the mainland, or a foreign-ministry text that answers on
 * Hong Kong and Xinjiang, names the mainland too often to count. Words are Simplified: the field
 * is folded before (see `char-normaliser.ts`).
 */

export type StoryPlace = "HK" | "TW" | null;

/** Words of Hong Kong: the place, its districts, its government and its money. */
export const HONG_KONG_WORDS = /香港|港府|港人|港警|港区|特首|特区政府|立法会|港元|港币|九龙|新界|林郑|金管局|警务处/g;
/** Words of Taiwan: the island, its cities, its five branches, its parties, leaders and money. */
export const TAIWAN_WORDS = /台湾|台北|行政院|立法院|监察院|总统府|蔡英文|蔡总统|民进党|国民党|新台币|台币|高雄|台中|台南|桃园|新北|彰化|赖清德/g;
/** Words of the mainland: its money, its cities, its party, state and markets, its communes. */
export const MAINLAND_WORDS = /人民币|内地|大陆|深圳|蛇口|上海|北京|广州|武汉|新疆|中共|国务院|证监会|深交所|上交所|沪深|人民银行|公社/g;

/** How many times a place's words must outnumber the rest, and the fewest that set a story. */
const DOMINANCE = 4;
const FEWEST = 5;

function count(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text) !== null) n++;
  return n;
}

/** The place a story (title and text, both folded) is set in, when it is Hong Kong or Taiwan. */
export function storyPlace(...fields: readonly string[]): StoryPlace {
  let hongKong = 0;
  let taiwan = 0;
  let mainland = 0;
  for (const field of fields) {
    hongKong += count(HONG_KONG_WORDS, field);
    taiwan += count(TAIWAN_WORDS, field);
    mainland += count(MAINLAND_WORDS, field);
  }
  if (hongKong >= FEWEST && hongKong >= DOMINANCE * (taiwan + mainland)) return "HK";
  if (taiwan >= FEWEST && taiwan >= DOMINANCE * (hongKong + mainland)) return "TW";
  return null;
}

/**
 * `storyPlace` of the fields, worked out on the first call only: three scans of the whole text that only
 * a bare 元 its sentence leaves undecided needs (see currency-context.ts), and most articles have none.
 */
export function lazyStoryPlace(...fields: readonly string[]): () => StoryPlace {
  let place: StoryPlace | undefined;
  return () => {
    if (place === undefined) place = storyPlace(...fields);
    return place;
  };
}
