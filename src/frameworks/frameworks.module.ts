import { createRouter } from '../platform/http/env.js';
import { frameworkExchangeRoutes } from './framework-exchange.routes.js';
import { MAX_FRAMEWORK_FILE_BYTES } from './framework-file.js';
import { frameworksRoutes } from './frameworks.routes.js';
import { roleProfilesRoutes } from './role-profiles.routes.js';

const routes = createRouter();
// The exchange routes first: `/frameworks/import` must not be read as `/frameworks/{id}`.
routes.route('/', frameworkExchangeRoutes);
routes.route('/', frameworksRoutes);
routes.route('/', roleProfilesRoutes);

/** Competency frameworks, their versions and exchange, and role profiles (issue: frameworks). */
export const frameworksModule = {
  name: 'frameworks',
  routes,
  // A CASE package is posted as JSON and may be far larger than an ordinary request body.
  bodyLimits: [{ method: 'POST', path: '/api/v1/frameworks/import', maxBytes: MAX_FRAMEWORK_FILE_BYTES }],
};
