import { createRouter } from '../platform/http/env.js';
import { gapsRoutes } from './gaps.routes.js';

const routes = createRouter();
routes.route('/', gapsRoutes);

/** Gap analysis and reports (DESIGN.md §2 step 6). */
export const analysisModule = { name: 'analysis', routes };
