import type { FastifyInstance, FastifyReply } from 'fastify';
import { notFound } from '../../platform/http/access';
import { secretUrlLog } from '../../platform/http/log-redaction';
import type { Locale } from '../../platform/i18n/index';
import { sendPage } from '../../platform/http/render';
import { pageContext } from '../../platform/views/page-context';
import { eventInRequest } from './admin-route-support';
import { calendarMessages } from './calendar-messages';
import { eventCalendar, feedCreatedAt, feedOwner, personalCalendar, renewFeed } from './calendar-service';
import { CalendarFeedPage } from './views/calendar-feed-page';

function sendCalendar(reply: FastifyReply, body: string, filename: string) {
  return reply
    .type('text/calendar; charset=utf-8')
    .header('content-disposition', `attachment; filename="${filename}"`)
    .header('cache-control', 'private, no-store')
    .send(body);
}

/** The .ics of an event, and each user's secret personal feed. */
export async function calendarRoutes(app: FastifyInstance) {
  const db = app.database.db;
  const options = (locale: Locale) => ({
    baseUrl: app.config.baseUrl,
    locale,
    now: new Date(),
  });

  app.get('/events/:eventId/calendar.ics', { config: { access: 'public' } }, async (request, reply) => {
    const { event } = await eventInRequest(request);
    const body = await eventCalendar(db, event, request.user?.id ?? null, options(request.locale));
    return sendCalendar(reply, body, `event-${event.id}.ics`);
  });

  app.get('/me/calendar', { config: { access: 'user' } }, async (request, reply) => {
    const createdAt = await feedCreatedAt(db, request.user!.id);
    return sendPage(reply, CalendarFeedPage, { ctx: pageContext(request), createdAt });
  });

  // The new address is shown in the answer itself, never in a redirect URL or a log line.
  app.post('/me/calendar', { config: { access: 'user' } }, async (request, reply) => {
    const token = await renewFeed(db, request.user!.id);
    const createdAt = await feedCreatedAt(db, request.user!.id);
    const feedUrl = `${app.config.baseUrl}/calendar/${token}`;
    reply.header('cache-control', 'no-store');
    return sendPage(reply, CalendarFeedPage, { ctx: pageContext(request), createdAt, feedUrl });
  });

  // Calendar programs fetch this without a session: the secret token is the only key.
  app.get(
    '/calendar/:token',
    { config: { access: 'public' }, ...secretUrlLog(['/calendar']) },
    async (request, reply) => {
      const userId = await feedOwner(db, (request.params as { token: string }).token);
      if (userId == null) throw notFound();
      const name = calendarMessages(request.locale).feedName;
      const body = await personalCalendar(db, userId, name, options(request.locale));
      return sendCalendar(reply, body, 'samling.ics');
    },
  );
}
