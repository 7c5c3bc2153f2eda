/**
 * A synthetic Danish municipal org chart for benchmarks (and as a starting point for demo data): kommunaldirektør →
 * one direktør per area → centre chiefs → first-line leaders (about one per 12 employees) → employees, with realistic
 * Danish names, units in the six default areas and a unit path per person. Deterministic for a given seed.
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

const FIRST_NAMES = [
  'Anne',
  'Mette',
  'Kirsten',
  'Hanne',
  'Helle',
  'Susanne',
  'Lene',
  'Marianne',
  'Camilla',
  'Louise',
  'Pia',
  'Charlotte',
  'Tina',
  'Gitte',
  'Bente',
  'Rikke',
  'Lone',
  'Maria',
  'Karina',
  'Signe',
  'Ida',
  'Sofie',
  'Freja',
  'Emma',
  'Julie',
  'Mathilde',
  'Astrid',
  'Inger',
  'Birgitte',
  'Dorthe',
  'Jette',
  'Malene',
  'Trine',
  'Line',
  'Nanna',
  'Ditte',
  'Sanne',
  'Åse',
  'Ærtrud',
  'Ølga',
  'Peter',
  'Jens',
  'Lars',
  'Michael',
  'Henrik',
  'Søren',
  'Thomas',
  'Jan',
  'Niels',
  'Anders',
  'Morten',
  'Jesper',
  'Martin',
  'Rasmus',
  'Mads',
  'Christian',
  'Poul',
  'Kim',
  'Steen',
  'Torben',
  'Kasper',
  'Frederik',
  'Mikkel',
  'Jakob',
  'Ole',
  'Bo',
  'Claus',
  'Erik',
  'Flemming',
  'Bjarne',
  'Kenneth',
  'Brian',
  'Carsten',
  'Jørgen',
  'Jørn',
  'Bjørn',
  'Kåre',
  'Åge',
  'Søs',
  'Mikael',
  'Emil',
  'Oliver',
  'Magnus',
  'Villads',
  'Aske',
  'Lærke',
  'Maja',
];

const MIDDLE_NAMES = ['Lund', 'Kjær', 'Bak', 'Skov', 'Holm', 'Bach', 'Dam', 'Juul', 'Munk', 'Krogh', 'Ravn'];

const SURNAMES = [
  'Jensen',
  'Nielsen',
  'Hansen',
  'Pedersen',
  'Andersen',
  'Christensen',
  'Larsen',
  'Sørensen',
  'Rasmussen',
  'Jørgensen',
  'Petersen',
  'Madsen',
  'Kristensen',
  'Olsen',
  'Thomsen',
  'Christiansen',
  'Poulsen',
  'Johansen',
  'Møller',
  'Mortensen',
  'Knudsen',
  'Jakobsen',
  'Mikkelsen',
  'Frederiksen',
  'Laursen',
  'Henriksen',
  'Lund',
  'Schmidt',
  'Eriksen',
  'Holm',
  'Kristiansen',
  'Clausen',
  'Simonsen',
  'Svendsen',
  'Andreasen',
  'Iversen',
  'Østergaard',
  'Jeppesen',
  'Vestergaard',
  'Nissen',
  'Lauridsen',
  'Kjær',
  'Jespersen',
  'Mogensen',
  'Skov',
  'Carlsen',
  'Bach',
  'Kjeldsen',
  'Søndergaard',
  'Nørgaard',
  'Bertelsen',
  'Ravn',
  'Bjerre',
  'Friis',
  'Dalgaard',
  'Brandt',
  'Krogh',
  'Lassen',
  'Overgaard',
  'Kofoed',
  'Højgaard',
  'Thygesen',
  'Bruun',
  'Lykke',
  'Holst',
  'Damgaard',
  'Juhl',
  'Bisgaard',
  'Villadsen',
  'Bundgaard',
  'Toft',
  'Hedegaard',
  'Ågaard',
  'Ærenlund',
  'Øbro',
  'Aagaard',
  'Kragh',
  'Gregersen',
  'Winther',
  'Mathiasen',
];

const PLACES = [
  'Bjerringbro',
  'Karup',
  'Stoholm',
  'Møldrup',
  'Kjellerup',
  'Skals',
  'Rødkærsbro',
  'Tjele',
  'Ørum',
  'Løgstrup',
  'Frederiks',
  'Overlund',
  'Ravnsbjerg',
  'Houlkær',
  'Vestervang',
  'Nørreå',
  'Hald Ege',
  'Ans',
  'Grønhøj',
  'Bøgely',
  'Åskov',
  'Ærtebjerg',
  'Tange',
  'Sparkær',
  'Fiskbæk',
  'Vammen',
  'Vroue',
  'Lysgård',
  'Hammershøj',
  'Thorning',
];

interface AreaTemplate {
  area: string;
  centres: string[];
  /** Leaf unit name patterns; `{place}` and `{n}` are filled in. */
  units: string[];
  leaderTitles: string[];
  employeeTitles: string[];
}

const AREAS: AreaTemplate[] = [
  {
    area: 'Teknik og Miljø',
    centres: ['Vej og Park', 'Natur og Miljø', 'Byggeri og Ejendomme', 'Forsyning', 'Affald og Genbrug', 'Plan'],
    units: ['Driftsgruppe {place}', 'Materielgården {place}', 'Grønne områder {n}', 'Vejteam {place}'],
    leaderTitles: ['Teamleder', 'Værkfører', 'Driftsleder', 'Gruppeleder', 'Afdelingsleder'],
    employeeTitles: ['Vejmand', 'Gartner', 'Anlægsgartner', 'Maskinfører', 'Ingeniør', 'Miljømedarbejder', 'Chauffør'],
  },
  {
    area: 'Ældre og Sundhed',
    centres: ['Hjemmeplejen', 'Plejecentre', 'Sundhed og Forebyggelse', 'Sygeplejen', 'Træning og Rehabilitering'],
    units: ['Plejecenter {place}', 'Hjemmeplejen {place} team {n}', 'Sygeplejen distrikt {n}', 'Træning {place}'],
    leaderTitles: [
      'Teamleder',
      'Afdelingsleder',
      'Sygeplejerske med ledelsesansvar',
      'SOSU-assistent med ledelsesansvar',
      'Gruppekoordinator',
    ],
    employeeTitles: ['Social- og sundhedsassistent', 'Social- og sundhedshjælper', 'Sygeplejerske', 'Fysioterapeut'],
  },
  {
    area: 'Børn og Unge',
    centres: ['Dagtilbud', 'Skoler', 'PPR', 'Familie og Rådgivning', 'Ungdomsskolen'],
    units: ['Børnehuset {place}', '{place} Skole', 'Dagplejen {place}', 'Familieteam {n}', 'SFO {place}'],
    leaderTitles: ['Daglig leder', 'Institutionsleder', 'Pædagogisk leder', 'Afdelingsleder', 'Teamleder'],
    employeeTitles: ['Pædagog', 'Pædagogmedhjælper', 'Lærer', 'Dagplejer', 'Socialrådgiver', 'Psykolog'],
  },
  {
    area: 'Social og Beskæftigelse',
    centres: ['Jobcenter', 'Handicap og Psykiatri', 'Borgerservice og Ydelse', 'Integration'],
    units: ['Jobcenter team {n}', 'Bostedet {place}', 'Botilbud {place}', 'Ydelsesteam {n}', 'Værestedet {place}'],
    leaderTitles: ['Teamleder', 'Sektionsleder', 'Afdelingsleder', 'Gruppekoordinator', 'Daglig leder'],
    employeeTitles: ['Jobkonsulent', 'Socialrådgiver', 'Pædagog', 'Sagsbehandler', 'Socialpædagog'],
  },
  {
    area: 'Kultur og Fritid',
    centres: ['Bibliotekerne', 'Kultur og Events', 'Idræt og Haller', 'Museer'],
    units: ['Biblioteket {place}', 'Hallen {place}', 'Kulturhuset {place}', 'Museumsteam {n}'],
    leaderTitles: ['Daglig leder', 'Teamleder', 'Afdelingsleder', 'Souschef'],
    employeeTitles: ['Bibliotekar', 'Kulturmedarbejder', 'Halinspektør', 'Formidler', 'Servicemedarbejder'],
  },
  {
    area: 'Administration',
    centres: ['Økonomi', 'HR og Personale', 'Digitalisering og IT', 'Sekretariat', 'Borgerservice'],
    units: ['Løn team {n}', 'Regnskab {n}', 'IT-drift {n}', 'Kontaktcenter {n}', 'Jura og Sekretariat {n}'],
    leaderTitles: ['Teamleder', 'Sektionsleder', 'Afdelingsleder', 'Teamkoordinator'],
    employeeTitles: ['Administrativ medarbejder', 'Økonom', 'Lønkonsulent', 'IT-supporter', 'Jurist', 'HR-konsulent'],
  },
];

/** mulberry32: small, fast, deterministic. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function asciiSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '');
}

export interface GenerateOptions {
  seed?: number;
  municipality?: string;
  emailDomain?: string;
  employeesPerLeader?: number;
}

/** About `n` people (exactly `n`), returned in a shuffled order so managers often come after their reports. */
export function generateOrgChart(n: number, options: GenerateOptions = {}): GeneratedPerson[] {
  const random = rng(options.seed ?? 2013);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const municipality = options.municipality ?? 'Viborg Kommune';
  const domain = options.emailDomain ?? 'viborg.dk';
  const perLeader = options.employeesPerLeader ?? 12;
  const usedEmails = new Map<string, number>();
  const people: GeneratedPerson[] = [];
  let nextId = 100001;

  const person = (
    role: GeneratedPerson['role'],
    jobTitle: string,
    unitPath: string[],
    manager: string,
  ): GeneratedPerson => {
    const first = pick(FIRST_NAMES);
    const middle = random() < 0.2 ? ` ${pick(MIDDLE_NAMES)}` : '';
    const last = pick(SURNAMES);
    const name = `${first}${middle} ${last}`;
    const base = asciiSlug(`${first} ${last}`);
    const seen = usedEmails.get(base) ?? 0;
    usedEmails.set(base, seen + 1);
    const email = `${base}${seen === 0 ? '' : seen + 1}@${domain}`;
    const leads = role !== 'employee';
    const year = 1995 + Math.floor(random() * 31);
    const leaderSince = leads
      ? `${Math.min(year, 2025)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`
      : '';
    const p: GeneratedPerson = {
      employeeId: String(nextId++),
      name,
      email,
      jobTitle,
      unit: unitPath[unitPath.length - 1],
      unitPath: unitPath.join('/'),
      managerEmployeeId: manager,
      leaderSince,
      role,
    };
    people.push(p);
    return p;
  };

  // Top of the tree: 1 + 6 + centres; the rest are first-line leaders and their teams.
  const top = person('top', 'Kommunaldirektør', [municipality], '');
  const leaderCount = Math.max(1, Math.round((n - 1 - AREAS.length) / (perLeader + 1 + 1 / 15)));
  const centreCount = Math.max(AREAS.length, Math.ceil(leaderCount / 15));
  const directors = AREAS.map((a) => person('director', 'Direktør', [municipality, a.area], top.employeeId));
  const centres: { area: AreaTemplate; path: string[]; chief: GeneratedPerson }[] = [];
  for (let c = 0; c < centreCount && people.length < n; c++) {
    const areaIndex = c % AREAS.length;
    const area = AREAS[areaIndex];
    const round = Math.floor(c / AREAS.length);
    const base = area.centres[round % area.centres.length];
    const centreName = round < area.centres.length ? base : `${base} ${Math.floor(round / area.centres.length) + 1}`;
    const centrePath = [municipality, area.area, centreName];
    const chief = person(
      'chief',
      random() < 0.5 ? 'Centerchef' : 'Afdelingschef',
      centrePath,
      directors[areaIndex].employeeId,
    );
    centres.push({ area, path: centrePath, chief });
  }
  const unitNames = new Set<string>();
  for (let l = 0; l < leaderCount && people.length < n; l++) {
    const centre = centres[l % centres.length];
    let unitName = '';
    for (let attempt = 0; attempt < 20; attempt++) {
      unitName = pick(centre.area.units)
        .replace('{place}', pick(PLACES))
        .replace('{n}', String(1 + Math.floor(random() * 40)));
      if (!unitNames.has(`${centre.path.join('/')}/${unitName}`)) break;
    }
    if (unitNames.has(`${centre.path.join('/')}/${unitName}`)) unitName = `${unitName} ${l}`;
    unitNames.add(`${centre.path.join('/')}/${unitName}`);
    const unitPath = [...centre.path, unitName];
    const leader = person('first_line', pick(centre.area.leaderTitles), unitPath, centre.chief.employeeId);
    const teamSize = Math.max(1, perLeader - 3 + Math.floor(random() * 7));
    for (let e = 0; e < teamSize && people.length < n; e++) {
      const title = e === 0 && random() < 0.15 ? 'Souschef' : pick(centre.area.employeeTitles);
      person('employee', title, unitPath, leader.employeeId);
    }
  }
  // Fill up to exactly n with employees spread over the existing teams.
  const leaders = people.filter((p) => p.role === 'first_line');
  while (people.length < n) {
    const leader = leaders.length ? pick(leaders) : top;
    const area = AREAS.find((a) => leader.unitPath.includes(`/${a.area}`)) ?? AREAS[0];
    person('employee', pick(area.employeeTitles), leader.unitPath.split('/'), leader.employeeId);
  }
  people.length = n;
  // Shuffle (Fisher-Yates) so the file order does not follow the hierarchy.
  for (let i = people.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [people[i], people[j]] = [people[j], people[i]];
  }
  return people;
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

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
