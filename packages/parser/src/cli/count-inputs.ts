import { stat } from "node:fs/promises";
import { promisify } from "node:util";
import yauzl from "yauzl";
import { countFolderFiles } from "../archive/folder-entries.js";

const openZip = promisify<string, yauzl.Options, yauzl.ZipFile>(yauzl.open);

/**
 * How many files the inputs hold, for the progress bar; null when it cannot be known cheaply
 * (stdin, tar archives, which must be read to be counted).
 */
export async function countInputFiles(paths: readonly string[]): Promise<number | null> {
  let total = 0;
  for (const path of paths) {
    if (path === "-") return null;
    const info = await stat(path).catch(() => null);
    if (info === null) {
      total++;
    } else if (info.isDirectory()) {
      total += await countFolderFiles(path);
    } else if (path.toLowerCase().endsWith(".zip")) {
      const zip = await openZip(path, { lazyEntries: true, autoClose: false }).catch(() => null);
      if (zip === null) return null;
      total += zip.entryCount;
      zip.close();
    } else if (/\.(tar|tar\.gz|tgz)$/i.test(path)) {
      return null;
    } else {
      total++;
    }
  }
  return total;
}
