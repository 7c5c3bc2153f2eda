/**
 * One synthetic demo interview as written: a first-line leader (L) talking with the study's interviewer (I). Every
 * person and place in it is fictitious and written already pseudonymised ("[Person 1]", "[Sted 1]"), as the stored
 * text would be. The text holds one speaker turn per line, each starting with "I: " or "L: ", and the first demo
 * analyst's codings as markup: `[[key1,key2|the coded words]]` (keys from demo/coding-codebook.ts; no nesting; a
 * passage lies within one turn). demo/coding-plan.ts turns it into plain text, turns and codings.
 */
import type { DemoAreaKey } from '../study-comments.js';

export interface DemoTranscript {
  key: string;
  area: DemoAreaKey;
  /** new: under two years as a leader. */
  band: 'new' | 'experienced';
  /** The leader's job title, in Danish. */
  role: string;
  /** True when the leader talks at length about how they were recruited to the job. */
  recruitment: boolean;
  text: string;
}
