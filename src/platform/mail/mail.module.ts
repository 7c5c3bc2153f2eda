import { mailRoutes } from './mail.routes.js';
import { defineMailJobs } from './mail.service.js';

export const mailModule = { name: 'mail', routes: mailRoutes, defineJobs: defineMailJobs };
