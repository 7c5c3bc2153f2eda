import { createRouter } from '../http/env.js';
import { sessionsRoutes } from './sessions.routes.js';

const routes = createRouter();
routes.route('/', sessionsRoutes);

export const accountsModule = { name: 'accounts', routes };
