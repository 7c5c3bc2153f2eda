/**
 * .qdpx packages: a zip with one `*.qde` at the root and the source texts in `sources/` (REFI-QDA 8.1).
 *
 * Reading trusts nothing: an entry name with `..`, a leading slash, a backslash or a drive letter refuses the whole
 * file (`zip_path`) before anything is unpacked; entry count, declared sizes and compression ratio are checked
 * against limits (`zip_bomb`, `file_too_large`), and while unpacking, an entry that inflates past its declared size
 * stops at once (zip-entry.ts). Only the .qde and the text files it names are unpacked; media files are never read.
 * Lenient about names: any `*.qde` name, `sources/` in any case, paths `internal://x.txt`, `sources/x.txt` or `x.txt`.
 */
import { zipSync } from 'fflate';
import { inspectZip, type ZipEntry } from '../../platform/files/zip-directory.js';
import { readZipEntry } from '../../platform/files/zip-entry.js';
import { completeQde, parseQde, readRefiXml } from './qde-read.js';
import { sourceTextPath, writeQde } from './qde-write.js';
import { RefiError, type RefiImport, type RefiProject } from './refi.model.js';
import { decodeXmlBytes } from './xml-tree.js';

export interface QdpxLimits {
  maxEntries: number;
  /** Unpacked bytes of the .qde. */
  maxQdeBytes: number;
  /** Unpacked bytes of one source text. */
  maxTextBytes: number;
  /** Unpacked bytes of everything read. */
  maxTotalBytes: number;
  /** Declared unpacked/packed ratio above which an entry over 1 MiB counts as a bomb (zeros deflate ~1000:1). */
  maxRatio: number;
}

export const QDPX_LIMITS: QdpxLimits = {
  maxEntries: 10_000,
  maxQdeBytes: 64 * 1024 * 1024,
  maxTextBytes: 16 * 1024 * 1024,
  maxTotalBytes: 256 * 1024 * 1024,
  maxRatio: 400,
};

const encoder = new TextEncoder();

export function packQdpx(project: RefiProject): Uint8Array {
  const files: Record<string, Uint8Array> = { 'project.qde': encoder.encode(writeQde(project)) };
  for (const s of project.sources) files[sourceTextPath(s.guid)] = encoder.encode(s.text);
  return zipSync(files, { level: 6 });
}

/** True for names that could point outside the folder they are unpacked into. */
function unsafeName(name: string): boolean {
  return (
    name.startsWith('/') ||
    name.includes('\\') ||
    name.includes('\0') ||
    /^[a-zA-Z]:/.test(name) ||
    name.split('/').some((part) => part === '..')
  );
}

/** Checks the directory; the entries by lower-case name (the first of names differing only in case). */
function checkDirectory(bytes: Uint8Array, limits: QdpxLimits): Map<string, [string, ZipEntry]> {
  const dir = inspectZip(bytes);
  if (!dir) throw new RefiError('zip_corrupt');
  if (dir.entries.size > limits.maxEntries) throw new RefiError('zip_bomb', { entries: dir.entries.size });
  const byLower = new Map<string, [string, ZipEntry]>();
  for (const [name, entry] of dir.entries) {
    if (unsafeName(name)) throw new RefiError('zip_path', { name: name.slice(0, 200) });
    const lower = name.toLowerCase();
    if (!byLower.has(lower)) byLower.set(lower, [name, entry]);
  }
  return byLower;
}

/** Unpacks one entry within the limits; the running total is shared by all entries of one file. */
async function unpack(
  bytes: Uint8Array,
  [name, entry]: [string, ZipEntry],
  maxBytes: number,
  budget: { left: number },
  limits: QdpxLimits,
): Promise<Uint8Array> {
  if (entry.size > 1024 * 1024 && entry.size > limits.maxRatio * Math.max(1, entry.compressedSize)) {
    throw new RefiError('zip_bomb', { name });
  }
  if (entry.size > maxBytes) throw new RefiError('file_too_large', { name, bytes: entry.size });
  if (entry.size > budget.left) throw new RefiError('zip_bomb', { name });
  budget.left -= entry.size;
  try {
    return await readZipEntry(bytes, entry, maxBytes);
  } catch (err) {
    const message = err instanceof Error ? err.message : '';
    if (message === 'zip entry larger than declared') throw new RefiError('zip_bomb', { name });
    if (message === 'zip entry too large') throw new RefiError('file_too_large', { name });
    throw new RefiError('zip_corrupt', { name });
  }
}

/** The zip entry a plainTextPath names: its file name in `sources/` (any case), else at the root. */
function findText(path: string, byLower: Map<string, [string, ZipEntry]>): [string, ZipEntry] | undefined {
  const base = path
    .replace(/^[a-z]+:\/+/i, '')
    .split(/[/\\]/)
    .pop()
    ?.toLowerCase();
  if (!base) return undefined;
  return byLower.get(`sources/${base}`) ?? byLower.get(base);
}

export async function unpackQdpx(bytes: Uint8Array, limits: Partial<QdpxLimits> = {}): Promise<RefiImport> {
  const lim = { ...QDPX_LIMITS, ...limits };
  const byLower = checkDirectory(bytes, lim);
  const qdes = [...byLower.values()].filter(([name]) => /^[^/]+\.qde$/i.test(name));
  if (qdes.length === 0) throw new RefiError('qde_missing');
  if (qdes.length > 1) throw new RefiError('qde_ambiguous', { names: qdes.map(([n]) => n).join(', ') });
  const budget = { left: lim.maxTotalBytes };
  const parse = parseQde(decodeXmlBytes(await unpack(bytes, qdes[0], lim.maxQdeBytes, budget, lim)));
  const texts = new Map<string, string | null>();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const [guid, path] of parse.textPaths) {
    const found = path ? findText(path, byLower) : undefined;
    if (!found) continue; // completeQde reports it as text_missing
    const data = await unpack(bytes, found, lim.maxTextBytes, budget, lim);
    try {
      texts.set(guid, decoder.decode(data)); // drops a UTF-8 byte-order mark
    } catch {
      const what = parse.project.notes.some((n) => n.guid === guid) ? 'Note' : 'TextSource';
      parse.report.add(what, 'text_not_utf8', found[0]);
      texts.set(guid, null);
    }
  }
  return completeQde(parse, texts);
}

const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5);

/** An uploaded file, whatever it is: a .qdpx (zip), or a .qde or .qdc on its own (XML, told apart by its root). */
export async function readRefiFile(bytes: Uint8Array, limits: Partial<QdpxLimits> = {}): Promise<RefiImport> {
  if (isZip(bytes)) return unpackQdpx(bytes, limits);
  const maxXml = limits.maxQdeBytes ?? QDPX_LIMITS.maxQdeBytes;
  if (bytes.byteLength > maxXml) throw new RefiError('file_too_large', { bytes: bytes.byteLength });
  return readRefiXml(decodeXmlBytes(bytes));
}
