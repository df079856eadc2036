import { join } from "node:path";
import { sampleDir } from "../package-paths.js";

/** The sample archive that ships in the repository: the project's seed file and the generated demo archive. */
export const seedFileDir = join(sampleDir, "seed");
export const demoArchivePath = join(sampleDir, "demo-archive.tar.gz");
export const sampleArchivePaths: readonly string[] = [seedFileDir, demoArchivePath];
