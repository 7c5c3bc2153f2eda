import type { Services } from '../platform/context.js';
import type { Jobs } from '../platform/jobs/jobs.js';
import { PEOPLE_EXPORT_QUEUE, type PeopleExportPayload, runPeopleExport } from './people-export.service.js';

export function definePeopleJobs(jobs: Jobs, services: Services): void {
  // One retry: a failed export is usually a bug or a lost requester, not a passing hiccup.
  jobs.define<PeopleExportPayload>(PEOPLE_EXPORT_QUEUE, (run) => runPeopleExport(services, run), { retryLimit: 1 });
}
