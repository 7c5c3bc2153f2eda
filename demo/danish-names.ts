/**
 * Fictitious people with realistic Danish names for the demo and benchmark org charts. Lists run from most to least
 * common (zipfPicker weighs them that way). Every letter is in Latin-1, so the names survive a Windows-1252 CSV.
 */
import { list, pick, type Random, zipfPicker } from './random.js';

export const FEMALE_FIRST_NAMES = list(`
  Anne, Kirsten, Mette, Hanne, Helle, Susanne, Lene, Maria, Marianne, Lone, Camilla, Pia, Louise, Charlotte,
  Tina, Gitte, Bente, Karen, Inge, Rikke, Jette, Birgitte, Malene, Heidi, Trine, Dorthe, Lisbeth, Julie, Sofie,
  Ida, Line, Karina, Signe, Christina, Emma, Mathilde, Laura, Cecilie, Maja, Sanne, Ditte, Nanna, Stine, Anja,
  Berit, Birthe, Else, Grethe, Lotte, Tove, Vibeke, Pernille, Katrine, Merete, Sidsel, Astrid, Freja, Lærke,
  Jytte, Bodil, Ingrid, Solveig, Gry, Josefine, Rebekka, Åse, Hjørdis, Bjørg, Søs, Sørine, Gunhild, Mai-Britt
`);

export const MALE_FIRST_NAMES = list(`
  Peter, Jens, Lars, Michael, Henrik, Søren, Thomas, Jan, Niels, Anders, Morten, Jesper, Martin, Rasmus, Hans,
  Jørgen, Christian, Mads, Per, Ole, Kim, Poul, Steen, Torben, Kasper, Frederik, Mikkel, Jakob, Bo, Claus,
  Erik, Flemming, Bjarne, Kenneth, Brian, Carsten, Jørn, Bjørn, Knud, Finn, Preben, Allan, Jonas, Simon, Emil,
  Magnus, Nikolaj, Mathias, Tobias, Johan, Esben, Troels, Ulrik, Svend, Bent, Leif, Palle, Arne, Kjeld, Ove,
  Asger, Lasse, Villads, Aske, Malthe, Kåre, Åge, Øjvind, Gorm, Thorkild, René, Holger
`);

/** Double first names, as many Danes of working age have them. */
export const DOUBLE_FEMALE_NAMES = list(`Anne-Mette, Mette-Marie, Ann-Sofie, Anne-Grethe, Lise-Lotte, Anna Sofie`);
export const DOUBLE_MALE_NAMES = list(
  `Hans Henrik, Jens Peter, Niels Jørgen, Karl Åge, Per Søren, Hans-Jørgen, Carl Emil`,
);

/** A municipal workforce is not only Danish-born. */
export const INTERNATIONAL_FIRST_NAMES = list(`
  Fatima, Amina, Mariam, Aisha, Leyla, Agnieszka, Katarzyna, Ioana, Ahmed, Ali, Mohammad, Hassan, Omar, Tomasz,
  Piotr, Mehmet
`);
export const INTERNATIONAL_SURNAMES = list(`
  Hussein, Ali, Ahmadi, Yilmaz, Öztürk, Nowak, Kowalski, Popescu, Nguyen, Khan, Abdi, Mohamed
`);

export const SURNAMES = list(`
  Nielsen, Jensen, Hansen, Pedersen, Andersen, Christensen, Larsen, Sørensen, Rasmussen, Jørgensen, Petersen,
  Madsen, Kristensen, Olsen, Thomsen, Christiansen, Poulsen, Johansen, Møller, Mortensen, Knudsen, Jakobsen,
  Jacobsen, Mikkelsen, Olesen, Frederiksen, Laursen, Henriksen, Lund, Schmidt, Eriksen, Holm, Kristiansen,
  Clausen, Simonsen, Svendsen, Andreasen, Iversen, Jeppesen, Mogensen, Jespersen, Nissen, Lauridsen, Frandsen,
  Østergaard, Jepsen, Kjær, Carlsen, Vestergaard, Jessen, Nørgaard, Dahl, Christoffersen, Skov, Søndergaard,
  Bertelsen, Bruun, Lassen, Bach, Gregersen, Friis, Johnsen, Steffensen, Kjeldsen, Bech, Krogh, Lauritsen,
  Danielsen, Mathiesen, Brandt, Winther, Toft, Ravn, Mathiasen, Dam, Holst, Lind, Berg, Schultz, Overgaard,
  Nygaard, Bang, Koch, Klausen, Hedegaard, Kofoed, Sommer, Thygesen, Bisgaard, Damgaard, Juhl, Bundgaard,
  Villadsen, Højgaard, Lykke, Bjerre, Dalgaard, Kragh, Aagaard, Søgaard, Bøgh, Grønbæk, Kjærgaard, Mølgaard,
  Nørby, Nørregaard, Skjødt, Thøgersen, Bødker, Brøndum, Bækgaard, Lønborg, Kjærsgaard, Høj, Sønderby, Ågaard,
  Fønss, Dybdahl
`);

/** Mellemnavne: a family name in front of the surname ("Mette Kjær Nielsen"). */
export const MIDDLE_NAMES = list(`
  Lund, Kjær, Bak, Skov, Holm, Bach, Dam, Juul, Munk, Krogh, Ravn, Høj, Brøndum, Bøgh, Vestergaard, Østergaard,
  Møller, Storm, Due, Lykke, Grøn, Søgaard
`);

/** All first names, for callers that do not care about gender or origin. */
export const FIRST_NAMES: readonly string[] = [...FEMALE_FIRST_NAMES, ...MALE_FIRST_NAMES];

export interface PersonName {
  /** First and middle names, as a "Fornavn" column holds them. */
  first: string;
  last: string;
  /** As an HR system shows it: first, middle (if any) and last name. */
  full: string;
}

const pickFemale = zipfPicker(FEMALE_FIRST_NAMES, 8);
const pickMale = zipfPicker(MALE_FIRST_NAMES, 8);
const pickSurname = zipfPicker(SURNAMES, 3);

/** A name; `femaleShare` follows the job (most social- og sundhedshjælpere are women, most vejmænd men). */
export function randomName(random: Random, femaleShare = 0.5): PersonName {
  if (random() < 0.04) {
    const first = pick(random, INTERNATIONAL_FIRST_NAMES);
    const last = pick(random, INTERNATIONAL_SURNAMES);
    return { first, last, full: `${first} ${last}` };
  }
  const female = random() < femaleShare;
  const double = random() < 0.05;
  const first = female
    ? double
      ? pick(random, DOUBLE_FEMALE_NAMES)
      : pickFemale(random)
    : double
      ? pick(random, DOUBLE_MALE_NAMES)
      : pickMale(random);
  const middle = random() < 0.25 ? pick(random, MIDDLE_NAMES) : null;
  let last = pickSurname(random);
  if (middle === last) last = pickSurname(random);
  const given = middle ? `${first} ${middle}` : first;
  return { first: given, last, full: `${given} ${last}` };
}

/** Letters and digits for an e-mail local part: æ → ae, ø → oe, å → aa, accents dropped, words joined by dots. */
export function asciiSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '');
}
