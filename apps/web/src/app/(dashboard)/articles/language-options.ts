/**
 * The language filter's choices: the archive's languages, most articles first, and the one the URL asks
 * for even when the archive holds none of it (a saved search, a shared link), so the filter always shows
 * what is applied. Before the archive's list arrives, Chinese and English stand in.
 */
export function languageOptions(archive: ReadonlyArray<{ language: string }> | undefined, selected: string | undefined): string[] {
  const codes = archive === undefined ? ["zh", "en"] : archive.map((row) => row.language);
  return selected !== undefined && !codes.includes(selected) ? [...codes, selected] : codes;
}

/**
 * A language's name in the dashboard's language: the newsroom's own words where it has them ("中文"),
 * else the browser's and Node's ICU names (Intl.DisplayNames: "藏语", "Uyghur"), else the code ("und").
 */
export function languageLabel(code: string, locale: string, own: Readonly<Record<string, string>>): string {
  const named = own[code];
  if (named !== undefined) return named;
  try {
    const name = new Intl.DisplayNames([locale], { type: "language" }).of(code);
    return name !== undefined && name !== code ? name : code;
  } catch {
    // Intl throws RangeError on a code that is not a well-formed language tag.
    return code;
  }
}
