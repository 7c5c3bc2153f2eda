/**
 * The central directory of a zip held in memory: its entry names and the sizes they claim to unpack to. Read before
 * handing an XLSX to the streaming reader, to tell a workbook from another zip (a .docx renamed) and to refuse a zip
 * bomb before inflating anything. Declared sizes can lie; the row limit while reading is the second line of defence.
 */

export interface ZipDirectory {
  names: Set<string>;
  unpackedBytes: number;
  /** Where each entry's data is and what it claims, for reading single parts (see zip-entry.ts). */
  entries: Map<string, ZipEntry>;
}

export interface ZipEntry {
  /** Offset of the entry's local header. */
  offset: number;
  /** 0 stored, 8 deflated. */
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  crc32: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/** Null when the bytes have no readable central directory (truncated or not a zip). */
export function inspectZip(data: Uint8Array): ZipDirectory | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const end = data.byteLength;
  // The end record is 22 bytes plus a comment of up to 65535 bytes, at the very end.
  let eocd = -1;
  for (let p = end - 22; p >= Math.max(0, end - 22 - 65_535); p--) {
    if (view.getUint32(p, true) === EOCD) {
      eocd = p;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (offset + size > end) return null;
  const names = new Set<string>();
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder();
  let unpackedBytes = 0;
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > end || view.getUint32(p, true) !== CENTRAL) return null;
    const unpacked = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    if (p + 46 + nameLength > end) return null;
    const name = decoder.decode(data.subarray(p + 46, p + 46 + nameLength));
    names.add(name);
    entries.set(name, {
      offset: view.getUint32(p + 42, true),
      method: view.getUint16(p + 10, true),
      flags: view.getUint16(p + 8, true),
      compressedSize: view.getUint32(p + 20, true),
      size: unpacked,
      crc32: view.getUint32(p + 16, true),
    });
    // 0xffffffff defers to a zip64 field; no org chart needs one, so count it as the most it could be here.
    unpackedBytes += unpacked === 0xffffffff ? 2 ** 32 : unpacked;
    p += 46 + nameLength + extraLength + commentLength;
  }
  return { names, unpackedBytes, entries };
}
