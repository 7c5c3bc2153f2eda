/**
 * The short comments demo respondents write beside a competency in the self-assessment: one pool per competency,
 * with lines any first-line leader could write and lines only someone in the technical area or in elderly care
 * would. The five gaps the seed project found have about forty lines each; the other competencies, where leaders
 * rarely comment, fewer. Written for this project; every person and place they hint at is fictitious.
 */
import type { NATIONAL_COMPETENCY_IDS } from '../src/frameworks/national-framework.data.js';

export type CompetencyName = keyof typeof NATIONAL_COMPETENCY_IDS;
export type DemoAreaKey = 'teknik-og-miljo' | 'aeldre-og-sundhed';

export interface CommentPool {
  common: readonly string[];
  byArea: Readonly<Record<DemoAreaKey, readonly string[]>>;
}

/** One comment a line: easier to read and edit than an array of quoted strings. */
const lines = (text: string): readonly string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const FINANCE: CommentPool = {
  common: lines(`
    Jeg får budgettet som et regneark fra økonomiafdelingen, men ingen har forklaret mig, hvordan det hænger sammen.
    Budgetopfølgningen kommer hver måned, og jeg ved ærligt talt ikke, hvad jeg skal kigge efter.
    Hvornår er et merforbrug mit problem, og hvornår er det forvaltningens?
    Nøgletal er noget, jeg får tilsendt, ikke noget jeg bruger.
    Det er svært at forklare medarbejderne, hvorfor der pludselig er indkøbsstop i november.
    Jeg mangler forståelse for, hvordan vores budget bliver til – hvem beslutter rammen?
    Likviditet og periodisering var fremmedord, da jeg startede som leder.
    Jeg bruger for lang tid i økonomisystemet, fordi jeg aldrig er blevet lært op i det.
    Vi får at vide, at vi skal spare to procent, men ikke hvordan det er regnet ud.
    Jeg kan godt holde budgettet, men jeg kan ikke argumentere for, hvorfor vi skal have flere penge.
    Reglerne for at overføre over- og underskud mellem årene forstår jeg stadig ikke helt.
    Jeg vil gerne kunne bruge økonomien som et styringsredskab og ikke bare som en begrænsning.
    Controlleren hjælper, men jeg burde selv kunne lave en simpel prognose.
    Når regnskabet kommer, er det for sent at gøre noget ved det.
    Jeg har ingen uddannelse i økonomi – jeg er blevet leder, fordi jeg var god til faget.
    Det kommunale budget er en helt anden verden end husholdningsbudgettet derhjemme.
    Jeg ved ikke, hvad en time i min afdeling reelt koster.
    Vi taler meget om nøgletal på ledermøderne, men jeg er usikker på, hvad de viser.
    Jeg vil gerne vide mere om, hvordan statens rammer påvirker kommunens økonomi.
    Budgetlægningen foregår hen over hovedet på os, og så skal vi bare levere.
    Jeg har brug for et værktøj til at følge forbruget uge for uge.
    Økonomi fylder mere og mere i jobbet, men det var ikke det, jeg blev ansat til.
    Det er svært at vurdere, om et indkøb kan betale sig på lidt længere sigt.
    Jeg tør ikke bruge pengene i starten af året, for jeg ved ikke, hvad der kommer senere.
  `),
  byArea: {
    'teknik-og-miljo': lines(`
      Jeg ved ikke, hvordan afskrivning på materiellet påvirker mit budget.
      Vi kører med en gammel fejemaskine, og jeg kan ikke regne ud, om det kan betale sig at leje i stedet.
      Vintertjenesten æder budgettet, og så er der ikke penge til resten af året.
      Jeg skal kunne regne på tilbud fra entreprenører, men har aldrig lært det.
      Det er uklart, hvad vi må fakturere andre forvaltninger for, når vi hjælper dem.
      Brændstof, reservedele og værkstedstimer – jeg mangler overblik over, hvad der driver udgifterne.
      Når en opgave skal i udbud, føler jeg mig på herrens mark med kalkulationerne.
      Anlæg og drift er to forskellige kasser, og jeg blander dem stadig sammen.
    `),
    'aeldre-og-sundhed': lines(`
      Visiterede timer, leverede timer og budget – det er tre tal, jeg ikke får til at passe sammen.
      Vikarudgifterne løber løbsk om sommeren, og jeg ved ikke, hvordan jeg skal styre dem.
      Jeg er uddannet social- og sundhedsassistent, ikke økonom, men nu har jeg ansvaret for et budget på millioner.
      Det er svært at forstå, hvordan timeprisen i hjemmeplejen bliver regnet ud.
      Sygefravær koster, men jeg kan ikke se i regnskabet, hvor meget.
      Hvornår skal jeg sige nej til ekstra vagter af hensyn til økonomien, og hvornår går det ud over borgerne?
      Jeg vil gerne kunne forklare personalet, hvorfor der ikke er råd til en ekstra på aftenvagten.
      Indkøb af hjælpemidler og forbrugsvarer er en jungle, og jeg har ikke overblik over, hvad det koster.
    `),
  },
};

const POLITICS: CommentPool = {
  common: lines(`
    Jeg hører om politiske beslutninger i avisen, før jeg hører om dem fra min chef.
    Det er svært at forklare medarbejderne en politisk beslutning, jeg selv er uenig i.
    Jeg ved ikke, hvor langt mit ledelsesrum rækker, før jeg skal spørge opad.
    Hvordan kommer en sag egentlig på dagsordenen i udvalget?
    Når en borger går til pressen, ved jeg ikke, hvad jeg må sige.
    Jeg skal være loyal over for beslutninger, jeg ikke har været med til at træffe.
    Jeg har aldrig overværet et udvalgsmøde, men det er deres beslutninger, jeg skal føre ud i livet.
    Politisk tæft er at vide, hvornår man skal sige noget, og hvornår man skal tie – det har jeg ikke lært.
    Der kommer en ny politik hvert år, og det er mig, der skal forklare, hvad den betyder i praksis.
    Jeg vil gerne blive bedre til at skrive et kort notat, som ledelsen kan bruge opad.
    Jeg føler mig klemt mellem det, politikerne lover borgerne, og det, vi har ressourcer til.
    Det er svært at gennemskue, hvem der egentlig træffer beslutningerne i forvaltningen.
    Efter et valg ændrer alt sig, og jeg kan ikke forudse, hvad det betyder for os.
    Jeg kender ikke kommunens beslutningsgang godt nok til at påvirke den.
    Jeg vil gerne lære at se sagerne fra politikernes side, så jeg kan argumentere bedre.
    Borgerne ringer direkte til mig, når de er utilfredse med en politisk beslutning.
    Jeg ved ikke, hvordan jeg skal forholde mig, når et byrådsmedlem kontakter mig direkte.
    Ledelsesrummet bliver mindre for hver ny retningslinje, der kommer ovenfra.
    Ingen har forberedt mig på at tale med lokalpressen.
    Hvordan oversætter man en overordnet strategi til noget, der giver mening i min afdeling?
    Jeg savner at forstå sammenhængen mellem kommunalbestyrelsen, direktionen og min hverdag.
    Det er svært at være loyal opad og samtidig troværdig over for medarbejderne.
    Vi har fået at vide, at vi skal tænke politisk, men ingen har forklaret, hvad det betyder.
    Jeg mangler et netværk i forvaltningen, så jeg hører om tingene i tide.
  `),
  byArea: {
    'teknik-og-miljo': lines(`
      Når en vej ikke er ryddet for sne, ringer borgerne til politikerne, og så ringer politikerne til os.
      Politikerne lover nye cykelstier, men der er ikke sat penge af til at drive dem.
      Serviceniveauet for græsslåning bliver besluttet politisk, men det er os, der får skylden.
      Jeg skal kunne svare på en klage over et vejarbejde uden at træde nogen over tæerne.
      Byfornyelsen i lokalområdet er et politisk projekt, og jeg ved ikke, hvor meget jeg må blande mig.
      Borgergrupper på Facebook har ingen lært os at håndtere.
      Når udvalget besøger en af vores pladser, aner jeg ikke, hvad jeg må love.
      Vandløb og naturpleje er fyldt med politiske interesser, og dem skal jeg navigere i hver dag.
    `),
    'aeldre-og-sundhed': lines(`
      Kvalitetsstandarderne ændres politisk, og det er mig, der skal sige det til borgerne i hjemmeplejen.
      Pårørende skriver til byrådet, og så går en hel dag med at svare.
      Ældrepuljen skal bruges inden årets udgang, men reglerne forstår jeg ikke.
      Jeg skal forklare medarbejderne, at der nu kun gøres rent hver tredje uge – en beslutning jeg ikke var med til.
      Et tilsynsbesøg føles politisk, og jeg ved ikke, hvordan jeg skal forberede mig.
      Ældreområdet er altid i medierne, og jeg er bange for at sige noget forkert.
      Værdighedspolitikken er fine ord, men jeg skal gøre den til noget konkret på plejecentret.
      Ældrerådet er en vigtig spiller, men jeg ved ikke, hvordan jeg bruger det.
    `),
  },
};

const ORGANISATION: CommentPool = {
  common: lines(`
    Jeg ved ikke, hvem i forvaltningen jeg skal ringe til, når noget går galt.
    Organisationsdiagrammet ændrer sig hvert andet år, og jeg kan ikke følge med.
    Det tog mig et år at finde ud af, hvordan tingene egentlig hænger sammen i kommunen.
    Jeg forstår ikke, hvorfor HR, løn og økonomi sidder tre forskellige steder.
    Min afdeling er en lille brik, og jeg savner at se det store billede.
    Jeg ville gerne vide mere om, hvordan MED-systemet fungerer.
    Samarbejdet med andre afdelinger går tit i stå, fordi ingen ved, hvem der har bolden.
    Der kommer hele tiden nye systemer og procedurer, uden at nogen forklarer hvorfor.
    Hvad er egentlig min rolle i forhold til centerchefen og afdelingslederen?
    Jeg mangler forståelse for, hvordan beslutninger bevæger sig fra direktionen og ned til os.
    Vi er blevet lagt sammen med en anden afdeling, og kulturerne er vidt forskellige.
    Jeg kender ikke de andre teamledere i kommunen, og det ville hjælpe meget.
    Ved en omstrukturering er jeg den sidste, der får det at vide.
    Jeg ved ikke, hvad de forskellige stabsfunktioner kan hjælpe mig med.
    Det er svært at lede på tværs, når man ikke har formel magt over de andre.
    Der er mange uskrevne regler, som ingen fortæller en ny leder om.
    Jeg er usikker på, hvilke beslutninger jeg selv må træffe, og hvilke der skal op i systemet.
    Jeg vil gerne forstå, hvordan vores afdeling bidrager til kommunens samlede mål.
    Tillidsrepræsentanten kender organisationen bedre, end jeg gør.
    Jeg savner en introduktion til kommunen som arbejdsplads, ikke kun til mit eget team.
    Der er mange møder på tværs, men det er uklart, hvad de skal føre til.
    Jeg ved ikke, hvordan jeg bruger arbejdsmiljøorganisationen rigtigt.
    Når sager går på tværs, er det svært at få overblik over, hvem der har ansvaret for hvad.
    Vi bliver målt på ting, som andre afdelinger har indflydelse på.
  `),
  byArea: {
    'teknik-og-miljo': lines(`
      Vi deler materiel med en anden driftsgruppe, og ingen ved, hvem der bestemmer over det.
      Når planafdelingen beslutter noget, opdager vi det først, når vi skal vedligeholde det.
      Samarbejdet mellem myndighed og drift ville være bedre, hvis vi forstod hinandens opgaver.
      Jeg er leder for folk ude på pladserne, men beslutningerne bliver truffet på rådhuset.
      Forsyningen er skilt ud i et selskab, og jeg forstår ikke helt, hvordan vi nu skal samarbejde.
      Vi er både udførende og myndighed, og det giver forvirring om rollerne.
      Det er uklart, hvem der har ansvaret for en legeplads – skolen, os eller ejendomsafdelingen.
      Jeg ville gerne forstå, hvordan udbud og egen drift hænger sammen.
    `),
    'aeldre-og-sundhed': lines(`
      Samarbejdet mellem visitation, hjemmepleje og sygepleje hænger ikke altid sammen.
      Sygehuset udskriver borgere fredag eftermiddag – jeg vil gerne forstå hele kæden.
      Jeg ved ikke, hvordan jeg bedst samarbejder med terapeuterne, som hører til en anden afdeling.
      Plejecentret er en del af en større organisation, men det føles som en ø.
      Det er svært at vide, hvem man går til med en borgersag, der både er social og sundhedsfaglig.
      Vi har fået en ny struktur med distrikter, og jeg er stadig usikker på, hvem der bestemmer hvad.
      Jeg forstår ikke, hvordan vores dokumentation bliver brugt længere oppe i systemet.
      Samarbejdet med de praktiserende læger kræver, at man kender begge organisationer.
    `),
  },
};

const COLLEAGUE_TO_LEADER: CommentPool = {
  common: lines(`
    Jeg var kollega med de samme mennesker i ti år, og nu skal jeg være deres leder.
    Det var svært at holde op med at sidde med ved frokostbordet, som jeg plejede.
    Mine gamle kolleger forventer, at jeg stadig er en af dem.
    Jeg fik ingen introduktion – bare nøglerne og et held og lykke.
    Den første svære samtale med en tidligere kollega var den værste dag i mit arbejdsliv.
    Jeg har stadig svært ved at sige nej til dem, jeg har arbejdet side om side med.
    Det er ensomt at være leder, når man kommer fra gulvet.
    Jeg ved ikke, hvor grænsen går mellem at være venlig og at være venner.
    Der var ingen forventningssamtale, så jeg gættede mig til, hvad jobbet gik ud på.
    Nogle af de erfarne medarbejdere tester mig hele tiden.
    Jeg skal lære at stå ved beslutninger, som ikke er populære.
    Jeg blev leder, fordi jeg var dygtig til faget – ikke fordi jeg kunne lede.
    Det tog mig to år at føle mig som leder og ikke bare som den, der fordeler opgaverne.
    Mine venner på arbejdet er nu mine medarbejdere, og det har ændret vores forhold.
    Jeg savner en mentor, der selv har prøvet at gå fra kollega til leder.
    Personalesager om folk, jeg kender privat, er det sværeste i jobbet.
    Jeg føler mig splittet mellem loyaliteten over for ledelsen og over for mine gamle kolleger.
    Jeg blev kastet ud i det fra den ene dag til den anden, da den tidligere leder stoppede.
    Det er svært at give kritisk feedback til en, der lærte mig faget.
    Jeg er stadig med i den faglige klub, og det giver nogle mærkelige situationer.
    Jeg sagde ja til lederjobbet, fordi ingen andre ville.
    Jeg har lært meget ved at fejle, men det havde været rart med noget støtte undervejs.
    Medarbejderne går stadig til min gamle makker, når de vil have noget igennem.
    Hvordan får man autoritet uden at blive en anden, end man er?
  `),
  byArea: {
    'teknik-og-miljo': lines(`
      På pladsen var jeg en af drengene – nu er det mig, der skal tale med dem om sygefravær.
      Jeg kørte selv på maskinerne i femten år; nu sidder jeg på kontoret og planlægger.
      Det er svært at være chef for nogen, man har haft vinterberedskab med i mange år.
      Holdet synes, jeg er blevet kontormand.
      Jeg kan stadig lide at tage fat selv, men så bliver ledelsen forsømt.
      Da jeg blev formand, var der ingen, der fortalte mig, at jeg nu også var personaleleder.
      Det er svært at håndhæve sikkerhedsreglerne over for dem, man selv har sjusket sammen med.
      Jeg blev gruppekoordinator uden at søge det – det var bare mig, der havde været der længst.
    `),
    'aeldre-og-sundhed': lines(`
      Jeg var social- og sundhedsassistent i gruppen i otte år, og nu lægger jeg vagtplanen for mine veninder.
      Det er svært at være teamleder og samtidig køre ture, så man stadig er en af dem.
      Når jeg siger nej til et vagtbytte, bliver det taget personligt.
      Jeg fik lederjobbet, fordi jeg var fagligt dygtig, men ingen har lært mig at håndtere konflikter i gruppen.
      Mine tidligere kolleger fortæller mig ikke længere, hvad der foregår på vagterne.
      Det er svært at tale med en kollega om dokumentationen, når jeg selv har sprunget over de samme steder.
      Jeg er gruppeleder på deltid og plejer resten af tiden – det giver en mærkelig dobbeltrolle.
      Der blev forventet, at jeg bare vidste, hvordan man holder en medarbejderudviklingssamtale.
    `),
  },
};

const OPERATIONS: CommentPool = {
  common: lines(`
    Driften æder al min tid – personaleledelse bliver noget, jeg gør om aftenen.
    Jeg bruger mere tid på at løse akutte problemer end på mine medarbejdere.
    Kalenderen er fyldt med driftsmøder, og udviklingssamtalerne bliver udskudt igen og igen.
    Jeg ved, at jeg burde være mere til stede for medarbejderne, men telefonen ringer hele tiden.
    Der er aldrig tid til at tænke langsigtet, når hverdagen skal hænge sammen.
    Forandringerne kommer hurtigere, end vi kan nå at indføre dem.
    Jeg skal indføre ny teknologi, men ingen har spurgt, om vi har tid til at lære den.
    Mails og administration tager tre timer om dagen.
    Jeg vil gerne lære at prioritere, så ledelse ikke altid kommer sidst.
    Når nogen er syge, er det mig, der springer til – så går ledelsen i stå.
    Vi har haft fire større omlægninger på to år, og medarbejderne er trætte.
    Det er svært at drive forbedringer, når driften altid vinder.
    Jeg har brug for redskaber til at lede en forandring, som medarbejderne er imod.
    Jeg bliver målt på, om driften kører, ikke på om mine folk trives.
    Planlægning er noget, jeg gør i bilen mellem to opgaver.
    Jeg savner tid til at gå rundt og tale med folk uden en konkret sag.
    Det er altid brandslukning – sjældent ledelse.
    Jeg ved ikke, hvordan jeg får medarbejderne med på en ny arbejdsgang.
    Forandringerne bliver besluttet højere oppe, men det er mig, der står med modstanden.
    Jeg skal lære at uddelegere, så jeg ikke selv laver det hele.
    Dokumentationskravene stiger, og det går ud over tiden til ledelse.
    Der er ingen, der tager driften, hvis jeg tager på kursus i tre dage.
    Vi starter mange projekter, men gør få af dem færdige.
    Jeg ville ønske, jeg kunne sætte to timer af om ugen til ledelse og holde fast i det.
  `),
  byArea: {
    'teknik-og-miljo': lines(`
      Vejret bestemmer min dag – når det sner, er alt andet sat på pause.
      Maskinnedbrud og akutte opgaver fra borgerne fylder hele dagen.
      Sæsonarbejdet om sommeren betyder, at jeg skal lede mange nye på kort tid.
      Vi har fået GPS-styring af maskinerne, men ingen havde tid til at indføre det ordentligt.
      Jeg planlægger ruter og materiel hele formiddagen og når aldrig ud til holdene.
      Arbejdsmiljø og sikkerhed er vigtigt, men det er svært at prioritere midt i højsæsonen.
      Vi skal omstille til elektriske maskiner, og jeg skal lede det uden ekstra tid.
      Når entreprenøren er forsinket, skal jeg planlægge om for hele holdet.
    `),
    'aeldre-og-sundhed': lines(`
      Vagtplanen og sygemeldinger tager halvdelen af min tid.
      Jeg skal finde afløsere klokken halv syv, før jeg overhovedet kan tænke på ledelse.
      Nye borgere udskrives fra sygehuset med få timers varsel, og så er hele planen væk.
      Omlægningen til selvstyrende teams har vi ikke haft tid til at gøre ordentligt.
      Velfærdsteknologien skal indføres, mens vi samtidig mangler hænder.
      Jeg sidder med ruteplanlægning, når jeg burde tale med en medarbejder, der har det svært.
      Jeg kører selv ture, når vi er underbemandet – og det er vi ofte.
      Det nye omsorgssystem kom uden ordentlig oplæring, og det er os, der betaler med tid.
    `),
  },
};

const commonOnly = (text: string): CommentPool => ({
  common: lines(text),
  byArea: { 'teknik-og-miljo': [], 'aeldre-og-sundhed': [] },
});

/** The comment pool of each competency of the national framework. */
export const DEMO_COMMENTS: Readonly<Record<CompetencyName, CommentPool>> = {
  finance: FINANCE,
  politicalAcumen: POLITICS,
  organisation: ORGANISATION,
  colleagueToLeader: COLLEAGUE_TO_LEADER,
  operationsAndChange: OPERATIONS,
  ownDevelopment: commonOnly(`
    Jeg har ikke været på kursus, siden jeg blev leder.
    Jeg savner sparring med andre ledere i samme situation.
    Det er svært at få feedback på sin ledelse, når man er den eneste leder på stedet.
    Jeg vil gerne tage GLU, men ved ikke, hvordan det skal passe ind i hverdagen.
    HR vil have os på diplomuddannelse, men den er for teoretisk til mig lige nu.
    Jeg skal blive bedre til at passe på mig selv – jeg tager for meget med hjem.
    En lederuddannelse i korte moduler tæt på min hverdag ville passe mig bedst.
    Lederudviklingssamtalen med min chef bliver tit aflyst.
  `),
  peopleManagement: commonOnly(`
    Sygefraværssamtaler er noget af det sværeste.
    Jeg vil gerne blive bedre til at se den enkelte medarbejder.
    Trivselsmålingen viste, at vi har et problem, men jeg ved ikke, hvor jeg skal starte.
    Rekruttering er blevet svært – vi får næsten ingen ansøgere.
    De dygtige får for lidt anerkendelse, fordi tiden går med dem, der har det svært.
    Jeg har for mange medarbejdere til at nå at tale med dem alle.
    Et par medarbejdere har det svært, og det fylder meget.
    Introduktionen af nye medarbejdere bliver tit for tilfældig.
  `),
  communication: commonOnly(`
    Jeg skal blive bedre til at tage konflikterne, før de vokser sig store.
    Personalemøderne bliver for meget envejskommunikation.
    Det er svært at give en besked videre, som man ikke selv er enig i.
    Jeg vil gerne lære at holde svære samtaler uden at gå i forsvar.
    Når der er uro i gruppen, ved jeg ikke altid, hvordan jeg skal tage det op.
    Mails er blevet vores vigtigste kommunikation, og det giver misforståelser.
    Samtaler med utilfredse borgere og pårørende tager meget energi.
    Vi mangler en fast struktur for, hvordan vi deler information i teamet.
  `),
  coreTask: commonOnly(`
    Fagligheden er vores styrke – det er ledelsen, der halter.
    Jeg kender faget ud og ind, og det gør det lettere at lede.
    Kvaliteten er god, men dokumentationen kunne være bedre.
    Vi skal huske, at borgeren er grunden til, at vi er her.
    Medarbejderne er dygtige, og jeg kan give dem meget ansvar.
    Jeg skal blive bedre til at lade medarbejderne løse opgaverne selv.
    Det faglige er jeg tryg ved – det er resten, jeg mangler.
    Vi har en høj faglighed, men den er svær at holde fast i, når der mangler folk.
  `),
  goalsAndValues: commonOnly(`
    Målene kommer fra forvaltningen, men de giver ikke altid mening lokalt.
    Jeg vil gerne blive bedre til at inddrage medarbejderne, når vi sætter mål.
    Vi har fine værdier på papiret, men de bliver sjældent brugt i hverdagen.
    Opfølgningen på målene drukner i alt det andet.
    Det er svært at måle kvaliteten af vores arbejde.
    Jeg savner en klar retning fra min egen chef.
    Værdibaseret ledelse lyder godt, men hvad betyder det, når der mangler to på vagten?
    Vi laver handleplaner, men jeg følger ikke ordentligt op på dem.
  `),
};

/** The lines a respondent in this area may write about a competency: the common ones and their area's own. */
export function commentsFor(competency: CompetencyName, area: string | null): readonly string[] {
  const pool = DEMO_COMMENTS[competency];
  const own = area === 'teknik-og-miljo' || area === 'aeldre-og-sundhed' ? pool.byArea[area] : [];
  return [...pool.common, ...own];
}
