/**
 * Frontline's code data (polarity, competency, shortcut) travels in the REFI-QDA Code Description, because the
 * schema allows no extra attributes and a .qdc codebook has no notes. Convention: the Description's LAST line is
 *
 *   [frontline:polarity=need;competency=6f1c0d52-…;shortcut=3]
 *
 * separated from the human description by one blank line (or alone when there is none). Other tools show the line
 * as text and keep it, so a codebook that goes through NVivo or ATLAS.ti and back still knows its competencies.
 * Unknown keys and invalid values are ignored on reading; a line that does not parse stays part of the description.
 */
import { POLARITIES, type Polarity } from '../coding.model.js';
import type { RefiCodeExtension } from './refi.model.js';

const TRAILER = /^\[frontline:([^\]\n]*)\]$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function encodeCodeDescription(description: string, ext: RefiCodeExtension | null): string {
  if (!ext) return description;
  const parts = [`polarity=${ext.polarity}`];
  if (ext.competencyId) parts.push(`competency=${ext.competencyId}`);
  if (ext.shortcut) parts.push(`shortcut=${ext.shortcut}`);
  const line = `[frontline:${parts.join(';')}]`;
  return description === '' ? line : `${description}\n\n${line}`;
}

export function decodeCodeDescription(raw: string): { description: string; frontline: RefiCodeExtension | null } {
  const cut = raw.lastIndexOf('\n');
  const last = raw.slice(cut + 1).trim();
  const m = TRAILER.exec(last);
  if (!m) return { description: raw, frontline: null };
  const fields = new Map<string, string>();
  for (const pair of m[1].split(';')) {
    const eq = pair.indexOf('=');
    if (eq > 0) fields.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
  }
  const polarity = fields.get('polarity');
  if (!polarity || !(POLARITIES as readonly string[]).includes(polarity)) return { description: raw, frontline: null };
  const competency = fields.get('competency')?.toLowerCase() ?? '';
  const shortcut = fields.get('shortcut') ?? '';
  let description = cut < 0 ? '' : raw.slice(0, cut);
  // Undo exactly what encodeCodeDescription added: one blank line.
  if (description.endsWith('\n')) description = description.slice(0, -1);
  return {
    description,
    frontline: {
      polarity: polarity as Polarity,
      competencyId: UUID.test(competency) ? competency : null,
      shortcut: /^[1-9]$/.test(shortcut) ? shortcut : null,
    },
  };
}
