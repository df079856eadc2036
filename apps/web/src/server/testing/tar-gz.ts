import { gzipSync } from "node:zlib";

/**
 * Builds a .tar.gz in memory from named files: enough of the ustar format for tests that upload or import a
 * multi-file archive (the real parser reads it back). Test-only; production never writes archives.
 */
export function tarGz(files: Array<{ name: string; content: string | Uint8Array }>): Uint8Array {
  const blocks: Uint8Array[] = [];
  for (const file of files) {
    const data = typeof file.content === "string" ? new TextEncoder().encode(file.content) : file.content;
    const header = new Uint8Array(512);
    const put = (text: string, offset: number, length: number) => header.set(new TextEncoder().encode(text).subarray(0, length), offset);
    put(file.name, 0, 100);
    put("0000644\0", 100, 8);
    put("0000000\0", 108, 8);
    put("0000000\0", 116, 8);
    put(`${data.byteLength.toString(8).padStart(11, "0")}\0`, 124, 12);
    put(`${Math.floor(Date.now() / 1000).toString(8).padStart(11, "0")}\0`, 136, 12);
    put("        ", 148, 8);
    put("0", 156, 1);
    put("ustar\u000000", 257, 8);
    const checksum = header.reduce((sum, byte) => sum + byte, 0);
    put(`${checksum.toString(8).padStart(6, "0")}\0 `, 148, 8);
    blocks.push(header, data, new Uint8Array((512 - (data.byteLength % 512)) % 512));
  }
  blocks.push(new Uint8Array(1024));
  const total = blocks.reduce((sum, block) => sum + block.byteLength, 0);
  const tar = new Uint8Array(total);
  let offset = 0;
  for (const block of blocks) {
    tar.set(block, offset);
    offset += block.byteLength;
  }
  return new Uint8Array(gzipSync(tar));
}
