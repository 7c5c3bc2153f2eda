import { jobsRoutes } from './jobs.routes.js';

export const jobsModule = { name: 'jobs', routes: jobsRoutes };
