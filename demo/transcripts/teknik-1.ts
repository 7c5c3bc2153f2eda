/** Demo interviews t01–t06: leaders in Teknik og Miljø. Fictitious; see demo-transcript.ts for the format. */
import type { DemoTranscript } from './demo-transcript.js';

export const TEKNIK_1: readonly DemoTranscript[] = [
  {
    key: 't01',
    area: 'teknik-og-miljo',
    band: 'experienced',
    role: 'Driftsleder, Vej og Park',
    recruitment: false,
    text: `
I: Tak fordi du ville tage dig tid, jeg ved godt, det er en travl periode. Vil du starte med at fortælle lidt om, hvem du er, og hvad du laver?
L: Ja. Jamen, jeg er driftsleder for Vej og Park her i [Sted 1]. Det har jeg været i ni år nu, tror jeg. Ni eller ti. Før det var jeg vejmand, og før det igen var jeg ved et entreprenørfirma. Så jeg har været i kommunen i … ja, toogtyve år. Vi er 31 fastansatte, og så har vi sommerfolk fra maj til september, plus et par stykker i flexjob. Og så har jeg en værkfører, [Person 1], som tager meget af det daglige ude på pladsen.
I: Hvad fylder mest i din hverdag?
L: Det gør vejret. (griner) Nej, men det er faktisk rigtigt. Om vinteren er det glatførebekæmpelse, og så er alt andet sat på standby. Jeg har vagt hver fjerde uge, og når telefonen ringer klokken tre om natten, så er det mig, der beslutter, om vi kører ud. Om sommeren er det græs, bede, skraldespande, huller i vejene. Og så papirarbejde. Meget mere papirarbejde end da jeg startede.
I: Du sagde glatførebekæmpelse. Hvordan hænger økonomien i det sammen?
L: [[need-finance|Ja, det er jo det store spørgsmål. Altså, vi får et beløb til vintertjeneste, og så er det det. Sidste vinter var vi – jeg tror, vi var en 1,4 million over.]] Vi havde den der periode i februar med isslag, hvor vi saltede næsten hver nat i tre uger. Hvad skulle jeg gøre, lade være? [[need-finance|Og så kommer der en mail fra økonomi om, at vi skal finde pengene inden for egen ramme. Og der står jeg altså og tænker, hvordan jeg skal finde 1,4 million i et parkbudget i juni.]]
I: Hvad skete der så?
L: Det endte med, at det blev dækket centralt, i hvert fald det meste. Men det fandt jeg først ud af i oktober. [[need-finance|Der var ingen, der fortalte mig, hvordan reglerne er for det. Er vinter en særlig pulje? Kan man overføre? Jeg ved det stadigvæk ikke helt, hvis jeg skal være ærlig.]] Min chef sagde noget om, at det var et ikke-overførbart område eller sådan noget. Jeg nikkede bare.
I: Og den løbende budgetopfølgning, hvordan foregår den hos jer?
L: Vi får et regneark hver måned. Med en masse kolonner. [[need-finance|Forbrug i år, forbrug sidste år, korrigeret budget, forventet regnskab … Jeg kigger på den nederste linje, øh, og er den rød, så ringer jeg til [Person 2] i økonomi.]] Hun er god, hun forklarer det. [[need-finance,conditions-time|Men jeg burde kunne det selv, altså. Det tager mig en halv dag, hver gang jeg skal skrive kommentarer til den opfølgning, og det er en halv dag, hvor jeg ikke er ude ved folkene.]]
I: Har du fået nogen oplæring i det?
L: Nej. Eller – der var et kursus i økonomisystemet, hvor de viste, hvor man trykker. Men ikke hvorfor. [[need-finance,education-practical|Jeg ville gerne have nogen til at tage mit eget budget og sige: se her, det her er din ramme, det her er dine bindinger, og det her er det, du faktisk kan flytte rundt på.]] Det ville være guld værd.
I: Hvordan er samarbejdet opad, med din chef?
L: Fint nok. Han sidder på rådhuset, jeg sidder ude på materielgården. Vi snakker en gang om ugen, mere hvis der er noget. [[strength-organisation|Og jeg ved jo efterhånden, hvem jeg skal ringe til. Efter toogtyve år kender man folk i alle afkroge af forvaltningen.]] Det er nok min fordel.
I: Og politikerne, mærker du dem?
L: (griner) Ja, det kan du tro. Jeg skal ikke sige noget dårligt om dem. [[need-politics|Men sidste forår ringede et byrådsmedlem direkte til mig på mobilen om et hul i vejen ude ved [Sted 2]. Et hul. Og han ville vide, hvornår det blev lavet, for hans svoger boede derude.]]
I: Hvad gjorde du?
L: [[need-politics|Jeg sagde, at det måtte han tage med min chef. Det var nok det rigtige. Men jeg var faktisk i tvivl. Må jeg sige til en politiker, at han skal gå tjenestevejen? Eller skulle jeg bare have sendt en bil derud?]] Vi lavede hullet to dage efter, i øvrigt. Det stod på listen i forvejen.
I: Er det noget, der sker tit?
L: [[need-politics|Mere og mere. Folk skriver på Facebook, og så er der en politiker, der deler det, og så skal vi svare inden frokost.]] Det var ikke sådan for ti år siden. [[need-politics|Jeg ved ikke, hvor grænsen går for, hvad jeg selv kan love, og hvad der skal op i udvalget.]]
I: Hvis vi går tilbage til dengang, du blev leder. Hvordan skete det?
L: [[recruitment-internal|Den gamle driftsleder gik på pension, og så spurgte vejchefen, om ikke jeg ville søge. Der var to andre, der søgte, men jeg fik det.]] Jeg havde været tillidsrepræsentant i fire år, så jeg vidste noget om overenskomst og den slags.
I: Og det at gå fra at være en af vejmændene til at være deres leder?
L: [[strength-colleague|Det gik egentlig … ja, det gik fint. Folk vidste, hvem jeg var. Jeg har altid sagt tingene lige ud, og det blev jeg ved med.]] Der var en enkelt, der havde søgt den samme stilling, og han var sur i et halvt års tid. Men det gik over. [[strength-colleague|Jeg tror, det hjalp, at jeg sagde det højt den første dag: nu er jeg jeres leder, og det betyder, at jeg også skal sige nogle ting, I ikke gider høre.]]
I: Så det var ikke det, der var svært?
L: Nej, ikke for mig. Jeg ved godt, at andre har det anderledes. [[strength-people|Jeg kender mine folk. Jeg ved, hvem der har en syg kone derhjemme, og hvem der har brug for et los bagi.]] Det er ikke der, jeg mangler noget.
I: Hvad er det så, du mangler, hvis du selv skal sige det?
L: [[need-finance|Økonomien. Helt klart økonomien.]] [[need-politics|Og så at forstå, hvordan de beslutninger bliver taget oppe på rådhuset. Vi får et serviceniveau for græsslåning, der er besluttet politisk, og så skal jeg levere det med færre folk, og når borgerne klager, er det os, der får skylden.]]
I: Hvordan forklarer du det til medarbejderne?
L: Jeg siger, som det er. At det er besluttet. [[strength-communication|Jeg tror, de sætter pris på, at jeg ikke pakker det ind.]] Men jeg ville gerne kunne forklare hvorfor, og det kan jeg ikke altid.
I: Har du været på lederuddannelse?
L: Jeg tog noget af GLU'en for mange år siden, et par moduler. [[education-diploma|HR vil gerne have, at vi tager diplom nu. Det er fint til dem på rådhuset, men jeg har ikke tid til at sidde og skrive opgaver om aftenen. Og jeg tror ikke, det er det, jeg har brug for.]]
I: Hvad ville du så have brug for?
L: [[education-practical|Noget kort. Noget, der handler om det, jeg sidder med. Tag mit budget, min vinter, mine klager, og lær mig at håndtere dem.]] [[education-practical,conditions-sparring|Og gerne sammen med nogle andre driftsledere, så man kan høre, hvordan de gør i [Sted 3] eller i [Sted 4].]]
I: Hvordan ser din arbejdsuge ud, tidsmæssigt?
L: [[conditions-time|Jeg møder halv seks, og jeg går, når jeg er færdig. Det bliver tit sent. Og om vinteren er det jo døgnet rundt i perioder.]] Min kone siger, at jeg er gift med materielgården. (griner) Hun har nok ret.
I: Er der noget, du er stolt af?
L: [[strength-core|At vejene er i orden. Det lyder måske kedeligt. Men vi har nogle af de bedste veje i regionen, og det er fordi, folkene ved, hvad de laver, og fordi vi planlægger asfalten ordentligt.]] Det tør jeg godt stå på mål for.
I: Til sidst: er der noget, du synes, jeg burde have spurgt om?
L: Næh. Jo, måske det med tiden. I skal ikke lave et kursus, der varer tre uger, så kommer der ingen. [[conditions-time,education-practical|To dage, højst tre, og helst ikke i vintersæsonen.]]
I: Det noterer jeg. Tusind tak.
`,
  },
  {
    key: 't02',
    area: 'teknik-og-miljo',
    band: 'new',
    role: 'Teamleder, Park og Natur',
    recruitment: false,
    text: `
I: Først vil jeg bare høre, hvor længe du har været teamleder?
L: Øh, et år her i marts. Så det er … ja, det er stadig ret nyt. Jeg var anlægsgartner på det samme hold i tolv år før det, så jeg kender jo alle sammen. Det er både godt og skidt, kan man sige.
I: Hvorfor skidt?
L: [[need-colleague|Altså, det er jo mine venner. [Person 1] og jeg har været ude at fiske sammen hver sommer i, hvad, otte år. Og nu er jeg hans chef. Det er … det er mærkeligt. Jeg ved ikke helt, hvordan jeg skal sige det bedre.]]
I: Prøv at fortælle om en situation, hvor du mærkede det.
L: [[need-colleague,need-people|Ja. Han havde haft tre sygeperioder på et halvt år, og kommunens regler siger, at så skal der holdes en fraværssamtale. Og det er så mig, der skal holde den. Jeg sov ikke natten før. Jeg vidste jo godt, at hans ryg var dårlig, og at han havde det skidt derhjemme.]] Vi sad der i kontoret, og han kiggede på mig, sådan: seriøst? [[need-colleague|Og jeg sad med det der skema fra HR og vidste ikke, om jeg var hans ven eller hans leder. Jeg var nok ingen af delene i den samtale.]]
I: Hvordan endte det?
L: Det gik nogenlunde. Han sagde bagefter, at han godt forstod det. Men vi har ikke været ude at fiske i år. (pause) Så det har kostet noget.
I: Er der andre steder, hvor du mærker skiftet?
L: [[need-colleague|Frokostbordet. Når jeg kommer ind i skurvognen, stopper snakken lige et øjeblik. Før var jeg med i den snak, nu er jeg den, de snakker om, tror jeg.]] Det er ikke ondt ment, det ved jeg godt. [[need-colleague|Men ingen sagde til mig, at det ville blive sådan. Jeg troede, jeg bare kunne være den samme, bare med lidt mere ansvar.]]
I: Hvordan blev du leder? Søgte du stillingen?
L: [[recruitment-asked,recruitment-internal|Min chef, [Person 2], kom ud og spurgte, om ikke jeg ville søge, da den gamle teamleder flyttede. Jeg tænkte over det i en uge, og så søgte jeg. Der var ikke andre interne, der søgte.]] Samtalen handlede mest om planter og maskiner og om, hvordan jeg ville fordele holdene. [[recruitment-onboarding|Og så startede jeg en mandag, og så var det det. Der var ingen introduktion som sådan. Jeg fik en computer og en adgang til et system.]]
I: Hvilket system?
L: Økonomisystemet. Og tidsregistrering. [[need-finance|Jeg fik et regneark i januar med budgettet for vores område, og der står konti med numre, som jeg ikke aner, hvad betyder. Jeg spurgte [Person 2], og han sagde, at jeg bare skulle holde øje med, at vi ikke brugte mere end sidste år.]]
I: Og gør du det?
L: (griner) Jeg prøver. [[need-finance|Men i efteråret købte vi en ny trailer, fordi den gamle var brændt sammen, og så fik jeg at vide, at det ikke var drift, det var anlæg, eller noget i den retning. Og så skulle det flyttes, og det tog tre mails frem og tilbage.]] [[need-finance|Jeg forstår ikke forskellen, og jeg ved ikke, hvem der bestemmer, hvor pengene skal komme fra.]]
I: Hvem spørger du, når du er i tvivl?
L: [[need-organisation|Det er lidt det, der er problemet. Jeg ved ikke altid, hvem jeg skal ringe til. Sidste måned væltede et af vores træer ind over en privat grund i en storm.]] Skal jeg ringe til forsikring? Til jura? Til ejendomsafdelingen? [[need-organisation|Jeg ringede til fire forskellige, før jeg fandt en, der vidste noget. Forvaltningen er en labyrint, når man kommer udefra. Og jeg kommer jo udefra, selv om jeg har været her i tolv år.]]
I: Det er interessant, at du siger det sådan.
L: Ja, for ude på holdet behøvede jeg aldrig vide, hvordan rådhuset hænger sammen. Det gjorde min leder. Nu er det mig.
I: Hvad er du god til i jobbet?
L: [[strength-core|Det faglige. Jeg ved, hvad en bøg skal have, og hvornår man beskærer, og hvad der holder til saltvand langs vejene.]] [[strength-core|Og folkene spørger mig stadig om faglige ting, det er rart. Det er der, jeg føler mig sikker.]]
I: Arbejder du stadig selv med på holdet?
L: [[conditions-double-role|Om fredagen, ja. Det har jeg sagt, at jeg vil blive ved med. Det er også for at holde fast i noget af det gamle, tror jeg.]] Men det bliver sværere, for der kommer hele tiden noget. Mails og sager og møder. [[conditions-time|Jeg har prøvet at holde fredagen fri, men tre af de sidste fire fredage er der kommet noget i vejen. Så står jeg derude med en rive og telefonen i hånden.]] Holdet griner lidt af det. Det gør jeg også, men jeg ved godt, det ikke holder i længden.
I: Har du nogen, du kan sparre med?
L: [[conditions-sparring|Ikke rigtig. Der er en anden teamleder i [Sted 1], som jeg har ringet til et par gange. Han har været leder i mange år.]] [[conditions-sparring,education-practical|Sådan en som ham, en slags mentor, det ville jeg gerne have haft fra starten. Én man kunne ringe til før fraværssamtalen og sige: hvordan gør du det her?]]
I: Hvis du skulle på et kursus, hvad skulle det så handle om?
L: [[need-colleague,education-practical|Det første år. Hvordan man bliver leder for sine venner uden at miste dem.]] Og økonomi, helt lavpraktisk. Hvad er en konto, hvad er anlæg og drift, hvornår skal jeg bekymre mig. [[education-practical|Ikke noget med teorier og bøger, men noget med vores eget budget på bordet.]]
I: Har nogen talt med dig om GLU eller andre lederuddannelser?
L: [[education-diploma|HR sendte en mail om diplomuddannelsen. Jeg læste den og tænkte, at det var ikke lige mig. Jeg har en erhvervsuddannelse, jeg skal ikke skrive afhandlinger.]] GLU har jeg hørt om, men jeg ved ikke, hvordan jeg skulle få tid.
I: Er der noget, du gerne vil tilføje?
L: Bare at … det er et godt job. Jeg er glad for det. Men jeg havde ikke forestillet mig, at det svære ville være de mennesker, jeg kendte bedst.
I: Tak for det, det var en god afslutning.
`,
  },
  {
    key: 't03',
    area: 'teknik-og-miljo',
    band: 'experienced',
    role: 'Driftsleder, Materielgården',
    recruitment: true,
    text: `
I: Du kom til kommunen fra det private, er det rigtigt forstået?
L: Det er rigtigt. Jeg var i fjorten år i et anlægsfirma, de sidste seks som formand og så som afdelingsleder for maskinafdelingen. Og så for fire år siden så jeg stillingen her på Jobindex, og jeg tænkte: hvorfor ikke? Jeg var træt af at køre hele landet rundt.
I: Vil du fortælle om, hvordan ansættelsen foregik?
L: [[recruitment-applied|Jamen, jeg sendte en ansøgning og blev kaldt til samtale. Der sad fem mennesker. Vejchefen, en fra HR, tillidsrepræsentanten, en fra MED-udvalget og en eller anden konsulent. I det private var det altid én mand og en kop kaffe.]] (griner) [[recruitment-applied|Og så skulle jeg tage en personlighedstest bagefter, og så var der anden samtale, hvor vi gennemgik testen. Det hele tog seks uger.]]
I: Hvad handlede samtalerne om?
L: [[recruitment-gap|Drift og effektivisering. Det stod også i annoncen: erfaren leder med fokus på drift og effektiv udnyttelse af maskinparken. Og det kan jeg. Det er jeg god til.]] [[recruitment-gap|Men der stod ikke noget om, at halvdelen af jobbet er at skrive notater til udvalget og sidde i møder om politikker. Det fandt jeg først ud af bagefter.]]
I: Så der var en forskel på det, du blev ansat til, og det, jobbet er?
L: [[recruitment-gap|Kæmpe forskel. Jeg blev ansat på at kunne drive en maskinpark. Det kan jeg i søvne. Men det, jeg faktisk bruger mine kræfter på, er alt det, jeg ikke kunne, da jeg kom.]] Og det er jo ikke kommunens skyld som sådan. Men de kunne godt have sagt det.
I: Hvad tænker du om den måde, de ansatte dig på?
L: Grundig, det skal de have. Personlighedstesten var faktisk interessant. Den sagde, at jeg er handlingsorienteret og utålmodig, og at jeg kan overse andres behov for at blive hørt. Det passede meget godt. (griner) [[recruitment-gap|Men de brugte den ikke til noget bagefter. Ingen sagde: okay, du er utålmodig, og her skal alt igennem MED, så lad os tale om, hvordan du tackler det. Det kunne have sparet mig for nogle sammenstød.]]
I: Fik du en introduktion, da du startede?
L: [[recruitment-onboarding|Jeg fik en mentor, en af de andre driftsledere. Det var en god idé. Men han stoppede efter to måneder, og så var der ikke nogen.]] Så jeg lærte det ved at gå på næsen. Flere gange.
I: Kan du give et eksempel?
L: Ja. Det første år lavede jeg et regnestykke på, at vi skulle sælge to gamle lastbiler og lease i stedet. Det var en god forretning. Jeg havde regnet dækningsbidrag og det hele, som jeg var vant til. [[need-politics|Og så gik det op i udvalget, og så sagde en politiker, at lokale vognmænd ville miste opgaver, og så blev det taget af bordet. Jeg forstod slet ikke, hvad der var sket.]]
I: Hvordan har du det med det i dag?
L: [[need-politics|Jeg forstår det bedre nu, ikke? Det handler ikke kun om kroner. Der er hensyn, som ikke står i regnestykket, og dem skal man kunne læse, før man lægger noget frem.]] [[need-politics|Men jeg er stadig ikke god til det. Jeg kan ikke se, hvornår noget bliver politisk. Det kan min chef, han har en næse for det.]]
I: Du nævnte regnestykker. Hvordan har du det med økonomien her?
L: [[strength-finance|Rent regnemæssigt er jeg skarp. Jeg kan lave en kalkulation på en opgave, jeg kan se, hvad en maskintime koster, og jeg kan læse et regnskab.]] [[need-finance|Men den kommunale økonomi er en helt anden verden. Bevillinger, rammer, anlæg og drift, intern afregning. I det private skulle vi tjene penge. Her må man ikke tjene penge. Hvis jeg har et overskud, er det nærmest en fejl.]]
I: Hvordan fungerer den interne afregning?
L: [[need-finance|Vi kører med en model, altså, hvor vi fakturerer de andre afdelinger for maskintimer. Bestiller, udfører og så videre. Men timeprisen er sat af nogen på rådhuset efter en formel, som jeg ikke har fået forklaret.]] [[need-finance,need-organisation|Og når Park siger, at vi er for dyre, kan jeg ikke forsvare prisen, for jeg ved ikke, hvad der er lagt ind i den. Overhead, husleje, it – det er et sort hul.]]
I: Har du prøvet at få det forklaret?
L: Jeg har spurgt. Jeg fik en mail med et regneark. (griner) Det hjalp ikke.
I: Hvad med MED-systemet? Du nævnte, at der sad en fra MED til din samtale.
L: [[need-organisation|Ja, det var også nyt for mig. I det private snakkede jeg med folkene, og så gjorde vi det. Her skal alt igennem MED-udvalget, og der er APV og trivselsmåling og arbejdsmiljørepræsentant.]] [[need-organisation|Det er ikke fordi, jeg er imod det. Men jeg vidste ikke, hvad der skulle op i MED, og hvad jeg selv kunne bestemme. Jeg lavede om på mødetiderne om vinteren, og det skulle have været drøftet i MED først.]]
I: Hvordan fandt du ud af det?
L: [[need-communication|Tillidsrepræsentanten kom ind og sagde det, ret tydeligt. Det var ikke en god dag. Jeg blev nok lidt for direkte, jeg er vant til at tage tingene på stedet.]] Vi er gode venner i dag, ham og mig. Men det tog et stykke tid.
I: Er der noget fra det private, du har haft glæde af?
L: [[strength-operations|Planlægning. Jeg har fået styr på materielplanen, så vi ikke har maskiner holdende stille. Vi har fået tiden for reparationer ned med næsten en tredjedel.]] [[strength-core|Og jeg kender maskinerne, jeg kan høre på en motor, hvad der er galt. Det giver respekt hos mekanikerne.]]
I: Hvordan er det at lede folkene her sammenlignet med før?
L: [[strength-people|Folkene er de samme, egentlig. Dygtige håndværkere, der gerne vil have, at tingene fungerer. Dem har jeg det godt med.]] Forskellen er rammerne omkring dem.
I: Hvis du skulle hjælpe kommunen med at rekruttere den næste som dig, hvad skulle de så gøre?
L: [[recruitment-gap|Være ærlige i annoncen. Skrive, at du skal kunne begå dig i en politisk organisation. Så er der nogle, der ikke søger, og det er fint.]] [[recruitment-onboarding,education-practical|Og så give den nye et ordentligt forløb det første år. Økonomimodellen, MED, hvordan en sag kommer i udvalget. Det kunne man sagtens lære på et kort kursus, hvis nogen havde lavet det.]]
I: Har du selv været på lederkursus i kommunen?
L: [[education-after-glu|Jeg tog GLU, mens jeg var i firmaet, hele pakken. Den var god. Situationsbestemt ledelse, konflikthåndtering, det bruger jeg.]] [[education-after-glu|Men der var jo ikke noget om det offentlige. Der mangler et modul om, hvordan det er at være leder i en kommune. Det ville jeg have taget med det samme.]]
I: Hvad skulle der stå i sådan et modul?
L: [[need-finance,need-politics|Kommunal økonomi fra bunden. Hvordan en sag går fra forvaltningen til udvalget til byrådet. Hvad en politiker kan og ikke kan bede mig om.]] Og gerne med folk fra det private i samme hold, for vi har de samme blinde pletter.
I: Hvordan er tempoet i jobbet?
L: Det er roligere end i firmaet, hvis jeg skal være ærlig. [[strength-operations|Jeg går hjem klokken fire de fleste dage. Det var ikke sådan før.]] Det er en af grundene til, at jeg blev.
I: Godt. Er der mere, du vil sige?
L: Bare at det er en god arbejdsplads. Jeg fortryder ikke. Men de første to år var hårde, og det behøvede de ikke at være.
I: Tak for en meget ærlig snak.
`,
  },
  {
    key: 't04',
    area: 'teknik-og-miljo',
    band: 'experienced',
    role: 'Afdelingsleder, Affald og Genbrug',
    recruitment: false,
    text: `
I: Vil du starte med at præsentere dig selv og din afdeling?
L: Ja. Jeg er afdelingsleder for affald og genbrug, og det har jeg været i syv år. Jeg har fire genbrugspladser og et lille administrativt team, i alt 26 medarbejdere. Jeg er uddannet miljøtekniker og har en diplomuddannelse i ledelse, som jeg tog på deltid for et par år siden.
I: Hvordan var det at tage diplomuddannelsen?
L: [[education-diploma|Hårdt, men godt. Jeg ved, at mange af mine kolleger synes, den er for teoretisk. Jeg har faktisk haft stor glæde af den, især modulet om organisation og styring.]] [[education-diploma,conditions-time|Men jeg har også en mand, der tog sig af ungerne i to år. Det kan ikke alle.]]
I: Hvordan er økonomien skruet sammen på dit område?
L: [[strength-finance|Vi er takstfinansierede, så vi hviler i os selv. Borgerne betaler via affaldsgebyret, og det, vi bruger, skal over en årrække svare til det, vi får ind. Det er faktisk ret overskueligt, når man først har forstået princippet.]] [[strength-finance|Jeg laver selv taksberegningen sammen med økonomi hvert efterår, og jeg følger forbruget hver måned. Så jeg er ikke bange for tallene.]]
I: Det er ikke alle, der siger det.
L: Nej, det ved jeg godt. Jeg har været heldig, tror jeg. [[strength-development|Jeg havde en chef, da jeg startede, som satte sig ned med mig en gang om måneden og gennemgik tallene. Det har jeg selv videreført til min souschef.]]
I: Og den politiske side?
L: [[strength-politics|Affald er ret politisk. Sorteringsordningen var et stort emne i byrådet. Jeg har været med til at skrive sagsfremstillingen og var med på udvalgsmødet for at svare på spørgsmål.]] [[strength-politics|Man lærer hurtigt, at man ikke svarer på det politiske, man svarer på det faglige og lader politikerne vælge. Og at man ringer til chefen, før man svarer en journalist.]]
I: Hvad er så det svære for dig?
L: Folkene. Altså – ikke at de er besværlige, slet ikke. Hvad skal man sige. [[need-people|Men vi har mange ældre medarbejdere på pladserne, som er slidte. Skuldre, knæ. Sygefraværet er det højeste i forvaltningen, og jeg ved ikke rigtig, hvad jeg skal gøre ved det.]]
I: Hvad har du prøvet?
L: [[need-people|Vi har haft fraværssamtaler, vi har haft arbejdsmiljøkonsulenten ude, vi har købt nye hjælpemidler. Det flytter ikke ret meget. Jeg tror, det handler om noget andet, om at de føler sig glemt derude.]] [[need-people,conditions-time|Jeg kommer ikke ud på pladserne så tit, som jeg burde. Jeg sidder for meget på kontoret.]]
I: Er der andre ting, der fylder i personalegruppen?
L: [[need-communication|Ja. Vi har haft en konflikt mellem to medarbejdere på den største plads, som har stået på i over et år. Det startede med noget om vagtfordeling, og nu taler de ikke sammen.]] [[need-communication|Jeg har holdt møder med dem, jeg har haft en mægler ude. Jeg føler, jeg har prøvet alt. Og jeg er ikke god til konflikter, det må jeg bare sige. Jeg vil gerne have, at folk er enige.]]
I: Hvordan påvirker det de andre?
L: De andre er trætte af det. Og de forventer, at jeg gør noget. (pause) Jeg har overvejet en forflyttelse, men det skal jo også gøres ordentligt.
I: Hvad med borgerne på pladserne?
L: [[need-communication|Det er en anden ting. Der kommer borgere, der bliver vrede over sorteringen, og nogle gange er der trusler. Medarbejderne skal kunne håndtere det, og jeg skal kunne bakke dem op.]] Vi har lavet en procedure, men jeg kunne godt bruge mere viden om, hvordan man tager den snak bagefter med medarbejderen.
I: Du nævnte sorteringsordningen. Hvordan har det været at indføre den?
L: [[need-operations|Det har været den største forandring, vi har haft. Ti fraktioner i stedet for fire. Nye containere, nye skilte, nye arbejdsgange, og alt sammen på et halvt år.]] [[need-operations|Medarbejderne var imod fra starten, og de havde jo en pointe. Vi fik planen fra staten og så fra byrådet, og tidsplanen var ikke vores. Jeg har nok ikke været god nok til at tage dem med undervejs.]]
I: Hvad ville du gøre anderledes?
L: [[strength-development|Starte tidligere og inddrage dem mere. Det har jeg skrevet ned til næste gang. Jeg prøver at lave sådan en lille evaluering efter hver større ting.]]
I: Hvordan er dit samarbejde med resten af organisationen?
L: [[strength-organisation|Godt, synes jeg. Jeg sidder i forvaltningens ledergruppe, og jeg er med i MED-udvalget. Jeg kender folkene i økonomi og HR. Det gør det nemt.]] [[strength-organisation|Jeg tror, det vigtigste, jeg har lært, er at bruge stabene. De vil gerne hjælpe, man skal bare spørge de rigtige.]]
I: Hvad tænker du om et nyt modul for førstelinjeledere i det offentlige?
L: [[education-practical|Det skulle handle om mennesker. Sygefravær, konflikter, nedslidning. Den svære samtale, helt konkret, med rollespil og det hele.]] Økonomi og politik kan man lære, hvis man har en god chef. Men det med folkene er svært at lære af en bog.
I: Så du ville ikke lægge vægt på økonomi?
L: For mig, nej. Men jeg ved godt, at jeg er en undtagelse. Mine kolleger i vej og park har det helt anderledes, de har ikke de samme overskuelige rammer som os. Når vi sidder i ledergruppen og taler budget, kan jeg se på dem, at de sidder og gætter. Så for dem skulle det nok være det første punkt på dagsordenen.
I: Hvordan ser en typisk uge ud for dig?
L: Mandag har jeg ledermøde i forvaltningen om formiddagen, og om eftermiddagen går jeg mails igennem fra weekenden, for pladserne har åbent lørdag og søndag, og der sker altid noget. Tirsdag og onsdag prøver jeg at være ude på en plads hver dag, men det lykkes kun halvdelen af gangene. [[need-operations|Der kommer altid et eller andet: en container, der ikke er tømt, en vognmand, der ikke er kommet, en ny regel fra Miljøstyrelsen, som vi skal have implementeret til i går.]] Torsdag har vi driftsmøde, og fredag er min skrivebordsdag.
I: Hvad sker der med personaleledelsen i den uge?
L: [[need-people|Den kommer i klemme, hvis jeg skal være ærlig. Jeg har fire pladsformænd, og jeg taler mest med dem. De almindelige medarbejdere ser mig til julefrokost og MUS. Det er for lidt, og det ved jeg godt.]] Jeg har overvejet at lave faste besøgsdage, hvor kalenderen er låst. Det må jeg hellere gøre.
I: Tak. Er der noget, du vil tilføje?
L: Nej, jeg tror, jeg har sagt det vigtigste.
`,
  },
  {
    key: 't05',
    area: 'teknik-og-miljo',
    band: 'new',
    role: 'Gruppekoordinator, Vandløb og Natur',
    recruitment: false,
    text: `
I: Hvad er din rolle helt præcist?
L: Jeg er gruppekoordinator for vandløbsgruppen og naturplejen. Det har jeg været i otte måneder. Jeg er uddannet skov- og landskabsingeniør, og jeg har arbejdet som tekniker i gruppen i fire år, før jeg fik koordinatorrollen. Vi er syv mand, otte med mig, og så har vi en sæsonmedarbejder om sommeren.
I: Og hvad indebærer det at være koordinator?
L: [[need-colleague|Ja, det er faktisk et godt spørgsmål, som jeg stadig selv prøver at finde svar på. (griner) Jeg har ikke personaleansvar formelt, det har min afdelingsleder. Men jeg fordeler opgaverne, jeg lægger planen for grødeskæringen, og det er mig, folk kommer til, når der er noget.]] [[need-colleague|Så jeg er både kollega og leder. Og det er lidt uklart for alle, hvornår jeg er hvad.]]
I: Kan du give et eksempel på, hvor det bliver uklart?
L: [[need-colleague|Vi havde en situation i sommer, hvor en af de erfarne ikke ville tage en tur ud til [Sted 1], fordi han mente, det var spild af tid. Og jeg tænkte: kan jeg sige, at han skal? Eller skal jeg gå til [Person 1], min chef?]] [[need-colleague|Jeg endte med at tage turen selv. Det var nok forkert. Det signalerer jo, at jeg ikke kan bestemme noget.]]
I: Har I talt om, hvad din rolle er?
L: [[recruitment-onboarding|Ikke rigtig. Jeg fik en mail om, at jeg var koordinator fra første september, og så en snak på fem minutter. Der er ikke nogen stillingsbeskrivelse.]] Jeg har selv skrevet et udkast, men det ligger stadig hos [Person 1].
I: Hvad fylder mest i jobbet?
L: Det gør lodsejerne. Helt klart. [[need-politics|Vandløb er sådan … utroligt politisk. Der er lodsejere, der vil have grøden skåret, fordi markerne står under vand, og der er naturfolk, der vil have, at vi lader den stå. Og begge dele har politikere, der lytter.]]
I: Hvordan mærker du politikerne?
L: [[need-politics|Direkte. Der er et medlem af teknisk udvalg, som selv er lodsejer ved en af de åer, vi vedligeholder. Han ringede til mig i juni og spurgte, hvorfor vi ikke havde skåret endnu.]] [[need-politics|Jeg svarede ham fagligt, at vi følger regulativet. Men bagefter tænkte jeg, om jeg overhovedet skulle have svaret. Om det skulle have gået gennem min chef. Ingen har fortalt mig, hvordan man håndterer sådan et opkald.]]
I: Og regulativet, det er jer, der har skrevet det?
L: [[need-organisation|Nej, det er myndighed. Det er en anden afdeling, to etager over os, bogstaveligt talt. De skriver regulativerne, og vi udfører dem. Men de har aldrig været ude i åen, tror jeg.]] [[need-organisation|Og når der kommer en klage, ved jeg ikke, om den er deres eller vores. Det går tit frem og tilbage i ugevis, og imens venter borgeren.]]
I: Hvordan kunne det blive bedre?
L: [[need-organisation|Hvis vi forstod hinandens opgaver. Jeg ved ærligt talt ikke, hvad de går og laver hele dagen, og de ved ikke, hvad vi laver.]] Vi har talt om at holde et fælles møde en gang i kvartalet. Det er ikke blevet til noget.
I: Hvad med økonomien i gruppen?
L: [[need-finance|Den ser jeg ikke. Eller – jeg får at vide, at der ikke er penge til en ny båd, men jeg har aldrig set budgettet.]] [[need-finance|Og det er svært, for folk spørger mig, hvorfor vi ikke kan få en ny båd, og så må jeg sige: det ved jeg ikke. Jeg tror, det ville hjælpe at forstå, hvordan pengene bliver fordelt, også selv om det ikke er mig, der bestemmer.]]
I: Kommunen har en naturpolitik. Hvordan bruger I den?
L: [[need-goals|Øhm, det er svært. Der står fine ting om biodiversitet og vild natur. Og vi vil gerne. Men der står ikke, hvad det betyder for, hvordan vi skærer grøde i [Sted 2] næste tirsdag.]] [[need-goals|Så vi gør, som vi plejer, og så skriver vi biodiversitet på, når vi laver årsrapporten. Det er lidt fjollet, når jeg siger det højt.]]
I: Hvad laver du konkret på en almindelig dag?
L: Det skifter meget. Om vinteren er det planlægning og sagsbehandling, og så er vi ude og rydde op efter storme. Om sommeren er vi ude hele tiden. [[need-operations|Sidste år fik vi en bæverdæmning i [Sted 3], som oversvømmede to marker, og så gik der tre uger med det, hvor alt andet stod stille. Ringe til Naturstyrelsen, ringe til lodsejerne, ringe til min chef, ud og kigge, ind og skrive.]] Og imens skulle grødeskæringen jo også passes. Det er der ikke nogen, der tager højde for, når planen lægges i januar.
I: Hvem besluttede, hvad der skulle ske med dæmningen?
L: [[need-organisation|Det er sådan et godt eksempel. Det ved jeg faktisk stadig ikke. Det endte med, at nogen tog en beslutning et sted, og så fik vi besked om at fjerne en del af den. Men om det var myndighed, min chef eller direktøren, det aner jeg ikke.]] Det lyder måske dumt, men det betyder noget, når lodsejeren spørger mig, hvem han skal klage til.
I: Hvor føler du dig sikker i jobbet?
L: [[strength-core|Det faglige. Jeg kan mine vandløb, jeg kender planterne, jeg kan lave en plan for naturplejen, som faktisk giver mening.]] [[strength-core,strength-communication|Og jeg er god til at forklare lodsejerne, hvorfor vi gør, som vi gør. De fleste er rimelige, når man står ude ved åen og viser dem det.]]
I: Har du nogen at sparre med?
L: [[conditions-sparring|Der er en koordinator i [Sted 4], som jeg møder til netværksmøder to gange om året. Det er godt, men det er for sjældent.]] [[conditions-alone|Her er jeg den eneste i den rolle, så jeg har ikke nogen at spejle mig i.]]
I: Har du tænkt over lederuddannelse?
L: [[education-practical|Jeg vil gerne. Men jeg ved ikke, om GLU er for mig, når jeg ikke er formel leder. Jeg kunne bruge noget om at lede uden at have magten. Og noget om det politiske.]] [[education-practical|Helst med nogen fra andre kommuner med de samme problemer. Det er dér, man lærer noget.]]
I: Hvad tror du, du ville få mest ud af?
L: [[need-politics,education-practical|Helt konkret: hvad må jeg sige til en politiker, og hvad skal jeg videre med? Hvordan skriver jeg en kort orientering til min chef, så den kan bruges opad? Det ville jeg kunne bruge dagen efter.]]
I: Er der noget, du gerne vil sige til sidst?
L: Måske bare, at det er spændende. Jeg er glad for at være i det. Men jeg savner et kort over, hvordan det hele hænger sammen.
I: Et kort, ja. Tak.
`,
  },
  {
    key: 't06',
    area: 'teknik-og-miljo',
    band: 'experienced',
    role: 'Driftsleder, Kirkegårde',
    recruitment: false,
    text: `
I: Vil du fortælle lidt om din baggrund?
L: Jamen, jeg er gartner af uddannelse, og jeg har været på kirkegårdene i femogtyve år. De sidste femten som leder. Vi har tre kirkegårde og et kapel, og vi er fjorten ansatte plus nogle i løntilskud. Det er et stille sted at arbejde, på mange måder. Men der sker mere, end man skulle tro.
I: Hvad er det, der sker?
L: [[strength-communication|Vi møder mennesker i sorg hver eneste dag. Det er en stor del af jobbet, og det er noget, vi er gode til. Mine folk ved, hvordan man taler med en enke, der kommer ud til graven for første gang.]] [[strength-people|Jeg bruger meget tid på at tale med medarbejderne om det. Det kan godt sætte sig i én.]]
I: Hvordan gør du det?
L: [[strength-people|Vi har en kop kaffe hver fredag, hvor vi taler om ugen. Hvis nogen har haft en svær begravelse, tager vi det der. Og jeg ringer til dem, der er syge, ikke for at kontrollere, men for at høre, hvordan det går.]] Det har jeg altid gjort.
I: Og økonomien?
L: (suk) Ja. [[need-finance|Vi har fået nyt økonomisystem for to år siden, og jeg er stadig ikke kommet efter det. Før havde jeg et overblik. Nu får jeg rapporter, jeg ikke forstår.]] [[need-finance|Og så er der taksterne for gravsteder og vedligeholdelse. De bliver fastsat hvert år, og jeg skal komme med et bud, men jeg ved ikke, hvordan de andre kommuner regner.]]
I: Hvem hjælper dig med det?
L: [[need-finance|Der var en økonomimedarbejder, der kendte vores område. Hun er gået på pension. Nu er det en ung fyr, der har hele teknik og miljø, og han har ikke tid.]] [[need-finance,need-organisation|Ejendomsafdelingen fakturerer os for kapellets vedligehold, og det har jeg aldrig forstået, hvorfor det er os, der betaler.]]
I: Du har været leder i femten år. Har opgaven ændret sig?
L: [[need-goals|Meget. Da jeg startede, var det at passe kirkegårdene. Nu skal vi have mål og strategier. Kommunaldirektøren har lavet en strategi, der hedder noget med fællesskab og robusthed, og vi skal lave lokale mål, der understøtter den.]] [[need-goals|Jeg har siddet med den i flere uger. Hvad betyder robusthed på en kirkegård? Jeg forstår godt tanken, men jeg kan ikke oversætte den til noget, vi gør.]]
I: Hvad gjorde du så?
L: [[need-goals|Jeg skrev noget om, at vi vil samarbejde med frivillige om plejen af de gamle gravsteder. Det er vel fællesskab. Men det føles som om, jeg skriver det for at skrive det.]]
I: Hvad med sæsonen, fylder den meget?
L: [[need-operations|Om sommeren er vi dobbelt så mange. Sæsonfolk, unge mennesker, nogle i løntilskud. De skal læres op hurtigt, og så er de væk igen i oktober.]] [[need-operations,conditions-time|Det betyder, at jeg om sommeren næsten kun laver drift. Planlægning, oplæring, udstyr. Mine faste folk ser mig næsten ikke i tre måneder.]]
I: Og om vinteren?
L: Så er der tid. Så laver jeg MUS og planlægning. Men det er jo bagvendt, at det er sådan. [[need-operations|Det er om sommeren, folk har brug for mig. Det er der, de er pressede, og det er der, der sker fejl.]] Sidste sommer fik vi lagt en urne i en forkert gravplads. Det blev opdaget efter to dage, og vi fik det rettet, og familien var meget forstående. Men det skete, fordi en sæsonmedarbejder ikke havde fået en ordentlig oplæring, og det var mit ansvar.
I: Hvordan håndterede du det?
L: [[strength-communication|Jeg ringede selv til familien samme dag og sagde, hvad der var sket, og at det var vores fejl. Ingen undskyldninger. Jeg tror, det var derfor, de tog det så pænt.]] Og så lavede vi en tjekliste, som hver ny skal gennemgå med en fast medarbejder den første uge.
I: Er I med i MED-systemet?
L: Ja, vi har et lokal-MED sammen med park og vej. [[strength-organisation|Det fungerer fint. Vi har en god arbejdsmiljørepræsentant, og APV'en har vi lavet hvert tredje år, som vi skal. Jeg synes egentlig, MED er en god ting, når det bliver brugt til noget konkret.]]
I: Kan du huske, da du blev leder?
L: [[need-colleague|Ja, altså … jeg var en af gartnerne, og så blev jeg forfremmet, da den gamle leder blev syg. Det var svært. Der var en, der havde været der længere end mig, som syntes, det skulle have været ham.]] [[need-colleague|Han gjorde det svært for mig i et par år. Jeg turde ikke tage den samtale. Jeg lod det bare køre, og det var nok en fejl.]]
I: Hvordan gik det?
L: Han gik på pension. (griner) Det løste det. Men jeg har tænkt meget over, at jeg skulle have taget fat i det. [[strength-colleague|I dag ville jeg gøre det i første uge. Det har jeg lært.]]
I: Hvordan samarbejder I med præsterne og menighedsrådene?
L: [[need-organisation|Det er en sjov konstruktion. Kirkegårdene er kommunale, men kirkerne er ikke. Så når der skal holdes en begravelse, er det præsten, der bestemmer i kirken, og os udenfor. Og graverne er ansat af menighedsrådet.]] [[need-organisation|Jeg har aldrig fået forklaret, hvem der egentlig har ansvaret, når noget går galt midt imellem. Vi finder ud af det i praksis, fordi vi kender hinanden. Men hvis jeg stoppede i morgen, ville min afløser ikke have en chance.]]
I: Har du fået lederuddannelse?
L: [[need-development|Nej. Jeg har været på et par kurser i arbejdsmiljø og sådan noget, men ikke en egentlig lederuddannelse. Det er der aldrig blevet tid til. Og ingen har spurgt.]] [[need-development,conditions-alone|Jeg får ikke rigtig feedback på min ledelse. Min chef er tilfreds, så længe der ikke er klager. Det er lidt ensomt, når man tænker over det.]]
I: Hvad ville du gerne lære?
L: [[education-practical|Noget om økonomien, helt klart, og noget om at lave de der mål. Men helst sammen med andre små steder. Vi er ikke en stor forvaltning, vi er fjorten mennesker på en kirkegård.]]
I: Er der noget, du er særligt stolt af?
L: [[strength-core|At vi har det pæneste sted i kommunen, siger folk. Og at folk, der mister nogen, føler sig godt behandlet hos os. Det er det vigtigste for mig.]]
I: Tak for en god snak.
L: I lige måde. Det var rart at snakke om.
`,
  },
];
