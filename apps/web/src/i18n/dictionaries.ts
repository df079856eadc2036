import { en, type Dictionary } from "./en";
import type { Locale } from "./locales";
import { zh } from "./zh";

export type { Dictionary };

const dictionaries: Record<Locale, Dictionary> = { zh, en };

/** The strings for a locale. Both dictionaries are small and bundled; no loader needed. */
export function getDictionary(locale: Locale): Dictionary {
  return dictionaries[locale];
}
