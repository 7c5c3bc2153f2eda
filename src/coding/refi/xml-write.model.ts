/**
 * Small helpers for writing REFI-QDA XML by hand: escaping that survives a parser's attribute and line-end
 * normalisation, and values in the XSD's lexical forms.
 */

/** Characters XML 1.0 cannot carry at all, not even as references: C0 controls except tab/LF/CR, U+FFFE/U+FFFF, lone surrogates. */
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters XML 1.0 forbids
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Element content: `&`, `<`, `>` escaped; CR as a reference so a parser does not turn CRLF into LF. */
export function escapeText(value: string): string {
  return value
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** Attribute value in double quotes: also `"`, and tab/LF/CR as references (a parser would turn them into spaces). */
export function escapeAttr(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

/** ` name="value"` for each entry whose value is not null/undefined, in the given order. */
export function attrs(values: [string, string | number | boolean | null | undefined][]): string {
  let out = '';
  for (const [name, value] of values) {
    if (value === null || value === undefined) continue;
    out += ` ${name}="${escapeAttr(String(value))}"`;
  }
  return out;
}

/** xsd:dateTime in UTC, or null for a value that is not a date. */
export function xsdDateTime(value: string | null): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** xsd:decimal has no exponent: 1e21 → "1000000000000000000000", 1e-7 → "0.0000001". */
export function xsdDecimal(value: number): string | null {
  if (!Number.isFinite(value)) return null;
  const plain = String(value);
  if (!/e/i.test(plain)) return plain;
  const [mantissa, exp] = plain.toLowerCase().split('e');
  const negative = mantissa.startsWith('-');
  const [int, frac = ''] = mantissa.replace('-', '').split('.');
  const digits = int + frac;
  const point = int.length + Number(exp);
  const body =
    point <= 0
      ? `0.${'0'.repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + '0'.repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return negative ? `-${body}` : body;
}
