/** Demo interviews t19–t24: leaders in elderly care. Fictitious; see demo-transcript.ts for the format. */
import type { DemoTranscript } from './demo-transcript.js';

export const AELDRE_2: readonly DemoTranscript[] = [
  {
    key: 't19',
    area: 'aeldre-og-sundhed',
    band: 'new',
    role: 'Teamleder, plejecenter',
    recruitment: false,
    text: `
I: Du har været teamleder i ti måneder, har jeg forstået. Hvordan går det?
L: (griner) Det kommer an på, hvilken dag du spørger. I dag går det fint. I sidste uge ville jeg have sagt noget andet. Jeg er teamleder for afdeling to på [Sted 1], vi har 16 beboere og 22 medarbejdere. Før det var jeg social- og sundhedsassistent på afdelingen i syv år.
I: Hvordan blev du teamleder?
L: [[recruitment-internal|Stillingen blev slået op, og jeg søgte, fordi jeg havde været souschef-agtig i et stykke tid uden at hedde det. Jeg lagde allerede vagtplanen og tog mig af de nye. Så det var et naturligt skridt, tænkte jeg.]] Og det var det også. Men det var også noget helt andet, end jeg troede.
I: Hvad var anderledes?
L: [[need-colleague|At de andre så mig anderledes fra dag ét. Det havde jeg ikke regnet med. Jeg var jo den samme. Men den første måned hørte jeg, at nogen havde sagt, at nu var jeg blevet en af dem på kontoret.]] [[need-colleague|Det gjorde ondt, det … (pause) undskyld. Det gør det stadig. Jeg har arbejdet sammen med dem i syv år, vi har taget nattevagter sammen og grint og grædt sammen, når en beboer døde. Og nu er jeg en af dem på kontoret.]]
I: Er der en situation, der har været særlig svær?
L: [[need-colleague,need-people|Ja. En af mine tætteste kolleger, [Person 1], blev sygemeldt med stress i efteråret. Og efter fire uger skulle jeg holde en sygefraværssamtale med hende. Det står i retningslinjerne.]] [[need-colleague|Jeg sad med hende ved køkkenbordet hjemme hos hende, fordi hun ikke kunne overskue at komme på arbejde. Og hun sagde: er du her som [Person 2] eller som min leder? Og jeg vidste det ikke. Jeg sagde, at jeg var begge dele. Det var nok det ærligste, jeg kunne sige.]]
I: Hvordan gik det med hende?
L: Hun er tilbage på nedsat tid. Vi har det godt nok. Men der er noget, der er forandret, og det tror jeg ikke kommer igen. Jeg ved ikke, om jeg kunne have gjort det anderledes. [[conditions-sparring|Jeg ville ønske, jeg havde haft nogen at spørge på forhånd. Jeg ringede til min makker, som er teamleder på afdeling fire, aftenen før. Hun sagde: bare vær dig selv. Det hjalp ikke så meget.]] (griner)
I: Hvordan ser en almindelig dag ud for dig?
L: [[need-operations|Øh, den starter med telefonen. Hvem er syg, hvem skal dække ind. Vi har ikke en vikarpulje, så jeg ringer til de faste, der har fri, og spørger, om de vil tage en ekstra vagt. Det er de trætte af. Jeg er også træt af at spørge.]] [[need-operations|Så er der vagtplanen for de næste fire uger, som skal være færdig, og den laver jeg i et program, som jeg stadig ikke helt kan finde ud af. Jeg laver den på papir først og taster den ind bagefter. Det tager mig to dage.]]
I: Er der tid til andet?
L: [[need-operations,conditions-time|Ikke meget. Jeg skulle have holdt MUS i januar, og jeg har holdt tre ud af toogtyve. Og personalemødet blev aflyst i sidste måned, fordi vi var for få på arbejde.]] [[conditions-double-role|Og så er jeg ude på gulvet, når vi mangler folk. Hvilket vil sige næsten hver dag en time eller to. Jeg kan ikke lade være, når jeg kan se, at de løber.]]
I: Hvad med konflikter i gruppen?
L: [[need-communication|Der er en konflikt lige nu mellem to af de erfarne om, hvem der tager de tunge beboere. Den ene mener, at den anden altid sørger for at få de lette. Det er sikkert rigtigt.]] [[need-communication|Men jeg ved ikke, hvordan jeg skal tage det op uden at det bliver værre. Jeg har prøvet at lave en fordeling på tavlen, men så begyndte de at tælle. Nu taler de ikke sammen i pauserne.]]
I: Og de pårørende?
L: [[need-communication|Der er en søn, der kommer hver søndag og råber. Om at hans mor ikke har fået sine strømper på. Om at maden er kold. Han har skrevet til centerlederen to gange.]] [[strength-core|Jeg ved fagligt, at vi passer hans mor godt. Hun har det godt, hun spiser, hun har ingen tryksår. Det kan jeg dokumentere.]] [[need-communication|Men jeg ved ikke, hvordan jeg skal tale med ham, så han lytter. Jeg bliver selv vred, og så går det galt.]]
I: Har du et budget?
L: [[need-finance|Ja. Det er en fil, jeg har fået. (griner) Jeg har ikke åbnet den, hvis jeg skal være ærlig. Eller, jeg har åbnet den, men jeg kunne ikke finde hoved og hale i den, så jeg lukkede den igen.]] [[need-finance|Centerlederen siger, at vi er over på vikarer og overarbejde. Men hvad er vi over i forhold til? Hvad var budgettet bygget på? Jeg aner det ikke. Det er ikke noget, jeg har lært. Jeg har lært at vende en beboer og at lægge en sonde.]]
I: Hvad ville hjælpe?
L: [[need-finance,education-practical|At nogen satte sig ned med mig og min fil og forklarede den linje for linje. Ikke et kursus i økonomi. Min økonomi.]]
I: Og hvor føler du dig stærk?
L: [[strength-core|Plejen. Jeg er god til beboerne, og jeg er god til at se, når noget er galt. Jeg kan lære de nye op, og de kommer til mig, når de er i tvivl.]] [[strength-people|Og jeg tror, at jeg er god til at se, når en medarbejder har det svært. Jeg kan se det på dem, før de siger noget. Det har jeg altid kunnet.]]
I: Er du kommet på nogen form for lederkursus endnu?
L: Nej. Jeg har fået at vide, at jeg kan komme på GLU næste forår. Jeg glæder mig og er også lidt nervøs. [[education-practical|Jeg håber, det er noget, man kan bruge. Jeg er ikke god til bøger, jeg er god til at prøve ting af.]] [[education-practical,need-colleague|Hvis der var et kursus om at være ny leder i sin egen gruppe, med andre, der er i samme situation, så ville jeg gå med det samme.]]
I: Er der noget, du gerne vil sige til sidst?
L: [[need-colleague|Bare at jeg ikke fortryder. Men jeg ville ønske, nogen havde sagt til mig, at det første år er det sværeste, og at det er normalt at have det sådan.]] Det havde gjort det lidt lettere.
I: Tak fordi du var så åben.
`,
  },
  {
    key: 't20',
    area: 'aeldre-og-sundhed',
    band: 'experienced',
    role: 'Afdelingsleder, hjemmeplejen, aften og nat',
    recruitment: false,
    text: `
I: Du leder hjemmeplejen om aftenen og natten. Hvad indebærer det?
L: Det indebærer, at jeg har 38 medarbejdere, der arbejder, mens alle andre sover. (griner) Vi kører fra klokken tre om eftermiddagen til syv om morgenen i hele kommunen. Fire biler om aftenen, to om natten. Jeg har været leder i elleve år og nattevagt i ni år før det. Så jeg har set det meste.
I: Hvordan har jobbet ændret sig på de elleve år?
L: [[need-operations|Det er blevet tungere. Borgerne er dårligere, de kommer hurtigere hjem fra sygehuset, og der er flere med demens, der bor alene. Om natten er det os, der opdager det, når det går galt.]] [[need-operations|Og så er der kommet alt det andet. Tidsregistrering på telefonen, dokumentation i to systemer, kvalitetsmålinger. Mine folk bruger en halv time per vagt på en telefon. Det er en halv time, hvor de ikke er hos borgerne.]]
I: Hvad fylder mest for dig som leder?
L: [[need-operations|Bemanding. Det er det hele, ikke? Hvis der mangler en på natten, er der én bil, der kører alene, og det er hele kommunen. Så jeg bruger det meste af min tid på at sikre, at vagterne er dækket.]] [[need-operations,conditions-time|Jeg har den sidste vagttelefon i weekenderne hver anden uge. Det vil sige, at jeg aldrig rigtig har fri. Min mand har vænnet sig til det. Det har jeg ikke.]]
I: Kan du fortælle om en nat, hvor det gik galt?
L: Ja, der er en fra i vinter, som jeg stadig tænker på. Vi var to biler på natten, og den ene fik en punktering ude på en grusvej ved [Sted 1] klokken et. Samtidig trykkede en borger på nødkaldet, fordi hun var faldet ud af sengen. [[need-operations|Der gik to timer, før vi var der. To timer, hvor hun lå på gulvet. Der var ikke mere at gøre med to biler og en punktering, men det hjælper ikke hende.]] [[strength-core|Min medarbejder, der fandt hende, gjorde alt rigtigt. Hun fik hende varmet op, ringede til vagtlægen og blev hos hende, til ambulancen kom. Jeg var stolt af hende.]]
I: Hvad skete der bagefter?
L: [[need-politics|Datteren klagede til byrådet, og så skulle jeg skrive en redegørelse. Den gik tre runder hos min chef og én hos direktøren. Jeg skrev det, som det var: at der er to biler om natten i hele kommunen. Den sætning blev strøget.]] Jeg ved godt hvorfor. Men det var jo sandheden.
I: Hvordan er det med økonomien?
L: [[need-finance|Vi er altid over på vikarer. Altid. Og ingen kan fortælle mig, hvad budgettet egentlig bygger på. Jeg har spurgt tre controllere i træk. Den ene sagde, at det var en normering fra 2009, som var fremskrevet. Fra 2009! Vi havde halvt så mange borgere om natten dengang.]] [[need-finance|Så jeg skriver i hver budgetopfølgning, at merforbruget skyldes flere borgere. Og hver gang får jeg at vide, at jeg skal finde pengene. Jeg ved ikke, hvordan man får ændret selve budgettet. Det er nok det, jeg burde kunne.]]
I: Hvem kunne hjælpe dig med det?
L: [[need-finance,need-organisation|Det er det, jeg ikke ved. Er det min chef? Økonomiafdelingen? Skal det op i udvalget? Jeg har aldrig fået forklaret, hvordan man får ændret et budget, og ikke bare overholdt det.]]
I: Mærker du politikerne?
L: (griner) [[need-politics|Ældrepuljen. Det var sådan en ting. For et par år siden fik vi penge fra staten, som skulle bruges på at løfte ældreplejen. Men pengene kom i september og skulle være brugt inden nytår. Ellers skulle de tilbage.]] [[need-politics,need-finance|Så vi brugte dem på det, man kunne nå at købe. Ikke på det, vi havde brug for, som var flere hænder om natten. Jeg forstår stadig ikke, hvordan den slags bliver besluttet, og hvorfor ingen spørger os, der skal bruge pengene.]]
I: Hvad med værdighedspolitikken?
L: [[need-goals|Ja. Vi har en værdighedspolitik med fem temaer. Og hvert år skal jeg udfylde et skema om, hvordan vi arbejder med den. Ingen læser det, tror jeg.]] [[need-goals|Jeg synes, at værdighed om natten er at komme, når borgeren trykker på nødkaldet. Det står der ikke noget om. Jeg ved ikke, hvordan jeg får politikken til at handle om det, vi laver.]]
I: Hvordan var det at gå fra nattevagt til leder?
L: [[need-colleague|Det tog mig tre år at finde ud af. Jeg havde arbejdet om natten med de samme mennesker i ni år, og pludselig skulle jeg sige til dem, at de ikke kunne få fri i julen. Der var en, der ikke talte til mig i et halvt år.]] [[strength-colleague|I dag har jeg fundet min form. Jeg siger det, som det er, og jeg forklarer hvorfor. Det respekterer de.]]
I: Hvad lykkes du med som leder?
L: [[strength-core|Natten. Jeg kender hver eneste borger, der har natbesøg, og jeg ved, hvad der skal til, når det går galt. Mine folk ringer til mig, og jeg kan tit klare det over telefonen.]] [[strength-people|Og jeg har et loyalt hold. Vi har nogle, der har været her i tyve år. Jeg ved, hvem der har en syg mor, og hvem der har brug for fri til sit barns fødselsdag. De ved, at jeg står ved dem.]]
I: Hvordan holder du kontakt med dem, når I arbejder på forskellige tider?
L: [[strength-people|Jeg møder ind klokken to om eftermiddagen de fleste dage, så jeg ser aftenholdet, når de kommer. Og en gang om måneden tager jeg en nattevagt, bare for at være der. Det sætter de pris på, og jeg lærer noget hver gang.]]
I: Er det svært at få nattevagter?
L: Meget svært. Dem, der vil arbejde om natten, er tit ældre, og de går på pension de næste år. De unge vil ikke. Vi har haft et opslag ude i tre måneder med én ansøger, og hun trak sig. Jeg har ingen idé om, hvordan vi skal dække nætterne om fem år, og det har min chef heller ikke.
I: Har du lederuddannelse?
L: [[education-after-glu|Jeg tog GLU for syv år siden, hele pakken. Den var god, jeg bruger stadig noget om situationsbestemt ledelse. Men det handlede ikke om det offentlige.]] [[education-after-glu,need-finance|Økonomi stod der ingenting om. Og det er det, jeg sidder med hver måned. Hvis der kom et modul bagefter om kommunal økonomi og den politiske side, ville jeg være den første, der meldte sig.]]
I: [[education-diploma|Hvad med diplomuddannelsen?]]
L: [[education-diploma|HR har sendt mig en mail hvert år om, at jeg burde tage diplom. Jeg er 56. Jeg skal ikke skrive opgaver om Foucault. (griner) Jeg skal lære at få ændret mit budget.]]
I: Er der noget, jeg ikke har spurgt om?
L: [[conditions-alone|At det er ensomt at lede om aftenen. Alle de andre ledere er gået hjem, når jeg har brug for at vende noget. Jeg er alene med beslutningerne fra klokken fire.]] Men jeg vil ikke bytte. Natten er min.
I: Så siger jeg tak. Og god arbejdslyst i aften.
`,
  },
  {
    key: 't21',
    area: 'aeldre-og-sundhed',
    band: 'new',
    role: 'Teamkoordinator, hjemmeplejen',
    recruitment: false,
    text: `
I: Hvad er en teamkoordinator hos jer?
L: Det er faktisk et godt spørgsmål. (griner) Jeg er teamkoordinator i hjemmeplejen i [Sted 1], og det har jeg været i et år. Jeg er uddannet social- og sundhedsassistent og har været i hjemmeplejen i tolv år. Som koordinator laver jeg planlægningen for mit team, jeg er bindeled til sygeplejen og visitationen, og jeg er den, medarbejderne går til med faglige spørgsmål.
I: Er du leder?
L: [[need-colleague|Nej. Og ja. Jeg har ikke personaleansvar. Det har vores afdelingsleder. Men i praksis er det mig, der siger, hvem der kører hvilken rute, og det er mig, de kommer til, når de er utilfredse med deres plan. Så jeg er en slags leder uden at være det.]]
I: Hvordan er det at stå i den position?
L: [[need-colleague|Svært, fordi jeg stadig er kollega. Jeg kører selv ture to dage om ugen. Så sidder jeg i bilen med en, som jeg har lagt en hård plan for dagen før, og som er sur på mig. Og jeg kan godt forstå det.]] [[need-colleague|Og når der er en, der ikke overholder aftaler, er det ikke mig, der kan tage samtalen. Jeg skal gå til lederen. Men så er jeg den, der har sladret. Det er en underlig rolle.]]
I: Hvordan fik du rollen?
L: [[recruitment-asked|Lederen spurgte, om jeg ville prøve, da den gamle koordinator gik på pension. Der var ikke noget opslag. Hun sagde, at jeg havde det bedste overblik.]] Jeg tog imod, fordi jeg gerne ville prøve noget nyt. Men vi talte aldrig rigtig om, hvad rollen var.
I: Hvem beslutter hvad i jeres hverdag?
L: [[need-organisation|Det er, øh … det er lidt uklart. Visitationen beslutter, hvor meget hjælp borgeren får. Lederen beslutter om personalet. Sygeplejen beslutter om de sundhedsfaglige opgaver. Og jeg skal få det til at hænge sammen i en plan.]] [[need-organisation|Men når der er uenighed, for eksempel om en borger skal have to personer til forflytning, så ved jeg ikke, hvem der har det sidste ord. Jeg har ringet til alle tre og fået tre svar.]]
I: Kan du give et eksempel?
L: [[need-organisation|Vi havde en borger i vinter, der var blevet meget tungere efter et fald. Mine medarbejdere sagde, at de ikke kunne løfte hende alene. Visitationen sagde, at det skulle vurderes af en terapeut. Terapeuten kunne komme om ti dage. Lederen var på kursus.]] Så jeg satte to på. Uden at have lov. Det viste sig at være rigtigt, men jeg fik en bemærkning om, at det ikke var min beslutning.
I: Hvordan ser din dag ud?
L: [[need-operations|Planlægning fra syv til ni. Sygemeldinger, ændringer, nye borgere fra sygehuset. Så telefoner resten af dagen. Jeg har en skærm med ruterne, og den ændrer sig hele tiden.]] [[need-operations,conditions-time|Jeg når ikke det faglige, som jeg egentlig også skulle. Jeg skulle være den, der hjalp de nye med dokumentationen. Det gør jeg om eftermiddagen, når jeg har tid. Og det har jeg sjældent.]]
I: Bruger I et planlægningssystem?
L: [[need-operations|Ja, og det blev opdateret i foråret. Det betød, at alle ruterne skulle lægges ind på ny, og at vi i tre uger kørte med både papir og skærm. Vi fik en halv dags undervisning. Jeg sad der om aftenen og lagde ruter ind.]] Det er først nu, at det kører nogenlunde. Og så har de sagt, at der kommer en ny version til efteråret. (griner) Man må grine af det.
I: Hvordan er dit samarbejde med din afdelingsleder?
L: [[conditions-sparring|Godt, men hun har meget. Vi har et kort møde hver mandag, og der når vi det praktiske. Jeg savner, at vi taler om, hvordan jeg skal håndtere min rolle. Det har vi aldrig gjort ordentligt.]] Hun er sød, og hun bakker mig op, når det brænder. Men hun regner med, at jeg bare ved det, fordi jeg har været her i tolv år.
I: Hvad siger du til de nye medarbejdere om, hvem du er?
L: At jeg laver deres plan og hjælper med det faglige, og at de skal gå til lederen med alt det andet. Men de kommer alligevel til mig. Med ferie, med sygdom, med deres kollegaer. [[need-colleague|Og så står jeg og siger: det må du tage med lederen. Og de kigger på mig, som om jeg ikke vil hjælpe dem. Det er den der mellemting igen.]]
I: Har du noget med budget og økonomi at gøre?
L: Nej, det har jeg ikke. Og det er fint. Lederen siger, hvor mange timer vi har, og så planlægger jeg efter det. Jeg har ikke brug for at vide mere, synes jeg. Der er nok at se til. (griner)
I: Hvor er du på hjemmebane, hvis vi vender det om?
L: [[strength-core|Overblik og det faglige. Jeg ved, hvilke medarbejdere der passer til hvilke borgere. Der er borgere, der kun vil have bestemte hjælpere, og der er grunde til det. Det kan et program ikke se.]] [[strength-core|Og jeg kan det faglige. Jeg kan hjælpe med en svær forflytning eller en medicinsag. Det gør, at de stoler på mine planer.]]
I: Hvad med sparring?
L: [[conditions-sparring|Der er fire andre koordinatorer i kommunen. Vi mødes en gang i kvartalet, og det er det bedste møde, jeg har. Vi har alle de samme problemer.]]
I: Har du tænkt på at blive leder rigtigt?
L: Måske. Om nogle år. Men så vil jeg have en lederuddannelse først. [[education-practical|Jeg vil gerne på GLU, og jeg har spurgt, om jeg kan komme med, selv om jeg ikke er formel leder. Lederen er positiv.]] [[education-practical,need-colleague|Jeg vil gerne lære at lede uden at have titlen. Og at sige fra over for en kollega uden at det bliver personligt.]]
I: Er der noget, kommunen burde gøre anderledes?
L: [[need-organisation|Beskrive rollen. Hvad må koordinatoren, og hvad må hun ikke? Hvem har ansvaret, når vi er uenige om en borger? Det ville gøre hverdagen meget lettere for alle.]] [[recruitment-onboarding|Og så give en ordentlig introduktion. Jeg fik en eftermiddag med den gamle koordinator, og så var hun væk.]]
I: Tak, det var meget klart.
L: Tak. Det var godt at få sagt.
`,
  },
  {
    key: 't22',
    area: 'aeldre-og-sundhed',
    band: 'experienced',
    role: 'Leder, aktivitetscenter og dagcenter',
    recruitment: false,
    text: `
I: Fortæl om dit sted.
L: Vi er et aktivitetscenter med et dagcenter for borgere med demens. Der kommer omkring 120 borgere om ugen, og vi er 14 ansatte plus en masse frivillige, 40-50 stykker. Jeg har været leder i ni år. Jeg er ergoterapeut. Og jeg elsker mit arbejde, det skal jeg sige med det samme. (griner)
I: Hvad er det, du elsker?
L: [[strength-goals|At vi gør en forskel. Vi har en klar idé om, hvad vi er her for: at ældre mennesker skal have et liv med fællesskab og mening, også når de bliver skrøbelige. Det er det, vi går ud fra, når vi skal beslutte noget.]] [[strength-goals|Vi har skrevet det ned sammen, medarbejderne, de frivillige og nogle af brugerne. Og vi tager det frem, når vi er uenige. Det virker.]]
I: Hvordan leder du de frivillige?
L: [[strength-people|Det er en helt særlig opgave. De er ikke ansatte, og de kan gå, når de vil. Så man kan ikke lede dem med regler. Man leder dem med anerkendelse og ved at give dem ansvar.]] [[strength-communication|Jeg holder et møde med dem hver måned, hvor de får at vide, hvad der sker, og hvor de kan sige, hvad de synes. Og jeg takker dem. Meget.]]
I: Er der nogensinde konflikter blandt de frivillige?
L: (griner) Åh ja. I vinter var der to af de frivillige i billardklubben, der blev uvenner om, hvem der bestemte over bordene. Det endte med, at den ene sagde, at han ville gå. [[strength-communication|Jeg inviterede dem begge til en kop kaffe hver for sig og derefter sammen. Jeg lod dem tale ud og spurgte, hvad de hver især havde brug for. De fandt selv en løsning med faste tider.]] Han er her stadig. Det er de små sejre.
I: Hvordan oplever de pårørende til dagcentret jer?
L: [[strength-core|Det er noget af det vigtigste, vi gør. Ægtefællerne til vores brugere med demens får et pusterum tre dage om ugen. Vi har et pårørendenetværk, som mødes her hver anden måned, og vi ved, at det gør, at flere kan blive boende hjemme længere.]]
I: Hvordan er det med tiden, fylder driften meget?
L: [[strength-operations|Nej, egentlig ikke. Vi har gode rutiner, og medarbejderne er selvkørende. Jeg har tid til at gå rundt og snakke med folk. Jeg ved godt, at det er et privilegium i forhold til mine kolleger i hjemmeplejen.]]
I: Hvad er så det svære?
L: Økonomien og politikken. Uden tvivl. [[need-finance|Sidste år ændrede byrådet brugerbetalingen for dagcentret og for kørsel. Og det betød, at nogle borgere holdt op med at komme, fordi de ikke havde råd. Og så faldt vores indtægter, og så var vi i underskud.]] [[need-finance|Jeg forstår ikke, hvordan vores budget bliver regnet ud. Er det et fast beløb? Er det efter antal brugere? Hvad sker der med indtægterne fra brugerbetalingen, går de til os eller til kommunekassen? Jeg har spurgt, og jeg har fået forskellige svar.]]
I: Og politikken?
L: [[need-politics|Vi var i sparekataloget sidste efterår. Der stod et forslag om at lukke aktivitetscentret og flytte aktiviteterne ud på plejecentrene. Det stod i avisen, før jeg vidste det.]] [[need-politics|Og så gik der to måneder, hvor brugerne og de frivillige var i oprør, og hvor jeg ikke vidste, hvad jeg måtte sige. Brugerne lavede en underskriftindsamling. Skulle jeg hjælpe dem? Det ville jeg gerne, men jeg var jo ansat af kommunen.]]
I: Hvad gjorde du?
L: [[need-politics|Jeg sagde til brugerne, at jeg ikke kunne blande mig, og at de var velkomne til at gøre det selv. Og så ringede jeg til min chef hver anden dag. Det blev ikke lukket. Men jeg følte mig meget alene i den periode, og jeg ved stadig ikke, om jeg gjorde det rigtige.]] [[need-politics|Jeg ville ønske, jeg forstod bedre, hvordan sådan et sparekatalog bliver til, og hvornår man kan påvirke det. Hvis jeg havde vidst det i august, kunne jeg måske have undgået, at vi kom med i det hele taget.]]
I: Er der sket ændringer i organisationen omkring jer?
L: [[need-organisation|Ja. Vi har været flyttet rundt. Først hørte vi under sundhed, så under ældre, og nu under et nyt område, der hedder aktiv hverdag. Det er tre chefer på fem år.]] [[need-organisation|Hver gang skal jeg forklare, hvad vi laver, og hver gang er der nye procedurer. Jeg forstår godt, at der er et behov for at organisere tingene. Men jeg forstår ikke logikken bag. Ingen har forklaret, hvad den nye struktur skal løse.]]
I: Har I andre indtægter end kommunens budget?
L: [[need-finance|Vi har fået penge fra et par fonde til et projekt med motion og fællesspisning. Men jeg ved ikke, hvordan jeg skal bogføre dem i forhold til vores eget budget. Økonomiafdelingen sagde, at de skulle på en særlig konto, og så kunne jeg ikke se dem i min opfølgning.]] Det var lidt af et cirkus. Vi fik det løst, men jeg har ikke lyst til at søge flere fonde, før jeg forstår det.
I: Hvem har du at sparre med?
L: [[conditions-sparring|Jeg har en god kollega, der leder et aktivitetscenter i [Sted 1]. Vi ringer sammen hver uge. Hun er min redning.]] [[conditions-alone|Her i kommunen er jeg den eneste leder af et aktivitetscenter. Så på ledermøderne er det mest plejecentrene og hjemmeplejen, der fylder.]]
I: Hvad tænker du om lederuddannelse?
L: [[education-after-glu|Jeg har GLU og en del af en diplom. Det, jeg mangler, er ikke ledelse af mennesker. Det er det andet.]] [[education-practical,need-finance|Et kursus, der lærer mig at læse mit budget og forstå brugerbetaling og indtægter. Og hvordan den politiske proces går, så jeg kan være på forkant næste gang.]]
I: Er der noget, du vil tilføje?
L: Bare at det er vigtigt, at man husker de små steder. Vi er ikke hjemmeplejen. Men vi er der, hvor borgerne får et liv.
I: Tak for en rigtig god samtale.
`,
  },
  {
    key: 't23',
    area: 'aeldre-og-sundhed',
    band: 'experienced',
    role: 'Teamleder, demensafsnit',
    recruitment: true,
    text: `
I: Jeg har forstået, at du gerne ville fortælle om, hvordan du blev leder?
L: Ja, det vil jeg godt. For det var ikke noget, jeg havde planlagt. (griner) Jeg er social- og sundhedsassistent, og jeg har været teamleder på demensafsnittet i seks år nu. Før det arbejdede jeg på afsnittet i otte år.
I: Hvordan skete det?
L: [[recruitment-asked|Vores teamleder stoppede pludselig. Hun fik et job et andet sted med en uges varsel. Og så kaldte centerlederen os ind, de tre mest erfarne, en efter en, og spurgte, om vi ville overtage.]] [[recruitment-asked|De to andre sagde nej. Så jeg sagde ja. Ikke fordi jeg drømte om det. Men fordi nogen skulle gøre det, og jeg tænkte, at det var bedre, det var en af os end en udefra, der ikke kendte beboerne.]]
I: Var der en ansættelsessamtale?
L: [[recruitment-asked|Nej. Jeg fik en ny kontrakt og en lønforhøjelse. Der var ikke noget opslag, ingen samtale, ingen test. Jeg var teamleder fra den første i måneden.]] [[recruitment-onboarding|Og der var heller ikke nogen introduktion. Min centerleder sagde, at hendes dør altid var åben. Det var den også. Men man ved jo ikke, hvad man skal spørge om, når man ikke ved, hvad man ikke ved.]]
I: Hvad var det, du ikke vidste?
L: [[recruitment-gap|Øh … alt det, der ikke handlede om beboerne. Jeg kunne demens. Jeg kunne tage en urolig beboer om natten. Jeg kunne tale med de pårørende. Men jeg kunne ikke lave en vagtplan, der overholdt overenskomsten. Jeg vidste ikke, hvad et budget var.]] [[recruitment-gap|Jeg vidste ikke, at jeg skulle holde sygefraværssamtaler eller lave APV. Det første halve år lavede jeg fejl på fejl. FOA måtte rette min vagtplan to gange, fordi jeg havde lagt for mange vagter i træk.]]
I: Hvordan var det at blive leder for dem, du havde arbejdet med?
L: [[need-colleague|Det var det hårdeste. De to, der havde sagt nej, var mine nærmeste kolleger. Og pludselig var jeg deres chef. Den ene havde det fint med det. Den anden syntes, jeg havde ændret mig.]] [[need-colleague|Jeg husker første gang, jeg skulle sige til hende, at hun ikke kunne få fri den weekend, hun ønskede. Hun græd. Og jeg gik ud på toilettet og græd bagefter. (griner) Det kan jeg grine af nu. Men jeg var tæt på at give op.]]
I: Hvad fik dig til at blive?
L: [[education-after-glu|Jeg kom på GLU efter et år. Det var min centerleder, der sørgede for det. Og det hjalp. Især modulet om kommunikation og konflikter. Jeg fik nogle ord for det, jeg stod i.]] [[strength-colleague|Og med tiden fandt jeg min måde at være leder på. Jeg er stadig den samme, men jeg er tydelig nu. Folk ved, hvad de kan forvente af mig.]]
I: Hvad er du god til i dag?
L: [[strength-core|Demens. Vi har et af de bedste demensafsnit i kommunen, tør jeg godt sige. Vi har næsten ingen magtanvendelser, fordi medarbejderne er gode til at se, hvad der ligger bag uroen.]] [[strength-people|Og mine medarbejdere passer jeg på. Jeg ved, hvornår nogen er ved at brænde ud. Demens er hårdt arbejde, og man skal passe på folk.]]
I: Hvad er stadig svært?
L: [[need-finance|Økonomien. Stadigvæk. Jeg har fået bedre styr på vagtplanen, men budgettet forstår jeg ikke. Jeg får en opfølgning hver måned, og jeg kigger på, om tallet er rødt eller grønt.]] [[need-finance|Når centerlederen siger, at vi skal spare to procent, ved jeg ikke, hvor jeg skal tage dem. Jeg kan kun tage dem fra vagtplanen, og det er mennesker.]]
I: Og driften, hvor meget fylder den?
L: [[need-operations|Meget. Vagtplanen, sygemeldinger, vikarer. Demensbeboere har brug for faste ansigter, så vikarer er dårlige for dem. Så jeg prøver at dække ind med egne folk, og det slider på dem.]] [[need-operations|Jeg bruger mere tid på at få vagterne til at gå op, end jeg gør på at udvikle det faglige. Og det er det faglige, jeg brænder for.]]
I: Er der noget politisk, der påvirker jer?
L: [[need-politics|Der kom penge fra den nationale demenshandlingsplan for et par år siden. Vi fik et projekt om meningsfulde aktiviteter. Det var godt, men det stoppede efter to år, og så var der ikke penge til at fortsætte.]] [[need-politics|Ingen sagde det til os på forhånd. Medarbejderne havde brugt meget tid på at lære det, og så var det væk. Jeg ved ikke, hvordan man får sådan noget gjort permanent. Hvem skal man tale med?]]
I: Hvordan er det med de pårørende på et demensafsnit?
L: [[strength-communication|Det er en stor del af jobbet. De pårørende er ofte i sorg, selv om deres mor eller far stadig lever. Jeg holder altid en samtale med dem den første uge, hvor jeg spørger ind til, hvem beboeren var, før sygdommen. Det hjælper os i plejen, og det hjælper dem at blive spurgt.]]
I: Og når de er utilfredse?
L: Så lytter jeg. Nogle gange er de vrede på sygdommen og ikke på os. Det har jeg lært at skelne. Det lærte jeg ikke på GLU, det lærte jeg ved at stå i det mange gange.
I: Hvis kommunen skal finde den næste teamleder, hvad skal de så tænke på?
L: [[recruitment-gap|At faglig dygtighed ikke er nok. Man skal have en plan for det andet: økonomien, vagtplanen, personalejura. Og man skal have tid til at lære det, før man står med det alene.]] [[recruitment-onboarding,conditions-sparring|Og en mentor. Jeg har selv været mentor for en ny teamleder sidste år. Det var det, jeg selv ville have haft.]]
I: Hvad ville du selv have gavn af nu?
L: [[education-practical,need-finance|Et kursus om økonomi for folk som mig, der ikke er økonomer. Med vores egne tal. Og noget om, hvordan man får sit budget forklaret for medarbejderne.]]
I: Tak. Det var en meget personlig fortælling.
L: Det er fint. Det er godt, hvis andre kan lære noget af det.
`,
  },
  {
    key: 't24',
    area: 'aeldre-og-sundhed',
    band: 'new',
    role: 'Teamleder, visitationen',
    recruitment: false,
    text: `
I: Du leder visitationen. Hvad laver I?
L: Vi er myndigheden på ældreområdet. Vi vurderer borgernes behov og træffer afgørelser om hjemmehjælp, hjælpemidler, plejebolig og den slags efter serviceloven. Vi er ti visitatorer, de fleste er ergoterapeuter eller sygeplejersker. Jeg har været teamleder i halvandet år. Før det var jeg visitator i seks år, i den samme gruppe.
I: Hvordan blev du teamleder?
L: [[recruitment-internal|Min forgænger blev områdeleder, og stillingen blev slået op internt. Jeg søgte, fordi jeg havde været med til at lave vores nye arbejdsgange og gerne ville have mere indflydelse på dem. Der var en anden intern ansøger, og vi var begge til samtale.]] Jeg fik den, og hun blev i gruppen. Det gjorde det ikke lettere, kan man sige.
I: Hvordan har det været at blive leder i din egen gruppe?
L: [[need-colleague|Altså, udfordrende. Vi var en tæt gruppe. Vi sparrede om svære sager og gik til fredagsbar sammen. Og nu er jeg den, der skal sige, at sagsbehandlingen skal gå hurtigere, og at nogle afgørelser er for generøse.]] [[need-colleague|Der er en af mine tidligere kolleger, der har været visitator i tyve år, og som er meget dygtig. Hun spurgte mig, efter jeg var blevet leder, om jeg nu var blevet kommunens spareknap. Det sad i mig i lang tid.]]
I: Hvordan håndterede du det?
L: [[need-colleague|Dårligt, tror jeg. Jeg sagde noget om, at jeg bare fulgte kvalitetsstandarderne. Men det lød som en undskyldning. Jeg har tænkt meget over, hvordan jeg skulle have sagt det.]]
I: Du nævnte kvalitetsstandarderne. Hvordan bliver de til?
L: [[need-politics|De bliver vedtaget politisk hvert år. Og i år blev de revideret med en række stramninger, fordi der skulle findes penge. For eksempel fik borgere med behov for hjælp til indkøb ikke længere besøg, men skulle bestille på nettet.]] [[need-politics|Vi var ikke blevet spurgt. Eller, min chef var blevet spurgt, men jeg vidste ikke noget om det, før det stod i udvalgsdagsordenen. Og så skulle jeg forklare mine visitatorer, hvordan de skulle sige det til borgerne.]]
I: Hvordan er det at være myndighed med politisk bevågenhed?
L: [[need-politics|Det er noget, jeg ikke var forberedt på. Klagesagerne bliver talt og lagt frem for udvalget. Og når en borger klager til en politiker, får jeg en mail fra direktøren om at redegøre for sagen inden for to dage.]] [[need-politics|Sidste måned var det en politikers nabo. Jeg vidste ikke, om jeg skulle behandle det som enhver anden sag, eller om der var noget, jeg skulle være opmærksom på. Jeg behandlede det som enhver anden sag. Det var rigtigt, fik jeg at vide bagefter. Men ingen havde sagt det på forhånd.]]
I: Hvordan hænger jeres afgørelser sammen med økonomien?
L: [[need-finance|Det er det, der er så svært. Vi bevilger timer, og de timer koster penge i hjemmeplejen. Så når hjemmeplejen er over budget, kigger alle på os. Men vi træffer afgørelser efter lovgivningen og kvalitetsstandarderne, ikke efter budgettet.]] [[need-finance|Eller gør vi? Min chef siger, at vi skal have øje for økonomien. Men hvad betyder det for den enkelte afgørelse? Jeg forstår ikke helt, hvordan vores budget og hjemmeplejens budget hænger sammen, og det burde jeg.]]
I: Og samarbejdet med hjemmeplejen?
L: [[need-organisation|Det er svært. De synes, vi visiterer for lidt. Vi synes, de leverer mere end visiteret. Og vi sidder i forskellige afdelinger under forskellige chefer, så der er ingen, der samler det.]] [[need-organisation|Jeg har prøvet at lave et fast samarbejdsmøde med afdelingslederne i hjemmeplejen. Det første møde var godt. Det andet blev aflyst. Det tredje kom halvdelen. Jeg ved ikke, hvordan man får tværgående samarbejde til at holde, når ingen ejer det.]]
I: Hvordan ser din egen uge ud?
L: [[conditions-time|Jeg har meget lidt tid til at lede. En stor del af ugen går med møder på tværs, med klagesager og redegørelser og med at godkende afgørelser. Jeg tager tit sager med hjem, og det har jeg lovet mig selv at holde op med.]] Jeg har sat fredag eftermiddag af til at gå rundt og tale med visitatorerne. Den holder cirka hver anden uge.
I: Er der kommet nye måder at arbejde på?
L: [[need-organisation|Digital selvbetjening. Borgerne kan nu selv søge om visse hjælpemidler på nettet. Beslutningen var taget af den digitale enhed, og vi fik at vide, at det ville spare os tid. Det har givet os mere arbejde, fordi mange ansøgninger er mangelfulde og skal ringes op.]] Jeg har prøvet at sige det opad, men jeg ved ikke rigtig, hvem der ejer løsningen.
I: Lad os tage det, der går godt. Hvad har du med dig?
L: [[strength-core|Jura og faglighed. Jeg kender serviceloven godt, og jeg kan hjælpe mine visitatorer med svære afgørelser. Vi bliver sjældent omgjort i Ankestyrelsen.]] [[strength-communication|Og jeg kan tale med borgerne, også når de er vrede. Jeg kan forklare en afgørelse, så de forstår den, selv om de ikke er enige.]]
I: Hvordan er det med værdierne i jeres arbejde?
L: [[need-goals|Vi har en værdighedspolitik, der siger, at borgeren skal være i centrum. Og vi har kvalitetsstandarder, der siger, hvor meget hjælp der er. De to ting passer ikke altid sammen.]] [[need-goals|Jeg har svært ved at forklare mine medarbejdere, hvordan vi skal bruge værdierne, når standarderne siger noget andet. Det er nok den største faglige frustration i gruppen.]]
I: Hvad ville hjælpe dig?
L: [[education-practical|Noget om at være leder i et politisk styret system. Konkret. Hvad er mit ledelsesrum, og hvordan bruger jeg det?]] [[education-practical,need-colleague|Og noget om at være ny leder i sin gamle gruppe. Hvordan man finder en ny rolle uden at miste de relationer, der gør, at man kan lede.]]
I: Har du nogen at sparre med?
L: [[conditions-sparring|Jeg har en mentor fra HR's ordning for nye ledere. Vi mødes en gang om måneden. Det er meget værdifuldt.]] Men hun er fra skoleområdet. Hun kender ikke myndighedsrollen.
I: Så er vi igennem. Tak for at du ville.
L: Velbekomme.
`,
  },
];
