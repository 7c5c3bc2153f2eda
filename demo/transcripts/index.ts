/** All thirty demo interviews, in key order: twelve from Teknik og Miljø, eighteen from elderly care. */
import { AELDRE_1 } from './aeldre-1.js';
import { AELDRE_2 } from './aeldre-2.js';
import { AELDRE_3 } from './aeldre-3.js';
import type { DemoTranscript } from './demo-transcript.js';
import { TEKNIK_1 } from './teknik-1.js';
import { TEKNIK_2 } from './teknik-2.js';

export const DEMO_TRANSCRIPTS: readonly DemoTranscript[] = [
  ...TEKNIK_1,
  ...TEKNIK_2,
  ...AELDRE_1,
  ...AELDRE_2,
  ...AELDRE_3,
];
