import { filesRoutes } from './files.routes.js';

export const filesModule = { name: 'files', routes: filesRoutes };
