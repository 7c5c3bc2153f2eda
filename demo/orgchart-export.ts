/**
 * A demo org chart as the file an HR department would upload: the municipality's own columns, separator, encoding
 * and date format (orgchart-profiles.ts), CRLF line ends as Excel writes them. The bytes are what the demo seeding
 * hands to the org-chart import, exactly as an upload.
 */
import type { ExportField, ExportFormat, MunicipalityProfile } from './orgchart-profiles.js';
import { type DemoPerson, generateDemoOrgChart } from './orgcharts.js';

function formatDate(iso: string | null, format: ExportFormat['dateFormat']): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return format === 'yyyy-mm-dd' ? iso : format === 'dd.mm.yyyy' ? `${d}.${m}.${y}` : `${d}-${m}-${y}`;
}

function fieldValue(p: DemoPerson, field: ExportField, format: ExportFormat): string {
  switch (field) {
    case 'employeeId':
      return p.employeeId;
    case 'name':
      return p.name;
    case 'firstName':
      return p.firstName;
    case 'lastName':
      return p.lastName;
    case 'email':
      return p.email ?? '';
    case 'jobTitle':
      return p.jobTitle;
    case 'unit':
      return p.unitPath[p.unitPath.length - 1];
    case 'unitPath':
      return p.unitPath.join(format.pathSeparator);
    case 'managerEmployeeId':
      return p.managerEmployeeId ?? '';
    case 'leaderSince':
      return formatDate(p.leaderSince, format.dateFormat);
  }
}

function csvField(value: string, separator: string): string {
  return /["\r\n]/.test(value) || value.includes(separator) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Windows-1252 agrees with Latin-1 on every letter the demo uses; anything beyond it is a bug in the name lists. */
function encodeLatin1(text: string): Uint8Array {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0xff) throw new Error(`Not encodable in Windows-1252: ${JSON.stringify(text[i])}`);
  }
  return new Uint8Array(Buffer.from(text, 'latin1'));
}

export function orgChartCsv(people: readonly DemoPerson[], format: ExportFormat): Uint8Array {
  const line = (cells: readonly string[]) =>
    `${cells.map((c) => csvField(c, format.separator)).join(format.separator)}\r\n`;
  let text = line(format.columns.map((c) => c.header));
  for (const p of people) text += line(format.columns.map((c) => fieldValue(p, c.field, format)));
  if (format.encoding === 'windows-1252') return encodeLatin1(text);
  const bytes = new TextEncoder().encode(text);
  if (format.encoding === 'utf-8') return bytes;
  const withBom = new Uint8Array(bytes.length + 3);
  withBom.set([0xef, 0xbb, 0xbf]);
  withBom.set(bytes, 3);
  return withBom;
}

export interface DemoOrgChartFile {
  fileName: string;
  bytes: Uint8Array;
  people: DemoPerson[];
}

export function demoOrgChartFile(profile: MunicipalityProfile, asOf: string): DemoOrgChartFile {
  const people = generateDemoOrgChart(profile, asOf);
  return { fileName: profile.format.fileName, bytes: orgChartCsv(people, profile.format), people };
}

/** The chart's date: the first of the current month (UTC), so the data set only moves once a month. */
export function demoChartDate(now = new Date()): string {
  return `${now.toISOString().slice(0, 7)}-01`;
}
