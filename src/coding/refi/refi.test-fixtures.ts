/**
 * A RefiProject that exercises every part of the exchange: a code tree with Frontline data, awkward characters,
 * typed variables, notes in every place they can hang, emoji and æøå before coded passages, overlapping selections.
 */
import type { RefiProject } from './refi.model.js';

export const G = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const EMOJI_TEXT = 'Hej 👋🏽 fra Ærø og Åbenrå: ledelse er svært.\nI: Hvorfor?\nD: Fordi 😅 tid.';
/** "ledelse" counted by hand: "Hej " 4, 👋 🏽 2 (four UTF-16 units), " fra " 5, "Ærø" 3, " og " 4, "Åbenrå" 6, ": " 2. */
export const LEDELSE = { start: 26, end: 33 };

export function richProject(): RefiProject {
  const [anna, bo] = [G(1), G(2)];
  return {
    name: 'Behovsanalyse 2025 — "ledere" & <teams>',
    origin: 'Frontline 0.1.0',
    description: 'Projektets beskrivelse\nover to linjer.',
    creationDateTime: '2025-03-01T09:30:00.000Z',
    users: [
      { guid: anna, name: 'Anna Æbelø' },
      { guid: bo, name: 'Maskine' },
    ],
    codes: [
      {
        guid: G(10),
        name: 'Strategisk ledelse',
        description: '',
        colour: null,
        isCodable: false,
        children: [
          {
            guid: G(11),
            name: 'Behov: prioritering',
            description: 'Når lederen mangler\nværktøjer til at prioritere.\n',
            colour: '#b3261e',
            isCodable: true,
            children: [],
            noteGuids: [G(90)],
            frontline: { polarity: 'need', competencyId: '6f1c0d52-3a1b-4c2d-9e8f-0123456789ab', shortcut: '1' },
          },
          {
            guid: G(12),
            name: 'Styrke: prioritering <&>',
            description: 'Tab\there, CR\r and "quotes"',
            colour: '#2e7d32',
            isCodable: true,
            children: [],
            noteGuids: [],
            frontline: { polarity: 'strength', competencyId: null, shortcut: null },
          },
        ],
        noteGuids: [],
        frontline: { polarity: 'neutral', competencyId: null, shortcut: null },
      },
      {
        guid: G(13),
        name: 'Fra et andet værktøj',
        description: 'Uden Frontline-data',
        colour: '#1f6fb2',
        isCodable: true,
        children: [],
        noteGuids: [],
        frontline: null,
      },
    ],
    variables: [
      { guid: G(20), name: 'organisation', type: 'Text', description: 'Kommunen' },
      { guid: G(21), name: 'band', type: 'Text', description: '' },
      { guid: G(22), name: 'Anciennitet', type: 'Integer', description: '' },
      { guid: G(23), name: 'Ny leder', type: 'Boolean', description: '' },
      { guid: G(24), name: 'Timer', type: 'Float', description: '' },
      { guid: G(25), name: 'Interviewdato', type: 'Date', description: '' },
      { guid: G(26), name: 'Booket', type: 'DateTime', description: '' },
    ],
    cases: [
      {
        guid: G(30),
        name: 'L-0042',
        description: 'Deltager',
        values: [
          { variableGuid: G(20), value: 'Aarhus Kommune' },
          { variableGuid: G(21), value: '' },
          { variableGuid: G(22), value: 3 },
          { variableGuid: G(23), value: false },
          { variableGuid: G(24), value: 1e-7 },
          { variableGuid: G(25), value: '2025-02-28' },
          { variableGuid: G(26), value: '2025-02-28T13:15:00.000Z' },
        ],
        sourceGuids: [G(40)],
      },
      { guid: G(31), name: 'L-0043', description: '', values: [], sourceGuids: [G(41)] },
    ],
    sources: [
      {
        guid: G(40),
        name: 'Interview L-0042',
        description: 'Transskriberet',
        text: EMOJI_TEXT,
        creatingUser: anna,
        creationDateTime: '2025-03-02T10:00:00.000Z',
        selections: [
          {
            guid: G(50),
            name: 'ledelse',
            description: '',
            start: LEDELSE.start,
            end: LEDELSE.end,
            creatingUser: anna,
            creationDateTime: '2025-03-02T10:05:00.000Z',
            codings: [
              { guid: G(60), codeGuid: G(11), creatingUser: anna, creationDateTime: null, noteGuids: [G(92)] },
              {
                guid: G(61),
                codeGuid: G(13),
                creatingUser: bo,
                creationDateTime: '2025-03-02T10:06:00.000Z',
                noteGuids: [],
              },
            ],
            noteGuids: [],
          },
          {
            guid: G(51),
            name: 'overlap',
            description: 'Overlapper',
            start: 20,
            end: 44,
            creatingUser: null,
            creationDateTime: null,
            codings: [{ guid: G(62), codeGuid: G(12), creatingUser: null, creationDateTime: null, noteGuids: [] }],
            noteGuids: [G(91)],
          },
        ],
        noteGuids: [G(93)],
      },
      {
        guid: G(41),
        name: '',
        description: '',
        text: '',
        creatingUser: null,
        creationDateTime: null,
        selections: [],
        noteGuids: [],
      },
    ],
    notes: [
      { guid: G(90), name: 'Kodememo', text: 'Om koden & <brugen>', creatingUser: anna, creationDateTime: null },
      { guid: G(91), name: '', text: 'Linje 1\nLinje 2', creatingUser: null, creationDateTime: null },
      { guid: G(92), name: 'Kodningsmemo', text: '', creatingUser: bo, creationDateTime: '2025-03-03T08:00:00.000Z' },
      { guid: G(93), name: 'Interviewmemo', text: '🙂', creatingUser: null, creationDateTime: null },
      { guid: G(94), name: 'Studiememo', text: 'Hele studiet', creatingUser: null, creationDateTime: null },
    ],
    noteGuids: [G(94)],
  };
}
