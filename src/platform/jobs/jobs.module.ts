export const jobsModule = { name: 'jobs' };
