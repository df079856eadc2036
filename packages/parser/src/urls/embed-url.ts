/**
 * Where an `<iframe>`, `<video>`, `<audio>` or `<embed>` points: its `src` resolved against the article
 * (protocol-relative made https), or null when it is empty, blank or unreadable.
 */
export function resolveEmbedUrl(src: string, base: URL | string): string | null {
  const written = src.trim();
  if (written === "" || written === "about:blank") return null;
  try {
    return new URL(written.startsWith("//") ? `https:${written}` : written, base).href;
  } catch {
    return null;
  }
}
