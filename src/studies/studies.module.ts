import type { Services } from '../platform/context.js';
import { systemContext } from '../platform/context.js';
import { createRouter } from '../platform/http/env.js';
import type { Jobs } from '../platform/jobs/jobs.js';
import { sendBookingReminders } from './booking.service.js';
import { fieldworkRoutes } from './fieldwork.routes.js';
import { guideRoutes } from './guide.routes.js';
import { participationRoutes } from './participation.routes.js';
import { samplingRoutes } from './sampling.routes.js';
import { studiesRoutes } from './studies.routes.js';

const routes = createRouter();
routes.route('/', studiesRoutes);
routes.route('/', samplingRoutes);
routes.route('/', fieldworkRoutes);
routes.route('/', guideRoutes);
routes.route('/', participationRoutes);

export const BOOKING_REMINDERS_QUEUE = 'study-booking-reminders';

/** Needs studies: set-up, sampling, invitations, booking and the self-assessment (DESIGN.md §2 steps 2–4). */
export const studiesModule = {
  name: 'studies',
  routes,
  defineJobs(jobs: Jobs, services: Services) {
    jobs.define(BOOKING_REMINDERS_QUEUE, async () => {
      await sendBookingReminders(systemContext(services));
    });
    jobs.schedule(BOOKING_REMINDERS_QUEUE, '*/15 * * * *');
  },
};
