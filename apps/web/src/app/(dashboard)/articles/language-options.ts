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
 * A language's name in the dashboard's language, from the dictionary, which names every language the
 * parser tells apart; else the code. Not Intl.DisplayNames: Chromium ships trimmed ICU data ("bo" has no
 * name there, while Node names it 藏语), so the server's and the browser's renderings disagreed and the
 * label changed under the reader after hydration.
 */
export function languageLabel(code: string, own: Readonly<Record<string, string>>): string {
  return own[code] ?? code;
}
