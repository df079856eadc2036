import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { demoArchivePath } from "../sample-paths.js";
import { generateDemoArchive } from "./generate-demo-archive.js";
import { tarGz } from "./tar-gz.js";

/**
 * `npm run demo:archive -w @newsdesk/db`: regenerates sample/demo-archive.tar.gz from the generator (same seed,
 * same bytes; a unit test checks the committed file against it).
 */
const files = generateDemoArchive();
const bytes = await tarGz(files);
await mkdir(dirname(demoArchivePath), { recursive: true });
await writeFile(demoArchivePath, bytes);
console.log(`wrote ${demoArchivePath}: ${files.length} files, ${bytes.length} bytes`);
