/**
 * Money as the aid pages show it: compact for charts and lists ("US$77B", "770亿美元" style per locale), in full
 * for the correction form and the export. Intl knows every ISO 4217 code, including those without ECB rates.
 */
export function formatMoney(value: number, currency: string, intlLocale: string, options: { compact?: boolean } = {}): string {
  const compact = options.compact ?? true;
  try {
    return new Intl.NumberFormat(intlLocale, {
      style: "currency",
      currency,
      notation: compact ? "compact" : "standard",
      minimumFractionDigits: compact ? 0 : 2,
      maximumFractionDigits: compact ? 1 : 2,
    }).format(value);
  } catch {
    // A code Intl does not know (a typo in the source): the number and the code as written.
    return `${new Intl.NumberFormat(intlLocale, { notation: compact ? "compact" : "standard", maximumFractionDigits: 2 }).format(value)} ${currency}`;
  }
}

/** A range "from – to", or the single amount. */
export function formatAmountRange(amount: number, amountHigh: number | null, currency: string, intlLocale: string): string {
  const low = formatMoney(amount, currency, intlLocale);
  return amountHigh === null || amountHigh === amount ? low : `${low} – ${formatMoney(amountHigh, currency, intlLocale)}`;
}

/** An exchange rate with the ECB's precision (up to 6 decimals, no trailing zeros). */
export function formatRate(perEur: number, intlLocale: string): string {
  return new Intl.NumberFormat(intlLocale, { maximumFractionDigits: 6 }).format(perEur);
}
