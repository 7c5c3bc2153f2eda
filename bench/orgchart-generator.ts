/**
 * A synthetic Danish municipal org chart of any size for benchmarks, made by the demo data set's generator
 * (demo/orgcharts.ts): kommunaldirektør → one direktør per area → centre chiefs → institutions and first-line
 * leaders (about one per 10 employees) → employees, with realistic Danish names, units in the six default areas and
 * a unit path per person. Deterministic for a given seed.
 *
 * Run directly to write files: `npx tsx bench/orgchart-generator.ts 50000 .tmp/bench` writes
 * orgchart-50000.xlsx, orgchart-50000.csv (UTF-8, semicolon) and orgchart-50000-cp1252.csv.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { DEMO_MUNICIPALITIES, type MunicipalityProfile } from '../demo/orgchart-profiles.js';
import { generateDemoOrgChart, shuffled } from '../demo/orgcharts.js';

export interface GeneratedPerson {
  employeeId: string;
  name: string;
  email: string;
  jobTitle: string;
  unit: string;
  unitPath: string;
  managerEmployeeId: string;
  /** ISO date, leaders only. */
  leaderSince: string;
  role: 'top' | 'director' | 'chief' | 'first_line' | 'employee';
}

export const GENERATED_HEADERS = [
  'Medarbejdernr',
  'Navn',
  'E-mail',
  'Stilling',
  'Afdeling',
  'Afdelingssti',
  'Leder medarbejdernr',
  'Leder siden',
] as const;

export interface GenerateOptions {
  seed?: number;
  municipality?: string;
  emailDomain?: string;
  /** The date leader-since dates count back from (ISO); fixed by default so the files are the same every run. */
  asOf?: string;
}

/**
 * Exactly `n` people (n ≥ about 300: the structure needs its directors and centres), from the demo data set's
 * generator with Viborg's towns and districts, shuffled so the file order does not follow the hierarchy and managers
 * often come after their reports.
 */
export function generateOrgChart(n: number, options: GenerateOptions = {}): GeneratedPerson[] {
  const seed = options.seed ?? 2013;
  const viborg = DEMO_MUNICIPALITIES.find((m) => m.orgKey === 'viborg')!;
  const profile: MunicipalityProfile = {
    ...viborg,
    name: options.municipality ?? viborg.name,
    seed,
    employees: n,
    emailDomain: options.emailDomain ?? viborg.emailDomain,
    // Room for half a million distinct ids.
    idDigits: Math.max(6, String(n * 20).length),
    featured: undefined,
  };
  const people = generateDemoOrgChart(profile, options.asOf ?? '2026-11-01');
  return shuffled(seed, people).map((p) => ({
    employeeId: p.employeeId,
    name: p.name,
    email: p.email ?? '',
    jobTitle: p.jobTitle,
    unit: p.unitPath[p.unitPath.length - 1],
    unitPath: p.unitPath.join('/'),
    managerEmployeeId: p.managerEmployeeId ?? '',
    leaderSince: p.leaderSince ?? '',
    role: p.role === 'institution' ? 'chief' : p.role,
  }));
}

function rowOf(p: GeneratedPerson): string[] {
  return [p.employeeId, p.name, p.email, p.jobTitle, p.unit, p.unitPath, p.managerEmployeeId, p.leaderSince];
}

/** Streams an XLSX with shared strings (as Excel writes them) and `Leder siden` as real date cells. */
export async function writeOrgChartXlsx(file: string, people: readonly GeneratedPerson[]): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const sheet = workbook.addWorksheet('Medarbejdere');
  sheet.getColumn(8).numFmt = 'dd-mm-yyyy';
  sheet.addRow([...GENERATED_HEADERS]).commit();
  for (const p of people) {
    const cells: (string | number | Date)[] = rowOf(p);
    // Numeric ids, as HR systems' Excel exports usually have them.
    cells[0] = Number(p.employeeId);
    cells[6] = p.managerEmployeeId ? Number(p.managerEmployeeId) : '';
    cells[7] = p.leaderSince ? new Date(`${p.leaderSince}T00:00:00Z`) : '';
    const row = sheet.addRow(cells);
    if (p.leaderSince) row.getCell(8).numFmt = 'dd-mm-yyyy';
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
}

function csvField(value: string, separator: string): string {
  return /["\r\n]/.test(value) || value.includes(separator) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** CSV as Danish Excel writes it: semicolons, CRLF; UTF-8 with BOM, or Windows-1252 without. */
export async function writeOrgChartCsv(
  file: string,
  people: readonly GeneratedPerson[],
  encoding: 'utf-8' | 'windows-1252' = 'utf-8',
  separator = ';',
): Promise<void> {
  const out = new PassThrough();
  const done = pipeline(out, fs.createWriteStream(file));
  const encode = (text: string) => (encoding === 'utf-8' ? Buffer.from(text, 'utf8') : encodeCp1252(text));
  if (encoding === 'utf-8') out.write(Buffer.from([0xef, 0xbb, 0xbf]));
  const line = (cells: readonly string[]) => `${cells.map((c) => csvField(c, separator)).join(separator)}\r\n`;
  out.write(encode(line(GENERATED_HEADERS)));
  let chunk = '';
  for (const p of people) {
    chunk += line(rowOf(p));
    if (chunk.length > 64_000) {
      out.write(encode(chunk));
      chunk = '';
    }
  }
  out.end(encode(chunk));
  await done;
}

/** The generator only uses Latin-1 letters, which Windows-1252 encodes at the same code points. */
export function encodeCp1252(text: string): Buffer {
  return Buffer.from(text, 'latin1');
}

async function main() {
  const n = Number(process.argv[2] ?? 50_000);
  const dir = process.argv[3] ?? '.tmp/bench';
  fs.mkdirSync(dir, { recursive: true });
  const people = generateOrgChart(n);
  const base = path.join(dir, `orgchart-${n}`);
  await writeOrgChartXlsx(`${base}.xlsx`, people);
  await writeOrgChartCsv(`${base}.csv`, people);
  await writeOrgChartCsv(`${base}-cp1252.csv`, people, 'windows-1252');
  const counts = people.reduce<Record<string, number>>((acc, p) => {
    acc[p.role] = (acc[p.role] ?? 0) + 1;
    return acc;
  }, {});
  console.log(`wrote ${base}.xlsx, .csv and -cp1252.csv`, counts);
}

if (process.argv[1] && fs.realpathSync(process.argv[1]) === fs.realpathSync(fileURLToPath(import.meta.url))) {
  await main();
}
