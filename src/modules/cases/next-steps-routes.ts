import type { FastifyInstance } from 'fastify';
import { sendPage } from '../../platform/http/render';
import { pageContext } from '../../platform/views/page-context';
import { loadNextSteps } from './next-steps-data';
import { NextStepsPage } from './views/next-steps-page';

/** "My next steps": one page with a person's events, sessions, deadlines, homework and retrospectives. */
export async function nextStepsRoutes(app: FastifyInstance) {
  const db = app.database.db;
  app.get('/me/next', { config: { access: 'user' } }, async (request, reply) => {
    const steps = await loadNextSteps(db, request.user!, new Date());
    return sendPage(reply, NextStepsPage, { ctx: pageContext(request), steps });
  });
}
