/** Demo interviews t25–t30: leaders in elderly care. Fictitious; see demo-transcript.ts for the format. */
import type { DemoTranscript } from './demo-transcript.js';

export const AELDRE_3: readonly DemoTranscript[] = [
  {
    key: 't25',
    area: 'aeldre-og-sundhed',
    band: 'experienced',
    role: 'Afdelingsleder, plejecenter',
    recruitment: false,
    text: `
I: Du har været leder længe. Vil du starte med at fortælle lidt om din vej hertil?
L: Ja, det kan jeg godt. Jeg startede som sygehjælper i 1983, så blev jeg social- og sundhedsassistent, da uddannelsen kom, og så har jeg været leder på plejecentre i atten år. De sidste ni her på [Sted 1]. Jeg har 36 medarbejdere og 30 beboere. Og jeg er 58, så jeg kan godt se enden på det. (griner)
I: Hvad er det, der fylder i dit arbejde lige nu?
L: [[need-goals|Strategien. Vi har fået en ny kommunaldirektør for to år siden, og hun har lavet en strategi, der hedder Sammen om velfærd. Den er på fire sider med fine ord om samskabelse og borgernes egne ressourcer. Og nu skal alle enheder lave deres egen handleplan for, hvordan vi bidrager.]] [[need-goals|Jeg har siddet med den i tre måneder. Jeg forstår ordene. Men hvad betyder samskabelse på et plejecenter, hvor gennemsnitsalderen er 87, og halvdelen har demens? Jeg kan ikke få det til at give mening nedefra.]]
I: Hvad har du gjort med den indtil videre?
L: [[need-goals|Jeg har skrevet noget om frivillige og om pårørendesamarbejde. Det gjorde vi i forvejen. Så i virkeligheden har jeg bare givet det, vi gør, et nyt navn. Og jeg har en fornemmelse af, at det er det, alle gør.]] [[need-goals|Det er lidt sørgeligt, for der er sikkert en god tanke bag. Men ingen har vist os, hvordan man oversætter en strategi fra rådhuset til noget, vi kan gøre anderledes på mandag.]]
I: Hvordan er det med tilsyn og kvalitet?
L: [[need-politics|Tilsynet er blevet politisk på en anden måde end før. Rapporterne bliver lagt frem i udvalget, og avisen læser dem. Så en anmærkning om, at en plejeplan ikke er opdateret, kan blive til en overskrift om omsorgssvigt.]] [[need-politics|Sidste år fik vi besøg af hele socialudvalget. De var søde og interesserede. Men jeg vidste ikke, hvad jeg måtte sige om vores normering. Skulle jeg fortælle, at vi er for få om aftenen? Eller var det illoyalt over for min chef, som havde forsvaret budgettet?]]
I: Hvad gjorde du?
L: Jeg svarede på det, de spurgte om. De spurgte ikke om aftenerne. (pause) [[need-politics|Bagefter tænkte jeg, at jeg havde forspildt en chance. Men jeg ved ikke, hvad spillereglerne er. Det har ingen nogensinde forklaret mig på atten år.]]
I: Og økonomien?
L: [[strength-finance|Mit eget budget har jeg styr på. Jeg har lært at styre lønkronerne, og jeg har ikke haft et underskud i ni år.]] [[need-finance|Men nu bliver vi sammenlignet på nøgletal med andre kommuner. Pris per plejeboligplads, sygefravær, antal timer per beboer. Og vi ligger dyrt. Jeg forstår ikke, hvordan tallene er regnet ud, og hvad der er talt med. Så jeg kan ikke forklare, hvorfor vi ligger, hvor vi ligger.]]
I: Hvem laver de tal?
L: [[need-finance,need-organisation|Økonomiafdelingen, tror jeg. Eller en konsulentvirksomhed. Jeg får dem som et diagram på et ledermøde, og så skal vi kommentere dem. Jeg har bedt om at få forklaret beregningen. Jeg venter stadig.]]
I: Hvad med hverdagen, hvor meget fylder driften?
L: [[need-operations|Nå ja, alt for meget. Vagtplan, sygemeldinger, vikarer, dokumentation, velfærdsteknologi, der skal implementeres. Vi har fået vasketoiletter og loftlifte, og det er godt, men det skal læres, og der er ingen ekstra timer til at lære det.]] [[need-operations,conditions-time|Jeg ser mig selv løbe fra det ene til det andet, og når jeg kommer hjem, kan jeg ikke huske, hvem jeg har talt med. Jeg har ikke haft en rigtig samtale med en medarbejder om hendes udvikling i et halvt år.]]
I: Hvad ville du gøre, hvis du havde mere tid?
L: [[strength-people|Gå rundt. Det er det, jeg er god til. Sidde i dagligstuen og høre, hvad der foregår. Mærke, hvem der har det svært. Jeg kan se på en medarbejder, om hun er ved at køre træt.]] [[strength-communication|De svære samtaler klarer jeg også godt, når jeg endelig får dem taget. Jeg har lært at sige tingene, som de er, men venligt.]]
I: Hvordan bruger du ledergruppen og din chef?
L: [[need-organisation|Ledergruppen er blevet et informationsforum. Vi sidder tolv ledere om et bord, og vi får at vide, hvad der er besluttet, og hvad der kommer. Der er ikke tid til at drøfte noget. Og de egentlige beslutninger bliver taget i et forum over os, som jeg ikke kender sammensætningen af.]] [[conditions-alone|Min chef sidder på rådhuset, og jeg ser hende en gang om måneden til et statusmøde. Hun er dygtig, men hun har elleve andre. Når det brænder på her, er jeg alene med det.]]
I: Hvad gør du så, når det brænder på?
L: [[strength-development|Jeg ringer til en gammel kollega, der er leder i [Sted 2]. Vi har kendt hinanden i tyve år og taler om alt. Og så skriver jeg tingene ned om aftenen. Det har jeg gjort, siden jeg blev leder. Det hjælper mig at se, hvad jeg egentlig mener.]]
I: Hvordan har medarbejderne det lige nu?
L: De er trætte. Vi har haft mange forandringer på kort tid, og der er en fornemmelse af, at det aldrig stopper. Den seneste APV viste, at mange oplever for højt tempo. [[strength-communication|Vi har brugt et personalemøde på at tale om, hvad der er vores at gøre noget ved, og hvad der ikke er. Det hjalp at sige højt, at vi ikke kan løse det hele selv.]] Nu har vi to ting, vi arbejder med. Det er overskueligt.
I: Har du været på lederuddannelse?
L: [[education-diploma|Jeg har GLU og et par diplommoduler. HR vil have, at jeg tager hele diplomuddannelsen. Jeg er 58. Jeg har sagt pænt nej tak.]] [[education-diploma|Det er ikke fordi, jeg ikke vil lære. Men jeg skal ikke sidde og skrive afhandlinger om ledelsesteori nu. Jeg skal lære at få strategien til at give mening for mine folk.]]
I: Hvad skulle der så stå på programmet?
L: [[education-practical,need-goals|Hvordan man oversætter en strategi til hverdagen. Med eksempler fra nogen, der har gjort det. Og hvordan man læser de der nøgletal, så man kan svare igen.]] [[education-practical,need-politics|Og hvordan man taler med politikerne, når de kommer på besøg. Det burde være det første, man lærer som leder i en kommune.]]
I: Er der noget, du vil give videre til de nye ledere?
L: [[strength-development|At man skal huske at passe på sig selv. Jeg gik ned med stress for ti år siden. Siden har jeg haft en supervisor, som jeg betaler selv, og som jeg ser fire gange om året. Det er det bedste, jeg har gjort for min ledelse.]]
I: Tak for en god samtale.
L: Selv tak. Det var rart at blive hørt.
`,
  },
  {
    key: 't26',
    area: 'aeldre-og-sundhed',
    band: 'experienced',
    role: 'Teamleder, hjemmeplejen, landdistrikt',
    recruitment: false,
    text: `
I: Dit område er landdistriktet. Hvad betyder det for jobbet?
L: Det betyder kilometer. (griner) Vi dækker et område, der er 40 kilometer fra nord til syd. Vi har 95 borgere, og vores medarbejdere kører op til 150 kilometer om dagen. Jeg er teamleder for 26 medarbejdere, og det har jeg været i otte år.
I: Hvad fylder mest?
L: [[need-operations|Ruteplanlægningen, ik'. I byen kan man lægge ti besøg på en formiddag. Her kan man lægge fem, fordi der er tyve minutter mellem hvert. Og når det sner, eller der er en vej spærret, så vælter hele planen.]] [[need-operations|Om vinteren bruger jeg morgenerne på at lægge om og ringe til borgere og sige, at vi kommer senere. Nogle gange kommer vi slet ikke, og så skal jeg vurdere, hvem der kan klare sig uden et besøg. Det er ikke en beslutning, jeg kan lide at tage.]]
I: Kan du fortælle om en vinterdag, der var svær?
L: Ja, sidste januar. Der var snestorm, og to af vejene ud mod kysten var lukket hele formiddagen. Vi havde en borger derude, en ældre mand med diabetes, der skulle have insulin. [[strength-core|Jeg ringede til ham og gennemgik, hvad han skulle gøre, og fik fat i hans nabo, som er landmand og kunne komme igennem med traktoren. Det lykkedes. Men sådan noget står ikke i nogen procedure.]] Det er det, der gør det her job til noget særligt. Man skal kende sine borgere og sit område.
I: Hvordan er det at skaffe medarbejdere herude?
L: Svært. De unge flytter til byerne. Vi har mange, der har været her i tyve år, og de er fantastiske, men de bliver ældre. Jeg har to stillinger, der har været slået op siden efteråret. Der kommer få ansøgere, og de fleste bor langt væk.
I: Hvordan er det med økonomien i et landdistrikt?
L: [[need-finance|Bilerne er den store post. Vi har leasede biler, og vi betaler efter kilometer. Og så er der kørselsgodtgørelse for dem, der kører i egen bil. Det løber op.]] [[need-finance|Budgettet er lavet efter en model, hvor vi får samme timepris som byen. Det kan ikke hænge sammen, når en tredjedel af tiden går i bilen. Jeg har sagt det hvert år. Men jeg kan ikke lave beregningen, der viser det, så det ender med, at jeg bare siger det.]]
I: Har du fået hjælp til den beregning?
L: [[need-finance|Jeg har spurgt. Controlleren sagde, at det var kørselstid, og at den var indregnet. Men jeg kan ikke se hvor. Jeg føler mig dum, når jeg sidder med hende. Hun taler et andet sprog.]]
I: Hvordan er det med politik i dit område?
L: Det foregår inde i byen. (griner) Nej, men altså, vi mærker det ikke så meget. Borgerne herude klager ikke til politikerne, de ringer til mig. Og så løser vi det. Jeg har ikke haft en sag med politikerne i de otte år. Måske er jeg heldig.
I: Du sidder i MED-udvalget, har jeg forstået.
L: [[strength-organisation|Ja, i det lokale og i områdets. Jeg har været med i fem år. Det har lært mig meget om, hvordan tingene hænger sammen. Hvordan en beslutning bliver til, hvor man kan sige noget.]] [[strength-organisation|Det er nok det, der har gjort mest for mig som leder. Jeg kender folk i HR og i økonomi. Jeg ved, hvem der skal høres, før man ændrer noget.]]
I: Hvordan er dit forhold til medarbejderne?
L: [[strength-communication|Godt, synes jeg. Vi har et personalemøde hver måned, hvor alle kan sige, hvad de vil. Og de gør det. Jeg siger også, hvad jeg mener. Jeg tror, de sætter pris på, at jeg ikke gemmer mig.]] [[strength-people|Og når nogen er ked af det, tager jeg ud til dem. Det kan godt være, det er 30 kilometer. Men det er det værd.]]
I: Hvordan blev du leder i sin tid?
L: [[recruitment-internal|Jeg var social- og sundhedsassistent i gruppen, og da lederen gik på pension, søgte jeg. Vi var to interne, og jeg fik den.]] [[need-colleague|Det første år var svært. Den anden ansøger var min gode kollega, og hun havde det skidt med, at det blev mig. Vi fik det aldrig rigtig snakket igennem. Hun søgte væk efter et år, og det har jeg tænkt meget over siden. Jeg burde have taget den samtale.]]
I: Hvem er dine lederkolleger?
L: [[conditions-alone|Det er lidt problemet. De andre teamledere sidder inde i byen, og jeg er herude. Vi ses til ledermøde hver fjortende dag, og så kører jeg 45 minutter hver vej. Jeg har ingen at gå ind til og sige: hvad ville du gøre?]] [[conditions-alone,need-development|Jeg føler ofte, at jeg er alene med beslutningerne. Og jeg får ingen feedback på, om jeg gør det godt. Min chef ser mig en gang om måneden, og så handler det om tal.]]
I: Hvordan ville du gerne have det?
L: [[need-development|Jeg ville gerne have nogen, der så på min ledelse. Ikke kontrollerede den, men så den. En mentor eller en coach eller et netværk.]] [[conditions-sparring|Der er en leder i nabokommunen, der har et landdistrikt ligesom mig. Vi har talt sammen på en konference. Jeg har tænkt på at ringe til hende, men det er ikke blevet til det.]]
I: Hvad med nye arbejdsgange, teknologi?
L: [[need-operations|Vi har fået skærmbesøg, og det er faktisk godt herude, for det sparer kørsel. Men det blev indført på tre uger, og halvdelen af borgerne havde ikke internet, der var godt nok. Det var der ingen, der havde tjekket.]] Det har vi så måttet løse. Det tog et halvt år.
I: Hvad har du af lederuddannelse i bagagen?
L: [[education-after-glu|Jeg har GLU. Den var god. Men den er otte år gammel nu, og jeg har glemt det meste.]] [[education-practical,need-finance|Hvis der kom noget nyt, skulle det være om økonomien, så jeg kan lave den beregning. Og gerne med folk fra andre landdistrikter, så vi kan sammenligne.]]
I: Tak for samtalen.
L: Tak. Og kom endelig ud og se det en dag.
`,
  },
  {
    key: 't27',
    area: 'aeldre-og-sundhed',
    band: 'new',
    role: 'Afdelingsleder, hjemmeplejen',
    recruitment: true,
    text: `
I: [[recruitment-internal|Du blev afdelingsleder på en lidt særlig måde, har jeg forstået?]]
L: (griner) Ja, det kan man godt sige. Jeg var teamkoordinator i hjemmeplejen, og så gik vores afdelingsleder ned med stress for et år og fire måneder siden. Og så ringede områdechefen en søndag aften og spurgte, om jeg kunne træde til, mens hun var væk. Konstitueret, hed det.
I: Hvad tænkte du?
L: [[recruitment-internal|Jeg tænkte: det er for en måned eller to. Jeg kender gruppen, jeg kender borgerne, jeg kender planlægningen. Det klarer jeg. Og jeg sagde ja, fordi der ikke var andre, og fordi jeg ikke ville lade mine kolleger i stikken.]] [[recruitment-internal|Men hun kom ikke tilbage. Efter fire måneder sagde hun op. Og så blev stillingen slået op, og så søgte jeg den, fordi jeg allerede sad i stolen. Det ville have været mærkeligt at lade være.]]
I: Hvordan var ansættelsesforløbet?
L: [[recruitment-applied|Det var en rigtig samtale, med HR og områdechefen og to medarbejderrepræsentanter. Der var to andre ansøgere udefra. Jeg var meget nervøs, selv om jeg havde lavet jobbet i fire måneder.]] [[recruitment-gap|De spurgte mest ind til, hvordan det var gået, og om jeg kunne tænke mig at fortsætte. Ingen spurgte, om jeg kunne styre et budget på 28 millioner. Og det kunne jeg ikke. Det havde jeg bare ikke fundet ud af endnu.]]
I: Hvornår fandt du ud af det?
L: [[need-finance|Ved den første budgetopfølgning efter ansættelsen. Der stod et forventet regnskab med et merforbrug på 1,2 millioner. Jeg havde ikke set det komme. Jeg havde godkendt vikarer og overarbejde hele foråret, fordi vi manglede folk, og jeg troede, det var det, man gjorde.]] [[need-finance|Områdechefen spurgte, hvad min plan var. Jeg havde ingen plan. Jeg vidste ikke engang, hvad et forventet regnskab var, eller hvordan det var regnet ud. Jeg gik hjem og græd den dag. Det er jeg ikke flov over at sige.]]
I: Hvad skete der så?
L: Jeg fik hjælp af en controller, som satte sig med mig tre gange. Hun var god. Vi lavede en handleplan med færre vikarer og en anden måde at dække sygdom på. Vi endte med et merforbrug på 400.000. [[need-finance|Men jeg føler stadig ikke, at jeg forstår det. Jeg kan følge en plan, som andre har lavet. Jeg kan ikke selv se, hvor pengene går hen, før det er for sent.]]
I: Hvordan var det at være konstitueret i fire måneder?
L: [[recruitment-onboarding|Mærkeligt. Jeg havde ansvaret, men ikke titlen. Jeg fik et tillæg, men ingen adgang til økonomisystemet de første seks uger, fordi det skulle bestilles, og ingen havde tænkt på det. Så jeg godkendte vikarer uden at kunne se, hvad de kostede.]] [[recruitment-internal|Og medarbejderne vidste ikke, om de skulle behandle mig som leder eller som en, der bare passede stolen. Det vidste jeg faktisk heller ikke selv. Hver gang jeg skulle træffe en stor beslutning, tænkte jeg: er det min beslutning, eller skal jeg vente på, at hun kommer tilbage?]]
I: Spurgte du nogen om det?
L: Områdechefen. Hun sagde, at jeg bare skulle gøre, hvad jeg syntes var rigtigt. Det var ment som tillid. Men det føltes som at blive sendt ud på dybt vand uden at vide, hvor dybt det var.
I: Hvordan var det at blive leder for dem, du havde været koordinator for?
L: [[need-colleague|Øh, sværere, end jeg troede. Som koordinator var jeg stadig en af dem. Vi kørte ture sammen. Nu skal jeg holde deres MUS og tage deres fraværssamtaler og godkende deres ferie.]] [[need-colleague|Og der er nogle, der har det svært med det. En af de andre koordinatorer havde også gerne villet have jobbet, tror jeg. Hun har ikke sagt det. Men hun går ikke længere til mig med tingene, hun går til områdechefen.]]
I: Har du taget den snak med hende?
L: [[need-colleague|Nej. Jeg ved, at jeg skal. Jeg har udsat den, fordi jeg er bange for, hvad hun siger. Måske har hun ret i, at hun ville være bedre til det.]] (pause) Det er svært at sige højt.
I: Hvordan ser din hverdag ud nu?
L: [[need-operations|Der er aldrig – der er aldrig ro. Jeg har fire teams, fire koordinatorer og 72 medarbejdere. Hver morgen er der sygemeldinger, og hver eftermiddag er der en ny borger fra sygehuset. Det er mig, der skal beslutte, om vi tager vikarer, og det er jo netop den beslutning, der kostede mig 1,2 millioner.]] [[need-operations|Så nu sidder jeg der hver morgen og vejer vikarer mod borgere. Og det tager al min energi. Der er ikke noget tilbage til at lede. Jeg har ikke holdt et eneste personalemøde, som handlede om andet end drift.]]
I: Hvordan er samarbejdet i ledergruppen?
L: [[need-organisation|Jeg er stadig ved at finde ud af, hvordan ledergruppen fungerer. Der er de andre afdelingsledere, områdechefen, en udviklingskonsulent og en fra visitationen. Nogle beslutninger bliver taget på møderne, andre bliver taget et andet sted, og jeg ved ikke hvor.]] [[need-organisation|Da vi skulle ændre på weekendbemandingen, troede jeg, at det var min beslutning. Men det viste sig at være noget, der skulle i MED først og så godkendes af områdechefen. Jeg havde allerede sagt det til medarbejderne.]]
I: Hvad skete der?
L: [[need-communication|Jeg måtte gå tilbage til dem og sige, at det ikke var besluttet alligevel. Det var pinligt. Og der var en, der sagde: ved du overhovedet, hvad du må? Det sad i mig længe.]]
I: Har du mødt politikerne?
L: [[need-politics|Ja, en gang. Ældrepolitikken blev revideret, og hver afdeling skulle holde et oplæg for udvalget om, hvordan vi arbejder med den. Jeg havde ti minutter. Jeg forberedte mig i en uge.]] [[need-politics|Jeg talte om vores rehabiliteringsforløb, og det gik fint. Men bagefter sagde min chef, at jeg skulle have nævnt vores ventelister, fordi det var det, politikerne var optaget af. Hvordan skulle jeg vide det? Der er ingen, der fortæller en, hvad der rører sig.]]
I: Hvad synes du selv, du er god til?
L: [[strength-core|Planlægning og det faglige. Jeg ved, hvordan hjemmeplejen skal skrues sammen, så borgerne får den rigtige hjælp. Det ved jeg fra tolv år ude på ruterne.]] [[strength-people|Og så lytter jeg. Det er nok min bedste side. Medarbejderne siger, at jeg er let at tale med. Det er jeg glad for.]]
I: Har du haft nogen introduktion eller mentor?
L: [[recruitment-onboarding|Nej. Fordi jeg var konstitueret, var der ingen, der tænkte på det. Og da jeg så blev fastansat, var jeg jo allerede i gang. Så jeg røg lige igennem hullet.]] [[recruitment-onboarding,conditions-sparring|Kommunen har et introforløb for nye ledere, men det var halvvejs igennem, da jeg blev ansat, og det næste starter først til efteråret. Jeg har ringet til en afdelingsleder i [Sted 1], som jeg kender fra uddannelsen. Hun har været en redning.]]
I: Hvordan har det påvirket dit privatliv?
L: [[conditions-time|Meget. Jeg arbejder 50 timer om ugen, tit mere. Jeg har to børn på otte og elleve, og de siger, at jeg altid sidder med telefonen.]] Min mand er god. Men jeg kan mærke, at det ikke kan fortsætte sådan. Jeg skal finde en anden måde at gøre det på, eller også skal jeg finde et andet job.
I: Hvad ville gøre den største forskel?
L: [[education-practical,need-finance|At lære økonomien fra bunden. Ikke teori, men mit eget budget. Hvad er et forventet regnskab, hvordan følger jeg vikarforbruget, hvornår skal jeg slå alarm.]] [[education-practical,need-colleague|Og noget om at være ny leder. At gå fra kollega til chef på en søndag aften. Jeg tror, der er mange som mig.]]
I: Og hvis kommunen skulle gøre det anderledes næste gang?
L: [[recruitment-gap|Når de konstituerer nogen, skal de behandle dem som en ny leder fra dag ét. Med introduktion og mentor og en økonomigennemgang. Man er ikke en vikar for lederen, man er lederen.]] [[recruitment-gap|Og til ansættelsessamtalen skal de spørge om det svære. Om budgettet og om personalesagerne. Så ved man, hvad man siger ja til, og de ved, hvad de skal hjælpe med.]]
I: Tak. Det har været meget givende at høre.
L: Tak fordi I gider lytte. Jeg håber, det bliver til noget, der kan hjælpe den næste.
`,
  },
  {
    key: 't28',
    area: 'aeldre-og-sundhed',
    band: 'experienced',
    role: 'Køkkenleder, plejecenterkøkken',
    recruitment: false,
    text: `
I: Et køkken hører måske ikke til det, man tænker på som ældreområdet. Fortæl.
L: Nej, vi bliver tit glemt. (griner) Vi er et produktionskøkken, der laver mad til tre plejecentre og til madservice til borgere i eget hjem. Det er omkring 600 måltider om dagen. Vi er 17 ansatte, ernæringsassistenter, kokke og et par køkkenmedhjælpere. Jeg er uddannet kok og har været køkkenleder i tolv år.
I: Hvordan blev du køkkenleder?
L: [[recruitment-applied|Jeg var souschef i et kantinekøkken i det private og søgte stillingen, fordi jeg gerne ville lave mad, der betød noget for nogen. Der var to samtaler og en prøvedag i køkkenet.]] Det var den første og eneste gang, jeg har skullet lave sovs til et ansættelsesudvalg. (griner)
I: Hvad fylder mest for dig?
L: [[need-finance|Kostprisen, ikke? Vi får et fast beløb per kuvert, og det skal dække råvarer. Det beløb er ikke blevet reguleret ordentligt i tre år, men priserne er steget med tyve procent. Så jeg skal lave den samme mad for færre penge.]] [[need-finance|Og så er der brugerbetalingen, som borgerne betaler for madservice. Den går et andet sted hen, og den er fastsat politisk. Jeg har aldrig forstået, hvordan den hænger sammen med mit budget. Er det mine penge? Er det kommunens?]]
I: Hvordan håndterer du det?
L: [[strength-core|Jeg er god til at få meget ud af lidt. Vi laver alt fra bunden, vi bruger sæsonens grøntsager, og vi har nedbragt madspildet med en tredjedel på to år. Det er jeg stolt af.]] [[need-finance|Men jeg kan ikke vise det i regnskabet. Besparelsen på madspild forsvinder i et samlet tal. Jeg har bedt om at få en opfølgning, der viser råvareforbruget per kuvert, men det kan systemet ikke.]]
I: Er der politiske beslutninger, der påvirker køkkenet?
L: [[need-politics|Ja, og hvor. For to år siden besluttede byrådet at sende madservicen i udbud for at se, om en privat leverandør kunne gøre det billigere. Vi skulle lave et kontrolbud.]] [[need-politics|Det var et halvt år, hvor medarbejderne ikke vidste, om de havde et job. Jeg vidste ikke, hvad jeg måtte sige. Og jeg vidste ikke, hvordan man laver et kontrolbud. Vi vandt, men det var med hjælp fra en konsulent, og vi fik lov at beholde opgaven på betingelse af en besparelse på otte procent.]]
I: Hvordan var det at lede i den periode?
L: [[strength-people|Jeg holdt medarbejderne orienteret hver uge, også når der ikke var noget nyt. Jeg tror, det var det, der gjorde, at vi ikke mistede nogen.]] [[need-politics|Men jeg følte, at beslutningerne blev truffet et sted, hvor ingen vidste, hvad et køkken er. Politikerne besøgte os én gang, i udbudsperioden. De smagte på frikadellerne. (griner) De var gode.]]
I: Hvor hører køkkenet til i organisationen?
L: [[need-organisation|Det har skiftet. Først hørte vi under plejecentret, så under en fælles serviceenhed, og nu under ældreområdet igen, men direkte under områdechefen. Hver gang nye procedurer, ny chef, nye møder.]] [[need-organisation|Og plejecentrene, som vi laver mad til, har deres egne ledere, som ikke er mine chefer, men som har ønsker. Når en plejecenterleder vil have en anden menu, hvem bestemmer så? Det er ikke skrevet ned nogen steder.]]
I: Hvordan samarbejder I med plejepersonalet om ernæring?
L: [[strength-core|Det er noget af det, vi er bedst til. Vi har en ernæringsassistent, der går rundt på plejecentrene og taler med personalet om de beboere, der taber sig. Vi laver energitæt kost og små måltider, der er tilpasset den enkelte.]] Det er der, vi gør en forskel. Ikke på prisen per kuvert.
I: Hvordan er medarbejdergruppen?
L: [[strength-people|Meget blandet. Jeg har kokke, der har været her i tyve år, og unge køkkenmedhjælpere, der er her på deres første job. Og et par i fleksjob. Jeg har lært at sætte folk sammen, så de lærer af hinanden.]] [[strength-people|Vi har en fast tradition: hver fredag spiser vi sammen, og den, der har lavet dagens ret, fortæller om den. Det lyder som ingenting, men det gør, at folk er stolte af det, de laver.]]
I: Hvordan går det med fødevarekontrollen?
L: [[strength-core|Vi har haft elitesmiley de sidste fire år. Egenkontrollen er i orden, og vi har styr på allergener og konsistenstilpasset kost. Det er noget, medarbejderne tager meget seriøst.]]
I: Hvordan foregår budgetlægningen for køkkenet?
L: [[need-finance|Jeg får et budget i december, som er lavet af økonomiafdelingen på baggrund af sidste år. Jeg bliver ikke spurgt. Når jeg så i september kan se, at råvarepriserne er steget, får jeg at vide, at jeg skal finde pengene selv.]] [[need-finance|Jeg ville ønske, jeg forstod den proces bedre, så jeg kunne komme med mine tal, før budgettet blev lagt. Jeg har prøvet at skrive et notat om det, men jeg ved ikke, hvem der skulle have det.]]
I: Hvordan er din arbejdstid?
L: [[conditions-time|Jeg møder klokken seks, fordi produktionen starter der, og så sidder jeg med administration om eftermiddagen. Det bliver tit til ti timer.]] Men jeg er glad for det. Køkkenet er mit.
I: Og din egen uddannelse som leder?
L: [[education-after-glu|GLU fik jeg for seks år siden, og den var meget god, især det med situationsbestemt ledelse. Jeg har mange unge køkkenmedhjælpere, og dem skal man lede anderledes end de erfarne kokke.]] [[education-after-glu,need-finance|Men der var intet om økonomi. Og det er det, jeg har brug for: at forstå kommunens budget, udbud og brugerbetaling, og hvordan jeg får mine tal frem, så nogen kan se dem.]]
I: Har du andre køkkenledere at sparre med?
L: [[conditions-sparring|Der er et netværk for køkkenledere i regionen, som mødes to gange om året. Det er guld. Vi deler opskrifter og budgetter.]] (griner) [[conditions-alone|Men til dagligt er jeg alene. Mine lederkolleger i ældreområdet tænker i pleje, ikke i mad.]]
I: Tak fordi du ville være med.
L: Tak fordi I huskede køkkenet.
`,
  },
  {
    key: 't29',
    area: 'aeldre-og-sundhed',
    band: 'new',
    role: 'Gruppeleder, hjemmeplejen, dagvagt',
    recruitment: false,
    text: `
I: Hvor længe har du været gruppeleder?
L: Otte måneder. Jeg var social- og sundhedshjælper i gruppen i fem år før det. Vi er 19 i dagvagten, og jeg har ansvaret for planlægning, sygefravær og de daglige personaleting. Afdelingslederen har det overordnede.
I: Hvordan blev det dig?
L: [[recruitment-internal|Der var et internt opslag, og jeg søgte. Jeg havde lyst til at prøve noget nyt, og jeg havde tidligere haft et job, hvor jeg var vant til at have ansvar.]] Før jeg blev social- og sundhedshjælper, stod jeg i min fars forretning i ti år. Vi havde en isenkræmmer. Det er en lang historie. (griner)
I: Har det været en hjælp?
L: [[strength-finance|Ja, faktisk med økonomien. Jeg har lavet regnskab, jeg har lavet budgetter, jeg ved, hvad likviditet er. Så når jeg får budgetopfølgningen, kan jeg læse den. Det er mine kolleger i de andre grupper overraskede over.]] [[strength-finance|Jeg har lavet mig et lille regneark, hvor jeg følger vikartimer og overarbejde hver uge. Så jeg ser det, før det bliver et problem. Det er sund fornuft fra butikken.]]
I: Hvad er så det svære?
L: [[need-colleague|Altså … kollegerne. Eller, medarbejderne. Jeg siger stadig kolleger. Der er nogle, jeg har været tætte med, og det har ændret sig. Den ene var min makker i fem år.]] [[need-colleague|Hun har været syg meget det sidste halve år. Og nu skal jeg holde en samtale med hende om hendes fravær. Hun er min veninde. Jeg har været til hendes datters konfirmation.]]
I: Hvordan forbereder du dig på den samtale?
L: [[need-people|Jeg har læst HR's vejledning. Og jeg har talt med min afdelingsleder. Hun sagde, at jeg skal fokusere på, hvad vi kan gøre for at få hende tilbage. Det giver mening. Men jeg ved ikke, hvad jeg gør, hvis hun bliver vred eller ked af det.]] [[need-colleague,need-people|Og jeg ved ikke, om jeg skal lade som om, vi ikke er venner. Det kan jeg jo ikke. Men jeg kan heller ikke lade vores venskab bestemme.]]
I: Hvordan reagerede gruppen, da du blev gruppeleder?
L: [[need-colleague|Det første personalemøde var underligt. Jeg stod ved tavlen, hvor jeg før havde siddet nede ved bordet. Nogle smilede, andre kiggede ned. Der var en, der sagde: nå, nu skal vi til at tiltale dig med De? Alle grinede. Det gjorde jeg også, men jeg havde det ikke godt.]] [[need-colleague|Jeg har det stadig sådan, at jeg gerne vil være den gamle sammen med dem. Og så kommer der en situation, hvor jeg skal bestemme, og så kan jeg se på dem, at de synes, jeg har forandret mig.]]
I: Hvordan har du brugt din erfaring fra butikken i øvrigt?
L: [[strength-operations|Til vagtplanen. I butikken lavede jeg vagtplaner for syv ansatte med skiftende åbningstider. Det er ikke så forskelligt. Jeg lavede en skabelon den første måned, som gør, at vagtplanen nu tager en halv dag i stedet for to.]] Min afdelingsleder har bedt mig vise den til de andre gruppeledere.
I: Hvordan er hverdagen?
L: [[need-operations|Morgenen er kaos. Der er sygemeldinger fra kvart over seks, og jeg skal have løst dem, før bilerne kører. Så er der nye borgere og ændringer fra visitationen og sygeplejen. Og så skal jeg dokumentere.]] [[conditions-double-role|Og tre dage om ugen kører jeg selv en rute. Det er aftalen. Halv leder, halv hjælper. Men det betyder, at lederdelen foregår fra bilen eller om eftermiddagen.]]
I: Hvordan fungerer det at være halvt begge dele?
L: [[conditions-double-role,need-operations|Dårligt, hvis jeg skal være ærlig. Når jeg er ude at køre, ringer telefonen hele tiden. Og når jeg er på kontoret, har jeg dårlig samvittighed over, at jeg ikke er ude. Jeg er aldrig helt et sted.]] [[need-operations|Jeg har ikke tid til det, jeg egentlig gerne ville som leder. At tale med folk. At lave en ordentlig introduktion til de nye. Det bliver alt sammen klemt.]]
I: Og det, der går godt?
L: [[strength-core|At få tingene til at hænge sammen. Jeg er struktureret, og jeg kan lave en plan, der holder. Og jeg kender borgerne godt.]] [[strength-communication|Og jeg siger tingene, som de er. Det er folk vant til fra mig. Det har gjort, at de ved, hvor de har mig.]]
I: Hvad tog du med fra butikken, ud over tallene?
L: At man skal se kunderne i øjnene. Min far sagde altid, at en utilfreds kunde, der bliver hørt, kommer igen. Det har jeg tænkt på mange gange med de pårørende. Og så at man ikke kan gøre alting selv. I butikken lærte jeg at give ansvar fra mig. Det er jeg ikke lige så god til her endnu, for her er det mine gamle kolleger, jeg skal give det til.
I: Har du holdt MUS endnu?
L: Jeg har holdt seks af nitten. Resten kommer efter sommerferien. De første var lidt stive, jeg holdt mig meget til skemaet. De sidste har været bedre. Jeg har fundet ud af at starte med at spørge, hvad de er glade for i jobbet. Så kommer resten af sig selv.
I: Hvem taler du ledelse med?
L: [[conditions-sparring|Min afdelingsleder er god. Hun har tid til mig en gang om ugen. Og vi er tre nye gruppeledere, der har lavet en lille gruppe, hvor vi mødes og spiser frokost en gang om måneden.]] Det er en af de bedste ting, jeg har.
I: Hvad ville du have brug for af uddannelse?
L: [[education-practical,need-people|Samtaler. Fraværssamtaler, svære samtaler, konflikter. Med øvelser, hvor man prøver det.]] [[education-practical,need-colleague|Og noget om at gå fra kollega til leder. Det er der ingen, der forbereder en på. Økonomi kan jeg, men det her kan jeg ikke.]]
I: Har du hørt om GLU?
L: Ja, jeg skal starte til efteråret. Jeg glæder mig. Men jeg er bange for, at det bliver meget teori. Jeg lærer ved at gøre ting.
I: Så slipper jeg dig. Tak!
L: Tak. Nu skal jeg ud og køre. (griner)
`,
  },
  {
    key: 't30',
    area: 'aeldre-og-sundhed',
    band: 'experienced',
    role: 'Forstander, selvejende plejehjem',
    recruitment: false,
    text: `
I: Et selvejende plejehjem – hvordan adskiller det sig fra et kommunalt?
L: Det er et godt spørgsmål, som jeg har brugt tyve år på at besvare. (griner) Vi er en selvejende institution med driftsoverenskomst med kommunen. Det betyder, at vi har vores egen bestyrelse og vores eget værdigrundlag, men at kommunen betaler, visiterer beboerne og fører tilsyn. Vi har 42 beboere og 50 medarbejdere. Jeg har været forstander i tyve år.
I: Hvordan er bestyrelsen sammensat?
L: Der er syv medlemmer: to valgt af den forening, der stiftede hjemmet, to pårørende, en medarbejderrepræsentant, en fra menighedsrådet og en, som kommunen udpeger. Formanden er en pensioneret bankdirektør. Han er god til tal og spørger ind til alt. (griner) Det har været en god skole.
I: Hvordan er det at stå mellem bestyrelsen og kommunen?
L: [[need-organisation|Det er en balancegang. Bestyrelsen er min arbejdsgiver. Men kommunen bestemmer rammerne. Og når kommunen laver en ny procedure eller et nyt it-system, så skal vi følge det, selv om vi ikke har været med til at beslutte det.]] [[need-organisation|Sidste år indførte kommunen et nyt omsorgssystem. Vi fik det at vide tre måneder før. Vi var ikke med i styregruppen, vi fik ikke superbrugere, og vi skulle selv betale for oplæringen. Jeg vidste ikke, hvem i kommunen jeg skulle gå til for at få det ændret.]]
I: Hvordan er økonomien skruet sammen hos jer?
L: [[strength-finance|Vi får en takst per plejebolig, og så skal vi få det til at løbe rundt. Vi laver vores eget regnskab, som bliver revideret, og vi har en likviditet, som jeg skal holde øje med, fordi vi ikke kan trække på kommunekassen.]] [[strength-finance|Jeg har lært at læse et regnskab og at lave et budget, der holder. Det har jeg været nødt til. Bestyrelsen spørger ind til hvert tal. Det har gjort mig skarp.]]
I: Og den politiske side?
L: [[need-politics|Den er svær for os. Vi er ikke en del af kommunen, men vi er meget afhængige af politiske beslutninger. Kvalitetsstandarderne, taksten, tilsynet. Når byrådet beslutter en besparelse på plejecentrene, gælder den også os.]] [[need-politics|Men vi sidder ikke med ved bordet. Vi hører det, når det er besluttet. Jeg har forsøgt at få møder med udvalgsformanden, men det har været svært. Jeg ved ikke, hvordan man får en stemme i et system, man ikke er en del af.]]
I: Hvordan er tilsynet?
L: [[need-politics|Tilsynsrapporten kommer i avisen, ligesom for de kommunale. Men når der er en anmærkning hos os, bliver det nogle gange brugt som argument i en politisk diskussion om selvejende institutioner. Det er ubehageligt. Jeg ved ikke, hvordan jeg skal svare, når det sker.]]
I: Er driftsoverenskomsten til forhandling?
L: [[need-politics|Den skal genforhandles næste år. Og der er partier i byrådet, der gerne vil have færre selvejende institutioner. Det ved jeg fra avisen, ikke fra nogen samtale. Jeg ved ikke, hvordan jeg skal forberede mig, eller hvem jeg skal tale med, før det bliver et punkt på dagsordenen.]] [[need-organisation|Jeg ved heller ikke, hvem i forvaltningen der sidder med sagen. Vores kontaktperson er skiftet tre gange på to år.]]
I: Hvad fylder i hverdagen?
L: [[need-operations|Rekruttering og vikarer. Vi har svært ved at få social- og sundhedsassistenter, især om aftenen. Vi har brugt vikarbureau mere det sidste år end de ti foregående tilsammen.]] [[need-operations|Jeg bruger mange timer om ugen på bemanding, og det er timer, som jeg ikke bruger på at udvikle stedet. Vi har ellers et stærkt værdigrundlag, som jeg gerne ville arbejde mere med.]]
I: Fortæl om værdigrundlaget.
L: [[strength-goals|Vi er et kristent plejehjem med rødder tilbage til 1950'erne. Værdigrundlaget handler om, at hver beboer er et helt menneske til det sidste. Det bruger vi, når vi ansætter, når vi planlægger, og når vi er uenige.]] [[strength-goals|Medarbejderne kan det udenad, men det vigtigste er, at de bruger det. Når en beboer er døende, sidder der altid en hos vedkommende. Det har vi besluttet, og det holder vi fast i, også når der mangler folk.]]
I: Hvordan leder du medarbejderne?
L: [[strength-people|Tæt på. Jeg kender alle ved navn, og jeg kender deres familier. Jeg holder MUS selv med alle, og jeg går rundt hver dag.]] [[strength-people|Vi har det laveste sygefravær i kommunen. Det tror jeg skyldes, at folk føler, at de hører til et sted.]]
I: Hvordan er det med de pårørende?
L: [[strength-communication|De er en del af huset. Vi har et pårørenderåd, der mødes fire gange om året, og jeg svarer altid selv på klager. Når der er uenighed, inviterer jeg til et møde her, med kaffe, og vi taler det igennem. Det løser de fleste ting.]]
I: Du har været her i tyve år. Hvad sker der, når du stopper?
L: Det tænker jeg meget på. Jeg går på pension om tre år. Bestyrelsen skal finde en ny forstander, og det bliver ikke let. Den nye skal kunne både pleje, økonomi, bestyrelsesarbejde og politik. Det er ikke noget, man lærer ét sted. Jeg har lært det ved at gå på næsen i tyve år.
I: Hvem sparrer du med?
L: [[conditions-sparring|Der er en forening for selvejende institutioner, hvor vi mødes. Det er godt, for vi har de samme problemer.]] [[conditions-alone|Men i kommunen er jeg udenfor. Jeg er ikke med i ledergruppen, og jeg bliver ikke inviteret til ledernes temadage. Det er ensomt.]]
I: Hvad ville du have gavn af?
L: [[education-practical,need-politics|Noget om, hvordan kommunen fungerer politisk og organisatorisk. Hvordan man påvirker en beslutning i tide. Det lyder mærkeligt efter tyve år, men det har jeg aldrig lært, for jeg har ikke været inde i systemet.]] [[education-practical|Og gerne sammen med kommunale ledere, så vi lærer hinanden at kende.]]
I: Tak for samtalen.
L: Tak. Det var en fornøjelse.
`,
  },
];
