import type { Job } from '../../platform/jobs';

/** The gatherings module's clock work (stub: reminders and answer clean-up come here). */
export const gatheringJobs: Job[] = [];
