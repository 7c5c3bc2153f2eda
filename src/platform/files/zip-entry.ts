/**
 * One part of a zip held in memory (an XLSX, a DOCX, a QDPX) as a stream of unpacked chunks, so a 50,000-row sheet never sits in
 * memory whole, unpacked. The zip's central directory (zip-directory.ts) says where the part is; its claims are
 * checked as we go: never more bytes than it declares (a zip bomb that lies), and the CRC at the end (corruption).
 */
import { crc32, createInflateRaw } from 'node:zlib';
import type { ZipEntry } from './zip-directory';

const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED = 0x1;
/** Unpacked chunk size: big enough to keep per-chunk work low, small enough to stay out of V8's large-object space. */
const CHUNK = 48 * 1024;

export async function* unpackEntry(data: Uint8Array, entry: ZipEntry): AsyncGenerator<Buffer> {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const p = entry.offset;
  if (p + 30 > data.byteLength || view.getUint32(p, true) !== LOCAL_HEADER) throw new Error('corrupt zip entry');
  if (entry.flags & ENCRYPTED) throw new Error('encrypted zip entry');
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  if (start + entry.compressedSize > data.byteLength) throw new Error('truncated zip entry');
  const packed = Buffer.from(data.buffer, data.byteOffset + start, entry.compressedSize);
  let unpacked = 0;
  let crc = 0;
  const take = (chunk: Buffer) => {
    unpacked += chunk.byteLength;
    if (unpacked > entry.size) throw new Error('zip entry larger than declared');
    crc = crc32(chunk, crc);
    return chunk;
  };
  if (entry.method === STORED) {
    for (let i = 0; i < packed.byteLength; i += CHUNK) yield take(packed.subarray(i, i + CHUNK));
  } else if (entry.method === DEFLATED) {
    const inflate = createInflateRaw({ chunkSize: CHUNK });
    inflate.end(packed);
    for await (const chunk of inflate) yield take(chunk as Buffer);
  } else {
    throw new Error(`unsupported zip compression ${entry.method}`);
  }
  if (unpacked !== entry.size || crc >>> 0 !== entry.crc32 >>> 0) throw new Error('corrupt zip entry');
}

/** One entry unpacked whole; refuses (throws) once it passes `maxBytes`, whatever the directory claimed. */
export async function readZipEntry(data: Uint8Array, entry: ZipEntry, maxBytes: number): Promise<Buffer> {
  if (entry.size > maxBytes) throw new Error('zip entry too large');
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of unpackEntry(data, entry)) {
    total += chunk.byteLength;
    if (total > maxBytes) throw new Error('zip entry too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}
