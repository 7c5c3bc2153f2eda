import type { Services } from '../platform/context.js';
import { createRouter } from '../platform/http/env.js';
import type { Jobs } from '../platform/jobs/jobs.js';
import { areasRoutes } from './areas.routes.js';
import { defineImportJobs } from './import.jobs.js';
import { importRoutes } from './import.routes.js';
import { leadersRoutes } from './leaders.routes.js';
import { definePeopleJobs } from './people.jobs.js';
import { peopleRoutes } from './people.routes.js';
import { privacyRoutes } from './privacy.routes.js';

const routes = createRouter();
routes.route('/', importRoutes);
routes.route('/', leadersRoutes);
routes.route('/', areasRoutes);
routes.route('/', peopleRoutes);
routes.route('/', privacyRoutes);

/** Org charts, first-line leaders, people and their privacy (DESIGN.md §2 step 1). */
export const organisationsModule = {
  name: 'organisations',
  routes,
  defineJobs(jobs: Jobs, services: Services) {
    defineImportJobs(jobs, services);
    definePeopleJobs(jobs, services);
  },
};
