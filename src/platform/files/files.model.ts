/** Pure rules for stored files: names and download headers. */

/** How long a generated export stays downloadable. */
export const EXPORT_TTL_MS = 7 * 24 * 3600 * 1000;
export const MAX_FILE_NAME_LENGTH = 200;

/** A file name safe to store and offer: NFC, no path parts or control characters, never empty. */
export function cleanFileName(name: string): string {
  const base = name.normalize('NFC').split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  const safe = cleaned === '' || cleaned === '.' || cleaned === '..' ? 'file' : cleaned;
  return safe.slice(0, MAX_FILE_NAME_LENGTH);
}

// RFC 8187 attr-char: encodeURIComponent also leaves ' ( ) * unescaped, which are not allowed there.
function encodeRfc8187(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * `Content-Disposition: attachment` per RFC 6266: an ASCII `filename` for old clients and the exact UTF-8 name in
 * `filename*`, so "hændelseslog.csv" downloads as such.
 */
export function contentDisposition(name: string): string {
  const clean = cleanFileName(name);
  const ascii = clean
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'Ae')
    .replace(/ø/g, 'oe')
    .replace(/Ø/g, 'Oe')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\%]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc8187(clean)}`;
}
