import type { RequestUser } from '../../platform/http/context';

/**
 * Who may do what with logins, one rule a line. Routes already require a role through
 * `config.access`; these are the finer rules on top.
 */

/** Operators erase people, never themselves (the erasure must have someone to answer for it). */
export const canErase = (actor: RequestUser, target: { id: number; erased_at: string | null }) =>
  actor.role === 'operator' && actor.id !== target.id && target.erased_at === null;

/**
 * Mail bodies hold live single-use links. The outbox page shows them in demo mode, and when no SMTP
 * server is set (the page is then the only way a mail reaches anyone); else only the envelope.
 */
export const showsMailBodies = (config: { demo: boolean; smtpUrl: string }) => config.demo || !config.smtpUrl;
