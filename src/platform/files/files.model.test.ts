import { describe, expect, it } from 'vitest';
import { cleanFileName, contentDisposition } from './files.model.js';

/** Reads the UTF-8 name back the way a browser does (RFC 8187). */
function extendedName(header: string): string | null {
  const match = /filename\*=UTF-8''([^;]+)/.exec(header);
  return match ? decodeURIComponent(match[1]) : null;
}

describe('contentDisposition', () => {
  it('gives an attachment with an ASCII fallback and the exact UTF-8 name', () => {
    const header = contentDisposition('hændelseslog-2026-11-27.csv');
    expect(header).toBe(
      `attachment; filename="haendelseslog-2026-11-27.csv"; filename*=UTF-8''h%C3%A6ndelseslog-2026-11-27.csv`,
    );
    expect(extendedName(header)).toBe('hændelseslog-2026-11-27.csv');
  });

  it('keeps quotes, backslashes and RFC 8187 specials out of the header syntax', () => {
    const header = contentDisposition(`rap"port (v2)*'å'.pdf`);
    expect(header).toMatch(/^attachment; filename="[^"\\]*"; filename\*=UTF-8''[A-Za-z0-9%!#$&+\-.^_`|~]+$/);
    expect(extendedName(header)).toBe(`rap"port (v2)*'å'.pdf`);
  });

  it('cannot be split by line breaks in a name', () => {
    expect(contentDisposition('a\r\nSet-Cookie: x=1.csv')).not.toMatch(/[\r\n]/);
  });
});

describe('cleanFileName', () => {
  it('drops path parts and control characters and never returns an empty name', () => {
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('C:\\Users\\x\\ø.txt')).toBe('ø.txt');
    expect(cleanFileName('a\u0000b\u001fc.txt')).toBe('abc.txt');
    expect(cleanFileName('..')).toBe('file');
    expect(cleanFileName('   ')).toBe('file');
  });

  it('normalises to NFC and caps the length', () => {
    expect(cleanFileName('a\u030a.csv')).toBe('å.csv');
    expect(cleanFileName(`${'x'.repeat(300)}.csv`)).toHaveLength(200);
  });
});
