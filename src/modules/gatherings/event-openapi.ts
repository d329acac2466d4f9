import { addApiPaths } from '../programmes/index';

const json = (schema: Record<string, unknown>) => ({ 'application/json': { schema } });
const list = (ref: string) =>
  json({
    type: 'object',
    required: ['items'],
    properties: { items: { type: 'array', items: { $ref: `#/components/schemas/${ref}` } } },
  });
const time = (description: string) => ({
  type: 'string',
  format: 'date-time',
  description: `${description}, ISO 8601 with the offset of the event's time zone.`,
  examples: ['2014-05-20T10:00:00+02:00'],
});

/** Adds the events API to the OpenAPI document (idempotent: the same keys are set again). */
export function eventApiPaths() {
  addApiPaths({
    paths: {
      '/events': {
        get: {
          operationId: 'listEvents',
          summary: 'Events the caller may see',
          description:
            'Events of public programmes for everyone; events of members-only programmes for their operators, advisors and participants. In time order.',
          tags: ['events'],
          parameters: [{ $ref: '#/components/parameters/lang' }],
          responses: {
            '200': { description: 'The events, soonest first.', content: list('EventSummary') },
            '400': { $ref: '#/components/responses/BadRequest' },
          },
        },
      },
      '/events/{eventId}/sessions': {
        get: {
          operationId: 'listEventSessions',
          summary: 'The parallel sessions of an event, with places taken',
          tags: ['events'],
          parameters: [
            { name: 'eventId', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } },
            { $ref: '#/components/parameters/lang' },
          ],
          responses: {
            '200': { description: 'The sessions in time order.', content: list('EventSession') },
            '400': { $ref: '#/components/responses/BadRequest' },
            '404': { $ref: '#/components/responses/NotFound' },
          },
        },
      },
    },
    schemas: {
      EventSummary: {
        type: 'object',
        required: ['id', 'title', 'kind', 'startsAt', 'endsAt', 'timeZone', 'programmeId'],
        properties: {
          id: { type: 'integer' },
          title: { type: 'string', description: 'In the language asked for, else another one present.' },
          kind: { type: 'string', enum: ['gathering', 'workshop', 'conference', 'webinar'] },
          startsAt: time('Start'),
          endsAt: time('End'),
          timeZone: { type: 'string', examples: ['Europe/Oslo'] },
          programmeId: { type: 'integer' },
        },
      },
      EventSession: {
        type: 'object',
        required: ['id', 'title', 'startsAt', 'endsAt', 'capacity', 'confirmed', 'waitlisted'],
        properties: {
          id: { type: 'integer' },
          title: { type: 'string' },
          startsAt: time('Start'),
          endsAt: time('End'),
          capacity: { type: ['integer', 'null'], minimum: 0, description: 'Null: no limit.' },
          confirmed: { type: 'integer', minimum: 0 },
          waitlisted: { type: 'integer', minimum: 0 },
        },
      },
    },
  });
}
