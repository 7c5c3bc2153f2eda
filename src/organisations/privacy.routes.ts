import { createRouter } from '../platform/http/env.js';

export const privacyRoutes = createRouter();
