import type { Job } from '../../platform/jobs';

/** The cases module's clock work (stub: homework reminders come here). */
export const caseJobs: Job[] = [];
