import { ParseError } from "../errors.js";

export type FrontMatterValue = string | string[];
export type FrontMatter = Record<string, FrontMatterValue>;

/**
 * Reads the Jekyll front matter of F2 files: flat `key: value` lines whose values are plain or quoted
 * scalars, flow lists (`[ a, b ]`) or block lists (`- a` lines under `key:`).
 *
 * Hand-written rather than a YAML library on purpose: the archives only ever use this flat subset, the
 * parser must stay dependency-light (it runs inside other teams' code), and a full YAML reader would
 * accept constructs (anchors, tags, multi-document streams) that mean the file is not an archive file.
 * Anything outside the subset is reported as FRONT_MATTER_INVALID with its line number: thrown, or —
 * when `onInvalidLine` is given — handed to it, and the line skipped.
 *
 * @param lines the lines between the opening and closing `---`
 * @param firstLine 1-based line number of `lines[0]` in the file (for error messages)
 */
export function readFrontMatter(
  lines: readonly string[],
  firstLine: number,
  file?: string,
  onInvalidLine?: (error: ParseError) => void,
): FrontMatter {
  const result: FrontMatter = {};
  let listKey: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    try {
      listKey = readLine(result, listKey, lines[i] ?? "", firstLine + i, file);
    } catch (error) {
      if (onInvalidLine === undefined || !(error instanceof ParseError)) throw error;
      onInvalidLine(error);
    }
  }
  return result;
}

/** Reads one line into `result`; returns the key that `- item` lines now add to (or null). */
function readLine(result: FrontMatter, listKey: string | null, raw: string, lineNo: number, file: string | undefined): string | null {
  const trimmed = raw.trim();
  if (trimmed === "" || trimmed.startsWith("#")) return listKey;
  if (listKey !== null && (trimmed === "-" || trimmed.startsWith("- "))) {
    const previous = result[listKey];
    const list = Array.isArray(previous) ? previous : [];
    const item = readScalar(trimmed.slice(1).trim(), lineNo, file);
    if (item !== "") list.push(item);
    result[listKey] = list;
    return listKey;
  }
  if (/^\s/.test(raw)) {
    throw invalid(`Indented front matter line outside a list: "${clip(trimmed)}".`, lineNo, file);
  }
  const colon = raw.indexOf(":");
  const key = colon > 0 ? raw.slice(0, colon).trim() : "";
  const afterColon = raw[colon + 1];
  if (!/^[A-Za-z_][\w-]*$/.test(key) || (afterColon !== undefined && afterColon !== " " && afterColon !== "\t")) {
    throw invalid(`Front matter line is not "key: value": "${clip(trimmed)}".`, lineNo, file);
  }
  const value = raw.slice(colon + 1).trim();
  result[key] = value.startsWith("[") ? readFlowList(value, lineNo, file) : readScalar(value, lineNo, file);
  return value === "" ? key : null;
}

/** Returns a front matter value as one string ("" when absent; a list is joined with ", "). */
export function frontMatterString(fm: FrontMatter | null, key: string): string {
  const value = fm?.[key];
  if (value === undefined) return "";
  return Array.isArray(value) ? value.join(", ") : value;
}

/** Returns a front matter value as a list (a scalar becomes a one-item list). */
export function frontMatterList(fm: FrontMatter | null, key: string): string[] {
  const value = fm?.[key];
  if (value === undefined || value === "") return [];
  return Array.isArray(value) ? value : [value];
}

function readFlowList(value: string, lineNo: number, file: string | undefined): string[] {
  if (!value.endsWith("]")) throw invalid(`Unclosed list "${clip(value)}".`, lineNo, file);
  const inner = value.slice(1, -1);
  const items: string[] = [];
  let current = "";
  let quote: string | null = null;
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i] ?? "";
    if (quote !== null) {
      current += ch;
      if (ch === "\\" && quote === '"') {
        current += inner[++i] ?? "";
      } else if (ch === quote) {
        quote = null;
      }
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      current += ch;
    } else if (ch === ",") {
      items.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  if (quote !== null) throw invalid(`Unclosed quote in list "${clip(value)}".`, lineNo, file);
  items.push(current);
  return items.map((item) => readScalar(item.trim(), lineNo, file)).filter((item) => item !== "");
}

function readScalar(value: string, lineNo: number, file: string | undefined): string {
  if (value.startsWith('"')) return readDoubleQuoted(value, lineNo, file);
  if (value.startsWith("'")) {
    if (value.length < 2 || !value.endsWith("'")) {
      throw invalid(`Unclosed single-quoted value "${clip(value)}".`, lineNo, file);
    }
    return value.slice(1, -1).replace(/''/g, "'");
  }
  // Plain scalar: a " #" starts a comment.
  const comment = value.indexOf(" #");
  return (comment >= 0 ? value.slice(0, comment) : value).trim();
}

function readDoubleQuoted(value: string, lineNo: number, file: string | undefined): string {
  let end = -1;
  for (let i = 1; i < value.length; i++) {
    const ch = value[i];
    if (ch === "\\") i++;
    else if (ch === '"') {
      end = i;
      break;
    }
  }
  const rest = end < 0 ? "" : value.slice(end + 1).trim();
  if (end < 0 || (rest !== "" && !rest.startsWith("#"))) {
    throw invalid(`Unclosed double-quoted value "${clip(value)}".`, lineNo, file);
  }
  return unescapeDoubleQuoted(value.slice(1, end));
}

const YAML_ESCAPES: Record<string, string> = { n: "\n", t: "\t", r: "\r", "0": "\0", '"': '"', "\\": "\\", "/": "/", " ": " " };

function unescapeDoubleQuoted(body: string): string {
  if (!body.includes("\\")) return body;
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_m, esc: string) => {
    if (esc.length > 1) return String.fromCodePoint(Number.parseInt(esc.slice(1), 16));
    return YAML_ESCAPES[esc] ?? esc;
  });
}

function invalid(message: string, line: number, file: string | undefined): ParseError {
  return new ParseError("FRONT_MATTER_INVALID", `${message} (line ${line})`, { file, line });
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
