// Every domain's tables, for drizzle-kit. Add a domain's schema file here when it is created.

export * from './coding/coding.schema.js';
export * from './frameworks/frameworks.schema.js';
export * from './organisations/organisations.schema.js';
export * from './platform/accounts/accounts.schema.js';
export * from './platform/audit/audit.schema.js';
export * from './platform/files/files.schema.js';
export * from './platform/jobs/jobs.schema.js';
export * from './platform/mail/mail.schema.js';
export * from './studies/studies.schema.js';
