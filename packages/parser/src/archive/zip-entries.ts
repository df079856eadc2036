import { promisify } from "node:util";
import yauzl from "yauzl";
import { ParseError } from "../errors.js";
import { type ArchiveEntry, isArticleFileName } from "./archive-entry.js";
import { readAllBytes } from "./read-bytes.js";

const openZip = promisify<string, yauzl.Options, yauzl.ZipFile>(yauzl.open);

/**
 * The article files of a .zip, in the order of its central directory. yauzl reads the directory and
 * then one entry at a time by random access, so memory stays bounded by the largest entry.
 */
export async function* zipEntries(path: string, maxBytes: number): AsyncGenerator<ArchiveEntry> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(path, { lazyEntries: true, autoClose: false, decodeStrings: true, validateEntrySizes: true });
  } catch (cause) {
    throw new ParseError("ARCHIVE_INVALID", `${path} is not a readable .zip: ${(cause as Error).message}`, {
      file: path,
      cause,
    });
  }
  try {
    for (let entry = await nextEntry(zip, path); entry !== null; entry = await nextEntry(zip, path)) {
      const file = entry.fileName;
      if (file.endsWith("/") || !isArticleFileName(file)) continue;
      yield await readZipEntry(zip, entry, file, maxBytes);
    }
  } finally {
    zip.close();
  }
}

async function readZipEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, file: string, maxBytes: number): Promise<ArchiveEntry> {
  const size = entry.uncompressedSize;
  if (size > maxBytes) {
    const error = new ParseError("TOO_LARGE", `${file} is ${size} bytes, over the limit of ${maxBytes} bytes.`, { file });
    return { file, size, bytes: null, error };
  }
  try {
    const stream = await zip.openReadStreamPromise(entry);
    const read = await readAllBytes(stream, maxBytes, file);
    return { file, size: read.size, bytes: read.bytes, ...(read.error ? { error: read.error } : {}) };
  } catch (cause) {
    const error = new ParseError("READ_FAILED", `Cannot read ${file} from the .zip: ${(cause as Error).message}`, {
      file,
      cause,
    });
    return { file, size, bytes: null, error };
  }
}

function nextEntry(zip: yauzl.ZipFile, path: string): Promise<yauzl.Entry | null> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      zip.off("entry", onEntry);
      zip.off("end", onEnd);
      zip.off("error", onError);
    };
    const onEntry = (entry: yauzl.Entry) => {
      cleanup();
      resolve(entry);
    };
    const onEnd = () => {
      cleanup();
      resolve(null);
    };
    const onError = (cause: Error) => {
      cleanup();
      reject(new ParseError("ARCHIVE_INVALID", `${path} is a corrupt .zip: ${cause.message}`, { file: path, cause }));
    };
    zip.on("entry", onEntry);
    zip.on("end", onEnd);
    zip.on("error", onError);
    zip.readEntry();
  });
}
