import { gzipSync } from "node:zlib";
import { pack } from "tar-stream";

/** A fixed modification time, so that the archive's bytes depend on its contents only. */
const fixedMtime = new Date("2025-11-01T00:00:00Z");

/** Packs files into a .tar.gz in memory, deterministically (fixed times, owners and modes). */
export async function tarGz(files: ReadonlyArray<{ name: string; text: string }>): Promise<Buffer> {
  const archive = pack();
  const chunks: Buffer[] = [];
  const collected = new Promise<void>((resolve, reject) => {
    archive.on("data", (chunk: unknown) => chunks.push(chunk as Buffer));
    archive.on("end", () => resolve());
    archive.on("error", reject);
  });
  for (const file of files) {
    const body = Buffer.from(file.text, "utf8");
    await new Promise<void>((resolve, reject) => {
      archive.entry(
        { name: file.name, size: body.length, mtime: fixedMtime, mode: 0o644, uid: 0, gid: 0, uname: "", gname: "" },
        body,
        (error) => (error ? reject(error) : resolve()),
      );
    });
  }
  archive.finalize();
  await collected;
  return gzipSync(Buffer.concat(chunks), { level: 9 });
}
