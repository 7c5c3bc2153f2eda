/**
 * How a Danish municipality is organised, as templates the demo (and benchmark) org-chart generator fills in:
 * kommunaldirektør → a direktør per area → centres/afdelinger → teams and institutions with first-line leaders →
 * employees. Unit names may hold `{place}` (a town of the municipality), `{district}`, `{name}` (an institution name
 * such as "Solsikken") and `{n}`. Titles are the ones Danish HR systems hold, including those that make first-line
 * leader detection interesting: "Sygeplejerske med ledelsesansvar", a "Halinspektør" who leads without a leader title,
 * a souschef without formal reports.
 */
import { list } from './random.js';

export interface TeamTemplate {
  units: readonly string[];
  leaderTitles: readonly string[];
  employeeTitles: readonly string[];
  /** Employees per team, both included (the leader not counted). */
  size: readonly [number, number];
  /** Share of women among the employees; the names follow. */
  femaleShare: number;
  /**
   * Titles one member of a larger team may have without anyone reporting to them (a souschef, a nurse leading the
   * shift): detection suggests them with low confidence, for HR to decide.
   */
  deputyTitles?: readonly string[];
}

/** An institution with its own leader over several teams: a school, a plejecenter. */
export interface InstitutionTemplate {
  units: readonly string[];
  leaderTitles: readonly string[];
  /** Report to the institution leader directly (skolesekretær, pedel). */
  staffTitles: readonly string[];
  /** Names of the teams inside the institution, taken in order. */
  teamUnits: readonly string[];
  teams: readonly [number, number];
  team: Omit<TeamTemplate, 'units'>;
}

export interface CentreTemplate {
  /** With `{district}`: one centre per district of the municipality. */
  name: string;
  chiefTitle: string;
  /** Share of the area's employees (relative to the other centres of the area). */
  weight: number;
  /** Consultants and secretaries reporting to the chief directly. */
  staffTitles?: readonly string[];
  team?: TeamTemplate;
  institution?: InstitutionTemplate;
}

export interface AreaTemplate {
  /** One of the default area names (areas.model DEFAULT_AREAS), so the import assigns the area by name. */
  area: string;
  directorTitle: string;
  /** Share of the municipality's employees. */
  weight: number;
  staffTitles: readonly string[];
  centres: readonly CentreTemplate[];
}

/** Names Danish daycare centres, homes and clubs go by. */
export const INSTITUTION_NAMES = list(`
  Solsikken, Mariehønen, Regnbuen, Troldehøj, Egebakken, Skovbrynet, Kastanjen, Bøgely, Spiren, Æblehaven,
  Lærkereden, Fuglereden, Møllehuset, Stjernen, Søbakken, Åbrinken, Rønnebærhuset, Humlebien, Kløvermarken,
  Tusindfryd, Græshoppen, Ørnereden, Hyldebærhuset, Nøddebo, Bøgehøj, Skovly, Engly, Sølyst, Fårebakken, Højvang
`);

export const TOP_STAFF_TITLES = list('Direktionssekretær, Kommunikationskonsulent, Chefkonsulent, Jurist');

export const MUNICIPAL_AREAS: readonly AreaTemplate[] = [
  {
    area: 'Teknik og Miljø',
    directorTitle: 'Direktør for Teknik og Miljø',
    weight: 0.08,
    staffTitles: list('Udviklingskonsulent, Administrativ medarbejder'),
    centres: [
      {
        name: 'Vej og Park',
        chiefTitle: 'Vej- og parkchef',
        weight: 0.4,
        staffTitles: list('Ingeniør, Trafikplanlægger'),
        team: {
          units: list('Driftsgruppe {place}, Vejteam {district}, Grønne områder {district}, Materielgården {place}'),
          leaderTitles: list('Teamleder, Værkfører, Driftsleder, Vejformand, Gruppeleder'),
          employeeTitles: list('Vejmand, Anlægsgartner, Gartner, Maskinfører, Chauffør, Driftsmedarbejder'),
          size: [4, 11],
          femaleShare: 0.15,
        },
      },
      {
        name: 'Natur og Miljø',
        chiefTitle: 'Afdelingschef',
        weight: 0.15,
        team: {
          units: list(
            'Natur og Vandløb, Miljøtilsyn, Klima og Spildevand, Landbrug og Grundvand, Miljøteam {district}',
          ),
          leaderTitles: list('Teamleder, Afdelingsleder'),
          employeeTitles: list('Biolog, Miljømedarbejder, Miljøtekniker, Ingeniør, Landinspektør'),
          size: [4, 9],
          femaleShare: 0.5,
        },
      },
      {
        name: 'Byggeri og Ejendomme',
        chiefTitle: 'Ejendomschef',
        weight: 0.3,
        team: {
          units: list('Byggesag, Ejendomsservice {district}, Rengøring {district}, Bygningsvedligehold {n}'),
          leaderTitles: list('Teamleder, Driftsleder, Rengøringsleder, Gruppeleder'),
          employeeTitles: list('Bygningskonstruktør, Ejendomsservicetekniker, Rengøringsassistent, Servicemedarbejder'),
          size: [5, 12],
          femaleShare: 0.45,
        },
      },
      {
        name: 'Affald og Genbrug',
        chiefTitle: 'Afdelingschef',
        weight: 0.15,
        team: {
          units: list('Genbrugspladsen {place}, Indsamling {district}'),
          leaderTitles: list('Pladsformand, Teamleder, Driftsleder'),
          employeeTitles: list('Genbrugspladsmedarbejder, Chauffør, Renovationsarbejder'),
          size: [3, 8],
          femaleShare: 0.2,
        },
      },
    ],
  },
  {
    area: 'Ældre og Sundhed',
    directorTitle: 'Direktør for Ældre og Sundhed',
    weight: 0.3,
    staffTitles: list('Udviklingskonsulent, Kvalitetskonsulent, Sekretær'),
    centres: [
      {
        name: 'Hjemmeplejen {district}',
        chiefTitle: 'Områdeleder',
        weight: 0.4,
        staffTitles: list('Visitator, Planlægger'),
        team: {
          units: list('Hjemmeplejen {place}, Aftenvagten {district}, Natteholdet {district}, Team {place}'),
          leaderTitles: list(
            'Teamleder, Teamleder, Social- og sundhedsassistent med ledelsesansvar, Sygeplejerske med ledelsesansvar, Gruppekoordinator',
          ),
          employeeTitles: list(
            'Social- og sundhedshjælper, Social- og sundhedshjælper, Social- og sundhedsassistent, Social- og sundhedsassistent, Sygeplejerske, Hjemmehjælper',
          ),
          size: [8, 16],
          femaleShare: 0.88,
          deputyTitles: list('Sygeplejerske med ledelsesansvar, Social- og sundhedsassistent med ledelsesansvar'),
        },
      },
      {
        name: 'Plejecentre',
        chiefTitle: 'Plejecenterchef',
        weight: 0.35,
        institution: {
          units: list('Plejecenter {name}, Plejehjemmet {place}'),
          leaderTitles: list('Centerleder, Forstander'),
          staffTitles: list('Administrativ medarbejder, Pedel'),
          teamUnits: list('Afsnit A, Afsnit B, Afsnit C, Demensafsnittet, Køkkenet'),
          teams: [2, 4],
          team: {
            leaderTitles: list('Afdelingsleder, Afsnitsleder, Sygeplejerske med ledelsesansvar, Teamleder'),
            employeeTitles: list(
              'Social- og sundhedsassistent, Social- og sundhedshjælper, Social- og sundhedshjælper, Sygeplejerske, Ernæringsassistent',
            ),
            size: [6, 14],
            femaleShare: 0.9,
            deputyTitles: list('Social- og sundhedsassistent med ledelsesansvar'),
          },
        },
      },
      {
        name: 'Sygeplejen',
        chiefTitle: 'Sygeplejechef',
        weight: 0.13,
        team: {
          units: list('Sygeplejen distrikt {district}, Akutteamet, Sygeplejeklinikken {place}'),
          leaderTitles: list('Sygeplejerske med ledelsesansvar, Teamleder, Afdelingsleder'),
          employeeTitles: list('Sygeplejerske, Sygeplejerske, Social- og sundhedsassistent'),
          size: [6, 12],
          femaleShare: 0.9,
        },
      },
      {
        name: 'Træning og Rehabilitering',
        chiefTitle: 'Centerchef',
        weight: 0.12,
        team: {
          units: list('Træningscenter {place}, Hjælpemiddeldepotet, Genoptræning {district}'),
          leaderTitles: list('Teamleder, Afdelingsleder'),
          employeeTitles: list('Fysioterapeut, Ergoterapeut, Træningsassistent, Hjælpemiddeltekniker'),
          size: [4, 10],
          femaleShare: 0.75,
        },
      },
    ],
  },
  {
    area: 'Børn og Unge',
    directorTitle: 'Direktør for Børn og Unge',
    weight: 0.34,
    staffTitles: list('Pædagogisk konsulent, Sekretær'),
    centres: [
      {
        name: 'Dagtilbud {district}',
        chiefTitle: 'Dagtilbudsleder',
        weight: 0.33,
        staffTitles: list('Pædagogisk konsulent'),
        team: {
          units: list('Børnehuset {name}, Børnehaven {name}, Vuggestuen {name}, Børnehuset {place}'),
          leaderTitles: list('Daglig leder, Institutionsleder, Pædagogisk leder'),
          employeeTitles: list('Pædagog, Pædagog, Pædagogmedhjælper, Pædagogisk assistent, Køkkenmedhjælper'),
          size: [6, 14],
          femaleShare: 0.85,
          deputyTitles: list('Souschef, Stedfortræder'),
        },
      },
      {
        name: 'Skoler',
        chiefTitle: 'Skolechef',
        weight: 0.45,
        institution: {
          units: list('{place} Skole, Skolen i {place}'),
          leaderTitles: list('Skoleleder'),
          staffTitles: list('Skolesekretær, Pedel'),
          teamUnits: list('Indskoling, Mellemtrin, Udskoling, SFO, Specialklasserne'),
          teams: [2, 4],
          team: {
            leaderTitles: list('Afdelingsleder, Pædagogisk leder, SFO-leder, Viceskoleleder'),
            employeeTitles: list('Lærer, Lærer, Lærer, Pædagog, Pædagogmedhjælper, Lærer'),
            size: [7, 14],
            femaleShare: 0.65,
          },
        },
      },
      {
        name: 'Dagplejen',
        chiefTitle: 'Dagplejeleder',
        weight: 0.08,
        team: {
          units: list('Dagplejen {district}, Legestuen {place}'),
          leaderTitles: list('Gruppekoordinator, Dagplejepædagog med ledelsesansvar, Teamleder'),
          employeeTitles: list('Dagplejer'),
          size: [8, 15],
          femaleShare: 0.97,
        },
      },
      {
        name: 'Familie og Rådgivning',
        chiefTitle: 'Familiechef',
        weight: 0.09,
        staffTitles: list('Faglig koordinator'),
        team: {
          units: list('Familieteam {district}, Børnehandicap, Ungeteamet {district}, Myndighedsteam {n}'),
          leaderTitles: list('Teamleder, Afdelingsleder'),
          employeeTitles: list('Socialrådgiver, Socialrådgiver, Familiebehandler, Sagsbehandler'),
          size: [5, 11],
          femaleShare: 0.85,
        },
      },
      {
        name: 'PPR og Sundhedspleje',
        chiefTitle: 'Afdelingschef',
        weight: 0.05,
        team: {
          units: list('PPR {district}, Sundhedsplejen {district}, Tandplejen {place}'),
          leaderTitles: list('Afdelingsleder, Teamleder, Overtandlæge'),
          employeeTitles: list('Psykolog, Tale-hørelærer, Sundhedsplejerske, Tandlæge, Tandklinikassistent'),
          size: [5, 12],
          femaleShare: 0.85,
        },
      },
    ],
  },
  {
    area: 'Social og Beskæftigelse',
    directorTitle: 'Direktør for Social og Beskæftigelse',
    weight: 0.15,
    staffTitles: list('Udviklingskonsulent, Sekretær'),
    centres: [
      {
        name: 'Jobcenter',
        chiefTitle: 'Jobcenterchef',
        weight: 0.38,
        staffTitles: list('Analysekonsulent'),
        team: {
          units: list(
            'Team Virksomhedsservice, Team Ungeindsats, Team Sygedagpenge, Team Jobafklaring, Team Fleksjob, Team Ledige {n}',
          ),
          leaderTitles: list('Teamleder, Sektionsleder, Afdelingsleder'),
          employeeTitles: list('Jobkonsulent, Sagsbehandler, Socialrådgiver, Virksomhedskonsulent'),
          size: [6, 13],
          femaleShare: 0.7,
        },
      },
      {
        name: 'Handicap og Psykiatri',
        chiefTitle: 'Centerchef',
        weight: 0.42,
        team: {
          units: list('Bostedet {name}, Botilbuddet {place}, Værestedet {place}, Støttecenter {district}'),
          leaderTitles: list('Afdelingsleder, Daglig leder, Teamleder, Pædagogisk leder'),
          employeeTitles: list(
            'Socialpædagog, Socialpædagog, Pædagog, Social- og sundhedsassistent, Pædagogisk assistent, Omsorgsmedhjælper',
          ),
          size: [6, 14],
          femaleShare: 0.7,
          deputyTitles: list('Souschef'),
        },
      },
      {
        name: 'Ydelse og Integration',
        chiefTitle: 'Afdelingschef',
        weight: 0.2,
        team: {
          units: list(
            'Ydelsesteam {n}, Integrationsteam {district}, Kontanthjælp {district}, Myndighed Voksne {district}',
          ),
          leaderTitles: list('Teamleder, Sektionsleder'),
          employeeTitles: list('Sagsbehandler, Ydelsesmedarbejder, Socialrådgiver'),
          size: [5, 11],
          femaleShare: 0.75,
        },
      },
    ],
  },
  {
    area: 'Kultur og Fritid',
    directorTitle: 'Direktør for Kultur og Fritid',
    weight: 0.04,
    staffTitles: list('Kulturkonsulent'),
    centres: [
      {
        name: 'Bibliotekerne',
        chiefTitle: 'Bibliotekschef',
        weight: 0.45,
        team: {
          units: list('Hovedbiblioteket, Biblioteket {place}, Børnebiblioteket'),
          leaderTitles: list('Teamleder, Daglig leder, Bibliotekar'),
          employeeTitles: list('Bibliotekar, Biblioteksassistent, Formidler'),
          size: [3, 9],
          femaleShare: 0.75,
        },
      },
      {
        name: 'Kultur og Events',
        chiefTitle: 'Kulturchef',
        weight: 0.3,
        team: {
          units: list('Kulturhuset {place}, Musikskolen, Ungdomsskolen, Ungdomsklubben {place}'),
          leaderTitles: list('Daglig leder, Musikskoleleder, Teamleder'),
          employeeTitles: list('Kulturmedarbejder, Musikskolelærer, Underviser, Tekniker'),
          size: [3, 10],
          femaleShare: 0.5,
        },
      },
      {
        name: 'Idræt og Haller',
        chiefTitle: 'Fritidschef',
        weight: 0.25,
        team: {
          units: list('Hallen {place}, Svømmehallen {place}, Idrætscenter {place}'),
          leaderTitles: list('Halinspektør, Driftsleder, Teamleder'),
          employeeTitles: list('Servicemedarbejder, Livredder, Halmedarbejder'),
          size: [3, 8],
          femaleShare: 0.35,
        },
      },
    ],
  },
  {
    area: 'Administration',
    directorTitle: 'Direktør for Økonomi og Administration',
    weight: 0.09,
    staffTitles: list('Chefkonsulent, Sekretær'),
    centres: [
      {
        name: 'Løn og Personale',
        chiefTitle: 'HR-chef',
        weight: 0.25,
        team: {
          units: list('Løn team {n}, HR-partnere, Arbejdsmiljø, Rekruttering og Uddannelse'),
          leaderTitles: list('Teamleder, Teamkoordinator'),
          employeeTitles: list('Lønkonsulent, HR-konsulent, Lønbogholder, Arbejdsmiljøkonsulent'),
          size: [4, 9],
          femaleShare: 0.8,
        },
      },
      {
        name: 'Økonomi',
        chiefTitle: 'Økonomichef',
        weight: 0.25,
        team: {
          units: list('Regnskab, Budget og Analyse, Indkøb, Opkrævning, Økonomiteam {n}'),
          leaderTitles: list('Teamleder, Sektionsleder'),
          employeeTitles: list('Økonom, Regnskabsmedarbejder, Controller, Indkøbskonsulent, Bogholder'),
          size: [4, 9],
          femaleShare: 0.6,
        },
      },
      {
        name: 'Digitalisering og IT',
        chiefTitle: 'IT-chef',
        weight: 0.2,
        team: {
          units: list('IT-drift, IT-support, Digital udvikling, Informationssikkerhed, IT-team {n}'),
          leaderTitles: list('Teamleder, Sektionsleder'),
          employeeTitles: list('IT-supporter, IT-konsulent, Systemadministrator, Digitaliseringskonsulent'),
          size: [4, 9],
          femaleShare: 0.3,
        },
      },
      {
        name: 'Borgerservice',
        chiefTitle: 'Borgerservicechef',
        weight: 0.3,
        team: {
          units: list('Kontaktcenteret, Borgerservice {place}, Pas og Kørekort, Opkrævning og Skat'),
          leaderTitles: list('Teamleder, Afdelingsleder, Gruppekoordinator'),
          employeeTitles: list('Borgerservicemedarbejder, Administrativ medarbejder, Kontaktcentermedarbejder'),
          size: [4, 11],
          femaleShare: 0.75,
        },
      },
    ],
  },
];
