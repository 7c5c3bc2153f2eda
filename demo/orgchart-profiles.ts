/**
 * The three demo municipalities of the seed project, each with its own size, towns, districts and HR-system export
 * format (KMD-like semicolon UTF-8, SD-like Windows-1252 with split names, a comma-separated export with ISO dates),
 * so the demo exercises the import the way three real HR departments would. E-mail addresses use fictitious
 * subdomains of demo.frontline.dk, never a municipality's real domain.
 */
import { list } from './random.js';

export type ExportField =
  | 'employeeId'
  | 'name'
  | 'firstName'
  | 'lastName'
  | 'email'
  | 'jobTitle'
  | 'unit'
  | 'unitPath'
  | 'managerEmployeeId'
  | 'leaderSince';

export interface ExportFormat {
  fileName: string;
  encoding: 'utf-8-bom' | 'utf-8' | 'windows-1252';
  separator: ';' | ',';
  pathSeparator: string;
  dateFormat: 'dd-mm-yyyy' | 'dd.mm.yyyy' | 'yyyy-mm-dd';
  columns: readonly { header: string; field: ExportField }[];
}

/** A person placed by hand in the chart: the demo leader login is a person in Viborg's org chart. */
export interface FeaturedLeader {
  centre: string;
  unit: string;
  firstName: string;
  lastName: string;
  email: string;
  jobTitle: string;
  /** Days as a leader before the chart's date. */
  leaderDays: number;
}

export interface MunicipalityProfile {
  /** The demo organisation's key (demo.model.ts). */
  orgKey: string;
  /** The root unit, as the HR system names the top of the tree. */
  name: string;
  seed: number;
  employees: number;
  emailDomain: string;
  emailStyle: 'dotted' | 'initials';
  /** Digits of the employee ids. */
  idDigits: number;
  places: readonly string[];
  districts: readonly string[];
  format: ExportFormat;
  featured?: FeaturedLeader;
}

export const DEMO_EMAIL_SUFFIX = 'demo.frontline.dk';

export const DEMO_MUNICIPALITIES: readonly MunicipalityProfile[] = [
  {
    orgKey: 'viborg',
    name: 'Viborg Kommune',
    seed: 791,
    employees: 3000,
    emailDomain: `viborg.${DEMO_EMAIL_SUFFIX}`,
    emailStyle: 'dotted',
    idDigits: 6,
    places: list(`
      Bjerringbro, Karup, Stoholm, Møldrup, Skals, Rødkærsbro, Tjele, Ørum, Løgstrup, Frederiks, Overlund,
      Houlkær, Vestervang, Hald Ege, Sparkær, Vammen, Tapdrup, Fårup, Finderup, Hammershøj, Lysgård, Bruunshåb,
      Mønsted, Ravnsbjerg, Vinkel, Sønder Rind, Levring, Kølvrå, Ørslevkloster, Nørreå
    `),
    districts: list('Nord, Syd, Øst, Vest, Midtby'),
    format: {
      fileName: 'viborg-medarbejdere-demo.csv',
      encoding: 'utf-8-bom',
      separator: ';',
      pathSeparator: '/',
      dateFormat: 'dd-mm-yyyy',
      columns: [
        { header: 'Medarbejdernr', field: 'employeeId' },
        { header: 'Navn', field: 'name' },
        { header: 'E-mail', field: 'email' },
        { header: 'Stilling', field: 'jobTitle' },
        { header: 'Afdeling', field: 'unit' },
        { header: 'Afdelingssti', field: 'unitPath' },
        { header: 'Leder medarbejdernr', field: 'managerEmployeeId' },
        { header: 'Leder siden', field: 'leaderSince' },
      ],
    },
    featured: {
      centre: 'Vej og Park',
      unit: 'Driftsgruppe Bjerringbro',
      firstName: 'Lars',
      lastName: 'Demo-Leder',
      email: `leder@${DEMO_EMAIL_SUFFIX}`,
      jobTitle: 'Teamleder',
      // Fourteen months: a new leader, the step from colleague to leader still fresh.
      leaderDays: 425,
    },
  },
  {
    orgKey: 'norddjurs',
    name: 'Norddjurs Kommune',
    seed: 707,
    employees: 2000,
    emailDomain: `norddjurs.${DEMO_EMAIL_SUFFIX}`,
    emailStyle: 'initials',
    idDigits: 5,
    places: list(`
      Grenaa, Auning, Ørsted, Allingåbro, Glesborg, Trustrup, Bønnerup, Vivild, Ørum Djurs, Fjellerup, Gjerrild,
      Voer, Hemmed, Anholt, Åstrup, Ålsrode, Stenvad, Nørager, Vejlby, Hoed, Ramten, Kastbjerg, Lyngby, Enslev
    `),
    districts: list('Nord, Syd, Grenaa'),
    format: {
      fileName: 'norddjurs-organisation-demo.csv',
      encoding: 'windows-1252',
      separator: ';',
      pathSeparator: ' > ',
      dateFormat: 'dd.mm.yyyy',
      columns: [
        { header: 'Lønnummer', field: 'employeeId' },
        { header: 'Fornavn', field: 'firstName' },
        { header: 'Efternavn', field: 'lastName' },
        { header: 'Mail', field: 'email' },
        { header: 'Stillingsbetegnelse', field: 'jobTitle' },
        { header: 'Enhed', field: 'unit' },
        { header: 'Organisationssti', field: 'unitPath' },
        { header: 'Nærmeste leders lønnummer', field: 'managerEmployeeId' },
        { header: 'Leder fra', field: 'leaderSince' },
      ],
    },
  },
  {
    orgKey: 'syddjurs',
    name: 'Syddjurs Kommune',
    seed: 706,
    employees: 2200,
    emailDomain: `syddjurs.${DEMO_EMAIL_SUFFIX}`,
    emailStyle: 'dotted',
    idDigits: 7,
    places: list(`
      Ebeltoft, Rønde, Hornslet, Kolind, Ryomgård, Mørke, Tirstrup, Kalø, Knebel, Rosmus, Balle, Feldballe,
      Pindstrup, Thorsager, Nimtofte, Termestrup, Lime, Femmøller, Tved, Vrinners, Følle, Egens, Hyllested,
      Rodskov, Agri, Dråby
    `),
    districts: list('Nord, Syd, Ebeltoft'),
    format: {
      fileName: 'syddjurs-hr-udtraek-demo.csv',
      encoding: 'utf-8',
      separator: ',',
      pathSeparator: '/',
      dateFormat: 'yyyy-mm-dd',
      columns: [
        { header: 'Tjenestenummer', field: 'employeeId' },
        { header: 'Navn', field: 'name' },
        { header: 'Email', field: 'email' },
        { header: 'Titel', field: 'jobTitle' },
        { header: 'Arbejdssted', field: 'unit' },
        { header: 'Hierarki', field: 'unitPath' },
        { header: 'Leders tjenestenummer', field: 'managerEmployeeId' },
        { header: 'I ledelse siden', field: 'leaderSince' },
      ],
    },
  },
];
