import { createRouter } from '../http/env.js';
import { accountsRoutes } from './accounts.routes.js';
import { sessionsRoutes } from './sessions.routes.js';

const routes = createRouter();
routes.route('/', sessionsRoutes);
routes.route('/', accountsRoutes);

export const accountsModule = { name: 'accounts', routes };
