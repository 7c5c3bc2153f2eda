import type { Services } from '../context.js';
import type { Jobs } from '../jobs/jobs.js';
import { filesRoutes } from './files.routes.js';
import { deleteExpiredFiles } from './files.service.js';

export const filesModule = {
  name: 'files',
  routes: filesRoutes,
  defineJobs(jobs: Jobs, services: Services) {
    // Expired exports stop being served at once; this removes their bytes nightly.
    jobs.define('files-cleanup', async () => ({ deleted: await deleteExpiredFiles(services.database.db) }));
    jobs.schedule('files-cleanup', '17 3 * * *');
  },
};
