import type { GazetteerRow } from "./gazetteer-countries.js";

/**
 * Heads of state and government, foreign and defence ministers who announce, sign or receive aid, standing for
 * their state (拜登签署…援助法案 → United States; 泽连斯基感谢… → Ukraine), as news copy uses them. Same row
 * layout as the country table. Only names that are unambiguous in aid news: a surname shared by two officials of
 * different states (Johnson: the British prime minister and the US Speaker) is left out rather than guessed.
 * Surnames common among other people in the news (Harris, Sullivan, Michel, Cameron) are left out too, and so
 * are Trump and Obama: the corpus names them far more often as private persons (campaign donors, Trump Tower
 * loans) than as the state giving aid, where it writes 特朗普政府 / the Trump administration (country table).
 */
export const LEADER_ROWS: readonly GazetteerRow[] = [
  ["United States", "拜登|布林肯|奥斯汀|蓬佩奥|鲁比奥|赫格塞思", "Biden|Blinken|Pompeo|Rubio|Hegseth"],
  ["Ukraine", "泽连斯基|泽伦斯基|库列巴|什米加尔|西比哈", "Zelensky|Zelenskyy|Zelenskiy|Kuleba|Shmyhal|Sybiha"],
  ["Russia", "普京|普丁|拉夫罗夫|绍伊古|梅德韦杰夫", "Putin|Lavrov|Shoigu|Medvedev"],
  ["China", "习近平|李强|王毅|李克强", "Xi Jinping|Li Qiang|Wang Yi|Li Keqiang"],
  ["Germany", "朔尔茨|肖尔茨|默克尔|默茨|贝尔伯克|皮斯托里乌斯", "Scholz|Merkel|Merz|Baerbock|Pistorius"],
  ["France", "马克龙|马克宏", "Macron"],
  ["United Kingdom", "苏纳克|斯塔默|施凯尔", "Sunak|Starmer"],
  ["Japan", "岸田文雄|岸田|石破茂|石破|安倍晋三|安倍", "Kishida|Ishiba|Abe Shinzo|Shinzo Abe"],
  ["Israel", "内塔尼亚胡|内塔尼亚乎", "Netanyahu"],
  ["Taiwan", "蔡英文|赖清德", "Tsai Ing-wen|Lai Ching-te"],
  ["European Union", "冯德莱恩|冯德莱因|博雷利", "von der Leyen|Borrell"],
  ["NATO", "斯托尔滕贝格|吕特", "Stoltenberg|Rutte"],
  ["Poland", "杜达|图斯克", "Duda|Tusk"],
  ["Canada", "特鲁多", "Trudeau"],
  ["Italy", "梅洛尼", "Meloni"],
  ["Australia", "阿尔巴尼斯", "Albanese"],
  ["Turkey", "埃尔多安", "Erdogan|Erdoğan"],
];
