import "server-only";
import { cookies, headers } from "next/headers";
import { getDictionary, type Dictionary } from "./dictionaries";
import { localeCookieName, resolveLocale, type Locale } from "./locales";

/** The request's locale and strings, for server components. */
export async function getServerI18n(): Promise<{ locale: Locale; t: Dictionary }> {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  const locale = resolveLocale(cookieStore.get(localeCookieName)?.value, headerStore.get("accept-language"));
  return { locale, t: getDictionary(locale) };
}
