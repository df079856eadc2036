import { ParseError } from "../errors.js";
import type { ArchiveFormat } from "../schema/article-record.js";
import type { ParseWarning } from "../schema/article-record.js";
import { type FrontMatter, readFrontMatter } from "./front-matter.js";
import { LineCursor } from "./line-cursor.js";
import { readTitleLine } from "./title-line.js";

/** The parts of an archive file around its HTML body, before any interpretation. */
export interface Envelope {
  format: ArchiveFormat;
  frontMatter: FrontMatter | null;
  /** Milliseconds since the epoch from `<!--…-->`, or null (F3). */
  archivedAtMs: number | null;
  /** Title as written in the `[title](url)` line. */
  title: string;
  /** URL as written in the `[title](url)` line. */
  url: string;
  /** What follows `日期：` (F3, F6), or null. */
  dateLine: string | null;
  /** The HTML body (everything after the separator and the date line). */
  body: string;
  warnings: ParseWarning[];
}

/** The most lines a title may span before the `------` separator. */
const MAX_TITLE_LINES = 12;
/** The most lines a front matter block may have. */
const MAX_FRONT_MATTER_LINES = 400;

const ARCHIVE_COMMENT = /^<!--\s*(.*?)\s*-->$/;
const SEPARATOR = /^-{4,}$/;
const DATE_LINE = /^日期[：:]\s*(.*)$/;
/**
 * One cursor for every file, kept between calls: V8 drops the shape of a class whose instances are all
 * gone at a full GC, with the optimised code built on it (see ../html/shared-tokenizer.ts).
 */
const CURSOR = new LineCursor("");
// 1990-01-01 … 2100-01-01: anything outside is a corrupt comment, not an archive time.
const MIN_ARCHIVE_MS = 631152000000;
const MAX_ARCHIVE_MS = 4102444800000;

/**
 * Detects the variant of an archive file and splits it:
 * - F1: `<!--epoch ms-->`, `[title](url)`, `------`, blank line, HTML body (the seed)
 * - F2: Jekyll front matter between `---` lines, then F1 (the body wrapped in `<div>`)
 * - F3: no timestamp line; `日期：<date>` right after `------`
 * - F6: timestamp line and `日期：` line
 */
export function readEnvelope(text: string, file?: string): Envelope {
  const cursor = CURSOR.reset(text);
  const warnings: ParseWarning[] = [];
  cursor.skipBlank();

  let frontMatter: FrontMatter | null = null;
  if (cursor.peek()?.trimEnd() === "---") {
    frontMatter = readFrontMatterBlock(cursor, file, warnings);
    cursor.skipBlank();
  }

  let archivedAtMs: number | null = null;
  // Lines of the head may be indented (a copy-paste, an editor): leading whitespace is not part of them.
  const first = (cursor.peek() ?? "").trimStart();
  if (first.startsWith("<!--")) {
    archivedAtMs = readArchiveComment(first.trim(), cursor.lineNumber, file);
    cursor.next();
    cursor.skipBlank();
  }

  const titleStart = cursor.lineNumber;
  const head = (cursor.peek() ?? "").trimStart();
  if (!head.startsWith("[")) {
    if (frontMatter === null && archivedAtMs === null) {
      throw new ParseError(
        "UNKNOWN_FORMAT",
        `The input starts with "${clip(head)}", not with front matter, an archive comment or a [title](url) line.`,
        { file, line: titleStart },
      );
    }
    throw new ParseError("MISSING_TITLE_LINE", `Expected a "[title](url)" line, found "${clip(head)}".`, {
      file,
      line: titleStart,
    });
  }
  const titleLines: string[] = [];
  for (let line = cursor.next(); ; line = cursor.next()) {
    if (line === null || titleLines.length >= MAX_TITLE_LINES) {
      throw new ParseError("MISSING_SEPARATOR", 'No "------" line after the title line.', { file, line: titleStart });
    }
    if (SEPARATOR.test(line.trim())) break;
    titleLines.push(titleLines.length === 0 ? line.trimStart() : line);
  }
  const { title, url } = readTitleLine(titleLines.join("\n"), titleStart, file);

  let dateLine: string | null = null;
  const afterSeparator = cursor.position;
  cursor.skipBlank();
  const dateMatch = DATE_LINE.exec(cursor.peek()?.trim() ?? "");
  if (dateMatch) {
    dateLine = (dateMatch[1] ?? "").trim();
    cursor.next();
  } else {
    cursor.position = afterSeparator;
  }

  const format: ArchiveFormat =
    frontMatter !== null ? "F2" : archivedAtMs !== null ? (dateLine !== null ? "F6" : "F1") : "F3";
  if (format === "F3" && dateLine === null) {
    warnings.push({
      code: "no-date-line",
      message: "The file has neither an archive timestamp nor a 日期： line; it was read as F3.",
    });
  }
  return { format, frontMatter, archivedAtMs, title, url, dateLine, body: cursor.rest(), warnings };
}

/**
 * The front matter between `---` lines. Unclosed, it is an error (where the article starts is then
 * unknown). A closed block with a line outside the subset is still read: that line is skipped with a
 * `front-matter-line` warning, as the fields that matter (title, URL, archive time) are in the lines
 * after it, and a record with one front matter field less beats losing the article.
 */
function readFrontMatterBlock(cursor: LineCursor, file: string | undefined, warnings: ParseWarning[]): FrontMatter {
  const openedAt = cursor.lineNumber;
  cursor.next();
  const lines: string[] = [];
  for (let line = cursor.next(); line?.trimEnd() !== "---"; line = cursor.next()) {
    if (line === null || lines.length >= MAX_FRONT_MATTER_LINES) {
      throw new ParseError("FRONT_MATTER_INVALID", `The front matter opened on line ${openedAt} is not closed by "---".`, {
        file,
        line: openedAt,
      });
    }
    lines.push(line);
  }
  return readFrontMatter(lines, openedAt + 1, file, (error) => {
    warnings.push({ code: "front-matter-line", message: `Skipped a front matter line: ${error.message}` });
  });
}

function readArchiveComment(line: string, lineNo: number, file: string | undefined): number {
  const match = ARCHIVE_COMMENT.exec(line);
  const digits = match?.[1] ?? "";
  if (!/^\d{9,14}$/.test(digits)) {
    throw new ParseError("INVALID_TIMESTAMP", `The archive comment "${clip(line)}" does not hold an epoch in milliseconds.`, {
      file,
      line: lineNo,
    });
  }
  // Ten or fewer digits can only be seconds (milliseconds would be before 1973).
  const value = digits.length <= 10 ? Number(digits) * 1000 : Number(digits);
  if (value < MIN_ARCHIVE_MS || value > MAX_ARCHIVE_MS) {
    throw new ParseError("INVALID_TIMESTAMP", `The archive timestamp ${digits} is outside 1990–2100.`, { file, line: lineNo });
  }
  return value;
}

function clip(text: string): string {
  const t = text.trim();
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
}
