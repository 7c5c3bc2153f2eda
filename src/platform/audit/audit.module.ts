import type { Services } from '../context.js';
import type { Jobs } from '../jobs/jobs.js';
import { auditRoutes } from './audit.routes.js';
import { AUDIT_EXPORT_QUEUE, type AuditExportPayload, runAuditExport } from './audit-export.service.js';

export const auditModule = {
  name: 'audit',
  routes: auditRoutes,
  defineJobs(jobs: Jobs, services: Services) {
    // One retry: a failed export is usually a bug or a lost requester, not a passing hiccup.
    jobs.define<AuditExportPayload>(AUDIT_EXPORT_QUEUE, (run) => runAuditExport(services, run), { retryLimit: 1 });
  },
};
