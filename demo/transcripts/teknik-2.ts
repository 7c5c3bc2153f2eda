/** Demo interviews t07–t12: leaders in Teknik og Miljø. Fictitious; see demo-transcript.ts for the format. */
import type { DemoTranscript } from './demo-transcript.js';

export const TEKNIK_2: readonly DemoTranscript[] = [
  {
    key: 't07',
    area: 'teknik-og-miljo',
    band: 'new',
    role: 'Vejformand, Vejdrift',
    recruitment: false,
    text: `
I: Så du er formand for vejholdet. Hvor længe har du været det?
L: Halvandet år til sommer. Før det kørte jeg fejemaskine og saltbil i elleve år. Så jeg er sådan en, der er kravlet ud af førerhuset og ind på kontoret. (griner) Eller, kontor og kontor. Det er en skurvogn med en computer i.
I: Hvordan blev det dig?
L: [[recruitment-internal|Den gamle formand stoppede, og så var der ikke rigtig nogen, der ville. Jeg havde været der længst af dem, der var tilbage, og vejchefen spurgte, om jeg ikke ville prøve. Der var ikke noget opslag.]] Så det var sådan lidt: nå, så er det dig. Jeg sagde ja, fordi jeg tænkte, jeg hellere ville have, det var mig end en udefra, som ikke vidste noget om vores veje.
I: Og hvordan har det været?
L: [[need-colleague|Altså, jeg var en af drengene, ik'. Vi har været på vinterberedskab sammen i alle de år, vi har siddet og spist madpakker klokken fire om morgenen. Og nu skal jeg sgu pludselig sige til dem, at de skal tage sikkerhedsvest på.]]
I: Fortæl.
L: [[need-colleague|Der er en af de gamle, [Person 1], som aldrig har gidet have den vest på. Og jeg har selv sjusket med det i mange år, det skal jeg ærligt sige. Så da der kom en ny sikkerhedsinstruks, og jeg skulle håndhæve den, så kiggede han på mig og sagde: det var da ikke noget, du gik op i sidste år.]] [[need-colleague|Og han har jo ret. Hvad siger man så? Jeg sagde, at nu er det mig, der står med ansvaret, hvis der sker noget. Men jeg følte mig som en hykler.]]
I: Gik han med til det?
L: Ja, efter en uge eller to. Men der gik noget i stykker mellem os. Vi er ikke uvenner, men det er ikke det samme.
I: Hvad fylder mest i din hverdag nu?
L: [[need-operations|Planlægning. Jeg sidder hele formiddagen og planlægger, hvem der skal hvorhen, hvilke maskiner der er klar, hvad der er kommet ind af meldinger fra borgerne. Og så går den ene maskine i stykker, og så kan jeg for pokker starte forfra.]] [[need-operations,conditions-time|Jeg når aldrig ud til holdene om formiddagen. Det var ellers det, jeg havde sagt, jeg ville. Være ude hos dem.]]
I: Har I fået nye systemer?
L: [[need-operations|Vi fik GPS på alle maskinerne sidste efterår. Det er fint nok, man kan se, hvor de kører, og borgerne kan se, hvornår deres vej er ryddet. Men der var ingen, der havde tid til at lære det ordentligt. Der var et kursus på en halv dag, og så skulle vi bare i gang.]] Halvdelen af gutterne tror stadig, det er for at holde øje med dem. Det er det måske også lidt. (griner)
I: Du nævnte meldinger fra borgerne. Hvordan er det?
L: [[need-politics|Det er blevet helt vildt, ik'. Sidste vinter var der en sneaften, hvor vi ikke nåede ud på en villavej i [Sted 1] før næste morgen. Og så var der en opdatering i en lokal Facebook-gruppe med 200 kommentarer, og en politiker skrev, at det var uacceptabelt.]] [[need-politics|Jeg vidste ikke, om jeg skulle svare i gruppen eller lade være. Jeg lod være. Næste dag ringede min chef og spurgte, hvorfor vi ikke havde prioriteret den vej, og jeg skulle forklare ruteplanen til en, der skulle forklare den til udvalgsformanden.]]
I: Var det en god eller dårlig måde at håndtere det på?
L: [[need-politics|Det ved jeg stadig ikke. Der er ingen, der har fortalt mig, hvad jeg må sige offentligt, og hvad der er chefens bord. Så jeg holder bare kæft, og det føles heller ikke rigtigt.]]
I: Hvad med økonomien? Har du et budget?
L: [[need-finance|Jeg har et driftsbudget for materiel og materialer. Salt, grus, skilte, reservedele. Men jeg forstår ikke rigtig, hvad jeg må. Min chef snakker om disponering, at jeg må disponere inden for rammen.]] [[need-finance|Men da jeg ville købe en ny saltspreder, fordi den gamle var ved at falde fra hinanden, så skulle det godkendes tre steder. Så hvad er det egentlig, jeg må disponere over? Jeg har spurgt, og jeg fik et svar, der var længere end spørgsmålet, og jeg var lige klog.]]
I: Hvordan holder du øje med forbruget?
L: [[need-finance|Det gør jeg ikke rigtig. Jeg får en oversigt fra økonomi en gang i kvartalet. Den ser jeg på, og så lægger jeg den væk. Hvis der er noget galt, skal de nok ringe, tænker jeg.]] Det er ikke så godt, vel? (griner)
I: Kører du selv stadigvæk?
L: [[conditions-double-role|Ja, når der er sne. Når vi er fuldt beredskab, så er der ikke folk nok, og så sætter jeg mig selv op i en plov. Det er det, jeg er bedst til, ærlig talt.]] [[strength-core|Jeg kender hver eneste vej i det her distrikt. Jeg ved, hvor isen lægger sig først, hvor vandet står, hvor der er en kloak, der er sunket. Det er der ingen computer, der ved.]]
I: Hvad så med personaleledelse? Sygefravær, MUS?
L: [[need-people|MUS har jeg holdt én gang. Det var lidt akavet. Jeg havde et skema fra HR med tyve spørgsmål, og vi sad og krydsede af.]] [[need-people|Jeg ved godt, at det skal være en rigtig samtale. Men hvordan gør man det, når man har siddet i samme skurvogn i ti år? Hvad skal jeg spørge [Person 2] om, som jeg ikke ved i forvejen?]]
I: Har du nogen at spørge om sådan noget?
L: [[conditions-sparring|Min chef. Men han har travlt. Og de andre formænd, vi ses til et møde en gang om måneden. Det er mest om maskiner og vagter.]] Det er ikke sådan, at vi snakker om, hvordan man er leder.
I: Har du været på kursus?
L: Et arbejdsmiljøkursus, det obligatoriske. Og så et førstehjælpskursus. (griner) [[education-practical|Jeg vil gerne noget om at være leder, men det skal være noget, hvor man snakker om, hvad man rent faktisk står i. Sikkerhedsvesten. Facebook. Saltsprederen. Ikke noget med teorier på en tavle.]]
I: Hvor lang tid kunne du være væk?
L: [[conditions-time,education-practical|Om sommeren et par dage ad gangen. Om vinteren intet. Og ikke hvis det er et sted, hvor jeg skal køre to timer hver vej.]]
I: Hvis du ser frem, hvordan tror du, det ser ud om et år?
L: Jeg håber, jeg er blevet bedre til at sige tingene, uden at det bliver personligt. Jeg er ikke der endnu. [[need-colleague|Jeg tager det stadig med hjem, når en af de gamle kigger skævt til mig.]]
I: Tak for i dag.
L: Tak selv. Og undskyld, hvis jeg har bandet.
`,
  },
  {
    key: 't08',
    area: 'teknik-og-miljo',
    band: 'experienced',
    role: 'Teamleder, Byggesag',
    recruitment: false,
    text: `
I: Du leder et team i myndighedsdelen. Vil du beskrive det?
L: Ja, jeg er teamleder for byggesagsbehandlingen. Vi er elleve sagsbehandlere, en blanding af bygningskonstruktører, et par ingeniører og en jurist. Jeg har været teamleder i otte år, og før det var jeg selv sagsbehandler her i fem.
I: Hvordan blev du teamleder?
L: [[recruitment-applied|Min forgænger gik på pension, og stillingen blev slået op internt og eksternt. Jeg søgte, fordi jeg havde lyst til at præge, hvordan vi arbejder. Vi var tre til samtale, og jeg fik den.]] Det første år var ikke let. [[strength-colleague|Jeg havde jo siddet ved siden af dem alle sammen. Men jeg tog en snak med hver enkelt den første uge om, hvad det ville betyde, og jeg sagde, at jeg ikke længere kunne være med i kaffesnakken om ledelsen. Det respekterede de, og det har holdt.]]
I: Hvad kendetegner dit område?
L: [[need-operations|Sagspuklen. (griner) Det er sådan, det er. Vi har haft en stor sagspukkel i de sidste tre år, fordi der bliver bygget som aldrig før. Sagsbehandlingstiderne er steget, og de bliver målt og lagt frem for udvalget hvert kvartal.]] [[need-operations|Så jeg bruger meget af min tid på at flytte sager rundt, se på statistik, finde ud af, hvem der har plads, og svare på, hvorfor det tager så lang tid.]]
I: Hvad gør det ved din ledelse?
L: [[need-operations,need-people|Den bliver – den bliver meget styret af tal. Jeg ved, hvor mange sager hver enkelt har, men jeg ved ikke altid, hvordan de har det. Og det er ikke godt nok.]] [[need-people|Vi havde to sygemeldte med stress sidste år. Den ene kom tilbage, den anden sagde op. Og bagefter tænkte jeg, at jeg burde have set det komme.]]
I: Hvad så du ikke?
L: [[need-people|Hun arbejdede sent. Hun svarede på mails klokken elleve om aftenen. Jeg tænkte, det var engagement. Det var det også, men det var også et tegn. Jeg manglede at gå ind og spørge.]] Det har jeg lært af. Nu har vi en aftale om, at der ikke sendes mails efter klokken seks.
I: Er det svært at rekruttere til jeres område?
L: [[need-people|Meget. Ingeniører og bygningskonstruktører kan tjene mere i det private, og vi har haft en stilling slået op tre gange uden kvalificerede ansøgere. Jeg ved ikke, hvad jeg kan tilbyde, som de ikke får andre steder.]] [[need-people|Og når vi så ansætter en nyuddannet, har vi ikke tid til at lære dem op, fordi alle har for mange sager. Så sætter vi dem til at løbe, og så kører de sur efter et år. Det er en ond cirkel.]]
I: Hvad siger jeres APV om arbejdsmiljøet?
L: Den seneste viste det, vi godt vidste. For meget arbejde, for lidt tid, for mange afbrydelser. [[strength-organisation|Vi har taget den op i MED og lavet en handleplan med telefontider, så sagsbehandlerne har uforstyrrede formiddage. Det har hjulpet lidt.]] Men det løser jo ikke, at der er flere sager, end vi kan nå.
I: Har I fået nye systemer?
L: [[need-operations|Ja, vi skiftede sagssystem sidste forår, midt i puklen. Det var besluttet centralt, og tidsplanen var ikke til forhandling. Produktiviteten faldt i tre måneder, og så blev sagsbehandlingstiderne endnu længere, og så skulle jeg forklare det i udvalget.]]
I: Hvordan er det med politikerne på dit område?
L: [[strength-politics|Vi er vant til politisk bevågenhed. Byggesager er borgernære, og politikerne får henvendelser hele tiden. Jeg ved, hvordan et dagsordenspunkt bliver til, og jeg har skrevet mange sagsfremstillinger.]]
I: Så det er ikke svært?
L: [[need-politics|Jo, det er det faktisk stadig. Der er forskel på at kende proceduren og at have tæft for det. Når et byrådsmedlem ringer og spørger til en konkret sag om en carport, fordi det er hans nabo, hvad gør man så?]] [[need-politics|Jeg ved godt, hvad reglerne siger. Men der er en gråzone, hvor man skal være venlig og imødekommende og samtidig holde fast i, at vi ikke behandler sager efter, hvem der ringer. Den gråzone har jeg aldrig fået nogen redskaber til.]]
I: Hvordan håndterede du det konkret?
L: Jeg sagde, at jeg ikke kunne tale om en konkret sag, men at jeg gerne ville forklare, hvordan vi behandler den slags generelt. Han var ikke tilfreds. [[need-politics|Og så ringede min chef to dage efter og spurgte, om jeg ikke kunne have været lidt mere imødekommende. Så hvad var det rigtige? Jeg ved det ikke.]]
I: Hvad med ledelsesrummet? Hvor meget kan du selv bestemme?
L: [[need-politics|Mindre end jeg troede. Udvalget har besluttet, at sagsbehandlingstiden skal ned på fyrre dage, men ikke at vi skal have flere folk. Så jeg kan enten sænke kvaliteten eller sige, at målet ikke kan nås. Og det sidste er ikke populært.]]
I: Hvordan hænger det sammen med kvaliteten, I gerne vil levere?
L: [[need-goals|Det er lige præcis det. Vi har et mål om hurtighed og et mål om kvalitet og et mål om god borgerservice, og de trækker i hver sin retning. Ingen har sagt, hvad der vejer tungest.]] [[strength-core|Men fagligt er vi stærke. Mine folk kender bygningsreglementet bedre end de fleste, og vi bliver sjældent underkendt i klagesager.]]
I: Hvordan er samarbejdet med resten af organisationen?
L: [[strength-organisation|Godt. Jeg kender mine kolleger i plan og miljø, og vi har et fælles ledermøde hver fjortende dag. Vi bruger hinanden.]] [[strength-organisation|Jeg sidder også i MED-udvalget, så jeg har et godt overblik over, hvad der sker i forvaltningen.]]
I: Og økonomien?
L: Den fylder ikke så meget for mig, faktisk. Det er mest lønkroner. Vi har et gebyr for byggesager, men det er sat politisk, og jeg skal ikke styre det. [[strength-finance|Jeg følger lønbudgettet, og jeg ved, hvad en sagsbehandler koster, og hvad en vikar fra et rådgivningsfirma koster. Det er det regnestykke, jeg bruger.]]
I: Har du selv været på lederuddannelse?
L: [[education-diploma|Jeg har taget tre moduler af diplomuddannelsen. Det første var godt, det om ledelse og organisation. De andre var meget teoretiske, og jeg skrev opgaverne om aftenen med dårlig samvittighed over for min familie.]] [[education-diploma,conditions-time|Jeg har ikke taget flere. Jeg har ikke haft overskud.]]
I: Hvad ville du have brug for nu?
L: [[need-politics,education-practical|Noget om at stå i midten. Mellem borgeren, politikeren, chefen og medarbejderne. Cases, gerne vores egne. Hvordan man svarer på det opkald fra byrådsmedlemmet.]] [[need-people,education-practical|Og noget om at se stress, før det er for sent. Det er ikke noget, man lærer ved at læse statistik.]]
I: Hvordan ser din egen arbejdsuge ud?
L: [[conditions-time|Lang. Jeg er den første, der siger til mine medarbejdere, at de skal gå hjem, og den sidste, der selv gør det.]] Det er jeg ikke stolt af. [[conditions-alone|Og jeg har ikke rigtig nogen, jeg kan sige det til. Min chef er presset selv.]]
I: Tak for en meget åben samtale.
`,
  },
  {
    key: 't09',
    area: 'teknik-og-miljo',
    band: 'new',
    role: 'Driftsleder, Vej og Trafik',
    recruitment: true,
    text: `
I: Du har været driftsleder i, hvad, et år?
L: Fjorten måneder. Jeg startede i januar sidste år. Før det var jeg vejarbejder i syv år og så holdleder i to. Jeg er uddannet brolægger.
I: [[recruitment|Jeg vil gerne høre, hvordan du blev driftsleder. Hvordan foregik det?]]
L: [[recruitment-asked|Det var egentlig, øh, min chef, [Person 1], der kom ud til mig en dag i oktober. Han sagde, at den gamle driftsleder skulle gå på efterløn, og at han godt kunne se mig i stillingen. Jeg havde aldrig tænkt tanken.]] [[recruitment-asked|Jeg sagde, at jeg skulle tænke over det, og så ringede han igen efter to dage. Så jeg sagde ja.]]
I: Var der en ansøgningsproces?
L: [[recruitment-internal|Ja, stillingen blev slået op. Men jeg tror, det var mest, fordi det skulle den. Der var to udefra til samtale, og jeg fik den. Jeg tror, det var besluttet på forhånd, hvis jeg skal være ærlig.]] Det har jeg det lidt blandet med. Jeg er glad for, at jeg fik den. Men jeg har nogle gange tænkt, at de to andre måske havde været bedre til det, jeg ikke kan.
I: Hvad er det, du ikke kan?
L: [[recruitment-gap,need-finance|Økonomi. Jeg har et budget på fjorten millioner. Fjorten. Jeg havde aldrig haft ansvar for mere end min egen husholdning. Og ingen sagde det til mig, før jeg sad med det.]] [[recruitment-gap|Til samtalen talte vi om asfalt, om mandskab, om vinteren. Vi talte ikke om økonomi. Eller om politik. Eller om HR. Det er jo det meste af jobbet, viste det sig.]]
I: Hvordan var de første måneder?
L: [[recruitment-onboarding|Hårde. Altså, jeg fik en mappe af den gamle driftsleder, som han havde lavet til mig. Den var god, men han var væk efter to uger. Så var det bare mig.]] [[recruitment-onboarding,conditions-sparring|HR havde et forløb for nye ledere, fire eftermiddage, men det blev aflyst, fordi der var for få tilmeldte. Så fik jeg ikke det.]]
I: Tilbage til økonomien. Hvordan arbejder du med den i dag?
L: [[need-finance|Vi har budgetopfølgning hver måned og en større i maj og september. Der skal jeg lave en prognose for resten af året. Og jeg gætter. Helt ærligt, jeg gætter.]] [[need-finance|Jeg ved ikke, om asfaltpuljen bliver brugt op, før jeg har fået tilbuddene. Jeg ved ikke, om vinteren bliver dyr. Så jeg skriver et tal, og så håber jeg.]]
I: Hvad sker der, hvis I går over?
L: [[need-finance|Sidste år endte vi med et underskud på 600.000, og så fik jeg at vide, at det blev overført til i år, så nu starter jeg med et minus. Det havde jeg ikke forstået, at man kunne. Eller skulle.]] Der var indkøbsstop fra november. [[need-finance,need-communication|Og jeg skulle forklare holdet, hvorfor de ikke kunne få nye regntøj. Det var svært, når jeg ikke selv forstod det.]]
I: Hvordan var det at blive leder for dem, du havde arbejdet sammen med?
L: [[need-colleague|Det er det andet svære. Jeg var holdleder i forvejen, så det var ikke helt nyt. Men der er en forskel på at fordele dagens opgaver og så at være den, der skal tage en advarselssamtale.]] [[need-colleague|Der er en af de ældre, som lærte mig faget, da jeg var lærling. Jeg har kendt ham i tyve år. Han kommer for sent. Ikke meget, men hver dag. Og jeg har ikke fået taget den snak. Jeg ved, jeg skal.]]
I: Hvad holder dig tilbage?
L: [[need-colleague|At han lærte mig alt. Hvordan siger man til sin læremester, at han ikke overholder reglerne? Jeg har øvet det i bilen. (griner) Flere gange.]]
I: Du nævnte politik. Hvor møder du det?
L: [[need-politics|Trafiksager. Der er en skole i [Sted 1], hvor forældrene har lavet en underskriftindsamling for bump på vejen. De gik til lokalavisen, og så var sagen i trafikudvalget måneden efter.]] [[need-politics|Jeg skulle lave et notat om det. Jeg havde aldrig skrevet et notat til et udvalg. Jeg skrev to sider om hastigheder og trafiktal, og min chef strøg det meste og skrev en halv side, der handlede om helt andre ting. Om hensynet til nabovejene og om, hvad det ville koste.]]
I: Hvad lærte du af det?
L: [[need-politics|At jeg ikke ved, hvad politikerne har brug for at vide. Jeg tænker som en, der laver vejen, ikke som en, der skal forklare den til vælgerne.]]
I: Hvordan er organisationen omkring dig?
L: [[need-organisation|Det er lidt rodet. Vejdelen hører under min chef, men trafikdelen er delt med en trafikplanlægger, der sidder i en anden afdeling. Så når der kommer en sag om skilte, er det os, der sætter dem op, men dem, der bestemmer hvor.]] [[need-organisation|Og vi bruger tid på at finde ud af, hvem der har sagen. Jeg har tegnet det op på en tavle på mit kontor, så jeg kan huske det.]] (griner) Det er ikke en joke.
I: Hvordan hænger arbejdstiden sammen?
L: [[conditions-time|Dårligt, hvis jeg skal være ærlig. Jeg sidder tit med budgettet om aftenen, når ungerne er lagt i seng, for i løbet af dagen er der ikke ro. Min kone har sagt, at det ikke kan blive ved sådan.]] Jeg håber, det bliver bedre, når jeg får mere rutine. Det siger alle, at det gør.
I: Hvis vi ser på det, du har med dig fra faget – hvad bruger du?
L: [[strength-core|Vejene. Jeg ved, hvordan man lægger en kantsten, så den ligger der om tyve år. Jeg kan se på en strækning, hvad den trænger til.]] [[strength-people|Og jeg tror, folk stoler på mig. De kommer til mig, når de har noget. Det er ikke en selvfølge.]]
I: Hvis du skulle designe et kursus for dig selv, hvad skulle det så indeholde?
L: [[education-practical,need-finance|Et halvt år med en økonomimedarbejder ved siden af. (griner) Nej, men noget om budget og prognose, på mit eget budget.]] [[education-practical,need-politics|Og hvordan man skriver til et udvalg. Og hvordan man tager den svære samtale med en, man kan lide. Med øvelser, ikke bare snak.]]
I: Og hvis kommunen skulle rekruttere den næste driftsleder, hvad skulle de så gøre anderledes?
L: [[recruitment-gap|Sige det ærligt. At det er et økonomijob og et politisk job og et personalejob, og at vejene er den mindste del. Så ved man, hvad man siger ja til.]] [[recruitment-onboarding|Og så have en plan for det første år, som ikke bliver aflyst.]]
I: Tak. Det var meget brugbart.
L: Det var så lidt. Jeg håber, der kommer noget ud af det.
`,
  },
  {
    key: 't10',
    area: 'teknik-og-miljo',
    band: 'experienced',
    role: 'Driftsleder, Ejendomsservice',
    recruitment: false,
    text: `
I: Hvad består dit område af?
L: Vi er atten servicemedarbejdere, der passer kommunens bygninger. Skoler, børnehaver, rådhuset, et par idrætshaller. Jeg har været leder i tolv år, først for pedellerne på skolerne, og så blev vi samlet i en central enhed for to år siden.
I: Hvordan var den omlægning?
L: [[need-organisation|Det var en stor ting. Før var pedellerne ansat på den enkelte skole, og skolelederen var deres chef. Nu er de ansat hos os, men de arbejder stadig på skolerne hver dag. Så hvem bestemmer over dem?]] [[need-organisation|Skolelederen synes stadig, det er ham. Og det er det jo også lidt, i praksis. Det er ham, der står der, når der skal stilles borde op til skolefesten.]]
I: Hvordan håndterer du det?
L: [[need-organisation|Vi har lavet en samarbejdsaftale. Men den er ikke klar nok. Der står, at pedellen skal hjælpe med praktiske opgaver i rimeligt omfang. Hvad er rimeligt? Det skændes vi om.]] [[need-organisation|Og jeg forstår ikke helt, hvem der har besluttet den model, og hvad den egentlig skulle løse. Det kom fra direktionen, og så blev det implementeret. Ingen har forklaret os tankerne bag.]]
I: Har I været inddraget i beslutningen?
L: Der var et høringssvar fra MED. Men det var, da det hele var besluttet.
I: Kan du give et eksempel på, hvor det skaber problemer?
L: [[need-organisation|I vinter bad en skoleleder en af mine folk om at kravle op på taget af gymnastiksalen og rydde sne. Uden sikring. Han gjorde det, fordi han var vant til at gøre, hvad skolelederen sagde.]] [[strength-people|Jeg tog en snak med ham bagefter, ikke for at skælde ud, men for at sige, at han altid må ringe til mig, og at jeg bakker ham op, hvis han siger nej.]] [[need-organisation|Og så tog jeg en snak med skolelederen. Den var svær. Han mente ikke, det var mig, der skulle blande mig i, hvad der skete på hans skole. Og formelt set ved jeg faktisk ikke, hvem der har arbejdsmiljøansvaret, når min medarbejder er på hans matrikel.]]
I: Hvad sagde din chef?
L: At det skulle vi få afklaret. Det er et halvt år siden.
I: Hvordan har medarbejderne taget omlægningen?
L: [[strength-people|Blandet. De ældre savner at høre til på én skole, hvor de kendte børnene og lærerne. Vi har prøvet at holde fast i, at de fleste har deres egen skole som base, og at de kun rykker ud, når der er brug for det.]] Det har taget noget af brodden. Men der er en, der har sagt op, fordi han syntes, det var blevet en fabrik.
I: Hvad er det, der fylder i din hverdag nu?
L: [[strength-operations|Planlægningen kører faktisk ret godt. Vi har et system med faste runder og en vagttelefon til akutte ting. Jeg har tid til at tage ud og se på bygningerne og snakke med folk.]] Det er måske ikke det, du forventede at høre. (griner) Men jeg har sat det op sådan, at mine folk selv klarer det meste.
I: Så driften fylder ikke for meget?
L: [[strength-operations|Nej. Jeg tror, det er fordi, jeg har været der længe. Jeg ved, hvad der kommer, og jeg har lært at sige nej til ting, der ikke er vores.]] [[strength-people|Og så har jeg nogle rigtig dygtige folk, som jeg stoler på. Det giver tid.]]
I: Hvad med økonomien?
L: [[need-finance|Nå ja, den er lidt speciel. Vi har et budget til planlagt vedligehold og et til akut. Og det akutte er altid brugt op i august. Så begynder vi at tage af det planlagte, og så forfalder bygningerne, og så bliver der mere akut.]] [[need-finance|Jeg har prøvet at forklare det opad, men jeg har ikke tallene til at vise det. Jeg ved, det hænger sådan sammen, men jeg kan ikke lave regnestykket, der overbeviser nogen.]]
I: Hvem ville du gå til for at få hjælp til det?
L: Der er en controller, men hun har hele forvaltningen. Jeg har bedt om et møde to gange. Det er ikke blevet til noget.
I: Og den politiske side?
L: [[need-politics|Klimaplanen. Byrådet har vedtaget, at kommunens bygninger skal være CO2-neutrale i 2030. Fint. Men det er mine folk, der skal skifte til LED og regulere varmen og holde øje med energiforbruget.]] [[need-politics|Og så kommer der en politiker ud på en skole og siger til avisen, at nu sparer vi så og så meget. Og jeg står og tænker: det har ingen spurgt os om. Jeg ved ikke, hvordan jeg får vores erfaringer ind, før beslutningerne bliver taget.]]
I: Hvordan omsætter I klimaplanen i hverdagen?
L: [[need-goals|Vi har lavet en liste med tiltag. Men det er svært at måle, om det virker, og målene er sat et sted, hvor ingen ved, hvor lang tid det tager at skifte en ventil.]]
I: Hvordan bruger du budgetopfølgningen?
L: [[need-finance|Jeg får den hver måned. Den viser forbrug på konti, men ikke på bygninger. Så jeg kan ikke se, at vi har brugt 300.000 på én skole, fordi taget er dårligt. Det kan jeg kun se, hvis jeg selv fører et regneark ved siden af, og det gør jeg så.]] Det er nok ikke meningen.
I: Og hvad lykkes for dig som leder?
L: [[strength-core|Bygninger. Jeg er tømrer af uddannelse og har været i faget i tredive år. Jeg kan se på et tag, om det holder fem år mere.]] [[strength-people|Og jeg er ret god til at matche folk og opgaver. Jeg ved, hvem der er god til el, og hvem der er god med børnene på skolerne.]]
I: Hvem vender du tingene med?
L: [[conditions-alone|Ingen, egentlig. Jeg er den eneste driftsleder i ejendomsenheden. Min chef er ingeniør og tænker i projekter og anlæg. Vi taler forskellige sprog.]]
I: Hvad med lederuddannelse – har du haft noget?
L: [[education-after-glu|Jeg var på GLU engang, for en otte år siden. Jeg kan huske kommunikationsmodulet, det var godt. Resten har jeg glemt.]] [[education-practical,need-finance|Hvis jeg skulle noget nu, skulle det være om at argumentere med tal. Hvordan laver man et regnestykke, som en chef eller et udvalg kan bruge?]]
I: Til sidst: hvordan ser du fremtiden for din enhed?
L: [[need-organisation|Jeg håber, vi får afklaret vores rolle. Om vi er skolernes pedeller eller kommunens ejendomsservice. Man kan ikke være begge dele.]]
I: Tak fordi du tog dig tid.
`,
  },
  {
    key: 't11',
    area: 'teknik-og-miljo',
    band: 'new',
    role: 'Teamleder, Park og Vej',
    recruitment: false,
    text: `
I: Du kom udefra til stillingen?
L: Ja, jeg er landskabsarkitekt og har arbejdet på en tegnestue i seks år. Så søgte jeg det her job for elleve måneder siden, fordi jeg gerne ville tættere på driften. Jeg er teamleder for tretten gartnere og to maskinførere.
I: Hvad var det ved jobbet, der fik dig til at søge?
L: [[recruitment-applied|Opslaget talte om planlægning, udvikling af de grønne områder og samarbejde med borgerne. Det var lige mig, tænkte jeg. Jeg søgte og var til to samtaler og en case, hvor vi skulle lave en plan for en park.]] [[recruitment-gap|Men personaleledelse stod der én linje om. Og det er det, der fylder mest. Jeg havde aldrig været leder for nogen før.]]
I: Hvordan har det været at komme ind?
L: [[need-people|Jeg vidste, det ville blive svært, men ikke hvor svært. Jeg er 34 og kvinde, og de fleste på holdet er mænd over halvtreds. De har gjort det her i tredive år.]] Det er ikke sådan, at de er ubehagelige. Men de tester mig.
I: Hvordan tester de dig?
L: [[need-communication|Det er sådan nogle små ting. De spørger mig om noget fagligt foran de andre, som de godt ved, at jeg ikke kan svare på. Om en bestemt maskine, eller om hvordan man beskærer en eller anden busk i februar.]] [[need-core|Og jeg kan ikke svare, for det er ikke det, jeg er uddannet til. Jeg kan tegne en park, men jeg har aldrig passet en i hverdagen.]]
I: Hvad gør du så?
L: [[strength-communication|Jeg har lært at sige: det ved jeg ikke, hvad tænker du? Og så lytter jeg. Det har faktisk virket bedre end at lade som om.]] Men det tog mig et halvt år at finde ud af det.
I: Mange nye ledere fortæller om at gå fra kollega til leder. Det er vel ikke dit problem?
L: Nej, jeg har det modsatte problem. (griner) Jeg har ingen relationer. [[need-people|Jeg kender dem ikke, og de kender ikke mig. Så når jeg skal holde MUS, ved jeg ikke, hvad der optager dem, eller hvad de drømmer om.]]
I: Har du holdt MUS?
L: [[need-people|Ja, i efteråret, med alle tretten. Det var første gang, jeg nogensinde har holdt sådan en samtale. Jeg havde læst HR's vejledning, og jeg havde et skema. Nogle af samtalerne var gode. En af dem var rigtig dårlig.]] [[need-people|Han sad med armene over kors og sagde, at han ikke havde nogen ønsker, og at han bare ville passe sit arbejde. Jeg vidste ikke, hvad jeg skulle gøre. Så jeg afsluttede efter et kvarter.]]
I: Hvad ville du ønske, du havde vidst?
L: Hvordan man åbner en samtale med en, der ikke vil. Og hvornår man skal lade være. Jeg ved det stadig ikke.
I: Hvad med sygefravær?
L: [[need-people|Vi har en, der har været langtidssygemeldt i fem måneder. Jeg har haft to sygesamtaler, og jeg er i tæt kontakt med HR. Men jeg føler, at jeg følger en proces, og ikke at jeg leder.]]
I: Hvem går du til, når du har brug for hjælp?
L: [[need-organisation|Det har jeg brugt lang tid på at finde ud af. I en tegnestue på tolv mennesker råber man bare over skrivebordet. Her er der HR, løn, økonomi, jura, it, og hver har sin postkasse og sin måde at gøre tingene på.]] [[need-organisation|Jeg har lavet mig en liste over, hvem der ved hvad. Den er på tre sider nu. (griner) Men jeg er stadig usikker på, hvad jeg selv må beslutte, og hvad der skal op til min chef.]]
I: Du har vel også et budget?
L: [[need-finance|Jo. Jeg er vant til projektøkonomi fra tegnestuen, timer og honorarer. Men det her er noget helt andet. Jeg har et driftsbudget, der er delt op i konti, som ikke svarer til, hvordan vi arbejder.]] [[need-finance|Græsslåning ligger ét sted, bede et andet, men lønnen til gartnerne ligger samlet. Så jeg kan ikke se, hvad en park koster. Det er jo det, jeg gerne vil vide.]]
I: Har du mødt politikerne?
L: [[need-politics|Ja. Og det var … altså, det var en oplevelse. Der var en byfest i [Sted 1], og formanden for teknisk udvalg ønskede, at rundkørslen ved indfaldsvejen fik nye blomsterbede til festen. Tre uger før.]] [[need-politics|Det var ikke i budgettet, og det var ikke i planen. Men min chef sagde, at det skulle vi bare. Jeg forstod ikke, hvorfor det var et ønske fra én politiker, der kunne ændre vores plan, og jeg forstår stadig ikke helt spillereglerne.]]
I: Hvad gjorde I?
L: Vi plantede bedene. De var flotte. (griner) Og så skar vi ned på plejen af en anden park i to uger. Det var der ingen, der opdagede.
I: Hvad er din styrke, tænker du?
L: [[strength-core|Planlægning og design. Jeg har lavet en plan for, hvordan vi kan omlægge nogle af græsarealerne til vild natur, som både er billigere at drive og bedre for biodiversiteten.]] [[strength-goals|Den har vi fået godkendt, og holdet har været med til at udpege arealerne. Det er første gang, jeg har mærket, at de var med på noget, jeg kom med.]]
I: Har du en mentor eller nogen at sparre med?
L: [[conditions-sparring|Jeg har en tidligere chef fra tegnestuen, som jeg ringer til. Men han kender ikke det offentlige.]] [[conditions-sparring|Jeg ville ønske, der var et netværk for nye ledere i teknik og miljø. Vi er nogle stykker, der er startet inden for det sidste år, men vi kender ikke hinanden.]]
I: Hvad tænker du om lederuddannelse?
L: [[education-practical|Jeg vil gerne tage GLU. Men jeg vil allerhelst have noget, der handler om det offentlige. Hvem er politikerne, hvad er en forvaltning, hvordan taler man med en udvalgsformand.]] [[education-practical,need-people|Og meget mere om samtaler. Rigtige samtaler, med rollespil, hvor man øver den med armene over kors.]]
I: Hvordan har du det med jobbet, alt i alt?
L: Godt. Jeg er glad for, at jeg tog springet. Men det har været det hårdeste år i mit arbejdsliv.
I: Tak for din ærlighed.
`,
  },
  {
    key: 't12',
    area: 'teknik-og-miljo',
    band: 'experienced',
    role: 'Driftsleder, Entreprenørafdelingen',
    recruitment: false,
    text: `
I: Vil du fortælle, hvad entreprenørafdelingen laver?
L: Vi er kommunens egen entreprenør. Vi laver det, som de andre afdelinger bestiller. Vejarbejde, kloakering, anlæg, noget vintertjeneste, noget park. Vi er 42 mand, og jeg har været leder i elleve år. Så jeg har set et par omorganiseringer. (griner) Fire, faktisk.
I: Hvordan er I organiseret?
L: [[need-organisation|Vi kører BUM-model. Bestiller, udfører, modtager. Vej og park bestiller, vi udfører, og borgerne er modtagerne. Det lyder enkelt. Det er det ikke.]] [[need-organisation|For hvem er det, der bestemmer kvaliteten? Bestilleren siger, hvad de vil have, men de har aldrig lagt en flise. Og når noget går galt, peger alle på hinanden.]]
I: Hvordan mærker du det?
L: [[need-organisation|Vi bruger uendelig meget tid på grænsefladerne. Hvem skal betale for, at en kantsten var skæv i forvejen? Var det i bestillingen? Skal det sendes tilbage? Det er bureaukrati, som ingen borgere får noget ud af.]]
I: Og økonomien i modellen?
L: [[need-finance|Vi fakturerer internt. Hver opgave har en pris, og vi skal hvile i os selv. Men timeprisen er fastsat efter en model, som økonomiafdelingen har lavet, og den indeholder ting, jeg ikke har indflydelse på. Husleje, administration, it, en andel af direktørens løn, formentlig.]] (griner) [[need-finance|Jeg ved ikke præcis, hvad der er i den. Jeg har bedt om at se beregningen, og jeg fik et svar, som jeg ikke forstod. Så når bestilleren klager over prisen, står jeg uden argumenter.]]
I: Hvad sker der, når I ikke hviler i jer selv?
L: [[need-finance|Så går vi i minus, og så bliver det overført til næste år, og så skal vi hæve prisen, og så bestiller de mindre, og så går vi i minus igen. Det er en spiral. Jeg har forsøgt at lave en prognose, men jeg har ikke styr på, hvornår de andre bestiller.]] [[need-finance|Og disponeringen er et mysterium. Jeg må disponere inden for rammen, men rammen ændrer sig, når der kommer en tillægsbevilling, og den hører jeg om en måned efter.]]
I: Har der været politiske diskussioner om afdelingen?
L: [[need-politics|Hele tiden. For tre år siden ville et flertal i byrådet konkurrenceudsætte os. Udbyde vores opgaver og se, om private kunne gøre det billigere.]] [[need-politics|Det var et halvt år, hvor ingen vidste, om de havde et job. Jeg skulle holde humøret oppe, og jeg vidste ikke mere end dem. Jeg fik oplysningerne fra avisen.]] Det endte med, at vi blev, men med en effektiviseringsplan.
I: Hvordan var det at lede i den periode?
L: [[strength-people|Jeg holdt morgenmøder hver mandag, hvor jeg sagde det, jeg vidste, og sagde ærligt, når jeg ikke vidste noget. Folk sagde bagefter, at det hjalp. Vi mistede kun to.]] [[need-politics|Men jeg skulle have været bedre til at påvirke beslutningen. Jeg lavede ikke noget materiale. Jeg vidste ikke, hvordan jeg skulle få vores side ind i sagen, før den kom på dagsordenen.]]
I: Hvad med effektiviseringsplanen?
L: [[need-goals|Kommunaldirektøren har en strategi om to procent om året. Det er en flot tanke, at vi skal blive bedre hvert år. Men det betyder i praksis, at jeg skal skære en mand væk hvert år eller hæve prisen.]] [[need-goals|Jeg forstår ikke, hvordan man skal omsætte den til noget, der ikke bare er besparelse. Ingen har vist mig, hvordan man gør det på en god måde.]]
I: Hvordan er dagligdagen?
L: [[need-operations|Om vinteren er det glatførebekæmpelse, om sommeren er det anlæg. Og ind imellem er der altid noget akut. Et kloakbrud, en væltet lygtepæl.]] [[need-operations,conditions-time|Jeg har fire formænd, og de er gode, men jeg bruger stadig halvdelen af min tid på at fordele mandskab og maskiner. Jeg burde bruge den på at udvikle afdelingen.]]
I: Hvordan er det at skaffe folk?
L: [[need-people|Svært. De unge vil ikke være anlægsarbejdere i en kommune, de vil være hos de store entreprenører, hvor der er overtid og bonus. Vi har tre, der går på pension inden for to år, og jeg har ingen plan for, hvordan vi erstatter dem.]] Vi har fået to lærlinge, og det er godt, men de skal have tid, og tiden har vi ikke.
I: Hvordan har I det med sikkerheden?
L: [[strength-core|Det er noget, vi går meget op i. Vi havde en ulykke for fire år siden, hvor en mand fik en arm i klemme i en gravemaskine. Siden har vi haft sikkerhedsgennemgang hver mandag morgen, og vi har ikke haft en alvorlig ulykke siden.]] [[strength-organisation|Arbejdsmiljørepræsentanten og jeg arbejder tæt sammen, og vi bruger MED til noget. Det er en af de ting, kommunen faktisk gør bedre end det private.]]
I: Hvad er du selv stolt af?
L: [[strength-core|Anlæg. Jeg er uddannet anlægsstruktør, og jeg kan regne en opgave igennem, så vi rammer tid og kvalitet.]] [[strength-people|Og jeg kan lide mine folk. Jeg kender dem og deres familier. Vi har et lavt sygefravær og en lav personaleomsætning. Det er jeg stolt af.]]
I: Har du taget lederuddannelse?
L: [[education-after-glu|Jeg tog GLU i 2008. Den var god til det med mennesker, situationsbestemt ledelse og sådan. Men den lærte mig ikke noget om at være leder i en kommune.]] [[education-after-glu,need-finance|Hvis der kom et modul, der handlede om kommunal økonomi og BUM-modeller og om, hvordan man begår sig politisk, ville jeg melde mig i morgen.]]
I: Hvad med din egen udvikling i øvrigt?
L: [[need-development|Jeg har ikke haft en lederudviklingssamtale med min chef i tre år. Den bliver aflyst. Jeg tror, han synes, jeg klarer mig, så længe der ikke er ballade.]] Men man bliver ikke bedre af det.
I: Tak for en spændende samtale.
L: Selv tak. Og sig til dem på rådhuset, at vi ikke er så dyre, som de tror. (griner)
`,
  },
];
