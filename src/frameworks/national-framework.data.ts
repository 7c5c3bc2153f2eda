/**
 * The default national competency framework for first-line leaders in the public sector and three national role
 * profiles, as plain data. It grew out of the 2013 project "Praksisnær ledelse i det offentlige" (interviews with
 * first-line leaders in technical services and elderly care); the text is written for this project.
 *
 * Identifiers are hand-written and must never change: they are the CASE identifiers that let codes, survey answers and
 * profiles follow a competency across versions. Item identifiers encode the item's original code in their last twelve
 * digits (domain d → 0000000d0000, competency d.c → 0000000d0c00, indicator d.c.i → 0000000d0c0i) only to keep them
 * readable; if an item is ever moved, it keeps its identifier and only its code changes.
 */
import { DEFAULT_SCALE, type FrameworkContent, type FrameworkItem, type LevelDescriptor } from './frameworks.model.js';

export const NATIONAL_FRAMEWORK_IDENTIFIER = 'f1a00000-0000-4000-8000-000000000000';

/** The competency identifiers by a short name, for role profiles and for code that needs a specific competency. */
export const NATIONAL_COMPETENCY_IDS = {
  colleagueToLeader: 'f1a00000-0000-4000-8000-000000010100',
  ownDevelopment: 'f1a00000-0000-4000-8000-000000010200',
  peopleManagement: 'f1a00000-0000-4000-8000-000000020100',
  communication: 'f1a00000-0000-4000-8000-000000020200',
  coreTask: 'f1a00000-0000-4000-8000-000000030100',
  goalsAndValues: 'f1a00000-0000-4000-8000-000000030200',
  operationsAndChange: 'f1a00000-0000-4000-8000-000000030300',
  finance: 'f1a00000-0000-4000-8000-000000040100',
  politicalAcumen: 'f1a00000-0000-4000-8000-000000040200',
  organisation: 'f1a00000-0000-4000-8000-000000040300',
} as const;

const ID = NATIONAL_COMPETENCY_IDS;

interface AuthoredText {
  identifier: string;
  titleDa: string;
  titleEn: string;
  descriptionDa: string;
  descriptionEn: string;
}

interface AuthoredCompetency extends AuthoredText {
  keywordsDa: string[];
  keywordsEn: string[];
  levels: LevelDescriptor[];
  indicators: AuthoredText[];
}

interface AuthoredDomain extends AuthoredText {
  competencies: AuthoredCompetency[];
}

/** The framework as it is written: domains holding competencies holding indicators, in order. */
const DOMAINS: AuthoredDomain[] = [
  {
    identifier: 'f1a00000-0000-4000-8000-000000010000',
    titleDa: 'Personlig ledelse',
    titleEn: 'Personal leadership',
    descriptionDa:
      'Lederen som person i rollen: hvordan man træder ind i ledelsesopgaven, tager ansvaret på sig og bliver ved med at lære af sin egen praksis.',
    descriptionEn:
      'The leader as a person in the role: stepping into the leadership task, taking on its responsibility and continuing to learn from their own practice.',
    competencies: [
      {
        identifier: ID.colleagueToLeader,
        titleDa: 'Fra kollega til leder',
        titleEn: 'From colleague to leader',
        descriptionDa:
          'At træde ud af kollegafællesskabet og ind i lederrollen, ofte i den samme personalegruppe. Lederen afklarer forventningerne fra egen leder og medarbejderne, skelner mellem venskab og ledelsesansvar og tør træffe beslutninger, som tidligere kolleger er uenige i.',
        descriptionEn:
          'Stepping out of the peer group and into the leadership role, often within the same team. The leader clarifies what their own manager and the staff expect, distinguishes between friendship and leadership responsibility, and dares to make decisions that former colleagues disagree with.',
        keywordsDa: [
          'tidligere kollega',
          'kollegerne',
          'kollegaerne',
          'kollegaer',
          'venner',
          'venskab',
          'loyalitet',
          'loyal',
          'ny leder',
          'ny i rollen',
          'lederrollen',
          'forventningssamtale',
          'frokostbordet',
          'autoritet',
        ],
        keywordsEn: [
          'former colleague',
          'former colleagues',
          'colleagues',
          'friends',
          'friendship',
          'loyalty',
          'loyal',
          'new leader',
          'new manager',
          'new to the role',
          'leadership role',
          'expectations',
          'lunch table',
          'authority',
        ],
        levels: [
          {
            level: 1,
            da: 'Er ny i rollen og arbejder stadig mest som kollega. Tager beslutninger op med egen leder, før de træffes, og undgår helst situationer, hvor tidligere kolleger kan blive utilfredse.',
            en: 'Is new to the role and still works mostly as a colleague. Takes decisions to their own manager before making them and tends to avoid situations where former colleagues may be displeased.',
          },
          {
            level: 2,
            da: 'Har haft en forventningssamtale med egen leder og kender sit ansvar. Træffer daglige beslutninger om opgaver og vagter, men har svært ved at holde fast, når en tidligere kollega protesterer.',
            en: 'Has had an expectations meeting with their own manager and knows their responsibilities. Makes everyday decisions about tasks and shifts, but finds it hard to hold firm when a former colleague objects.',
          },
          {
            level: 3,
            da: 'Optræder tydeligt som leder over for hele gruppen og tager selv de svære samtaler med tidligere kolleger. Skelner mellem fortrolighed og venskab og bærer ledelsens beslutninger ud som sine egne.',
            en: 'Acts clearly as the leader towards the whole team and holds difficult conversations with former colleagues themselves. Distinguishes between confidentiality and friendship and presents management decisions as their own.',
          },
          {
            level: 4,
            da: 'Bruger sit kendskab til faget og kulturen indefra som en styrke uden at blive fanget af gamle loyaliteter. Håndterer roligt loyalitetskonflikter mellem ledelse og medarbejdere og har en anerkendt autoritet, også hos de mest kritiske.',
            en: 'Uses their inside knowledge of the work and the culture as a strength without being caught by old loyalties. Handles conflicts of loyalty between management and staff calmly and has accepted authority, even among the most critical colleagues.',
          },
          {
            level: 5,
            da: 'Hjælper andre nye ledere gennem overgangen som mentor eller sparringspartner og er med til at tilrettelægge, hvordan organisationen tager imod nye ledere.',
            en: 'Guides other new leaders through the transition as a mentor or sounding board and helps shape how the organisation introduces new leaders.',
          },
        ],
        indicators: [
          {
            identifier: 'f1a00000-0000-4000-8000-000000010101',
            titleDa: 'Afklarer forventningerne til rollen',
            titleEn: 'Clarifies expectations of the role',
            descriptionDa:
              'Holder en forventningssamtale med egen leder om ansvar, beføjelser og prioriteter og fortæller medarbejderne, hvad de kan forvente af deres nye leder.',
            descriptionEn:
              'Holds an expectations meeting with their own manager about responsibilities, authority and priorities, and tells the staff what they can expect from their new leader.',
          },
          {
            identifier: 'f1a00000-0000-4000-8000-000000010102',
            titleDa: 'Trækker grænsen mellem venskab og ledelse',
            titleEn: 'Draws the line between friendship and leadership',
            descriptionDa:
              'Taler åbent med tidligere kolleger om, at relationen ændrer sig, og håndterer fortrolige oplysninger og personalesager uden at lade venskaber påvirke beslutningen.',
            descriptionEn:
              'Talks openly with former colleagues about how the relationship is changing, and handles confidential information and staff cases without letting friendships influence the decision.',
          },
          {
            identifier: 'f1a00000-0000-4000-8000-000000010103',
            titleDa: 'Træffer og står ved upopulære beslutninger',
            titleEn: 'Makes and stands by unpopular decisions',
            descriptionDa:
              'Træffer beslutninger om fx vagtplan, ferie eller opgavefordeling, også når de møder modstand, forklarer begrundelsen og står ved dem over for medarbejderne.',
            descriptionEn:
              'Makes decisions about, for example, rotas, holidays or task allocation even when they meet resistance, explains the reasoning and stands by them in front of the staff.',
          },
          {
            identifier: 'f1a00000-0000-4000-8000-000000010104',
            titleDa: 'Finder sin plads mellem ledelse og medarbejdere',
            titleEn: 'Finds their place between management and staff',
            descriptionDa:
              'Bærer ledelsens beslutninger loyalt ud i personalegruppen og bringer samtidig medarbejdernes synspunkter videre opad – uden at tale ledelsen ned eller gemme sig bag den.',
            descriptionEn:
              "Carries management's decisions loyally into the team while passing the staff's views upwards – without talking management down or hiding behind it.",
          },
        ],
      },
      {
        identifier: ID.ownDevelopment,
        titleDa: 'Egen udvikling og refleksion',
        titleEn: 'Personal development and reflection',
        descriptionDa:
          'At bruge sin egen praksis som læringsrum: søge feedback, reflektere over egne reaktioner og valg og passe på sine egne kræfter. Lederen kender sine styrker og svagheder og arbejder målrettet med dem.',
        descriptionEn:
          'Using their own practice as a place to learn: seeking feedback, reflecting on their own reactions and choices, and looking after their own energy. The leader knows their strengths and weaknesses and works on them deliberately.',
        keywordsDa: [
          'feedback',
          'refleksion',
          'reflektere',
          'sparring',
          'sparringspartner',
          'netværk',
          'ledernetværk',
          'kursus',
          'efteruddannelse',
          'lederuddannelse',
          'GLU',
          'diplom',
          'LUS',
          'stress',
          'udvikle mig',
        ],
        keywordsEn: [
          'feedback',
          'reflection',
          'reflect',
          'sounding board',
          'coaching',
          'network',
          'leader network',
          'course',
          'further training',
          'leadership programme',
          'GLU',
          'diploma',
          'development review',
          'stress',
          'develop myself',
        ],
        levels: [
          {
            level: 1,
            da: 'Reflekterer mest over sin ledelse, når noget er gået galt, og tager sjældent selv initiativ til at få feedback eller efteruddannelse.',
            en: 'Reflects on their leadership mostly when something has gone wrong and rarely takes the initiative to get feedback or further training.',
          },
          {
            level: 2,
            da: 'Tager imod feedback, når den bliver tilbudt, og deltager i de kurser og netværk, organisationen peger på. Kan sætte ord på nogle af sine styrker og svagheder.',
            en: 'Accepts feedback when it is offered and takes part in the courses and networks the organisation points to. Can name some of their strengths and weaknesses.',
          },
          {
            level: 3,
            da: 'Beder selv om feedback, skriver egne udviklingsmål ind i lederudviklingssamtalen (LUS) og følger op på dem. Bruger en fast sparringspartner eller et ledernetværk til at gennemgå svære situationer.',
            en: 'Asks for feedback, writes their own development goals into the leadership development review and follows them up. Uses a regular sounding board or leader network to work through difficult situations.',
          },
          {
            level: 4,
            da: 'Har en bevidst læringspraksis: afprøver nye måder at lede på, vurderer virkningen og justerer. Kender sine egne reaktionsmønstre under pres og har strategier til at håndtere dem.',
            en: 'Has a deliberate learning practice: tries new ways of leading, evaluates the effect and adjusts. Knows how they react under pressure and has strategies for dealing with it.',
          },
          {
            level: 5,
            da: 'Skaber rum for refleksion og feedback blandt andre ledere, fx som facilitator i et ledernetværk eller i kollegial supervision, og bidrager til organisationens lederudvikling.',
            en: "Creates room for reflection and feedback among other leaders, for example by facilitating a leader network or peer supervision, and contributes to the organisation's leadership development.",
          },
        ],
        indicators: [
          {
            identifier: 'f1a00000-0000-4000-8000-000000010201',
            titleDa: 'Søger feedback på sin ledelse',
            titleEn: 'Seeks feedback on their leadership',
            descriptionDa:
              'Beder medarbejdere, lederkolleger og egen leder om konkret feedback, fx efter et personalemøde eller en svær samtale, og bruger den til at justere sin ledelse.',
            descriptionEn:
              'Asks staff, fellow leaders and their own manager for specific feedback, for example after a staff meeting or a difficult conversation, and uses it to adjust how they lead.',
          },
          {
            identifier: 'f1a00000-0000-4000-8000-000000010202',
            titleDa: 'Reflekterer over egen praksis',
            titleEn: 'Reflects on their own practice',
            descriptionDa:
              'Tager sig tid til at gennemgå konkrete situationer – hvad skete der, hvorfor reagerede jeg sådan, hvad gør jeg næste gang – alene, med en kollega eller i et netværk.',
            descriptionEn:
              'Takes time to go through specific situations – what happened, why did I react that way, what will I do next time – alone, with a peer or in a network.',
          },
          {
            identifier: 'f1a00000-0000-4000-8000-000000010203',
            titleDa: 'Planlægger sin egen kompetenceudvikling',
            titleEn: 'Plans their own professional development',
            descriptionDa:
              'Aftaler konkrete udviklingsmål med egen leder og vælger kurser, fx moduler på Den Grundlæggende Lederuddannelse (GLU), netværk eller sparring, der passer til målene.',
            descriptionEn:
              'Agrees specific development goals with their own manager and chooses courses (for example modules of the basic leadership education, GLU), networks or coaching that match those goals.',
          },
          {
            identifier: 'f1a00000-0000-4000-8000-000000010204',
            titleDa: 'Passer på sine egne kræfter',
            titleEn: 'Looks after their own energy',
            descriptionDa:
              'Kender sine egne stresssignaler, prioriterer og siger fra, så ledelsesopgaven ikke hviler på, at lederen bare løber hurtigere.',
            descriptionEn:
              'Knows their own signs of stress, prioritises and says no, so that the leadership task does not depend on the leader simply running faster.',
          },
        ],
      },
    ],
  },
  {
    identifier: 'f1a00000-0000-4000-8000-000000020000',
    titleDa: 'Personaleledelse',
    titleEn: 'People management',
    descriptionDa:
      'Ledelse af de medarbejdere, man har ansvaret for: arbejdsmiljø, trivsel, samtaler, fravær og den daglige kommunikation – også når der er uenighed og konflikter.',
    descriptionEn:
      'Leading the staff one is responsible for: working environment, well-being, staff conversations, absence and day-to-day communication – including when there is disagreement and conflict.',
    competencies: [
      {
        identifier: ID.peopleManagement,
        titleDa: 'Personaleledelse, trivsel og relationer',
        titleEn: 'People management, well-being and relationships',
        descriptionDa:
          'At lede medarbejderne både som enkeltpersoner og som gruppe: kende dem, fordele opgaverne retfærdigt, følge op på fravær og skabe et arbejdsmiljø, hvor folk trives og bliver. Lederen bruger organisationens personaleredskaber, fra MUS til sygefraværssamtaler.',
        descriptionEn:
          "Leading staff both as individuals and as a team: knowing them, allocating work fairly, following up on absence and creating a working environment where people thrive and stay. The leader uses the organisation's people-management tools, from annual appraisals to absence meetings.",
        keywordsDa: [
          'trivsel',
          'trives',
          'sygefravær',
          'sygemeldt',
          'sygemelding',
          'fravær',
          'MUS',
          'personalesag',
          'personalet',
          'arbejdsmiljø',
          'APV',
          'omsorgssamtale',
          'anerkendelse',
          'rekruttering',
          'vikarer',
        ],
        keywordsEn: [
          'well-being',
          'thriving',
          'sickness absence',
          'sick leave',
          'off sick',
          'absence',
          'appraisal',
          'staff case',
          'staff',
          'working environment',
          'workplace assessment',
          'welfare meeting',
          'recognition',
          'recruitment',
          'temps',
        ],
        levels: [
          {
            level: 1,
            da: 'Kender medarbejderne fra det daglige samarbejde, men holder endnu ikke personalesamtaler på egen hånd. Henter hjælp hos egen leder eller HR ved sygefravær og trivselsproblemer.',
            en: 'Knows the staff from working alongside them but does not yet hold staff conversations on their own. Turns to their own manager or HR for help with sickness absence and well-being problems.',
          },
          {
            level: 2,
            da: 'Holder MUS og sygefraværssamtaler efter organisationens skabelon og følger op på aftalerne. Fordeler opgaverne, men reagerer først på mistrivsel, når den er tydelig for alle.',
            en: "Holds annual appraisals and absence meetings using the organisation's template and follows up on what was agreed. Allocates tasks, but only reacts to poor well-being once it is obvious to everyone.",
          },
          {
            level: 3,
            da: 'Kender den enkelte medarbejders styrker, situation og udviklingsbehov og tilpasser sin ledelse derefter. Opdager tegn på mistrivsel og fraværsmønstre tidligt og tager samtalen, før det bliver en sag.',
            en: "Knows each employee's strengths, circumstances and development needs and adapts their leadership accordingly. Spots early signs of poor well-being and patterns of absence, and has the conversation before it becomes a case.",
          },
          {
            level: 4,
            da: 'Håndterer komplekse personalesager – langvarigt sygefravær, samarbejdsproblemer, advarsler – sammen med HR og tillidsrepræsentanten. Arbejder systematisk med APV og trivsel, så fravær og personaleomsætning falder.',
            en: 'Handles complex staff cases – long-term sickness, problems in working relationships, formal warnings – together with HR and the union representative. Works systematically on workplace assessments and well-being so that absence and staff turnover fall.',
          },
          {
            level: 5,
            da: 'Skaber en arbejdsplads, som medarbejdere søger til og bliver på, og deler sine metoder med andre ledere. Bliver brugt som sparringspartner i svære personalesager og er med til at udvikle organisationens personalepolitik.',
            en: "Creates a workplace that people want to join and stay at, and shares their methods with other leaders. Is consulted as a sounding board in difficult staff cases and helps shape the organisation's staff policies.",
          },
        ],
        indicators: [
          {
            identifier: 'f1a00000-0000-4000-8000-000000020101',
            titleDa: 'Kender og følger op på den enkelte medarbejder',
            titleEn: 'Knows and follows up on each employee',
            descriptionDa:
              'Holder MUS og løbende samtaler med hver medarbejder, kender deres kompetencer og livssituation og aftaler konkrete udviklingsmål.',
            descriptionEn:
              'Holds annual appraisals and regular conversations with each employee, knows their skills and personal circumstances and agrees specific development goals.',
          },
          {
            identifier: 'f1a00000-0000-4000-8000-000000020102',
            titleDa: 'Håndterer sygefravær',
            titleEn: 'Manages sickness absence',
            descriptionDa:
              'Følger op på sygefravær efter organisationens retningslinjer med omsorgs- og fraværssamtaler, kender mulighederne for delvis raskmelding og fastholdelse og reagerer tidligt på mønstre.',
            descriptionEn:
              "Follows up on sickness absence according to the organisation's guidelines with welfare and absence meetings, knows the options for a partial return to work and for retention, and reacts early to patterns.",
          },
          {
            identifier: 'f1a00000-0000-4000-8000-000000020103',
            titleDa: 'Arbejder med trivsel og arbejdsmiljø',
            titleEn: 'Works on well-being and the working environment',
            descriptionDa:
              'Følger op på APV og trivselsmålinger sammen med arbejdsmiljørepræsentanten og omsætter resultaterne til få, konkrete handlinger i hverdagen.',
            descriptionEn:
              'Follows up on workplace assessments (APV) and well-being surveys together with the health and safety representative, and turns the results into a few specific actions in daily work.',
          },
          {
            identifier: 'f1a00000-0000-4000-8000-000000020104',
            titleDa: 'Fordeler opgaver og anerkender indsatsen',
            titleEn: 'Allocates tasks and recognises effort',
            descriptionDa:
              'Fordeler opgaver og vagter gennemskueligt og retfærdigt, giver konkret anerkendelse og tager fat, når en medarbejder ikke lever op til forventningerne.',
            descriptionEn:
              'Allocates tasks and shifts transparently and fairly, gives specific recognition and steps in when an employee is not meeting expectations.',
          },
          {
            identifier: 'f1a00000-0000-4000-8000-000000020105',
            titleDa: 'Rekrutterer og introducerer nye medarbejdere',
            titleEn: 'Recruits and inducts new staff',
            descriptionDa:
              'Deltager i ansættelsessamtaler, vælger ud fra opgavens krav og sørger for en planlagt introduktion, så nye medarbejdere – også vikarer og elever – kommer godt i gang.',
            descriptionEn:
              "Takes part in job interviews, selects on the basis of the job's requirements and ensures a planned induction so that new staff – including temps and trainees – get off to a good start.",
          },
        ],
      },
      {
        identifier: ID.communication,
        titleDa: 'Kommunikation og konflikthåndtering',
        titleEn: 'Communication and conflict management',
        descriptionDa:
          'At kommunikere klart og lytte aktivt i hverdagen, på personalemøder og over for borgere og pårørende, og at tage fat i uenigheder og konflikter, før de vokser sig store. Lederen skelner mellem faglig uenighed og personlige konflikter og vælger sin tilgang derefter.',
        descriptionEn:
          'Communicating clearly and listening actively in daily work, at staff meetings and with citizens and relatives, and addressing disagreements and conflicts before they escalate. The leader distinguishes between professional disagreement and personal conflict and chooses their approach accordingly.',
        keywordsDa: [
          'konflikt',
          'konflikter',
          'uenighed',
          'uenige',
          'sladder',
          'klikedannelse',
          'svær samtale',
          'svære samtaler',
          'pårørende',
          'klage',
          'dialog',
          'personalemøde',
          'kommunikation',
          'misforståelser',
          'tonen',
        ],
        keywordsEn: [
          'conflict',
          'conflicts',
          'disagreement',
          'disagree',
          'gossip',
          'cliques',
          'difficult conversation',
          'difficult conversations',
          'relatives',
          'complaint',
          'dialogue',
          'staff meeting',
          'communication',
          'misunderstandings',
          'tone',
        ],
        levels: [
          {
            level: 1,
            da: 'Giver besked om det praktiske, men undgår helst svære samtaler og håber, at uenigheder løser sig af sig selv.',
            en: 'Passes on practical information but prefers to avoid difficult conversations and hopes that disagreements will resolve themselves.',
          },
          {
            level: 2,
            da: 'Holder faste personalemøder og giver information fra ledelsen videre. Tager konflikter op, når de bliver tydelige, men har brug for støtte fra egen leder eller HR til at løse dem.',
            en: 'Holds regular staff meetings and passes on information from management. Takes up conflicts once they become visible but needs support from their own manager or HR to resolve them.',
          },
          {
            level: 3,
            da: 'Tilpasser budskabet til modtageren og tjekker, at det er forstået. Tager selv de svære samtaler med medarbejdere og pårørende og løser de fleste konflikter, mens de er små.',
            en: 'Adapts the message to the audience and checks that it has been understood. Holds difficult conversations with staff and relatives themselves and resolves most conflicts while they are still small.',
          },
          {
            level: 4,
            da: 'Bruger bevidst metoder som konfliktmægling og samtaleteknikker i fastlåste konflikter mellem medarbejdere eller med pårørende. Forebygger konflikter gennem klare aftaler om samarbejdet og en åben tone i gruppen.',
            en: 'Deliberately uses methods such as mediation and structured conversation techniques in entrenched conflicts between staff or with relatives. Prevents conflicts through clear agreements on how the team works together and an open tone in the group.',
          },
          {
            level: 5,
            da: 'Bliver hentet ind som mægler eller sparringspartner i svære konflikter i andre enheder og lærer andre ledere at håndtere vanskelige samtaler.',
            en: 'Is brought in as a mediator or sounding board in difficult conflicts in other units and teaches other leaders how to handle hard conversations.',
          },
        ],
        indicators: [
          {
            identifier: 'f1a00000-0000-4000-8000-000000020201',
            titleDa: 'Kommunikerer klart om beslutninger og ændringer',
            titleEn: 'Communicates decisions and changes clearly',
            descriptionDa:
              'Fortæller, hvad der ændres, hvorfor og hvad det betyder for den enkelte, og sikrer, at også medarbejdere i aften-, nat- og weekendvagter får beskeden.',
            descriptionEn:
              'Explains what is changing, why, and what it means for each person, and makes sure that staff on evening, night and weekend shifts also get the message.',
          },
          {
            identifier: 'f1a00000-0000-4000-8000-000000020202',
            titleDa: 'Leder møder, hvor alle kommer til orde',
            titleEn: 'Runs meetings where everyone is heard',
            descriptionDa:
              'Forbereder og leder personalemøder og tavlemøder med en klar dagsorden, lader alle komme til orde og følger op på det, der blev besluttet.',
            descriptionEn:
              'Prepares and chairs staff meetings and daily huddles with a clear agenda, gives everyone a say and follows up on what was decided.',
          },
          {
            identifier: 'f1a00000-0000-4000-8000-000000020203',
            titleDa: 'Tager fat i konflikter tidligt',
            titleEn: 'Addresses conflicts early',
            descriptionDa:
              'Reagerer på sladder, gnidninger og klikedannelse, taler med de involverede hver for sig og sammen og hjælper dem til konkrete aftaler om samarbejdet.',
            descriptionEn:
              'Responds to gossip, friction and cliques, talks to those involved separately and together, and helps them reach specific agreements about working together.',
          },
          {
            identifier: 'f1a00000-0000-4000-8000-000000020204',
            titleDa: 'Håndterer svære samtaler med borgere og pårørende',
            titleEn: 'Handles difficult conversations with citizens and relatives',
            descriptionDa:
              'Møder utilfredse borgere og pårørende roligt og anerkendende, afklarer, hvad der kan og ikke kan lade sig gøre, og bakker medarbejderne op i situationen.',
            descriptionEn:
              'Meets dissatisfied citizens and relatives calmly and respectfully, clarifies what can and cannot be done, and backs up staff in the situation.',
          },
        ],
      },
    ],
  },
  {
    identifier: 'f1a00000-0000-4000-8000-000000030000',
    titleDa: 'Faglig og strategisk ledelse',
    titleEn: 'Professional and strategic leadership',
    descriptionDa:
      'Ledelse af opgaven: at sikre kvaliteten i kerneopgaven, omsætte mål og værdier til hverdag og balancere driften med udvikling og forandring.',
    descriptionEn:
      'Leading the task: securing quality in the core task, turning goals and values into everyday practice, and balancing day-to-day operations with development and change.',
    competencies: [
      {
        identifier: ID.coreTask,
        titleDa: 'Faglig ledelse og kerneopgaven',
        titleEn: 'Professional leadership and the core task',
        descriptionDa:
          'At holde fokus på den opgave, enheden er sat i verden for – plejen af borgeren, vedligeholdelsen af veje og grønne områder, sagsbehandlingen – og sikre, at den løses fagligt forsvarligt. Lederen kender fagligheden indefra og bruger den til at udvikle kvaliteten frem for at løse opgaverne selv.',
        descriptionEn:
          'Keeping the focus on the task the unit exists to do – caring for citizens, maintaining roads and green spaces, processing cases – and making sure it is carried out to a sound professional standard. The leader knows the profession from the inside and uses that knowledge to develop quality rather than doing the work themselves.',
        keywordsDa: [
          'kerneopgaven',
          'kerneopgave',
          'borgeren',
          'borgerne',
          'kvalitet',
          'kvaliteten',
          'faglighed',
          'fagligheden',
          'dokumentation',
          'tilsyn',
          'utilsigtede hændelser',
          'uddelegere',
          'sidemandsoplæring',
          'arbejdsgange',
        ],
        keywordsEn: [
          'core task',
          'the citizen',
          'citizens',
          'quality',
          'professional standards',
          'expertise',
          'professional',
          'documentation',
          'inspection',
          'adverse events',
          'delegate',
          'delegating',
          'on-the-job training',
          'work routines',
        ],
        levels: [
          {
            level: 1,
            da: 'Er en dygtig fagperson, der løser mange af opgaverne selv og er den, medarbejderne spørger til råds. Leder fagligheden mest ved at gå forrest i arbejdet.',
            en: 'Is a skilled professional who does much of the work personally and is the one staff turn to for advice. Leads professional practice mainly by setting an example in the work.',
          },
          {
            level: 2,
            da: 'Kender kvalitetskravene og følger op, når noget ikke lever op til dem. Er begyndt at uddelegere faglige opgaver, men tager dem ofte tilbage, når der er travlt.',
            en: 'Knows the quality requirements and follows up when something falls short of them. Has started to delegate professional tasks but often takes them back when things get busy.',
          },
          {
            level: 3,
            da: 'Leder fagligheden i stedet for at udføre den: uddelegerer, følger op på kvalitet og dokumentation og bruger fejl og klager til læring i gruppen. Kan forklare medarbejderne, hvordan deres arbejde bidrager til kerneopgaven.',
            en: 'Leads professional practice rather than carrying it out: delegates, follows up on quality and documentation, and uses mistakes and complaints as learning for the team. Can explain to staff how their work contributes to the core task.',
          },
          {
            level: 4,
            da: 'Udvikler systematisk kvaliteten ud fra data, borgernes erfaringer og ny viden og afprøver nye arbejdsgange. Prioriterer fagligt velbegrundet, når ressourcerne ikke rækker til alt.',
            en: "Develops quality systematically using data, citizens' experiences and new knowledge, and tries out new ways of working. Sets professionally well-founded priorities when resources do not stretch to everything.",
          },
          {
            level: 5,
            da: 'Er med til at sætte den faglige retning for området på tværs af enheder, fx i udviklingsprojekter eller faglige netværk, og omsætter ny lovgivning og viden til praksis for flere teams.',
            en: 'Helps set the professional direction for the area across units, for example in development projects or professional networks, and translates new legislation and knowledge into practice for several teams.',
          },
        ],
        indicators: [
          {
            identifier: 'f1a00000-0000-4000-8000-000000030101',
            titleDa: 'Sætter kerneopgaven og borgeren i centrum',
            titleEn: 'Puts the core task and the citizen at the centre',
            descriptionDa:
              'Stiller spørgsmålet »hvad betyder det for borgeren?«, når der skal prioriteres, og tager kerneopgaven op til drøftelse på personalemøderne.',
            descriptionEn:
              'Asks ‘what does this mean for the citizen?’ when priorities have to be set, and puts the core task on the agenda at staff meetings.',
          },
          {
            identifier: 'f1a00000-0000-4000-8000-000000030102',
            titleDa: 'Sikrer faglig kvalitet og dokumentation',
            titleEn: 'Ensures professional quality and documentation',
            descriptionDa:
              'Kender områdets faglige standarder, kvalitetskrav og regler, følger op på dokumentation og tilsyn og sørger for, at fejl og utilsigtede hændelser bliver brugt til læring.',
            descriptionEn:
              "Knows the area's professional standards, quality requirements and regulations, follows up on documentation and inspections, and makes sure that mistakes and adverse events are used for learning.",
          },
          {
            identifier: 'f1a00000-0000-4000-8000-000000030103',
            titleDa: 'Uddelegerer og udvikler medarbejdernes faglighed',
            titleEn: "Delegates and develops the staff's expertise",
            descriptionDa:
              'Giver opgaver og ansvar videre til medarbejderne i stedet for selv at tage dem og bruger sidemandsoplæring, faglige drøftelser og kurser til at løfte fagligheden.',
            descriptionEn:
              "Hands tasks and responsibility to staff instead of taking them on personally, and uses on-the-job training, professional discussions and courses to raise the team's expertise.",
          },
          {
            identifier: 'f1a00000-0000-4000-8000-000000030104',
            titleDa: 'Finder balancen mellem at lede og at udføre',
            titleEn: 'Balances leading and doing',
            descriptionDa:
              'Vælger bevidst, hvornår det er rigtigt selv at tage en vagt eller et stykke af arbejdet, og hvornår ledelsesopgaven skal gå forud.',
            descriptionEn:
              'Decides consciously when it is right to take a shift or do part of the work themselves, and when the leadership task must come first.',
          },
        ],
      },
      {
        identifier: ID.goalsAndValues,
        titleDa: 'Retning, mål- og værdistyring',
        titleEn: 'Direction, goals and values-based management',
        descriptionDa:
          'At give medarbejderne en fælles retning ved at omsætte organisationens mål, værdier og politikker til konkrete mål og handlinger i enheden og følge op på, om de nås. Lederen bruger mål og værdier som et redskab i den daglige ledelse, ikke kun som ord på papir.',
        descriptionEn:
          "Giving staff a shared sense of direction by turning the organisation's goals, values and policies into specific goals and actions in the unit, and following up on whether they are met. The leader uses goals and values as a tool in everyday leadership, not just as words on paper.",
        keywordsDa: [
          'mål',
          'målene',
          'målstyring',
          'delmål',
          'værdier',
          'værdierne',
          'værdibaseret',
          'strategi',
          'strategien',
          'retning',
          'visionen',
          'resultater',
          'succeskriterier',
          'meningen',
        ],
        keywordsEn: [
          'goals',
          'the goals',
          'management by objectives',
          'objectives',
          'values',
          'values-based',
          'strategy',
          'the strategy',
          'direction',
          'vision',
          'results',
          'targets',
          'success criteria',
          'purpose',
        ],
        levels: [
          {
            level: 1,
            da: 'Kender overskrifterne i organisationens mål og værdier, men bruger dem sjældent i den daglige ledelse.',
            en: "Knows the headlines of the organisation's goals and values but rarely uses them in day-to-day leadership.",
          },
          {
            level: 2,
            da: 'Giver mål og værdier videre til medarbejderne, fx på personalemøder, og følger op på dem, når egen leder spørger.',
            en: 'Passes goals and values on to staff, for example at staff meetings, and follows them up when their own manager asks.',
          },
          {
            level: 3,
            da: 'Opstiller sammen med medarbejderne konkrete mål for enheden, følger løbende op og forklarer prioriteringer med udgangspunkt i de fælles værdier.',
            en: 'Sets specific goals for the unit together with staff, follows up regularly and explains priorities with reference to the shared values.',
          },
          {
            level: 4,
            da: 'Skaber sammenhæng mellem de politiske mål, enhedens mål og den enkelte medarbejders opgaver og bruger resultater og data til at justere indsatsen. Håndterer modsatrettede mål bevidst og gennemskueligt.',
            en: "Connects political goals, the unit's goals and each employee's tasks, and uses results and data to adjust the effort. Deals with conflicting goals deliberately and transparently.",
          },
          {
            level: 5,
            da: 'Bidrager til at formulere mål og værdier på områdeniveau, så de kan bruges i praksis, og hjælper andre ledere med at omsætte dem til hverdagen.',
            en: 'Helps formulate goals and values at area level so that they work in practice, and helps other leaders translate them into everyday work.',
          },
        ],
        indicators: [
          {
            identifier: 'f1a00000-0000-4000-8000-000000030201',
            titleDa: 'Omsætter overordnede mål til lokale mål',
            titleEn: 'Translates overall goals into local goals',
            descriptionDa:
              'Bryder mål fra kommunens strategier, politikker og aftaler ned til få, konkrete mål for teamet, som medarbejderne kan genkende i deres eget arbejde.',
            descriptionEn:
              "Breaks down goals from the municipality's strategies, policies and agreements into a few specific goals for the team that staff can recognise in their own work.",
          },
          {
            identifier: 'f1a00000-0000-4000-8000-000000030202',
            titleDa: 'Inddrager medarbejderne i mål og værdier',
            titleEn: 'Involves staff in goals and values',
            descriptionDa:
              'Drøfter med medarbejderne, hvad værdierne betyder i konkrete situationer, og lader dem være med til at bestemme, hvordan målene skal nås.',
            descriptionEn:
              'Discusses with staff what the values mean in specific situations and involves them in deciding how the goals are to be reached.',
          },
          {
            identifier: 'f1a00000-0000-4000-8000-000000030203',
            titleDa: 'Følger op på mål og resultater',
            titleEn: 'Follows up on goals and results',
            descriptionDa:
              'Følger op på målene med fx tavlemøder, tal eller stikprøver, fejrer det, der lykkes, og justerer, når målene ikke nås.',
            descriptionEn:
              'Follows up on goals using, for example, huddle boards, figures or spot checks, celebrates what works and adjusts when goals are not met.',
          },
          {
            identifier: 'f1a00000-0000-4000-8000-000000030204',
            titleDa: 'Bruger værdierne i svære prioriteringer',
            titleEn: 'Uses the values in difficult trade-offs',
            descriptionDa:
              'Henviser til de fælles værdier og mål, når der skal prioriteres eller siges nej, så medarbejderne kan forstå beslutningerne.',
            descriptionEn:
              'Refers to the shared values and goals when priorities must be set or something turned down, so that staff can understand the decisions.',
          },
        ],
      },
      {
        identifier: ID.operationsAndChange,
        titleDa: 'Drift, udvikling og forandring',
        titleEn: 'Operations, development and change',
        descriptionDa:
          'At få hverdagen til at hænge sammen – vagtplaner, opgaver, materiel og akutte problemer – uden at driften fortrænger personaleledelse og udvikling. Lederen planlægger og prioriterer sin tid, skaber faste rutiner og leder medarbejderne gennem forandringer som omorganiseringer, nye it-systemer og nye måder at arbejde på.',
        descriptionEn:
          'Keeping day-to-day operations running – rotas, tasks, equipment and urgent problems – without letting them crowd out people management and development. The leader plans and prioritises their time, builds stable routines and leads staff through changes such as reorganisations, new IT systems and new ways of working.',
        keywordsDa: [
          'drift',
          'driften',
          'brandslukning',
          'travlhed',
          'travlt',
          'vagtplan',
          'vagtplanen',
          'planlægning',
          'ingen tid',
          'akut',
          'forandring',
          'forandringer',
          'omorganisering',
          'nye systemer',
          'modstand',
        ],
        keywordsEn: [
          'operations',
          'day-to-day running',
          'firefighting',
          'busy',
          'workload',
          'rota',
          'shift plan',
          'planning',
          'no time',
          'urgent',
          'change',
          'changes',
          'reorganisation',
          'new systems',
          'resistance',
        ],
        levels: [
          {
            level: 1,
            da: 'Bruger det meste af tiden på at få dagen til at gå op: dække vagter, løse akutte problemer og give en hånd med i arbejdet. Giver forandringer videre, som de kommer fra ledelsen.',
            en: 'Spends most of their time making the day work: covering shifts, solving urgent problems and lending a hand with the work. Passes changes on as they come from management.',
          },
          {
            level: 2,
            da: 'Har styr på vagtplan og opgavefordeling og planlægger nogle uger frem. Forklarer forandringer for medarbejderne, men driften fylder stadig så meget, at personaleledelsen ofte bliver nedprioriteret.',
            en: 'Keeps rotas and task allocation under control and plans a few weeks ahead. Explains changes to staff, but operations still take up so much time that people management is often pushed aside.',
          },
          {
            level: 3,
            da: 'Har faste rutiner og klare aftaler, så driften kører, uden at lederen er til stede hele tiden, og bruger den frigjorte tid på ledelse. Planlægger og gennemfører forandringer i egen enhed med inddragelse af medarbejderne.',
            en: 'Has stable routines and clear agreements so that operations run without the leader being present all the time, and uses the time freed up for leadership. Plans and carries out changes in their own unit with staff involvement.',
          },
          {
            level: 4,
            da: 'Analyserer, hvorfor driften ender i brandslukning, og ændrer arbejdsgange, bemanding eller ansvarsfordeling, så problemerne ikke kommer igen. Leder større forandringer, fx sammenlægninger eller nye it-systemer, og håndterer modstand konstruktivt.',
            en: 'Analyses why operations end up in firefighting and changes work routines, staffing or responsibilities so that the problems do not recur. Leads larger changes, such as mergers or new IT systems, and deals with resistance constructively.',
          },
          {
            level: 5,
            da: 'Leder udviklings- og forandringsprojekter på tværs af enheder og bruger erfaringerne til at forbedre, hvordan organisationen planlægger og gennemfører forandringer.',
            en: 'Leads development and change projects across units and uses the experience to improve how the organisation plans and implements change.',
          },
        ],
        indicators: [
          {
            identifier: 'f1a00000-0000-4000-8000-000000030301',
            titleDa: 'Planlægger og prioriterer driften',
            titleEn: 'Plans and prioritises operations',
            descriptionDa:
              'Lægger vagtplaner, arbejdsplaner og opgavefordeling i god tid, har en plan for sygdom og spidsbelastninger og skelner mellem det akutte og det vigtige.',
            descriptionEn:
              'Prepares rotas, work schedules and task allocation in good time, has a plan for sickness and peak periods, and distinguishes between the urgent and the important.',
          },
          {
            identifier: 'f1a00000-0000-4000-8000-000000030302',
            titleDa: 'Skaber tid til ledelse',
            titleEn: 'Makes time for leadership',
            descriptionDa:
              'Sætter faste tider af i kalenderen til personaleledelse og udvikling, uddelegerer driftsopgaver og undgår, at dagen går med brandslukning.',
            descriptionEn:
              'Reserves fixed time in the calendar for people management and development, delegates operational tasks and avoids spending the day firefighting.',
          },
          {
            identifier: 'f1a00000-0000-4000-8000-000000030303',
            titleDa: 'Leder forandringer',
            titleEn: 'Leads change',
            descriptionDa:
              'Forklarer baggrunden for en forandring, inddrager medarbejderne i, hvordan den skal gennemføres, tager modstand alvorligt og følger op, til den nye praksis sidder.',
            descriptionEn:
              'Explains the reasons for a change, involves staff in how it is to be implemented, takes resistance seriously and follows up until the new practice has taken hold.',
          },
          {
            identifier: 'f1a00000-0000-4000-8000-000000030304',
            titleDa: 'Driver forbedringer i hverdagen',
            titleEn: 'Drives everyday improvements',
            descriptionDa:
              'Samler idéer fra medarbejderne, afprøver små forbedringer af arbejdsgangene og fastholder dem, der virker.',
            descriptionEn:
              'Gathers ideas from staff, tests small improvements to work routines and keeps the ones that work.',
          },
        ],
      },
    ],
  },
  {
    identifier: 'f1a00000-0000-4000-8000-000000040000',
    titleDa: 'Organisation, økonomi og politik',
    titleEn: 'Organisation, finance and politics',
    descriptionDa:
      'Ledelse i en politisk styret organisation: at forstå og styre økonomien, navigere mellem politiske beslutninger og borgernes behov og samarbejde på tværs af organisationen.',
    descriptionEn:
      "Leading in a politically governed organisation: understanding and managing the finances, navigating between political decisions and citizens' needs, and working across the organisation.",
    competencies: [
      {
        identifier: ID.finance,
        titleDa: 'Økonomisk forståelse og økonomistyring',
        titleEn: 'Financial understanding and financial management',
        descriptionDa:
          'At forstå, hvordan enhedens aktiviteter finansieres, og hvordan budget og regnskab dokumenterer, om målene nås, og at styre sit eget budget med løbende opfølgning. Lederen bruger tallene aktivt til at træffe beslutninger og til at forklare prioriteringer for medarbejderne.',
        descriptionEn:
          "Understanding how the unit's activities are funded and how budgets and accounts show whether goals are met, and managing their own budget with regular monitoring. The leader actively uses the figures to make decisions and to explain priorities to staff.",
        keywordsDa: [
          'budget',
          'budgettet',
          'regnskab',
          'regnskabet',
          'likviditet',
          'nøgletal',
          'overskridelse',
          'underskud',
          'spare',
          'besparelser',
          'økonomi',
          'økonomien',
          'penge',
          'pengene',
          'indkøb',
        ],
        keywordsEn: [
          'budget',
          'the budget',
          'accounts',
          'financial statements',
          'cash flow',
          'key figures',
          'overspend',
          'deficit',
          'save money',
          'savings',
          'cuts',
          'finances',
          'economy',
          'money',
          'purchasing',
        ],
        levels: [
          {
            level: 1,
            da: 'Ved, at enheden har et budget, men kender ikke tallene og overlader økonomien til egen leder eller økonomikonsulenten.',
            en: 'Knows that the unit has a budget but does not know the figures and leaves the finances to their own manager or the finance officer.',
          },
          {
            level: 2,
            da: 'Kender budgettets hovedposter og læser budgetopfølgningen, når den kommer. Kan se, om forbruget ligger over eller under budgettet, men har brug for hjælp til at forklare afvigelserne.',
            en: 'Knows the main budget lines and reads the budget report when it arrives. Can see whether spending is over or under budget but needs help to explain the deviations.',
          },
          {
            level: 3,
            da: 'Styrer sit eget budget: følger op hver måned, forklarer afvigelser, fordeler større udgifter hen over året og foreslår tiltag i god tid ved en forventet overskridelse. Bruger nøgletal i drøftelser med medarbejderne.',
            en: 'Manages their own budget: monitors it monthly, explains deviations, spreads major expenses across the year and proposes measures in good time when an overspend is expected. Uses key figures in discussions with staff.',
          },
          {
            level: 4,
            da: 'Forstår sammenhængen mellem kommunens økonomi, budgetprocessen og enhedens økonomiske råderum og bruger den til at argumentere for prioriteringer. Udarbejder budgetforslag, regner konsekvenserne af besparelser ud og kan vise, hvad pengene giver af resultater.',
            en: "Understands how the municipality's finances, the budget process and the unit's financial headroom fit together, and uses this to argue for priorities. Prepares budget proposals, works out the consequences of cuts and can show what results the money delivers.",
          },
          {
            level: 5,
            da: 'Har økonomiansvar på tværs af flere enheder eller for større anlægsopgaver og indkøb, bidrager til områdets budgetlægning og hjælper andre ledere med at forstå og bruge økonomistyringen.',
            en: 'Holds financial responsibility across several units or for major construction projects and purchases, contributes to budgeting for the whole area and helps other leaders understand and use financial management.',
          },
        ],
        indicators: [
          {
            identifier: 'f1a00000-0000-4000-8000-000000040101',
            titleDa: 'Forstår den kommunale økonomi',
            titleEn: 'Understands local government finance',
            descriptionDa:
              'Kan forklare, hvordan kommunen finansieres gennem skat, tilskud og udligning, hvordan budgettet bliver vedtaget, og hvad statens økonomiske rammer betyder for egen enhed.',
            descriptionEn:
              "Can explain how the municipality is funded through taxes, grants and equalisation, how the budget is adopted, and what the state's spending limits mean for their own unit.",
          },
          {
            identifier: 'f1a00000-0000-4000-8000-000000040102',
            titleDa: 'Lægger og følger op på budgettet',
            titleEn: 'Prepares and monitors the budget',
            descriptionDa:
              'Bidrager til budgetlægningen med realistiske skøn, følger forbruget mod budgettet hver måned og reagerer i god tid på en forventet overskridelse.',
            descriptionEn:
              'Contributes realistic estimates to the budget process, monitors spending against budget every month and acts in good time on an expected overspend.',
          },
          {
            identifier: 'f1a00000-0000-4000-8000-000000040103',
            titleDa: 'Bruger nøgletal og regnskab',
            titleEn: 'Uses key figures and accounts',
            descriptionDa:
              'Læser budgetopfølgning og regnskab, bruger nøgletal som timeforbrug, sygefraværsprocent, enhedspriser eller materialeforbrug og kan forklare afvigelser.',
            descriptionEn:
              'Reads budget reports and accounts, uses key figures such as hours used, absence rates, unit costs or material consumption, and can explain deviations.',
          },
          {
            identifier: 'f1a00000-0000-4000-8000-000000040104',
            titleDa: 'Styrer likviditet, indkøb og ressourcer',
            titleEn: 'Manages cash flow, purchasing and resources',
            descriptionDa:
              'Planlægger større indkøb og udgifter hen over året, så pengene rækker året ud, overholder indkøbsaftaler og holder udgifter til vikarer, overarbejde, materialer og maskiner op mod budgettet.',
            descriptionEn:
              'Plans larger purchases and expenses across the year so that the money lasts, complies with procurement agreements and weighs spending on temps, overtime, materials and machinery against the budget.',
          },
          {
            identifier: 'f1a00000-0000-4000-8000-000000040105',
            titleDa: 'Forklarer økonomiske prioriteringer',
            titleEn: 'Explains financial priorities',
            descriptionDa:
              'Forklarer medarbejderne, hvorfor der skal spares eller prioriteres, og inddrager dem i, hvordan enheden får mest ud af pengene.',
            descriptionEn:
              'Explains to staff why savings or priorities are needed and involves them in how the unit can get the most out of its money.',
          },
        ],
      },
      {
        identifier: ID.politicalAcumen,
        titleDa: 'Politisk tæft og ledelsesrum',
        titleEn: 'Political acumen and room to manoeuvre',
        descriptionDa:
          'At forstå, hvordan beslutninger bliver til i en politisk styret organisation og når ud i driften, og at oversætte overordnede politiske og strategiske mål til handling i egen enhed. Lederen kender sit ledelsesrum, bruger det aktivt og kan stå i krydspresset mellem politikere, borgere, medier og medarbejdere.',
        descriptionEn:
          'Understanding how decisions are made in a politically governed organisation and how they reach day-to-day operations, and translating overall political and strategic goals into action in their own unit. The leader knows their room to manoeuvre, uses it actively and can handle the cross-pressure between politicians, citizens, the media and staff.',
        keywordsDa: [
          'politikerne',
          'politisk',
          'politiske beslutninger',
          'byrådet',
          'udvalget',
          'udvalg',
          'borgmesteren',
          'serviceniveau',
          'ledelsesrum',
          'oppefra',
          'direktionen',
          'medierne',
          'avisen',
          'krydspres',
        ],
        keywordsEn: [
          'politicians',
          'political',
          'political decisions',
          'municipal council',
          'committee',
          'mayor',
          'service level',
          'room to manoeuvre',
          'from above',
          'senior management',
          'media',
          'newspaper',
          'cross-pressure',
          'political agenda',
        ],
        levels: [
          {
            level: 1,
            da: 'Oplever politiske beslutninger som noget, der kommer oppefra, og giver dem videre uden at kunne forklare baggrunden. Er usikker på, hvad lederen selv må beslutte.',
            en: 'Experiences political decisions as something handed down from above and passes them on without being able to explain the background. Is unsure what they are allowed to decide themselves.',
          },
          {
            level: 2,
            da: 'Kender de politiske udvalg og de beslutninger, der vedrører eget område, og kan forklare medarbejderne, hvad de betyder. Spørger egen leder, når der er tvivl om ledelsesrummet.',
            en: 'Knows the political committees and the decisions that affect their own area, and can explain to staff what they mean. Asks their own manager when in doubt about their room to manoeuvre.',
          },
          {
            level: 3,
            da: 'Oversætter politiske mål og serviceniveauer til konkret praksis, bruger sit ledelsesrum selvstændigt og orienterer opad i tide om sager, der kan få politisk opmærksomhed.',
            en: 'Translates political goals and service levels into concrete practice, uses their room to manoeuvre independently and alerts management in time to matters that may draw political attention.',
          },
          {
            level: 4,
            da: 'Forudser, hvordan politiske dagsordener og budgetforhandlinger vil påvirke enheden, og leverer faglig viden og konsekvensbeskrivelser til beslutningsoplæg. Balancerer bevidst mellem hensynet til politikere, borgere og medarbejdere.',
            en: 'Anticipates how political agendas and budget negotiations will affect the unit and supplies professional knowledge and impact assessments for decision papers. Deliberately balances the interests of politicians, citizens and staff.',
          },
          {
            level: 5,
            da: 'Bliver brugt som faglig stemme over for udvalg og direktion, fx ved udvalgsbesøg eller når politikker skal udarbejdes, og hjælper andre ledere med at navigere i politisk følsomme sager.',
            en: 'Acts as a professional voice towards committees and senior management, for example during committee visits or when policies are drafted, and helps other leaders navigate politically sensitive matters.',
          },
        ],
        indicators: [
          {
            identifier: 'f1a00000-0000-4000-8000-000000040201',
            titleDa: 'Kender den politiske beslutningsgang',
            titleEn: 'Knows the political decision-making process',
            descriptionDa:
              'Ved, hvordan byråd, fagudvalg og forvaltning arbejder sammen, følger med i de beslutninger, der vedrører eget område, og kender forskellen på politisk og administrativ ledelse.',
            descriptionEn:
              'Knows how the municipal council, its committees and the administration work together, keeps track of decisions that affect their own area, and understands the difference between political and administrative leadership.',
          },
          {
            identifier: 'f1a00000-0000-4000-8000-000000040202',
            titleDa: 'Oversætter politiske beslutninger til praksis',
            titleEn: 'Translates political decisions into practice',
            descriptionDa:
              'Forklarer medarbejderne, hvad en ny politik, et ændret serviceniveau eller en besparelse betyder for arbejdet, og gennemfører den loyalt – også når lederen selv er uenig.',
            descriptionEn:
              'Explains to staff what a new policy, a changed service level or a cut means for their work, and implements it loyally – even when the leader personally disagrees.',
          },
          {
            identifier: 'f1a00000-0000-4000-8000-000000040203',
            titleDa: 'Bruger og udvider sit ledelsesrum',
            titleEn: 'Uses and widens their room to manoeuvre',
            descriptionDa:
              'Afklarer med egen leder, hvilke beslutninger lederen selv kan træffe, træffer dem uden at spørge om lov og giver faglig viden videre opad, når beslutninger ikke hænger sammen med virkeligheden i driften.',
            descriptionEn:
              'Clarifies with their own manager which decisions they can make themselves, makes them without asking permission, and passes professional knowledge upwards when decisions do not match the reality on the ground.',
          },
          {
            identifier: 'f1a00000-0000-4000-8000-000000040204',
            titleDa: 'Håndterer sager med politisk og offentlig bevågenhed',
            titleEn: 'Handles matters that draw political and public attention',
            descriptionDa:
              'Genkender sager, der kan blive politiske eller komme i medierne – fx klager, borgerhenvendelser eller fejl – orienterer egen leder i tide og følger organisationens retningslinjer for presse og sociale medier.',
            descriptionEn:
              "Recognises matters that may become political or reach the media – such as complaints, enquiries from citizens or mistakes – informs their own manager in time and follows the organisation's guidelines on the press and social media.",
          },
        ],
      },
      {
        identifier: ID.organisation,
        titleDa: 'Organisationsforståelse og samarbejde',
        titleEn: 'Organisational understanding and collaboration',
        descriptionDa:
          'At forstå, hvordan organisationen hænger sammen – ledelseslag, stabe, MED-system og faglige organisationer – og bruge det til at samarbejde på tværs af faggrupper, afdelinger og sektorer. Lederen ved, hvem der skal inddrages hvornår, og bygger relationer, før der er brug for dem.',
        descriptionEn:
          'Understanding how the organisation fits together – management layers, support functions, the MED joint consultation system and trade unions – and using this to work across professions, departments and sectors. The leader knows who needs to be involved when, and builds relationships before they are needed.',
        keywordsDa: [
          'organisationen',
          'MED',
          'MED-udvalget',
          'tillidsrepræsentant',
          'TR',
          'arbejdsmiljørepræsentant',
          'på tværs',
          'tværfagligt',
          'samarbejde',
          'samarbejdet',
          'snitflader',
          'forvaltningen',
          'ledergruppen',
          'HR',
          'andre afdelinger',
        ],
        keywordsEn: [
          'organisation',
          'MED committee',
          'joint consultation',
          'union representative',
          'shop steward',
          'health and safety representative',
          'across departments',
          'cross-disciplinary',
          'collaboration',
          'cooperation',
          'interfaces',
          'administration',
          'management team',
          'HR',
          'other departments',
        ],
        levels: [
          {
            level: 1,
            da: 'Kender sin egen enhed og nærmeste leder godt, men har et begrænset overblik over resten af organisationen og MED-systemet.',
            en: 'Knows their own unit and immediate manager well but has a limited overview of the rest of the organisation and the MED system.',
          },
          {
            level: 2,
            da: 'Ved, hvor man henvender sig i HR, økonomi og de andre stabe, og kender MED-udvalgets og tillidsrepræsentantens rolle. Samarbejder med naboenheder, når en konkret sag kræver det.',
            en: 'Knows where to turn in HR, finance and the other support functions, and understands the role of the MED committee and the union representative. Works with neighbouring units when a specific case requires it.',
          },
          {
            level: 3,
            da: 'Inddrager MED-udvalget og tillidsrepræsentanten i tide ved ændringer og bruger stabenes viden aktivt. Har faste samarbejdsaftaler med de enheder, opgaverne går på tværs af.',
            en: 'Involves the MED committee and the union representative in good time when changes are made and actively uses the expertise of support functions. Has standing agreements with the units that share tasks with their own.',
          },
          {
            level: 4,
            da: 'Forstår de formelle og uformelle magtforhold i organisationen og bruger dem til at løse opgaver på tværs. Tager initiativ til samarbejde med andre afdelinger, sektorer eller eksterne parter, når det giver bedre løsninger for borgerne.',
            en: 'Understands the formal and informal power relations in the organisation and uses them to solve problems across boundaries. Takes the initiative to work with other departments, sectors or external partners when it leads to better solutions for citizens.',
          },
          {
            level: 5,
            da: 'Er med til at forme organisationens samarbejdsformer, fx som medlem af et hovedudvalg eller en tværgående projektgruppe, og bygger netværk, som andre ledere også har gavn af.',
            en: 'Helps shape how the organisation works together, for example as a member of a central MED committee or a cross-cutting project group, and builds networks that other leaders benefit from too.',
          },
        ],
        indicators: [
          {
            identifier: 'f1a00000-0000-4000-8000-000000040301',
            titleDa: 'Kender organisationen og rollerne i den',
            titleEn: 'Knows the organisation and its roles',
            descriptionDa:
              'Ved, hvem der har ansvaret for hvad i ledelseskæden og i stabene – HR, økonomi, it, arbejdsmiljø – og hvor man henvender sig med forskellige slags sager.',
            descriptionEn:
              'Knows who is responsible for what in the management chain and in the support functions – HR, finance, IT, health and safety – and where to turn with different kinds of matters.',
          },
          {
            identifier: 'f1a00000-0000-4000-8000-000000040302',
            titleDa: 'Samarbejder i MED-systemet',
            titleEn: 'Works within the MED joint consultation system',
            descriptionDa:
              'Kender MED-aftalen, informerer og drøfter ændringer i MED-udvalget i god tid og har et konstruktivt samarbejde med tillidsrepræsentanten og arbejdsmiljørepræsentanten.',
            descriptionEn:
              'Knows the MED agreement, informs and consults the MED committee about changes in good time, and works constructively with the union representative and the health and safety representative.',
          },
          {
            identifier: 'f1a00000-0000-4000-8000-000000040303',
            titleDa: 'Samarbejder på tværs',
            titleEn: 'Collaborates across boundaries',
            descriptionDa:
              'Koordinerer med andre teams, faggrupper og afdelinger – fx visitation, sygepleje, myndighed eller entreprenører – om fælles borgere og opgaver og løser problemer i snitfladerne direkte med dem.',
            descriptionEn:
              'Coordinates with other teams, professions and departments – such as needs assessment, nursing, the authority function or contractors – about shared citizens and tasks, and resolves interface problems directly with them.',
          },
          {
            identifier: 'f1a00000-0000-4000-8000-000000040304',
            titleDa: 'Bidrager i ledergruppen',
            titleEn: 'Contributes to the management team',
            descriptionDa:
              'Deltager aktivt i ledermøder, deler viden og problemer med de andre ledere og bakker op om fælles beslutninger.',
            descriptionEn:
              'Takes an active part in management meetings, shares knowledge and problems with fellow leaders and supports joint decisions.',
          },
        ],
      },
    ],
  },
];

/** Flattens the authored tree into framework items; codes and positions follow the order in which items are written. */
function toItems(domains: readonly AuthoredDomain[]): FrameworkItem[] {
  const item = (
    text: AuthoredText,
    parentIdentifier: string | null,
    position: number,
    code: string,
    rest: Pick<FrameworkItem, 'kind' | 'keywordsDa' | 'keywordsEn' | 'levels'>,
  ): FrameworkItem => ({
    identifier: text.identifier,
    parentIdentifier,
    position,
    code,
    titleDa: text.titleDa,
    titleEn: text.titleEn,
    descriptionDa: text.descriptionDa,
    descriptionEn: text.descriptionEn,
    ...rest,
  });
  const noDetail = { keywordsDa: [], keywordsEn: [], levels: [] };
  return domains.flatMap((domain, d) => {
    const domainCode = String(d + 1);
    return [
      item(domain, null, d, domainCode, { kind: 'domain', ...noDetail }),
      ...domain.competencies.flatMap((competency, c) => {
        const competencyCode = `${domainCode}.${c + 1}`;
        const { keywordsDa, keywordsEn, levels } = competency;
        return [
          item(competency, domain.identifier, c, competencyCode, {
            kind: 'competency',
            keywordsDa,
            keywordsEn,
            levels,
          }),
          ...competency.indicators.map((indicator, i) =>
            item(indicator, competency.identifier, i, `${competencyCode}.${i + 1}`, { kind: 'indicator', ...noDetail }),
          ),
        ];
      }),
    ];
  });
}

export const NATIONAL_FRAMEWORK: FrameworkContent = {
  identifier: NATIONAL_FRAMEWORK_IDENTIFIER,
  titleDa: 'Førstelinjeledelse i den offentlige sektor',
  titleEn: 'First-line leadership in the public sector',
  descriptionDa:
    'Kompetencerammen beskriver, hvad førstelinjeledere i kommuner, regioner og staten skal kunne: teamledere, gruppekoordinatorer, afdelingsledere og andre, der leder medarbejdere tæt på opgaven og ofte selv har en fod i driften. Den er udviklet med afsæt i interview med førstelinjeledere i teknik- og miljøområdet og ældreplejen og bruges til behovsanalyser, kompetenceprofiler, lederudvikling og rekruttering.',
  descriptionEn:
    'The framework describes what first-line leaders in municipalities, regions and the state need to be able to do: team leaders, group coordinators, department heads and others who lead staff close to the work and often still take part in it themselves. It grew out of interviews with first-line leaders in technical and environmental services and in elderly care, and is used for needs analyses, competency profiles, leadership development and recruitment.',
  publisher: 'Frontline',
  scale: DEFAULT_SCALE,
  items: toItems(DOMAINS),
};

/** A target level for one competency in a role profile, with the reason for that level. */
export interface NationalRoleProfileTarget {
  /** The identifier of a competency in NATIONAL_FRAMEWORK. */
  itemIdentifier: string;
  level: number;
  rationaleDa: string;
  rationaleEn: string;
}

/** A national role profile: the level each competency should reach for a role, optionally within one area. */
export interface NationalRoleProfile {
  identifier: string;
  nameDa: string;
  nameEn: string;
  /** The area (sector) name as organisations use it, or null when the profile applies to every area. */
  area: string | null;
  descriptionDa: string;
  descriptionEn: string;
  targets: NationalRoleProfileTarget[];
}

const target = (itemIdentifier: string, level: number, rationaleDa: string, rationaleEn: string) => ({
  itemIdentifier,
  level,
  rationaleDa,
  rationaleEn,
});

export const NATIONAL_ROLE_PROFILES: NationalRoleProfile[] = [
  {
    identifier: 'f1a00000-0000-4000-9000-000000000001',
    nameDa: 'Førstelinjeleder, Teknik og Miljø',
    nameEn: 'First-line leader, Technical and Environmental Services',
    area: 'Teknik og Miljø',
    descriptionDa:
      'Leder et driftsteam, en materielgård eller et vejhold, der vedligeholder veje, grønne områder, bygninger eller forsyning. Har typisk budgetansvar for materialer, maskiner og entreprenører, leder faglærte og ufaglærte medarbejdere og arbejder tæt på borgere og politikere, der kan se resultatet i gadebilledet.',
    descriptionEn:
      'Leads an operations crew, a depot or a road crew that maintains roads, green spaces, buildings or utilities. Usually has budget responsibility for materials, machinery and contractors, leads skilled and unskilled workers, and works close to citizens and politicians who can see the results in the streets.',
    targets: [
      target(
        ID.colleagueToLeader,
        3,
        'Mange teamledere i driften er rekrutteret fra egne rækker og leder tidligere kolleger fra sjakket; de skal kunne stå selvstændigt i rollen.',
        'Many team leaders in technical operations are recruited from within and lead former colleagues from the crew; they must be able to hold the role independently.',
      ),
      target(
        ID.ownDevelopment,
        3,
        'Lederen har ofte få lederkolleger tæt på i hverdagen og må selv tage ansvar for sparring og egen udvikling.',
        'The leader often has few fellow leaders close by in daily work and must take charge of finding support and of their own development.',
      ),
      target(
        ID.peopleManagement,
        3,
        'Leder mindre og stabile sjak med faste arbejdstider; der er brug for selvstændig personaleledelse med særlig vægt på sikkerhed og fysisk nedslidning.',
        'Leads smaller, stable crews with regular working hours; independent people management is needed, with particular attention to safety and physical wear.',
      ),
      target(
        ID.communication,
        3,
        'Kræver klare beskeder ude på pladsen og selvstændig håndtering af borgerhenvendelser og klager, fx over snerydning eller græsslåning.',
        'Requires clear instructions out on site and independent handling of enquiries and complaints from citizens, for example about snow clearing or grass cutting.',
      ),
      target(
        ID.coreTask,
        3,
        'Skal sikre kvalitet, sikkerhed og overholdelse af regler i udførelsen – og lade medarbejderne køre maskinerne i stedet for at gøre det selv.',
        'Must ensure quality, safety and compliance in the work – and let staff operate the machines instead of doing it personally.',
      ),
      target(
        ID.goalsAndValues,
        3,
        'Serviceniveauer og driftsmål skal omsættes til konkrete planer for sæsonen, som sjakket kan se sig selv i, og følges op.',
        'Service levels and operating targets must be turned into concrete seasonal plans that the crew can relate to, and then followed up.',
      ),
      target(
        ID.operationsAndChange,
        4,
        'Driften er sæsonpræget og uforudsigelig – vejr, nedbrud og akutte skader – så lederen skal kunne planlægge vagtberedskab og materiel og bryde mønstre af brandslukning.',
        'Operations are seasonal and unpredictable – weather, breakdowns and urgent damage – so the leader must plan standby rotas and equipment and break patterns of firefighting.',
      ),
      target(
        ID.finance,
        4,
        'Har budgetansvar for materialer, maskiner, brændstof og entreprenører og skal kunne prioritere, fordele sæsonudgifter og forklare afvigelser, fx efter en hård vinter.',
        'Holds budget responsibility for materials, machinery, fuel and contractors and must be able to prioritise, spread seasonal costs and explain deviations, for example after a hard winter.',
      ),
      target(
        ID.politicalAcumen,
        4,
        'Opgaverne er meget synlige for borgere og politikere – huller i vejen, snerydning, affald – og udløser hurtigt politiske henvendelser, som lederen skal forudse og håndtere.',
        'The work is highly visible to citizens and politicians – potholes, snow clearing, waste – and quickly triggers political enquiries that the leader must anticipate and handle.',
      ),
      target(
        ID.organisation,
        3,
        'Samarbejder med planlægning, myndighed, entreprenører og forsyningsselskaber og skal bruge MED-systemet ved ændringer i arbejdstid og opgaver.',
        'Works with planning, the authority function, contractors and utility companies and must use the MED system when working hours or tasks change.',
      ),
    ],
  },
  {
    identifier: 'f1a00000-0000-4000-9000-000000000002',
    nameDa: 'Førstelinjeleder, Ældre og Sundhed',
    nameEn: 'First-line leader, Elderly Care and Health',
    area: 'Ældre og Sundhed',
    descriptionDa:
      'Teamleder eller gruppekoordinator i hjemmeplejen, på et plejecenter eller i sygeplejen, ofte med baggrund som social- og sundhedsassistent. Leder en stor medarbejdergruppe i dag-, aften-, nat- og weekendvagter, håndterer højt sygefravær og vikardækning og er i tæt kontakt med borgere og pårørende.',
    descriptionEn:
      'Team leader or group coordinator in home care, at a nursing home or in community nursing, often with a background as a social and health care assistant. Leads a large staff group working day, evening, night and weekend shifts, deals with high sickness absence and temp cover, and is in close contact with citizens and their relatives.',
    targets: [
      target(
        ID.colleagueToLeader,
        4,
        'Mange bliver ledere i den gruppe, de selv har arbejdet i, og tager fortsat vagter side om side med tidligere kolleger; dobbeltrollen kræver en sikker og erfaren håndtering.',
        'Many become leaders of the team they used to work in and still take shifts side by side with former colleagues; this dual role calls for confident, experienced handling.',
      ),
      target(
        ID.ownDevelopment,
        3,
        'Et krævende job med høj risiko for stress kræver, at lederen selv søger sparring og passer på sine kræfter.',
        'A demanding job with a high risk of stress requires the leader to seek support actively and look after their own energy.',
      ),
      target(
        ID.peopleManagement,
        4,
        'Store personalegrupper i skiftende vagter, højt sygefravær og svær rekruttering kræver erfaren personaleledelse med systematisk opfølgning på fravær og trivsel.',
        'Large staff groups on rotating shifts, high sickness absence and recruitment difficulties call for experienced people management with systematic follow-up on absence and well-being.',
      ),
      target(
        ID.communication,
        4,
        'Information skal nå medarbejdere på alle vagtlag, og lederen møder jævnligt utilfredse pårørende og konflikter i personalegruppen.',
        'Information has to reach staff on every shift, and the leader regularly faces dissatisfied relatives and conflicts within the staff group.',
      ),
      target(
        ID.coreTask,
        4,
        'Lederen har ansvaret for fagligt forsvarlig pleje, dokumentation og tilsyn, hvor fejl har direkte betydning for borgerens helbred og sikkerhed.',
        "The leader is responsible for professionally sound care, documentation and inspections, where mistakes directly affect citizens' health and safety.",
      ),
      target(
        ID.goalsAndValues,
        3,
        'Kommunens mål og værdier, fx om rehabilitering og borgerens selvbestemmelse, skal omsættes til hverdagen i plejen.',
        "The municipality's goals and values, for example on rehabilitation and citizens' self-determination, must be turned into everyday care practice.",
      ),
      target(
        ID.operationsAndChange,
        4,
        'Vagtplanlægning, akut vikardækning og pludselige ændringer i borgernes behov fylder meget; lederen har brug for robuste rutiner, så driften ikke fortrænger ledelsen.',
        "Rota planning, last-minute temp cover and sudden changes in citizens' needs take up a great deal of time; the leader needs robust routines so that operations do not crowd out leadership.",
      ),
      target(
        ID.finance,
        3,
        'Styrer typisk et lønbudget, hvor vikarer og overarbejde er de store poster; det skal følges op selvstændigt, men der er sjældent ansvar for anlæg og større indkøb.',
        'Usually manages a payroll budget in which temps and overtime are the major items; it must be monitored independently, but there is rarely responsibility for capital projects or major purchases.',
      ),
      target(
        ID.politicalAcumen,
        3,
        'Ældreområdet har stor politisk og mediemæssig bevågenhed; lederen skal kunne omsætte serviceniveauer til praksis og orientere opad i tide.',
        'Elderly care attracts a great deal of political and media attention; the leader must be able to turn service levels into practice and alert management in time.',
      ),
      target(
        ID.organisation,
        3,
        'Samarbejder tæt med visitation, sygepleje, terapeuter, praktiserende læger og sygehuse om fælles borgere.',
        'Works closely with needs assessment, nursing, therapists, GPs and hospitals about shared citizens.',
      ),
    ],
  },
  {
    identifier: 'f1a00000-0000-4000-9000-000000000003',
    nameDa: 'Ny leder, første år',
    nameEn: 'New leader, first year',
    area: null,
    descriptionDa:
      'Gælder for alle områder i lederens første år. Målene er bevidst realistiske: Den nye leder skal først og fremmest finde sig til rette i rollen og lære de vigtigste redskaber at kende; de øvrige kompetencer udvikles over de følgende år.',
    descriptionEn:
      "Applies to every area during a leader's first year. The targets are deliberately realistic: above all, the new leader must settle into the role and learn the most important tools; the other competencies are developed over the following years.",
    targets: [
      target(
        ID.colleagueToLeader,
        3,
        'Overgangen fra kollega til leder er årets vigtigste opgave; ved udgangen af første år skal lederen stå selvstændigt i rollen.',
        'The transition from colleague to leader is the most important task of the year; by the end of the first year the leader should hold the role independently.',
      ),
      target(
        ID.ownDevelopment,
        2,
        'Skal tage imod feedback og deltage i introduktionsforløb og ledernetværk; det er grundlaget for den videre udvikling.',
        'Should take feedback on board and take part in induction programmes and leader networks; this is the foundation for further development.',
      ),
      target(
        ID.peopleManagement,
        2,
        'Skal kunne holde MUS og sygefraværssamtaler efter organisationens skabeloner; komplekse personalesager løses sammen med HR.',
        "Should be able to hold appraisals and absence meetings using the organisation's templates; complex staff cases are handled together with HR.",
      ),
      target(
        ID.communication,
        2,
        'Skal holde personalemøder og tage konflikter op, men kan forvente støtte fra egen leder i de svære sager.',
        'Should run staff meetings and raise conflicts, but can expect support from their own manager in difficult cases.',
      ),
      target(
        ID.coreTask,
        2,
        'Den faglige baggrund er typisk stærk; første skridt er at begynde at uddelegere i stedet for at løse opgaverne selv.',
        'The professional background is usually strong; the first step is to start delegating instead of doing the work personally.',
      ),
      target(
        ID.goalsAndValues,
        2,
        'Skal kende organisationens mål og værdier og kunne formidle dem til medarbejderne.',
        "Should know the organisation's goals and values and be able to convey them to staff.",
      ),
      target(
        ID.operationsAndChange,
        2,
        'Skal have styr på vagtplan og opgavefordeling; det er realistisk, at driften fylder meget i det første år.',
        'Should have rotas and task allocation under control; it is realistic for operations to take up much of the first year.',
      ),
      target(
        ID.finance,
        2,
        'Skal kende budgettets hovedposter og kunne læse budgetopfølgningen; egentlig økonomistyring læres i løbet af de næste år.',
        'Should know the main budget lines and be able to read the budget report; financial management proper is learned over the following years.',
      ),
      target(
        ID.politicalAcumen,
        2,
        'Skal kende de politiske beslutninger, der vedrører eget område, og vide, hvornår egen leder skal orienteres.',
        'Should know the political decisions that affect their own area and when to inform their own manager.',
      ),
      target(
        ID.organisation,
        2,
        'Skal vide, hvor man henvender sig i organisationen, og kende MED-udvalgets og tillidsrepræsentantens rolle.',
        'Should know where to turn in the organisation and understand the role of the MED committee and the union representative.',
      ),
    ],
  },
];
