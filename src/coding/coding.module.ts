import type { Services } from '../platform/context.js';
import { createRouter } from '../platform/http/env.js';
import type { Jobs } from '../platform/jobs/jobs.js';
import { agreementRoutes } from './agreement.routes.js';
import { codebookRoutes } from './codebook.routes.js';
import { codingsRoutes } from './codings.routes.js';
import { refiRoutes } from './refi.routes.js';
import { retrievalRoutes } from './retrieval.routes.js';
import { defineSuggestionJobs, suggestionsRoutes } from './suggestions.routes.js';
import { defineTranscriptBatchJob } from './transcript-batch.service.js';
import { transcriptsRoutes } from './transcripts.routes.js';

const routes = createRouter();
// Fixed paths (`/transcripts/batch`, `/codes/from-framework`, `/codings/restore`) before the `{…Id}` ones.
routes.route('/', transcriptsRoutes);
routes.route('/', codebookRoutes);
routes.route('/', codingsRoutes);
routes.route('/', retrievalRoutes);
routes.route('/', agreementRoutes);
routes.route('/', suggestionsRoutes);
routes.route('/', refiRoutes);

/** Interview analysis: transcripts, codebook, coding, agreement, suggestions, search, REFI-QDA (DESIGN.md §2 step 5). */
export const codingModule = {
  name: 'coding',
  routes,
  defineJobs(jobs: Jobs, services: Services) {
    defineTranscriptBatchJob(jobs, services);
    defineSuggestionJobs(jobs, services);
  },
};
