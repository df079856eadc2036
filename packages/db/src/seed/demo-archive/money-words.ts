/**
 * Amounts as Chinese and English news write them: 4亿美元, 5000万欧元, 1.5亿, $400 million, €2.7 billion.
 */
export function zhAmount(value: number): string {
  if (value >= 1e8) return `${trim(value / 1e8)}亿`;
  if (value >= 1e4) return `${trim(value / 1e4)}万`;
  return String(value);
}

export function enAmount(value: number, symbol: string): string {
  if (value >= 1e9) return `${symbol}${trim(value / 1e9)} billion`;
  if (value >= 1e6) return `${symbol}${trim(value / 1e6)} million`;
  return `${symbol}${value.toLocaleString("en-US")}`;
}

function trim(value: number): string {
  return String(Math.round(value * 100) / 100);
}

export interface Donor {
  zh: string;
  en: string;
  /** Currency it usually announces in, with its Chinese word and symbol, and roughly how many per US dollar. */
  currency: { zh: string; symbol: string; perUsd: number };
}

const usd = { zh: "美元", symbol: "$", perUsd: 1 };
const eur = { zh: "欧元", symbol: "€", perUsd: 0.92 };

export const donors: readonly Donor[] = [
  { zh: "美国", en: "the United States", currency: usd },
  { zh: "德国", en: "Germany", currency: eur },
  { zh: "英国", en: "the United Kingdom", currency: { zh: "英镑", symbol: "£", perUsd: 0.79 } },
  { zh: "法国", en: "France", currency: eur },
  { zh: "日本", en: "Japan", currency: { zh: "日元", symbol: "¥", perUsd: 150 } },
  { zh: "加拿大", en: "Canada", currency: { zh: "加元", symbol: "C$", perUsd: 1.36 } },
  { zh: "欧盟", en: "the European Union", currency: eur },
  { zh: "澳大利亚", en: "Australia", currency: { zh: "澳元", symbol: "A$", perUsd: 1.52 } },
  { zh: "荷兰", en: "the Netherlands", currency: eur },
  { zh: "波兰", en: "Poland", currency: { zh: "兹罗提", symbol: "zł", perUsd: 4 } },
];

/** A round amount in the donor's currency, near `usd` dollars. */
export function roundAmount(usdValue: number, perUsd: number): number {
  const raw = usdValue * perUsd;
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(raw)) - 1);
  return Math.round(raw / magnitude) * magnitude;
}
