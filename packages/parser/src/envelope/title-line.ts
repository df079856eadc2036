import { ParseError } from "../errors.js";

export interface TitleLine {
  /** The title as written between the outer brackets (entities not yet decoded, line breaks kept). */
  title: string;
  /** The URL as written between the parentheses. */
  url: string;
}

/**
 * Splits the markdown link that heads every variant: `[title](url)`. The title may itself hold
 * brackets ("[[國際] 歐盟…](…)", "…[影]](…)") and line breaks, and the URL parentheses, so the link is
 * split at the last "](" whose remainder is a URL without whitespace that closes the block.
 *
 * @param block the lines from the one starting with "[" up to (not including) the `------` line
 */
export function readTitleLine(block: string, line: number, file?: string): TitleLine {
  const text = block.trim();
  if (!text.startsWith("[") || !text.endsWith(")")) {
    throw new ParseError("MISSING_TITLE_LINE", `Expected a "[title](url)" line, found "${clip(text)}".`, {
      file,
      line,
    });
  }
  for (let split = text.lastIndexOf("]("); split > 0; split = text.lastIndexOf("](", split - 1)) {
    const url = linkTarget(text.slice(split + 2, -1).trim());
    if (url !== null) return { title: unescapeTitle(text.slice(1, split)), url };
  }
  throw new ParseError("MISSING_TITLE_LINE", `The title line has no "(url)" part: "${clip(text)}".`, { file, line });
}

/** A markdown link title after the URL: `(url "title")`, `(url 'title')`, `(url (title))`. */
const WITH_LINK_TITLE = /^(\S+)\s+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\))$/;

/**
 * The URL of a markdown link target, or null when the text is none: a URL without whitespace,
 * optionally in angle brackets (`<url>`, where markdown allows spaces: they are percent-encoded) or
 * followed by a link title, which is dropped.
 */
function linkTarget(target: string): string | null {
  if (target === "") return null;
  if (/^<[^<>\n]+>$/.test(target)) return target.slice(1, -1).trim().replace(/\s/g, "%20");
  if (!/\s/.test(target)) return stripAngles(target);
  const titled = WITH_LINK_TITLE.exec(target)?.[1];
  return titled === undefined ? null : stripAngles(titled);
}

/** Markdown allows `[t](<url>)`. */
function stripAngles(url: string): string {
  return url.startsWith("<") && url.endsWith(">") ? url.slice(1, -1) : url;
}

/** Markdown's escapes of the link text's own brackets and backslashes: `\[`, `\]`, `\\`. */
function unescapeTitle(title: string): string {
  return title.includes("\\") ? title.replace(/\\([[\]\\])/g, "$1") : title;
}

function clip(text: string): string {
  const first = text.split("\n", 1)[0] ?? "";
  return first.length > 80 ? `${first.slice(0, 77)}…` : first;
}
