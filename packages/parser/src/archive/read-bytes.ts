import { ParseError } from "../errors.js";

/**
 * Collects a stream into one buffer, refusing (and draining) it once it grows past `maxBytes`, so a
 * huge entry cannot exhaust memory.
 */
export async function readAllBytes(
  stream: AsyncIterable<unknown>,
  maxBytes: number,
  file: string,
): Promise<{ bytes: Uint8Array | null; size: number; error?: ParseError }> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let tooLarge = false;
  for await (const chunk of stream) {
    if (!(chunk instanceof Uint8Array)) throw new TypeError(`${file}: the stream yielded ${typeof chunk}, not bytes.`);
    size += chunk.byteLength;
    if (size > maxBytes) tooLarge = true;
    if (!tooLarge) chunks.push(chunk);
  }
  if (tooLarge) {
    return {
      bytes: null,
      size,
      error: new ParseError("TOO_LARGE", `${file} is ${size} bytes, over the limit of ${maxBytes} bytes.`, { file }),
    };
  }
  return { bytes: chunks.length === 1 ? (chunks[0] as Uint8Array) : Buffer.concat(chunks), size };
}
