import { createRouter } from '../platform/http/env.js';
import { samplingRoutes } from './sampling.routes.js';
import { studiesRoutes } from './studies.routes.js';

const routes = createRouter();
routes.route('/', studiesRoutes);
routes.route('/', samplingRoutes);

/** Needs studies: set-up, participating organisations, sampling (DESIGN.md §2 steps 2–4). */
export const studiesModule = { name: 'studies', routes };
