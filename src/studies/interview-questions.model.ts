/**
 * The hand-written texts of the default interview guide: opening and closing questions, and open questions for each
 * competency of the national framework, keyed by the competency's identifier (which stays the same across framework
 * versions, so later versions keep their questions). Written for this project in the spoken Danish an interviewer
 * would use, with a follow-up probe each. A `.model.ts` file because the guide model may import only pure models.
 */

export interface AuthoredQuestion {
  textDa: string;
  textEn: string;
  probeDa?: string;
  probeEn?: string;
}

export interface AuthoredKeyedQuestion extends AuthoredQuestion {
  key: string;
}

export const GUIDE_SECTION_TITLES = {
  opening: { titleDa: 'Indledning: dig og din lederrolle', titleEn: 'Opening: you and your leadership role' },
  other: { titleDa: 'Øvrige kompetencer', titleEn: 'Other competencies' },
  closing: { titleDa: 'Afslutning: ønsker til kompetenceudvikling', titleEn: 'Closing: wishes for development' },
} as const;

export const OPENING_QUESTIONS: readonly AuthoredKeyedQuestion[] = [
  {
    key: 'opening-role',
    textDa:
      'Vil du starte med at fortælle lidt om dit job? Hvad er din titel, og hvad går en almindelig arbejdsdag med?',
    textEn:
      'Could you start by telling me a little about your job? What is your title, and what does an ordinary working day involve?',
    probeDa: 'Hvor meget af din tid går med ledelse, og hvor meget løser du selv af de faglige opgaver?',
    probeEn: 'How much of your time goes on leading, and how much of the professional work do you still do yourself?',
  },
  {
    key: 'opening-unit',
    textDa: 'Fortæl om den enhed, du er leder for. Hvor mange medarbejdere har du, og hvad laver de?',
    textEn: 'Tell me about the unit you lead. How many staff do you have, and what do they do?',
    probeDa: 'Hvilke faggrupper er der? Hvem er din egen leder, og hvor tit taler I sammen?',
    probeEn: 'Which professions are there? Who is your own manager, and how often do you talk?',
  },
  {
    key: 'opening-became-leader',
    textDa: 'Hvordan blev du leder? Søgte du selv stillingen, eller var det nogen, der spurgte dig?',
    textEn: 'How did you become a leader? Did you apply for the job yourself, or did someone ask you?',
    probeDa: 'Var du i forvejen ansat på stedet – og var du kollega med nogle af dem, du nu er leder for?',
    probeEn: 'Did you already work there – and were you a colleague of some of the people you now lead?',
  },
  {
    key: 'opening-path',
    textDa: 'Hvad lavede du, før du blev leder? Fortæl lidt om din faglige baggrund og den vej, du er kommet ad.',
    textEn:
      'What did you do before you became a leader? Tell me a little about your professional background and the path that brought you here.',
    probeDa:
      'Hvor længe har du været leder, og har du haft andre lederjob før det her? Havde du ledererfaring eller lederuddannelse, da du startede?',
    probeEn:
      'How long have you been a leader, and have you had other leadership jobs before this one? Did you have leadership experience or training when you started?',
  },
  {
    key: 'opening-recruitment',
    textDa:
      'Hvordan oplevede du selve ansættelsen – fra stillingsopslaget eller den første snak og frem til din første dag som leder?',
    textEn:
      'How did you experience the recruitment itself – from the job advert or the first conversation up to your first day as a leader?',
    probeDa:
      'Var det tydeligt, hvad der blev forventet af dig? Hvad fik du af introduktion og støtte i starten, og hvad savnede du?',
    probeEn:
      'Was it clear what was expected of you? What introduction and support did you get at the start, and what did you miss?',
  },
];

export const CLOSING_QUESTIONS: readonly AuthoredKeyedQuestion[] = [
  {
    key: 'closing-wishes',
    textDa: 'Hvis du selv kunne vælge, hvad ville du så helst lære mere om eller blive bedre til som leder?',
    textEn:
      'If you could choose for yourself, what would you most like to learn more about or get better at as a leader?',
    probeDa:
      'Af det, vi har talt om i dag, hvad fylder mest for dig lige nu? Hvad ville gøre den største forskel i din hverdag?',
    probeEn:
      'Of what we have talked about today, what matters most to you right now? What would make the biggest difference to your working day?',
  },
  {
    key: 'closing-earlier-training',
    textDa: 'Har du tidligere været på lederuddannelse eller kurser? Hvad fik du ud af det?',
    textEn: 'Have you taken part in leadership training or courses before? What did you get out of it?',
    probeDa: 'Hvad gjorde, at du kunne bruge det i praksis – eller hvorfor kunne du ikke?',
    probeEn: "What made it possible to use it in practice – or why couldn't you?",
  },
  {
    key: 'closing-format',
    textDa:
      'Hvilken form ville passe dig bedst: hele kursusdage, et forløb i moduler over nogle måneder, korte sessioner online eller noget helt fjerde?',
    textEn:
      'What format would suit you best: full course days, a programme in modules over a few months, short online sessions, or something else entirely?',
    probeDa:
      'Hvor meget tid kan du realistisk sætte af, og hvornår på året passer det dårligst? Hvad skal der til, for at du kan komme fra?',
    probeEn:
      'How much time can you realistically set aside, and when in the year is worst for you? What would it take for you to get away?',
  },
  {
    key: 'closing-anything-else',
    textDa: 'Er der noget, vi ikke har talt om, som du synes er vigtigt for at være en god førstelinjeleder?',
    textEn: 'Is there anything we have not talked about that you think matters for being a good first-line leader?',
  },
];

/** Open questions per national competency (see NATIONAL_COMPETENCY_IDS in the national framework for the names). */
export const NATIONAL_INTERVIEW_QUESTIONS: Readonly<Record<string, readonly AuthoredQuestion[]>> = {
  // Fra kollega til leder
  'f1a00000-0000-4000-8000-000000010100': [
    {
      textDa:
        'Hvordan var det at gå fra at være kollega til at være leder? Fortæl om en situation, hvor du mærkede, at din rolle havde ændret sig.',
      textEn:
        'What was it like to go from being a colleague to being the leader? Tell me about a situation where you noticed that your role had changed.',
      probeDa: 'Hvordan reagerede dine tidligere kolleger? Er der relationer eller venskaber, der har ændret sig?',
      probeEn: 'How did your former colleagues react? Have any relationships or friendships changed?',
    },
    {
      textDa:
        'Fortæl om en gang, hvor du skulle træffe en beslutning, som medarbejderne var uenige i. Hvordan gjorde du?',
      textEn:
        'Tell me about a time when you had to make a decision your staff disagreed with. How did you go about it?',
      probeDa:
        'Hvad hjalp dig til at stå fast – eller hvad fik dig til at ændre mening? Vidste du, hvad din egen leder forventede af dig?',
      probeEn:
        'What helped you stand firm – or what made you change your mind? Did you know what your own manager expected of you?',
    },
  ],
  // Egen udvikling og refleksion
  'f1a00000-0000-4000-8000-000000010200': [
    {
      textDa: 'Hvordan finder du ud af, om du gør det godt som leder? Hvem giver dig feedback?',
      textEn: 'How do you find out whether you are doing well as a leader? Who gives you feedback?',
      probeDa: 'Kan du give et eksempel på en tilbagemelding, der fik dig til at gøre noget anderledes?',
      probeEn: 'Can you give an example of feedback that made you do something differently?',
    },
    {
      textDa: 'Fortæl om en periode, hvor det var hårdt at være leder. Hvad gjorde du for at passe på dig selv?',
      textEn: 'Tell me about a period when being a leader was hard. What did you do to look after yourself?',
      probeDa: 'Hvem taler du med om din ledelse – har du en sparringspartner eller et netværk af andre ledere?',
      probeEn:
        'Who do you talk to about your leadership – do you have a sparring partner or a network of other leaders?',
    },
  ],
  // Personaleledelse, trivsel og relationer
  'f1a00000-0000-4000-8000-000000020100': [
    {
      textDa:
        'Fortæl om en medarbejder, du har brugt meget tid på i det seneste år. Hvad handlede det om, og hvordan greb du det an?',
      textEn:
        'Tell me about a member of staff you have spent a lot of time on over the past year. What was it about, and how did you approach it?',
      probeDa: 'Hvilke redskaber brugte du – fx MUS, sygefraværssamtaler eller hjælp fra HR? Hvad manglede du?',
      probeEn:
        'Which tools did you use – for example appraisal interviews, sickness absence talks or help from HR? What did you lack?',
    },
    {
      textDa: 'Hvordan kan du mærke, om dine medarbejdere trives? Hvad gør du for arbejdsmiljøet i hverdagen?',
      textEn:
        'How can you tell whether your staff are doing well? What do you do for the working environment day to day?',
      probeDa:
        'Har du ændret noget, fordi trivslen ikke var god nok? Hvordan fordeler du opgaverne, så det opleves retfærdigt?',
      probeEn:
        'Have you changed anything because well-being was not good enough? How do you share out tasks so it feels fair?',
    },
  ],
  // Kommunikation og konflikthåndtering
  'f1a00000-0000-4000-8000-000000020200': [
    {
      textDa:
        'Fortæl om en konflikt eller uenighed i personalegruppen, som du skulle håndtere. Hvad skete der, og hvad gjorde du?',
      textEn:
        'Tell me about a conflict or disagreement in the team that you had to handle. What happened, and what did you do?',
      probeDa:
        'Hvornår opdagede du den? Var det en faglig uenighed eller noget mere personligt? Hvad ville du gøre anderledes i dag?',
      probeEn:
        'When did you notice it? Was it a professional disagreement or something more personal? What would you do differently today?',
    },
    {
      textDa: 'Hvordan fortæller du medarbejderne om en beslutning, de ikke bryder sig om? Tænk på en konkret gang.',
      textEn: 'How do you tell your staff about a decision they will not like? Think of a specific time.',
      probeDa: 'Og borgere eller pårørende – har du haft svære samtaler med dem? Hvordan gik det?',
      probeEn: 'And citizens or relatives – have you had difficult conversations with them? How did it go?',
    },
  ],
  // Faglig ledelse og kerneopgaven
  'f1a00000-0000-4000-8000-000000030100': [
    {
      textDa:
        'Hvad er det vigtigste, din enhed er sat i verden for at løse, og hvordan sikrer du, at det bliver gjort ordentligt?',
      textEn:
        'What is the most important thing your unit is there to do, and how do you make sure it is done properly?',
      probeDa:
        'Hvordan følger du op på kvaliteten? Fortæl om en gang, hvor kvaliteten ikke var god nok, og hvad du gjorde.',
      probeEn:
        'How do you follow up on quality? Tell me about a time when quality was not good enough, and what you did.',
    },
    {
      textDa:
        'Hvor meget er du selv med i det daglige arbejde? Fortæl om en opgave, du valgte at give fra dig, selvom du godt kunne have løst den selv.',
      textEn:
        'How much do you take part in the day-to-day work yourself? Tell me about a task you chose to hand over even though you could have done it yourself.',
      probeDa:
        'Hvad gør det svært at slippe de faglige opgaver? Hvordan hjælper du medarbejderne med at blive dygtigere?',
      probeEn:
        'What makes it hard to let go of the professional tasks? How do you help your staff become more skilled?',
    },
  ],
  // Retning, mål- og værdistyring
  'f1a00000-0000-4000-8000-000000030200': [
    {
      textDa: 'Hvilke mål arbejder I efter i din enhed lige nu, og hvor kommer de fra?',
      textEn: 'What goals is your unit working towards right now, and where do they come from?',
      probeDa:
        'Hvordan har du gjort de overordnede mål til noget, medarbejderne kan bruge i hverdagen? Hvordan følger I op på dem?',
      probeEn:
        'How have you turned the overall goals into something your staff can use day to day? How do you follow up on them?',
    },
    {
      textDa: 'Fortæl om en gang, hvor I måtte prioritere hårdt. Hvad lagde du vægt på?',
      textEn: 'Tell me about a time when you had to make tough priorities. What did you give weight to?',
      probeDa: 'Spillede organisationens værdier en rolle i beslutningen? Talte du med medarbejderne om det?',
      probeEn: "Did the organisation's values play a part in the decision? Did you talk it over with your staff?",
    },
  ],
  // Drift, udvikling og forandring
  'f1a00000-0000-4000-8000-000000030300': [
    {
      textDa: 'Hvordan ser en typisk uge ud for dig? Hvor meget af tiden går med drift og brandslukning?',
      textEn: 'What does a typical week look like for you? How much of the time goes on operations and firefighting?',
      probeDa: 'Hvad gør du for at få tid til ledelse og udvikling? Hvad står i vejen for det?',
      probeEn: 'What do you do to make time for leadership and development? What gets in the way?',
    },
    {
      textDa:
        'Fortæl om en forandring, du har skullet føre dine medarbejdere igennem – fx en omorganisering, et nyt it-system eller en ny måde at arbejde på.',
      textEn:
        'Tell me about a change you have had to lead your staff through – for example a reorganisation, a new IT system or a new way of working.',
      probeDa:
        'Hvordan tog medarbejderne imod den? Hvad gjorde du, når nogen var imod? Hvad ville du gøre anderledes næste gang?',
      probeEn:
        'How did your staff receive it? What did you do when someone was against it? What would you do differently next time?',
    },
  ],
  // Økonomisk forståelse og økonomistyring
  'f1a00000-0000-4000-8000-000000040100': [
    {
      textDa:
        'Hvilket ansvar har du for økonomien i din enhed? Fortæl om, hvordan du arbejder med budgettet i løbet af året.',
      textEn:
        "What responsibility do you have for your unit's finances? Tell me how you work with the budget over the year.",
      probeDa: 'Hvor tryg er du ved at læse en budgetopfølgning? Hvem hjælper dig, når tallene ikke stemmer?',
      probeEn: 'How confident are you reading a budget report? Who helps you when the figures do not add up?',
    },
    {
      textDa:
        'Fortæl om en gang, hvor du måtte spare eller bruge pengene anderledes end planlagt. Hvordan forklarede du det for medarbejderne?',
      textEn:
        'Tell me about a time when you had to cut back or spend the money differently than planned. How did you explain it to your staff?',
      probeDa: 'Hvad ville gøre det lettere for dig at bruge tallene, når du skal træffe beslutninger?',
      probeEn: 'What would make it easier for you to use the figures when you make decisions?',
    },
  ],
  // Politisk tæft og ledelsesrum
  'f1a00000-0000-4000-8000-000000040200': [
    {
      textDa:
        'Hvordan mærker du de politiske beslutninger i din hverdag? Fortæl om en beslutning, der fik betydning for dit område.',
      textEn:
        'How do political decisions show up in your everyday work? Tell me about a decision that affected your area.',
      probeDa: 'Hvordan omsatte du den til noget, medarbejderne kunne arbejde med? Hvordan talte du med dem om den?',
      probeEn: 'How did you turn it into something your staff could work with? How did you talk to them about it?',
    },
    {
      textDa: 'Hvor meget kan du selv bestemme som leder, og hvornår skal du gå til din egen leder?',
      textEn: 'How much can you decide for yourself as a leader, and when do you have to go to your own manager?',
      probeDa:
        'Har du stået i et krydspres mellem fx borgere, pårørende, medier, politikere og medarbejdere? Hvordan håndterede du det?',
      probeEn:
        'Have you been caught between, for example, citizens, relatives, the media, politicians and your staff? How did you handle it?',
    },
  ],
  // Organisationsforståelse og samarbejde
  'f1a00000-0000-4000-8000-000000040300': [
    {
      textDa:
        'Hvem samarbejder du mest med uden for din egen enhed – andre ledere, HR, økonomi eller andre afdelinger?',
      textEn: 'Who do you work with most outside your own unit – other leaders, HR, finance or other departments?',
      probeDa: 'Fortæl om et samarbejde på tværs, der fungerede godt, og et, der var svært. Hvad gjorde forskellen?',
      probeEn:
        'Tell me about a cross-unit collaboration that worked well, and one that was difficult. What made the difference?',
    },
    {
      textDa: 'Hvordan bruger du MED-udvalget og tillidsrepræsentanten i din ledelse?',
      textEn: 'How do you use the MED committee and the union representative in your leadership?',
      probeDa:
        'Ved du, hvor du skal henvende dig, når du står med et problem, du ikke selv kan løse? Hvordan fandt du ud af det?',
      probeEn: 'Do you know where to turn when you face a problem you cannot solve yourself? How did you find out?',
    },
  ],
};

/** The fallback for a competency without hand-written questions, built from its title. */
export function genericQuestions(titleDa: string, titleEn: string): AuthoredQuestion[] {
  return [
    {
      textDa: `Fortæl om en situation, hvor du som leder har stået med noget, der handler om »${titleDa}«. Hvad skete der, og hvad gjorde du?`,
      textEn: `Tell me about a situation where you, as a leader, dealt with something to do with “${titleEn}”. What happened, and what did you do?`,
      probeDa: 'Hvad gik godt, og hvad var svært? Hvad ville have hjulpet dig?',
      probeEn: 'What went well, and what was difficult? What would have helped you?',
    },
    {
      textDa: `Hvor godt klædt på føler du dig til »${titleDa}« i dit job i dag, og hvad ville du gerne blive bedre til?`,
      textEn: `How well equipped do you feel for “${titleEn}” in your job today, and what would you like to get better at?`,
      probeDa: 'Hvor har du lært det, du kan – på kurser, af kolleger eller ved at prøve dig frem?',
      probeEn: 'Where did you learn what you know – on courses, from colleagues or by trial and error?',
    },
  ];
}
