/**
 * Codes → a REFI-QDA 1.0 codebook (.qdc, Codebook.xsd). Frontline's polarity and competency travel in each code's
 * Description (refi-extension.model.ts), as in the project export.
 */
import { writeCode } from './qde-write.js';
import { type RefiCode, RefiError } from './refi.model.js';
import { attrs } from './xml-write.model.js';

export const CODEBOOK_NS = 'urn:QDA-XML:codebook:1.0';
const CODEBOOK_XSD = 'http://schema.qdasoftware.org/versions/Codebook/v1.0/Codebook.xsd';

export function writeQdc(codes: RefiCode[], origin: string | null = null): string {
  // The schema requires at least one Code.
  if (!codes.length) throw new RefiError('codebook_empty');
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<CodeBook xmlns="${CODEBOOK_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"`,
    ` xsi:schemaLocation="${CODEBOOK_NS} ${CODEBOOK_XSD}"${attrs([['origin', origin]])}>\n`,
    '  <Codes>\n',
  ];
  for (const c of codes) writeCode(out, c, '    ', false);
  out.push('  </Codes>\n</CodeBook>\n');
  return out.join('');
}
