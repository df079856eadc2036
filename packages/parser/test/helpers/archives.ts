import { Readable } from "node:stream";
import { crc32, gzipSync } from "node:zlib";
import tar from "tar-stream";

export interface NamedFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * A .zip of the files, stored uncompressed (enough for reading tests; no zip writer is among the
 * dependencies). Layout per APPNOTE 4.3: local headers with data, central directory, end record.
 */
export function makeZip(files: readonly NamedFile[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, bytes } of files) {
    const nameBytes = Buffer.from(name, "utf8");
    const crc = crc32(bytes);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(bytes.byteLength, 18);
    local.writeUInt32LE(bytes.byteLength, 22);
    local.writeUInt16LE(nameBytes.byteLength, 26);
    locals.push(local, nameBytes, Buffer.from(bytes));
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(bytes.byteLength, 20);
    central.writeUInt32LE(bytes.byteLength, 24);
    central.writeUInt16LE(nameBytes.byteLength, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.byteLength + bytes.byteLength;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.byteLength, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A .tar (or .tar.gz) of the files, written with tar-stream. */
export async function makeTar(files: readonly NamedFile[], gzip = false): Promise<Buffer> {
  const pack = tar.pack();
  for (const { name, bytes } of files) pack.entry({ name, size: bytes.byteLength }, Buffer.from(bytes));
  pack.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of Readable.from(pack)) chunks.push(chunk as Buffer);
  const tarball = Buffer.concat(chunks);
  return gzip ? gzipSync(tarball) : tarball;
}
