/**
 * Just enough XML for the parts of an XLSX: start and end tags with their local names (namespace prefix dropped) and
 * the text between them, streamed from chunks of bytes with only an unfinished tag or text carried from one chunk to
 * the next. No DTDs or entity declarations (OOXML has none; a DOCTYPE is skipped unread), so no entity expansion.
 * Characters are decoded across chunk boundaries, so an æ split between two chunks stays an æ.
 */

export interface XmlHandler {
  /** A start tag: its local name and the tag's text after the `<` (for `attribute`). */
  open(name: string, tag: string, selfClosing: boolean): void;
  /** An end tag; also called right after `open` for a self-closing one. */
  close(name: string): void;
  /** Text between tags, entities decoded, delivered only while `capturing` is true (at the text's start). */
  text(value: string): void;
  capturing: boolean;
  /** Set to stop reading the rest of the part. */
  done?: boolean;
}

/**
 * The most carried from one chunk to the next: a tag, comment or cut entity longer than this is no spreadsheet's,
 * and carrying it on (copied again with every chunk) would let a crafted file keep the reader busy for hours.
 */
const MAX_CARRY = 1024 * 1024;

export async function scanXml(chunks: AsyncIterable<Uint8Array>, handler: XmlHandler): Promise<void> {
  const decoder = new TextDecoder('utf-8');
  let carry = '';
  for await (const chunk of chunks) {
    carry = scan(carry + decoder.decode(chunk, { stream: true }), handler);
    if (handler.done) return;
    if (carry.length > MAX_CARRY) throw new Error('XML construct too long');
  }
  const rest = scan(carry + decoder.decode(), handler);
  if (rest.includes('<')) throw new Error('truncated XML');
}

const isNameEnd = (c: number) => c === 32 || c === 47 || c === 62 || c === 9 || c === 10 || c === 13;

function localName(s: string, from: number, to: number): string {
  let start = from;
  let end = from;
  for (; end < to; end++) {
    const c = s.charCodeAt(end);
    if (isNameEnd(c)) break;
    if (c === 58 /* : */) start = end + 1;
  }
  return s.slice(start, end);
}

/** The `>` that ends the tag starting at `from`, past any in quoted attribute values; -1 if not in `s` yet. */
function tagEnd(s: string, from: number): number {
  let quote = 0;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 62 /* > */) return i;
    else if (c === 34 || c === 39) quote = c;
  }
  return -1;
}

/** Handles every complete tag and text in `s`; returns what is left for the next chunk. */
function scan(s: string, h: XmlHandler): string {
  let i = 0;
  while (i < s.length) {
    const lt = s.indexOf('<', i);
    if (lt < 0) {
      if (!h.capturing) return '';
      // Text goes on as it comes, except a trailing entity that may be cut in two: that waits for the next chunk.
      const amp = s.lastIndexOf('&');
      const cut = amp >= i && s.indexOf(';', amp) < 0 ? amp : s.length;
      if (cut > i) h.text(decodeXml(s.slice(i, cut)));
      return s.slice(cut);
    }
    if (lt > i && h.capturing) h.text(decodeXml(s.slice(i, lt)));
    const next = s.charCodeAt(lt + 1);
    let end: number;
    if (next === 33 /* ! */) {
      if (s.startsWith('<![CDATA[', lt)) {
        end = s.indexOf(']]>', lt + 9);
        if (end < 0) return s.slice(lt);
        if (h.capturing) h.text(s.slice(lt + 9, end));
        i = end + 3;
        continue;
      }
      const comment = s.startsWith('<!--', lt);
      const subset = !comment && s.indexOf('[', lt) >= 0 && s.indexOf('[', lt) < s.indexOf('>', lt);
      const close = comment ? '-->' : subset ? ']>' : '>';
      end = s.indexOf(close, lt + 2);
      if (end < 0) return s.slice(lt);
      i = end + close.length;
      continue;
    }
    if (next === 63 /* ? */) {
      end = s.indexOf('?>', lt + 2);
      if (end < 0) return s.slice(lt);
      i = end + 2;
      continue;
    }
    end = tagEnd(s, lt + 1);
    if (end < 0) return s.slice(lt);
    if (next === 47 /* / */) {
      h.close(localName(s, lt + 2, end));
    } else {
      const selfClosing = s.charCodeAt(end - 1) === 47;
      const name = localName(s, lt + 1, end);
      h.open(name, s.slice(lt + 1, selfClosing ? end - 1 : end), selfClosing);
      if (selfClosing) h.close(name);
    }
    i = end + 1;
    if (h.done) return '';
  }
  return '';
}

const ENTITY = /&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(ENTITY, (whole, hex: string | undefined, dec: string | undefined, named: string | undefined) => {
    if (named) return NAMED[named];
    const code = hex ? Number.parseInt(hex, 16) : Number(dec);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/** Where the next attribute of a tag lies, from `from` on: [name start, name end, value start, value end]. */
const found = [0, 0, 0, 0];

function nextAttribute(tag: string, from: number): boolean {
  let i = from;
  while (isSpace(tag.charCodeAt(i))) i++;
  const eq = tag.indexOf('=', i);
  if (eq < 0) return false;
  let nameEnd = eq;
  while (nameEnd > i && isSpace(tag.charCodeAt(nameEnd - 1))) nameEnd--;
  let q = eq + 1;
  while (isSpace(tag.charCodeAt(q))) q++;
  const quote = tag[q];
  if (quote !== '"' && quote !== "'") return false;
  const valueEnd = tag.indexOf(quote, q + 1);
  if (valueEnd < 0) return false;
  found[0] = i;
  found[1] = nameEnd;
  found[2] = q + 1;
  found[3] = valueEnd;
  return true;
}

/** Index just past a tag's name, where its attributes start. */
function afterName(tag: string): number {
  let i = 0;
  while (i < tag.length && !isSpace(tag.charCodeAt(i))) i++;
  return i;
}

/** An attribute's value (entities decoded) from a tag as `open` hands it over; `name` with its prefix, if any. */
export function attribute(tag: string, name: string): string | undefined {
  for (let i = afterName(tag); nextAttribute(tag, i); i = found[3] + 1) {
    if (found[1] - found[0] === name.length && tag.startsWith(name, found[0]))
      return decodeXml(tag.slice(found[2], found[3]));
  }
  return undefined;
}

/** The r, s and t attributes of a row or cell: read in one pass, as every cell of a sheet has them. */
export interface RefStyleType {
  r: string | undefined;
  s: string | undefined;
  t: string | undefined;
}

export function refStyleType(tag: string, into: RefStyleType): RefStyleType {
  into.r = undefined;
  into.s = undefined;
  into.t = undefined;
  for (let i = afterName(tag); nextAttribute(tag, i); i = found[3] + 1) {
    if (found[1] - found[0] !== 1) continue;
    const value = decodeXml(tag.slice(found[2], found[3]));
    const c = tag.charCodeAt(found[0]);
    if (c === 114 /* r */) into.r = value;
    else if (c === 115 /* s */) into.s = value;
    else if (c === 116 /* t */) into.t = value;
  }
  return into;
}
