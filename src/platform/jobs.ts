import type { FastifyBaseLogger } from 'fastify';
import type { Database, Db } from './db/database';

/**
 * Work done on a clock rather than on a request: reminders, promotions after a deadline, deleting
 * what may no longer be kept. Every instance runs every job, so a job must be safe to run twice at
 * once: it claims each piece of work with a conditional UPDATE (as the mail sender does) or does
 * something that is harmless to repeat.
 */
export interface Job {
  name: string;
  everyMs: number;
  /** Does what is due at `now`; returns how many things it did (logged when more than zero). */
  run(db: Db, now: Date): Promise<number>;
}

/** Runs each job on its interval until the returned function is called. */
export function startJobs(database: Database, jobs: Job[], log: FastifyBaseLogger): () => void {
  const timers = jobs.map((job) => {
    let running = false;
    const tick = async () => {
      if (running) return;
      running = true;
      try {
        const done = await job.run(database.db, new Date());
        if (done > 0) log.info({ job: job.name, done }, 'job ran');
      } catch (error) {
        log.error({ job: job.name, err: error }, 'job failed');
      } finally {
        running = false;
      }
    };
    const timer = setInterval(() => void tick(), job.everyMs);
    timer.unref();
    return timer;
  });
  return () => timers.forEach((t) => clearInterval(t));
}
