/**
 * XML from other tools, read into a small element tree with saxes (strict XML 1.0). A DOCTYPE is refused outright,
 * so no entity — external (XXE) or internal (billion laughs) — is ever declared, let alone expanded. Names are
 * matched by local name, whatever prefix or namespace a tool uses.
 */
import { SaxesParser } from 'saxes';
import { RefiError } from './refi.model.js';

export interface XmlElement {
  /** Local name (prefix removed). */
  name: string;
  /** Attributes by local name, values in NFC; namespace declarations left out. */
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Character data directly inside the element (text and CDATA), as the parser delivered it. */
  text: string;
  line: number;
}

/** Deep enough for any real code tree, shallow enough that walking the tree recursively is safe. */
const MAX_DEPTH = 200;
/**
 * A study with 50 interviews and 20,000 codings is ~60,000 elements; the cap keeps the tree (~200 bytes an element)
 * in the low hundreds of MB even for a file of nothing but `<a/>`.
 */
export const MAX_ELEMENTS = 1_000_000;

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** UTF-8 (BOM or not) or UTF-16 with a BOM, as XML parsers detect it; anything else is refused. */
export function decodeXmlBytes(bytes: Uint8Array): string {
  let encoding = 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new RefiError('xml_encoding');
  }
}

export function parseXml(xml: string, maxElements = MAX_ELEMENTS): XmlElement {
  const source = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
  const parser = new SaxesParser({ position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let count = 0;
  parser.on('doctype', () => {
    throw new RefiError('xml_doctype', { line: parser.line });
  });
  parser.on('error', (err) => {
    const message = err.message.replace(/^\d+:\d+: /, '');
    throw new RefiError('xml_syntax', { line: parser.line, column: parser.column, message });
  });
  parser.on('opentag', (tag) => {
    // No prototype: an attribute called "constructor" or "__proto__" is just an attribute.
    const attrs: Record<string, string> = Object.create(null);
    for (const [name, value] of Object.entries(tag.attributes)) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
      const local = localName(name);
      // An unprefixed attribute wins over a prefixed one of the same local name.
      if (!(local in attrs) || !name.includes(':')) attrs[local] = (value as string).normalize('NFC');
    }
    const el: XmlElement = { name: localName(tag.name), attrs, children: [], text: '', line: parser.line };
    if (++count > maxElements) throw new RefiError('file_too_large', { elements: count });
    if (stack.length >= MAX_DEPTH) {
      throw new RefiError('refi_invalid', { element: el.name, line: el.line, message: 'nested too deep' });
    }
    if (stack.length) stack[stack.length - 1].children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const onText = (text: string) => {
    if (stack.length) stack[stack.length - 1].text += text;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.write(source).close();
  if (!root) throw new RefiError('xml_syntax', { line: 1, column: 1, message: 'no root element' });
  return root;
}
