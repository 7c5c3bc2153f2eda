/** Demo interviews t13–t18: leaders in elderly care. Fictitious; see demo-transcript.ts for the format. */
import type { DemoTranscript } from './demo-transcript.js';

export const AELDRE_1: readonly DemoTranscript[] = [
  {
    key: 't13',
    area: 'aeldre-og-sundhed',
    band: 'experienced',
    role: 'Afdelingsleder, hjemmeplejen',
    recruitment: false,
    text: `
I: Tak, fordi du kunne klemme mig ind. Du sagde i telefonen, at du kun havde tre kvarter?
L: Ja, undskyld, det er sådan det er. Jeg har et møde med visitationen klokken to, og før det skal jeg lige have løst en vagt i aften. Men kom bare i gang, jeg snakker hurtigt. (griner)
I: Så vil jeg starte med det helt enkle: hvad er dit job?
L: Jeg er afdelingsleder for hjemmeplejen i [Sted 1]-distriktet. Vi er 68 medarbejdere, social- og sundhedshjælpere og -assistenter, plus to planlæggere og en sygeplejerske, der er lånt fra sygeplejen. Vi har godt 400 borgere. Jeg har været leder i fjorten år, de sidste seks her. Jeg er selv uddannet sygeplejerske, men det er længe siden, jeg har stået med en kanyle.
I: Hvad fylder mest i en almindelig uge?
L: [[need-operations|Sygemeldinger. Telefonen ringer kvart over seks, og så er der tre, der er syge, og så skal ruterne lægges om, før bilerne kører klokken syv. Det er planlæggerne, der gør det, men det er mig, der skal beslutte, hvem vi ringer ind, og om vi tager vikarer.]] [[need-operations|Og så fredag eftermiddag, når sygehuset udskriver fem borgere på én gang, og de alle sammen skal have besøg samme aften. Det er der ingen, der har planlagt efter.]]
I: Hvad sker der så med alt det andet, du skal?
L: [[need-operations,conditions-time|Det bliver skubbet. MUS bliver skubbet, personalemøder bliver kortere, og den snak, jeg skulle have haft med en medarbejder, der har det svært, bliver til en besked på sms. Det er ikke godt, og jeg ved det godt.]] [[need-operations|Jeg regnede det ud en gang: over halvdelen af min tid går med at få dagen til at hænge sammen. Ledelse af mennesker får det, der er tilbage.]]
I: Hvordan ser du på økonomien i hjemmeplejen?
L: Du rammer lige ned i det. (griner) [[need-finance|Vi bliver styret på visiterede timer. Visitationen bevilger et antal minutter til hver borger, og vi får penge efter det. Men vi leverer aldrig præcis det, der er visiteret. Borgeren er på sygehuset, eller der er brug for mere, fordi hun er faldet, og så passer tallene ikke.]] [[need-finance|Og hver måned får jeg en budgetopfølgning, der viser tre tal: visiteret tid, leveret tid og budget. Og jeg kan ikke få dem til at passe sammen. Jeg har siddet med en controller to gange, og jeg forstår det, mens hun forklarer det, og så er det væk igen.]]
I: Hvad med vikarerne?
L: [[need-finance|Vikarudgifterne løber løbsk om sommeren. Vi lå 800.000 over sidste år, og det blev taget fra næste års budget. Så nu har vi færre penge, fordi vi var syge. Det er logikken.]] [[need-finance|Jeg ved ikke, hvornår jeg skal sige nej til vikarer af hensyn til økonomien. Jeg kan ikke sige nej til at få en borger op af sengen. Så hvad er det egentlig, jeg styrer?]]
I: Mærker du det politiske i hjemmeplejen?
L: [[need-politics|Hele tiden, hele tiden. For to år siden besluttede byrådet, at rengøring kun skulle være hver tredje uge i stedet for hver anden. Det stod i avisen, før vi vidste det. Og så var det mig og mine medarbejdere, der skulle sige det til borgerne, ude i deres stuer.]] [[need-politics|Der var en datter, der skrev til hele byrådet om sin mors badeværelse. Og så skulle jeg bruge en hel dag på at skrive et svar, som gik gennem min chef og direktøren, før det blev sendt. Jeg vidste ikke, hvad jeg måtte skrive, og hvad der var politikernes svar.]]
I: Hvordan forklarede du beslutningen til medarbejderne?
L: [[need-politics,need-communication|Det var svært, fordi jeg selv var uenig. Jeg stod til personalemødet og sagde, at det var besluttet, og at vi skulle følge det. Men de kunne se på mig, at jeg ikke troede på det.]] Der var en, der sagde: du siger det jo bare, fordi du skal. Og hun havde ret.
I: Hvad skulle du have haft?
L: [[need-politics|Noget at stå på. Hvorfor de besluttede det. Hvad de vejede op mod hinanden. Jeg kan godt være loyal over for en beslutning, hvis jeg forstår den. Men vi får bare beslutningen, ikke begrundelsen.]]
I: Hvordan er samarbejdet med visitationen, som du skal mødes med?
L: [[need-organisation|Det er – altså, det er lidt af en evig kamp. De sidder i en anden afdeling under en anden chef. De ser borgeren en gang om året, vi ser hende to gange om dagen. Men det er dem, der bestemmer, hvor meget tid vi får.]] [[need-organisation|Og jeg ved ikke rigtig, hvordan beslutningerne bliver taget derovre. Om de har et måltal. Om de er under pres for at visitere mindre. Der er ingen, der har forklaret mig, hvordan hele kæden hænger sammen.]]
I: Hvad er du god til, tænker du?
L: [[strength-core|Det faglige. Vi har en god faglighed i distriktet, vi er gode til at opdage, når en borger er ved at blive dårlig, og vi er gode til at få de pårørende med.]] [[strength-people|Og jeg kender mine folk. Jeg ved, hvem der kan tage de svære borgere, og hvem der har brug for en lettere rute en periode, fordi der er skilsmisse derhjemme.]]
I: Har du lederuddannelse?
L: [[education-after-glu|Jeg tog GLU for ti år siden. Den var god, især konflikthåndtering. Men den handlede om ledelse i almindelighed.]] [[education-after-glu,need-finance|Der var ikke noget om visiterede timer og kvalitetsstandarder og byrådsbeslutninger. Det er jo det, jeg sidder med. Hvis der kom et modul om det, ville jeg tage det.]]
I: Hvordan skulle det være skruet sammen?
L: [[education-practical,conditions-time|Kort. To dage, måske tre, spredt ud. Jeg kan ikke være væk en hel uge. Og med egne eksempler, ikke en case om en fabrik i Tyskland.]] [[education-practical,conditions-sparring|Og med andre ledere fra hjemmeplejen, gerne fra andre kommuner. Jeg lærer mest af at høre, hvordan de andre har løst det med vikarerne.]]
I: Er der noget, du vil tilføje?
L: Bare, at jeg er glad for mit job. Det lyder måske ikke sådan. (griner) Men det er det vigtigste job i kommunen, synes jeg. Vi er dem, der kommer ind ad døren hos de gamle.
I: Tusind tak. Jeg skal nok holde dig til tiden.
`,
  },
  {
    key: 't14',
    area: 'aeldre-og-sundhed',
    band: 'new',
    role: 'Teamleder, hjemmeplejen',
    recruitment: true,
    text: `
I: Du har været teamleder i hvor lang tid?
L: Et år og to måneder. Før det var jeg social- og sundhedsassistent i den samme gruppe i ni år. Så jeg kender alle borgerne, og jeg kender alle kollegerne. Eller, medarbejderne, skal jeg sige nu. (griner) Det har jeg stadig svært ved.
I: Det vil jeg gerne høre mere om. Men først: hvordan kom du til at søge stillingen?
L: [[recruitment-applied|Der blev slået en stilling op internt, da vores teamleder gik på barsel og så valgte ikke at komme tilbage. Og så var der nogle af pigerne, der sagde: du skal søge, du er jo den, der altid ved, hvad der skal gøres.]] [[recruitment-applied|Og min tillidsrepræsentant sagde det samme. Så jeg søgte. Jeg skrev ansøgningen tre gange, fordi jeg ikke vidste, hvad man skriver i sådan en. Jeg havde ikke søgt job i ni år.]]
I: Hvordan var samtalen?
L: [[recruitment-gap|Det var min afdelingsleder og en fra HR og en medarbejderrepræsentant. De spurgte meget om faglighed. Hvordan ville jeg håndtere en borger, der var ved at blive dement, hvordan sikrer man god dokumentation, og så noget om samarbejde.]] [[recruitment-gap|De spurgte ikke om budget. De spurgte ikke om vagtplaner eller om, hvordan jeg ville håndtere en sygemelding. Og det er det, jeg laver hele dagen nu.]]
I: Hvad stod der i stillingsopslaget?
L: [[recruitment-gap|Det var sådan et kort opslag. Der stod, at vi søgte en teamleder med faglig tyngde, overblik og gode samarbejdsevner, og at man skulle kunne lide en travl hverdag. Der stod en linje om, at man havde ansvar for teamets ressourcer.]] [[recruitment-gap|Ressourcer. Jeg troede, det betød, at jeg skulle sørge for, at der var handsker og hjælpemidler. (griner) Det betød budget og timer og vikarer. Jeg har tænkt mange gange, at hvis der havde stået det med rene ord, så havde jeg nok stadig søgt, men jeg havde været bedre forberedt.]]
I: Var der andre ansøgere?
L: Der var en udefra, der havde været leder i en anden kommune. Jeg tror, de valgte mig, fordi jeg kendte borgerne og gruppen. Det sagde de i hvert fald. Og det er jo også en styrke. Men det betød måske også, at de tænkte, at jeg ikke behøvede så meget hjælp.
I: Hvordan var dine første dage?
L: [[recruitment-onboarding|Jeg fik nøglerne til kontoret og et login til planlægningssystemet. Og så sagde min leder, at jeg bare skulle komme til hende, hvis der var noget. Og det var der jo hele tiden. Så efter et par uger følte jeg, at jeg forstyrrede.]] [[recruitment-onboarding|Der var ingen plan for, hvad jeg skulle lære hvornår. Jeg fandt selv ud af, at der var en lederintroduktion i kommunen, og da jeg spurgte, var den fyldt op.]]
I: Tilbage til det med kollegerne. Hvordan har det været?
L: [[need-colleague|Det sværeste, ikk'. Helt klart det sværeste. Jeg har en veninde på holdet, vi har kendt hinanden siden skolen. Og første gang jeg sagde nej til et vagtbytte, hun havde bedt om, så tog hun det personligt. Hun sagde, at det ville jeg aldrig have sagt før.]] [[need-colleague|Og hun har ret. Før ville jeg have sagt: selvfølgelig, det finder vi ud af. Men nu er det mig, der skal sørge for, at der er folk nok på aftenvagten. Det kan hun ikke se.]]
I: Har I talt om det siden?
L: Lidt. Vi har fået det nogenlunde på plads. Men det er ikke det samme. [[need-colleague|Og det er ikke kun hende. Jeg sidder ikke med i pausen længere, eller jo, det gør jeg nogle gange, men så stopper snakken, når de taler om ledelsen, fordi det er mig.]] [[need-colleague|Det er lidt ensomt. Jeg var vant til at være en af dem, og nu er jeg ingen steder. Jeg er ikke rigtig en del af ledergruppen endnu heller.]]
I: Hvad med økonomien? Har du et budget?
L: [[need-finance|Øh, ja, eller, jeg har ansvaret for timerne i mit team. Jeg får at vide, hvor mange timer vi har visiteret, og så skal vi levere det med det personale, vi har. Men jeg forstår ikke, hvordan det bliver til kroner.]] [[need-finance|Min leder siger, at vi bruger for mange vikartimer. Men når tre er syge en mandag, hvad skal jeg så gøre? Jeg kan ikke se i tallene, hvor meget en vikar koster i forhold til en overarbejdstime. Det burde jeg kunne.]]
I: Hvordan ser din dag ud?
L: [[need-operations|Jeg møder kvart i syv, og så er det sygemeldinger og omlægning af ruter. Klokken otte har jeg som regel løst det værste. Så er der opkald fra pårørende, fra sygeplejen, fra visitationen. Så er der dokumentation, der skal tjekkes.]] [[need-operations|Og ind imellem skulle jeg gerne se mine medarbejdere og tale med dem om, hvordan de har det. Men det når jeg ikke. Jeg ser dem i døren, når de henter nøgler.]]
I: Hvordan fungerer samarbejdet med din egen leder?
L: Hun er sød, og hun vil mig det godt. Men hun har fire teamledere og sit eget budget og sine egne møder. [[conditions-sparring|Vi har et møde hver anden uge på en halv time, og der når vi mest driften. Hvem er syg, hvilke borgere er svære. Vi taler aldrig om, hvordan jeg har det som leder.]] Jeg har tænkt på at bede om det. Men jeg vil ikke virke, som om jeg ikke kan klare det.
I: Kører du selv ture?
L: [[conditions-double-role|Ja, når vi mangler folk. En til to gange om ugen, vil jeg tro. Jeg kan jo det faglige, og nogle gange er det nemmere at tage ruten selv end at finde en vikar.]] [[conditions-double-role,need-operations|Men så sidder jeg om aftenen og laver alt det, jeg ikke nåede. Og jeg ved godt, at det ikke er meningen. Min leder har sagt, at jeg skal lade være. Men hvem skal så tage den?]]
I: Er der noget, du synes, du er god til?
L: [[strength-core|Borgerne. Jeg kender dem, og de kender mig. Når der er en borger, der er ved at gå ned, så kan jeg se det på en plejeplan eller høre det på en medarbejder.]] [[strength-core|Og de nye medarbejdere får jeg hurtigt lært, hvordan vi gør det hos os. Det faglige er jeg tryg ved.]]
I: Hvis kommunen skulle gøre det anderledes for den næste, der bliver teamleder, hvad skulle de så gøre?
L: [[recruitment-gap,recruitment-onboarding|Fortælle, hvad jobbet egentlig er. Og give en plan for de første tre måneder: hvornår lærer du budgettet, hvornår lærer du vagtplanen, hvem kan du ringe til.]] [[conditions-sparring|Og give en mentor. En anden teamleder, der har været der i nogle år. Ikke ens egen leder, for hende vil man ikke vise, at man ikke kan finde ud af det.]]
I: Hvad tænker du om lederuddannelse?
L: [[education-practical|Jeg vil meget gerne på GLU. Jeg har spurgt, og jeg kan komme på til efteråret. Men jeg håber, der er noget om det praktiske.]] [[education-practical,need-colleague|Om at være leder for dem, man har været kollega med. Om at holde en sygefraværssamtale. Om at læse de der tal. Ikke bare teori om ledelsesstile.]]
I: Og hvis du skulle pege på én ting?
L: [[need-colleague|At turde være leder. Jeg tror, jeg stadig gerne vil have, at alle kan lide mig. Og det kan man ikke, når man skal træffe beslutninger.]]
I: Det er en vigtig erkendelse. Tak fordi du delte det.
L: Det var rart at sige det højt, faktisk.
`,
  },
  {
    key: 't15',
    area: 'aeldre-og-sundhed',
    band: 'experienced',
    role: 'Leder, plejecenter',
    recruitment: false,
    text: `
I: Fortæl lidt om plejecentret og dig selv.
L: Plejecentret har 48 boliger, heraf 12 på et skærmet afsnit for borgere med demens. Vi er 55 medarbejdere i alt, hvis man tæller nattevagter og køkken med. Jeg er sygeplejerske og har været leder her i seksten år. Før det var jeg afdelingssygeplejerske på et sygehus. Så jeg har været leder i det meste af mit arbejdsliv.
I: Jeg har talt med mange, der synes, økonomien er svær. Hvordan har du det med den?
L: [[strength-finance|Jeg er faktisk glad for den. (griner) Jeg har lært det på den hårde måde. Da jeg startede, havde centret et underskud, og jeg brugte det første år på at forstå, hvor pengene gik hen. Jeg har mit eget regneark, hvor jeg følger lønkronerne uge for uge.]] [[strength-finance|Jeg ved, hvad en vikarvagt koster, og hvad en nattevagt koster, og jeg kan se det, hvis vi er på vej over. Og jeg bruger nøgletallene, når jeg skal argumentere opad.]]
I: Og den politiske side?
L: [[strength-politics|Jeg har et godt forhold til ældrerådet og til formanden for socialudvalget. De kommer her, og jeg inviterer dem. Jeg tror på, at hvis de ser, hvordan hverdagen er, så træffer de bedre beslutninger.]] [[strength-politics|Det har jeg lært: man skal ikke vente på, at de spørger. Man skal vise dem det. Men altid med min chef orienteret. Det er en balance.]]
I: Hvad er så det svære?
L: [[need-operations|Dokumentationen. Kravene stiger hvert år. Vi skal dokumentere alt, fordi der kommer tilsyn, og fordi der er sager i medierne. Og det er jo godt, at vi dokumenterer. Men mine medarbejdere bruger en time om dagen foran skærmen, som de ikke bruger hos beboerne.]] [[need-operations|Og jeg bruger selv mine eftermiddage på at tjekke dokumentation før tilsynsbesøget. Det er ikke ledelse. Det er kontrol.]]
I: Hvordan var det sidste tilsyn?
L: Vi fik en anmærkning om medicinhåndtering. En lille ting, men den kom i avisen. [[strength-communication|Jeg tog det op på et personalemøde samme uge, og vi gennemgik procedurerne sammen. Jeg lagde vægt på, at det var et fælles ansvar og ikke en enkelt persons fejl.]]
I: Har I fået nye systemer?
L: [[need-operations|Det nye omsorgssystem kom sidste år. Vi fik to dages oplæring, og så skulle vi bare bruge det. Det tog os et halvt år at komme op i tempo, og imens skulle driften køre. Jeg bad om ekstra timer til superbrugere og fik nej.]] [[need-organisation|Beslutningen var taget centralt, og jeg ved ikke, hvem der havde vurderet, hvad det ville koste os i tid. Vi blev bare informeret.]]
I: Hvad med personalet? Hvordan er det at rekruttere?
L: [[need-people|Det er det, der holder mig vågen om natten. Vi har tre ledige stillinger som social- og sundhedsassistent, og der kommer næsten ingen ansøgere. Nattevagterne er de sværeste. Vi kører med vikarer på halvdelen af nætterne.]] [[need-people|Og de unge, vi får, bliver et år eller to, og så går de videre til sygehuset eller læser videre. Jeg ved ikke, hvordan jeg skal holde på dem. Vi har prøvet mentorordning, og vi har prøvet fleksible vagter. Det hjælper lidt.]]
I: Hvad ville du gerne kunne?
L: [[need-people|Jeg vil gerne blive bedre til at se, hvad der får folk til at blive. Vi laver trivselsmåling hvert andet år, men den giver tal og ikke svar.]] Det er noget med fællesskab, tror jeg. Og med at have indflydelse på sin egen hverdag.
I: Du har været leder i seksten år. Hvordan har jobbet ændret sig?
L: [[need-organisation|Strukturen er blevet mere kompliceret. Da jeg startede, havde jeg én chef og et budget. Nu har jeg en chef, en områdechef, en kvalitetsafdeling, en uddannelseskoordinator og et velfærdsteknologisk team, der alle vil noget med os.]] [[need-organisation|Og sygehuset udskriver hurtigere. Vi får beboere ind, der er meget dårligere end før, og jeg skal samarbejde med akutteam, praktiserende læger og sygehus. Jeg har svært ved at se, hvem der har ansvaret for hvad i hele den kæde.]]
I: Hvordan arbejder I med værdier?
L: [[strength-goals|Kommunen har en værdighedspolitik, og vi har taget den og lavet den om til fem konkrete ting, som vi gør her. Eksempelvis at beboerne selv vælger, hvornår de vil i bad, så vidt det er muligt.]] [[strength-goals,strength-core|Det har medarbejderne været med til at bestemme. Og det er det, de er stolte af, når de fortæller om deres arbejde.]]
I: Hvordan blev du leder her i sin tid?
L: [[recruitment-applied|Jeg søgte stillingen, da jeg havde været afdelingssygeplejerske i fem år og savnede at være tættere på borgerne. Det var et almindeligt opslag med to samtaler.]] [[recruitment-gap|Jeg var ikke forberedt på, hvor forskelligt det kommunale er. Jeg troede, at ledelse var ledelse. Det er det ikke helt. Men jeg havde den fordel, at jeg havde prøvet at være leder før.]]
I: Hvordan bruger du din tid i dag?
L: [[strength-operations|Jeg har fået lagt driften ud til to koordinerende assistenter, som laver vagtplan og tager sygemeldingerne om morgenen. Det var den bedste beslutning, jeg har truffet. Så kan jeg bruge formiddagene på at gå rundt.]] [[strength-people|Jeg går en runde hver dag, ikke for at kontrollere, men for at se folk og høre, hvad der rører sig. Mange af de svære ting bliver løst på gangen, før de bliver til sager.]]
I: Hvad med de pårørende?
L: [[strength-communication|De fylder meget, og de skal fylde. Vi holder pårørendemøder to gange om året, og jeg har en fast telefontid. Når der er en klage, ringer jeg selv op samme dag. Det meste kan løses med en ordentlig samtale, hvor man lytter først.]]
I: Hvad med lederuddannelse for dig?
L: [[education-diploma|Jeg har en diplomuddannelse i ledelse. Den var god for mig, men jeg var også klar til den. Jeg tror ikke, den passer til alle ledere i ældreplejen, og HR presser lidt for meget på.]] [[education-practical|Mine teamkoordinatorer ville have meget mere ud af noget kort og praktisk, hvor de kan tage deres egne problemer med.]]
I: Er der noget, du selv savner?
L: [[conditions-sparring|Sparring med andre plejecenterledere. Vi mødes i et netværk, men det er blevet til et informationsmøde. Jeg savner det rum, hvor man kan sige: jeg ved ikke, hvad jeg skal gøre.]]
I: Mange tak for din tid.
L: Det var så lidt. Jeg håber, I får nogle gode resultater.
`,
  },
  {
    key: 't16',
    area: 'aeldre-og-sundhed',
    band: 'new',
    role: 'Gruppeleder, nattevagten, plejecenter',
    recruitment: false,
    text: `
I: Du er gruppeleder for natholdet. Hvor længe har du været det?
L: Elleve måneder.
I: Og før det?
L: Nattevagt. Social- og sundhedsassistent. I seks år her på centret.
I: Hvor mange er I på natholdet?
L: Ni faste. Og så vikarer. Vi er tre på arbejde hver nat, fire når vi er heldige.
I: Hvordan blev du gruppeleder?
L: [[recruitment-asked,recruitment-internal|Lederen spurgte. Der var ikke andre, der ville. Nattevagter vil ikke være ledere, det er derfor, de er nattevagter. (griner lidt)]] Jeg sagde ja, fordi jeg tænkte, at natten skulle have en stemme.
I: Har natten fået en stemme?
L: [[conditions-alone|Nej. Ikke rigtig. Ledermøderne er om dagen, klokken ti om formiddagen. Der sover jeg. Jeg er kommet to gange. Så har jeg været vågen i tyve timer.]] [[need-organisation|Så jeg hører om beslutningerne bagefter. På mail, eller når dagvagten fortæller det. Jeg ved ikke, hvem der har besluttet hvad. Jeg kender ikke rigtig den organisation, der er om dagen.]]
I: Kan du give et eksempel?
L: [[need-organisation|De har lavet om på, hvordan vi bestiller medicin. Det var besluttet i en arbejdsgruppe, som jeg ikke vidste fandtes. Så kom der en ny procedure i systemet en mandag, og om natten vidste ingen af os, hvordan den fungerede.]] Vi ringede til vagtlægen. Det var ikke nødvendigt, viste det sig.
I: Hvordan er det at være leder for dem, du har arbejdet sammen med?
L: Svært. Øh.
I: Vil du sige lidt mere?
L: [[need-colleague|Vi er et lille hold. Vi har siddet sammen om natten i seks år og snakket om alt. Børn, mænd, skilsmisser. Nu skal jeg lave vagtplanen for dem og sige nej til ferie.]] [[need-colleague|Og så skal jeg tale med en af dem, fordi der har været klager fra dagvagten over hende. Hun er min bedste kollega. Jeg har udsat det i tre uger.]]
I: Hvad er det, dagvagten klager over?
L: [[need-communication|At nattevagten ikke får vendt beboerne, og at dokumentationen ikke er lavet om morgenen. Og vi synes, dagvagten efterlader for meget til os om aftenen. Det er en gammel konflikt. Den var der, før jeg blev gruppeleder.]] [[need-communication|Men nu er det mig, der skal løse den. Og jeg ved ikke hvordan. Jeg taler med dagvagtens gruppeleder, og vi bliver enige, og så sker der ikke noget.]]
I: Hvad sker der på en nat, hvor nogen melder sig syg?
L: [[need-operations|Så ringer de til mig klokken ti om aftenen. Og så skal jeg finde en vikar. Vikarbureauet har sjældent nogen med så kort varsel. Så ringer jeg rundt til mine egne. Eller jeg tager den selv.]] [[need-operations,conditions-double-role|Jeg har taget mange vagter selv. For mange. Jeg har i forvejen fire nætter om ugen.]]
I: Ved du, hvad det koster, når I tager en vikar?
L: [[need-finance|Nej. Det har jeg ikke fået at vide. Jeg ved, at det er dyrt. Lederen siger, at vi skal passe på. Men jeg ser aldrig et budget. Jeg ved ikke, om vi er over eller under.]] [[need-finance|Hvis jeg vidste, hvad en vikarnat kostede i forhold til en overarbejdsnat, kunne jeg tage bedre beslutninger. Eller i hvert fald forklare, hvorfor jeg tog dem.]]
I: Har du holdt medarbejderudviklingssamtaler med natholdet?
L: [[need-people|Nej. Øh, ikke endnu. Det skulle jeg have gjort i efteråret. Lederen sagde, at jeg skulle holde dem, og jeg fik et skema. Men hvornår? Om natten, når vi er tre på arbejde? Eller skal de komme ind på deres fridag?]] Jeg har skubbet dem. Jeg ved godt, at jeg skal.
I: Hvordan har du det selv med at arbejde om natten og lede?
L: [[conditions-time|Det er hårdt. Jeg sover dårligt, når der er noget, jeg skal løse. Jeg ligger om eftermiddagen og tænker på vagtplanen.]] Min mand siger, at jeg er blevet mere stille. Det er nok rigtigt.
I: Hvad med den seneste APV?
L: [[need-organisation|Den viste, at natholdet føler sig glemt. Det vidste vi godt. Men der kom ikke noget ud af den. Den blev drøftet i et MED-udvalg, jeg ikke er med i. Jeg ved faktisk ikke, hvem der sidder i det.]]
I: Hvad ville du sige til en ny gruppeleder om natten?
L: At hun skal sige sin mening til dagvagten fra starten. Og at hun skal bede om at få lagt ledermøderne om eftermiddagen. Det gjorde jeg ikke. Jeg ville ikke være besværlig.
I: Hvad er du god til som gruppeleder?
L: [[strength-core|Natten. Jeg ved, hvordan en nat skal køre. Jeg ved, hvad man gør, når en beboer er døende, og familien sidder der. Det har jeg prøvet mange gange.]] [[strength-core|Og jeg er rolig. Når der er en akut situation klokken tre, er jeg den, de ringer til.]]
I: Hvad er det bedste ved natten, set fra din stol?
L: At vi er et hold. Vi hjælper hinanden, fordi der ikke er andre at ringe til. Og at der er ro til at sidde hos en beboer, der ikke kan sove. Om dagen er der aldrig tid til det. Jeg har tit tænkt, at natten er der, hvor plejen er bedst, men det er der ingen, der ser.
I: Har du nogen at tale med om ledelse?
L: [[conditions-alone|Nej. Lederen, men hun er der om dagen. Jeg sender hende mails. Hun svarer, men det er ikke det samme.]] [[conditions-sparring|Jeg ville gerne møde andre, der leder om natten. Jeg ved, at der er nogle på de andre centre. Jeg kender dem ikke.]]
I: Hvad ville hjælpe dig mest?
L: [[education-practical|Et kursus, der ikke ligger om morgenen efter en nattevagt. (griner) Og som handler om at lede sine venner.]] [[need-colleague,education-practical|Hvordan man tager den samtale, jeg har udsat. Hvad man siger. Hvad man gør, hvis hun bliver ked af det.]]
I: Er der andet?
L: [[need-organisation|At natten bliver taget med, når de beslutter noget. Vi er en tredjedel af døgnet. Vi er ikke med i noget.]]
I: Det tager jeg med. Tak fordi du tog dig tid, på din fridag.
L: Det er i orden. Jeg sover om eftermiddagen.
`,
  },
  {
    key: 't17',
    area: 'aeldre-og-sundhed',
    band: 'experienced',
    role: 'Afdelingsleder, hjemmesygeplejen',
    recruitment: false,
    text: `
I: Kan du beskrive din afdeling?
L: Ja. Jeg er afdelingsleder for den udekørende sygepleje i den nordlige del af kommunen. Vi er 24 sygeplejersker og to social- og sundhedsassistenter, og vi dækker døgnet med et aftenhold og et nathold. Jeg har været leder i syv år. Jeg er selv sygeplejerske, og jeg har en master i sundhedsfaglig ledelse, som jeg tog for fire år siden.
I: Hvad er de største udfordringer, som du ser det?
L: [[need-organisation|Sammenhængen. Vi er et led i en lang kæde: sygehuset, den praktiserende læge, visitationen, hjemmeplejen, træningen, os. Og hvert led har sin egen ledelse, sit eget budget og sit eget it-system.]] [[need-organisation|Jeg bruger forholdsvis meget tid på at forstå, hvordan de andre led fungerer. Hvem beslutter, at en borger skal hjem fra sygehuset på en fredag? Hvem har ansvaret, hvis medicinen ikke er fulgt med? Det er ikke beskrevet nogen steder, så vi løser det fra sag til sag.]]
I: Har du et konkret eksempel?
L: [[need-organisation|Sidste måned blev en ældre mand udskrevet en fredag klokken fire uden medicin og uden en plan for sårpleje. Sygehuset mente, at det var sendt elektronisk. Lægen var gået på weekend. Visitationen havde ikke fået besked.]] Min sygeplejerske stod i hans køkken klokken syv om aftenen og ringede rundt. Hun fik det løst, fordi hun er dygtig. [[need-organisation|Men da jeg bagefter prøvede at finde ud af, hvor det gik galt, var der ingen, der havde ansvaret for overgangen. Alle havde gjort deres del.]]
I: Hvad gør det ved din ledelse?
L: [[need-organisation|Det betyder, at mine sygeplejersker ofte står alene med problemerne ude hos borgeren. De ringer til mig, og jeg ringer rundt, og nogle gange finder jeg ikke ud af, hvem jeg skal have fat i. Det er frustrerende for dem og for mig.]]
I: Har du et billede af, hvad der skulle til?
L: [[need-organisation|En fælles ledelse af forløbene, måske. Eller bare at lederne i de forskellige led kendte hinanden. Jeg har aldrig mødt lederen af visitationen, selv om vi har arbejdet sammen i syv år. Det er tankevækkende, når jeg siger det.]]
I: Og økonomien?
L: [[need-finance|Vi har et lønbudget og et driftsbudget, og jeg har styr på forbruget i grove træk. Men jeg mangler nøgletal, der siger noget om aktiviteten. Hvor mange besøg, hvor lang tid, hvad koster et forløb.]] [[need-finance|Når direktionen spørger, hvorfor sygeplejen vokser, kan jeg svare fagligt: borgerne er dårligere, udskrivelserne er hurtigere. Men jeg kan ikke vise det i kroner. Og så taber vi i budgetforhandlingerne.]]
I: Hvordan bliver jeres budget til?
L: [[need-finance|Ærligt talt – hvad skal man sige – ved jeg det ikke helt. Det er fremskrevet fra sidste år med en pris- og lønregulering og så en besparelse. Der er ingen sammenhæng mellem, hvad vi laver, og hvad vi får. Jeg ville gerne forstå den kommunale budgetproces bedre, så jeg vidste, hvornår man kan påvirke den.]]
I: Mærker du det politiske?
L: [[need-politics|Mere og mere, vil jeg sige. Der er en national dagsorden om det nære sundhedsvæsen, og kommunen har lavet en sundhedspolitik, der siger, at vi skal løfte mere. Det er fine ord. Men når jeg spørger, hvad det betyder for ressourcerne, er der ingen svar.]] [[need-politics|Og jeg ved ikke, hvor mit ledelsesrum er. Kan jeg sige, at vi ikke tager flere opgaver, før vi får flere hænder? Eller er det illoyalt? Jeg har ikke lært at læse, hvornår man kan presse på, og hvornår man skal tie.]]
I: Hvor ligger dine styrker som leder?
L: [[strength-core|Fagligheden. Jeg er en dygtig sygeplejerske, og jeg kan sparre fagligt med mine folk om komplekse borgere. Det giver respekt, og det giver tryghed.]] [[strength-goals|Og så holder jeg fast i kerneopgaven. Vi har lavet en fælles forståelse af, hvad vi er her for, og vi bruger den, når vi skal prioritere.]]
I: Hvordan bruger I den konkret?
L: [[strength-goals|Når vi har for mange besøg på en dag, og vi skal vælge, så spørger vi: hvor gør vores faglighed den største forskel? Det er ikke altid det, der står øverst på listen. Medarbejderne har lært at bruge det spørgsmål selv.]]
I: Hvordan har dine medarbejdere det?
L: [[strength-people|Godt, faktisk, på trods af presset. Vi har et lavt sygefravær, og vi har ikke svært ved at rekruttere. Jeg tror, det handler om, at de har stor faglig frihed, og at jeg bakker dem op, når de træffer en beslutning ude hos en borger.]] [[strength-people|Jeg holder MUS med alle hvert år, og jeg bruger dem til at tale om, hvad den enkelte gerne vil udvikle sig i. Flere er blevet specialister i sår eller diabetes på den måde.]]
I: Hvordan er det med sparring for dig?
L: [[strength-development|Jeg har et netværk fra masteruddannelsen, som jeg mødes med hver anden måned. Det er guld værd. Vi tager hinandens sager op.]] [[conditions-sparring|Men det er ledere fra sygehuse og andre kommuner. I min egen kommune har jeg ikke et tilsvarende rum.]]
I: Du har en master. Hvad mangler du så i din uddannelse?
L: [[education-diploma|Masteren var meget akademisk. Den gav mig sprog for ledelse. Men den gav mig ikke noget om kommunens økonomi eller politiske spil. Det var sygehusorienteret.]] [[education-practical,need-finance|Hvis jeg skulle noget nu, skulle det være kort og konkret om kommunal økonomi og om, hvordan man argumenterer over for et udvalg. Sammen med andre kommunale ledere.]]
I: Hvad med de forandringer, der kommer, for eksempel ny teknologi?
L: [[strength-operations|Vi har indført skærmbesøg til en del af borgerne i løbet af det sidste år. Jeg brugte lang tid på at inddrage sygeplejerskerne, før vi gik i gang, og vi startede med en lille gruppe, der selv meldte sig. Det har gjort, at modstanden har været lille.]] Det er ikke, fordi jeg er imod forandringer. Jeg er imod forandringer, der kommer uden tid til at gøre dem ordentligt.
I: Tid. Hvordan er din arbejdsuge?
L: [[conditions-time|Jeg arbejder nok 45 timer i gennemsnit. Det er ikke voldsomt, men det er mere, end jeg er ansat til.]] [[strength-operations|Jeg har en dygtig planlægger, og vi har fået styr på driften, så jeg ikke skal løse vagtproblemer hver morgen. Det har taget mig fem år.]]
I: Tak for en meget reflekteret samtale.
L: Tak. Det var godt at blive spurgt.
`,
  },
  {
    key: 't18',
    area: 'aeldre-og-sundhed',
    band: 'experienced',
    role: 'Teamleder, rehabiliteringsteamet',
    recruitment: true,
    text: `
I: Du er fysioterapeut og kom fra sygehuset. Kan du fortælle om, hvordan du endte her?
L: Ja. Jeg var på sygehuset i elleve år, de sidste tre som koordinerende fysioterapeut. Og så så jeg opslaget her for tre år siden: teamleder for et nyt rehabiliteringsteam, der skulle arbejde med hverdagsrehabilitering i hjemmeplejen. Det lød spændende. Og jeg var klar til at prøve at være leder rigtigt.
I: Hvordan var ansættelsesforløbet?
L: [[recruitment-applied|Grundigt. Der var to samtaler, en case og en personprofil. Ansættelsesudvalget var stort: områdelederen, en fra HR, to medarbejderrepræsentanter og en fra ældrerådet, faktisk.]] [[recruitment-applied|I casen skulle jeg lave en plan for, hvordan jeg ville starte teamet op. Jeg brugte en hel weekend på den. Den handlede om faglige metoder og om at få hjemmeplejen med.]]
I: Hvordan passede casen med det, jobbet blev?
L: [[recruitment-gap|Den passede med det faglige. Men ikke med resten. Jeg vidste ikke noget om, hvordan en kommune hænger sammen. Jeg vidste ikke, hvad en kvalitetsstandard var. Jeg vidste ikke, at visitationen var en myndighed, der træffer afgørelser efter serviceloven.]] [[recruitment-gap|Og ingen i ansættelsesudvalget spurgte om det, fordi de nok tog det for givet. På sygehuset er det helt anderledes. Der er ingen byråd, der beslutter, hvordan en knæoperation skal foregå.]]
I: Fik du en introduktion?
L: [[recruitment-onboarding|Det var lovet. I kontrakten stod der et introduktionsforløb på tre måneder med en mentor. Men min områdeleder blev syg den anden uge, og der var ingen, der overtog planen.]] [[recruitment-onboarding,conditions-alone|Så jeg startede et nyt team op uden at kende organisationen og uden en chef i fire måneder. Det var ret ensomt.]]
I: Hvordan fandt du ud af tingene?
L: [[need-organisation|Altså, ved at spørge og ved at træde forkert. Jeg ringede til visitationen og bad dem om at ændre en borgers afgørelse, fordi hun var blevet bedre. Og så fik jeg at vide, ret tydeligt, at det var deres afgørelse og ikke min.]] [[need-organisation|Jeg forstår det nu. Men det tog et år, før jeg havde et kort over, hvem der beslutter hvad. Og kortet ændrer sig hele tiden, fordi der bliver omorganiseret.]]
I: Hvad med MED og den slags?
L: [[need-organisation|Det var også nyt. På sygehuset havde vi et samarbejdsudvalg, men jeg havde aldrig været med. Her blev jeg bedt om at lave en APV for teamet i mit første halvår, og jeg vidste ikke, hvad det indebar, eller hvem der skulle med.]] Jeg fik hjælp af arbejdsmiljørepræsentanten i hjemmeplejen. Hun var fantastisk. Det var hende, der lærte mig, hvordan MED-systemet fungerer her.
I: Hvordan er teamet sammensat?
L: Vi er otte: fire fysioterapeuter, tre ergoterapeuter og en social- og sundhedsassistent, som er vores bindeled til hjemmeplejen. [[strength-people|Jeg har selv ansat dem alle, og jeg har lagt vægt på, at de både er fagligt stærke og gode til at samarbejde. Det har været min bedste investering.]]
I: Mærker du politikerne?
L: [[need-politics|Ja, på en måde, jeg ikke havde forudset. Rehabilitering er politisk populært, fordi det både er godt for borgerne og sparer penge på længere sigt. Så der er forventninger fra byrådet om, at vi leverer en besparelse.]] [[need-politics|Men besparelsen var regnet ud, før teamet fandtes. Og når vi ikke rammer den, bliver det et punkt på udvalgsmødet. Jeg skulle skrive et notat om, hvorfor vi ikke havde nået den. Jeg havde aldrig skrevet til et udvalg, og jeg vidste ikke, hvad de ville vide.]]
I: Hvad skete der?
L: Min chef hjalp mig. Vi skrev det om tre gange. [[need-politics|Det, der overraskede mig, var, at hun strøg alt det faglige og skrev om, hvor mange borgere der var blevet selvhjulpne. Det var ikke det, jeg syntes var det vigtige. Men det var det, politikerne kunne bruge.]]
I: Og økonomien?
L: [[need-finance|Jeg har et budget for teamet, mest løn. Det kan jeg følge. Men besparelsen, som vi skal levere, ligger et andet sted, i hjemmeplejens budget. Så vi sparer penge, som vi ikke kan se.]] [[need-finance|Jeg har bedt om at få en model, hvor vi kan følge, hvad rehabiliteringen sparer. Men ingen har kunnet lave den. Og jeg ved ikke selv, hvordan man bygger sådan en.]]
I: Hvordan går samarbejdet med hjemmeplejen?
L: [[need-communication|Det er blevet bedre, men det har været svært. Nogle i hjemmeplejen oplevede, at vi kom ind og fortalte dem, at de gjorde tingene forkert. At de hjalp borgerne for meget.]] [[need-communication|Der var et personalemøde, hvor en social- og sundhedshjælper sagde: I kommer her med jeres elastikker og går igen, og vi står med borgeren. Og hun havde en pointe. Jeg havde ikke været god nok til at lytte i starten.]]
I: Hvad har du gjort siden?
L: [[strength-communication|Vi har lavet fælles sparring hver fjortende dag mellem terapeuterne og hjemmeplejens medarbejdere om konkrete borgere. Det har flyttet meget. Nu ringer de til os.]]
I: Hvad er din største styrke?
L: [[strength-core|Fagligheden. Jeg ved, hvad rehabilitering kan, og jeg kan lære det fra mig. Det er et fagligt stærkt team, vi har bygget.]] [[strength-goals|Og vi har en fælles idé om, hvad vi vil. Det har jeg brugt meget tid på. Det er det, der bærer os, når det bliver svært.]]
I: Hvis kommunen skulle ansætte en som dig igen, hvad skulle de så gøre?
L: [[recruitment-gap,recruitment-onboarding|Være klar over, at en fra sygehuset ikke kender kommunen. Og så skal introduktionen ikke afhænge af én person.]] [[education-practical|Et kursus om kommunen som politisk organisation, med økonomi og beslutningsgange. Det ville jeg have taget den første måned, hvis det fandtes.]]
I: Har du taget lederuddannelse siden?
L: [[education-after-glu|Jeg har taget GLU her i kommunen. Den var god til det med teams og kommunikation. Men den var generel.]] [[education-after-glu,need-politics|Der mangler et modul bagefter, der handler om at være leder i det offentlige. Om politikerne, om økonomien, om at skrive et notat, der bliver brugt.]]
I: Tak for samtalen. Den var meget brugbar.
L: Velbekomme. Det var godt at tænke tilbage.
`,
  },
];
