import { analysisModule } from './analysis/analysis.module.js';
import { codingModule } from './coding/coding.module.js';
import { frameworksModule } from './frameworks/frameworks.module.js';
import { organisationsModule } from './organisations/organisations.module.js';
import { accountsModule } from './platform/accounts/accounts.module.js';
import { auditModule } from './platform/audit/audit.module.js';
import type { Services } from './platform/context.js';
import { filesModule } from './platform/files/files.module.js';
import type { Router } from './platform/http/env.js';
import type { Jobs } from './platform/jobs/jobs.js';
import { jobsModule } from './platform/jobs/jobs.module.js';
import { mailModule } from './platform/mail/mail.module.js';
import { studiesModule } from './studies/studies.module.js';

/** What a domain contributes to the process: API routes under /api/v1 and job handlers. */
export interface DomainModule {
  name: string;
  routes?: Router;
  defineJobs?(jobs: Jobs, services: Services): void;
  /** Routes whose request body may exceed MAX_BODY_BYTES (e.g. a file posted as JSON); full path under /api/v1. */
  bodyLimits?: { method: string; path: string; maxBytes: number }[];
}

/** Every module, platform first, then domains in the order of DESIGN.md section 3. */
export const modules: DomainModule[] = [
  accountsModule,
  auditModule,
  mailModule,
  jobsModule,
  filesModule,
  organisationsModule,
  frameworksModule,
  studiesModule,
  codingModule,
  analysisModule,
];
