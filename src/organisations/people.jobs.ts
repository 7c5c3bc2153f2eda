import type { Services } from '../platform/context.js';
import type { Jobs } from '../platform/jobs/jobs.js';

export function definePeopleJobs(_jobs: Jobs, _services: Services): void {}
