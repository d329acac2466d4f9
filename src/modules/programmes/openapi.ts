/**
 * The OpenAPI 3.1 document served at /api/v1/openapi.json. Each module adds its own paths and
 * schemas with `addApiPaths` when its routes register, so the document grows with the API and
 * lives beside the code it describes.
 */

type JsonObject = Record<string, unknown>;

const paths: Record<string, JsonObject> = {};
const schemas: Record<string, JsonObject> = {};

/** Adds paths (keyed by OpenAPI path, e.g. "/programmes/{id}") and component schemas to the document. */
export function addApiPaths(more: {
  paths?: Record<string, JsonObject>;
  schemas?: Record<string, JsonObject>;
}) {
  Object.assign(paths, more.paths ?? {});
  Object.assign(schemas, more.schemas ?? {});
}

/** The whole document; `serverUrl` is where /api/v1 is served. */
export function openApiDocument(serverUrl: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Samling API',
      version: '1.0.0',
      description:
        'Read access to Samling, learning networks for regional and local development. Public data needs no login; ' +
        'members-only data needs a session cookie or an API token sent as `Authorization: Bearer <token>`.',
    },
    servers: [{ url: `${serverUrl.replace(/\/$/, '')}/api/v1` }],
    security: [{}, { bearerAuth: [] }, { sessionCookie: [] }],
    paths: Object.fromEntries(Object.entries(paths).sort(([a], [b]) => a.localeCompare(b))),
    components: {
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', description: 'An API token (sam_…) issued to a user.' },
        sessionCookie: { type: 'apiKey', in: 'cookie', name: 'sid' },
      },
      parameters: {
        lang: {
          name: 'lang',
          in: 'query',
          required: false,
          description:
            'Language of texts; falls back to another language present. Default: the caller’s language.',
          schema: { type: 'string', enum: ['nb', 'sv', 'en'] },
        },
      },
      responses: {
        NotFound: {
          description: 'Unknown, or not visible to the caller.',
          content: json({ $ref: '#/components/schemas/Error' }),
        },
        BadRequest: {
          description: 'Invalid parameter.',
          content: json({ $ref: '#/components/schemas/Error' }),
        },
      },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['status', 'message'],
              properties: { status: { type: 'integer' }, message: { type: 'string' } },
            },
          },
        },
        ...schemas,
      },
    },
  };
}

/** `content` for a JSON response with this schema. */
export const json = (schema: JsonObject) => ({ 'application/json': { schema } });

// The programmes module's own part of the API.
addApiPaths({
  paths: {
    '/programmes': {
      get: {
        operationId: 'listProgrammes',
        summary: 'Programmes the caller may see',
        description:
          'Public programmes for everyone; members-only programmes for their operators, advisors and participants.',
        tags: ['programmes'],
        parameters: [{ $ref: '#/components/parameters/lang' }],
        responses: {
          '200': {
            description: 'The programmes, newest first.',
            content: json({
              type: 'object',
              required: ['items'],
              properties: {
                items: { type: 'array', items: { $ref: '#/components/schemas/ProgrammeSummary' } },
              },
            }),
          },
          '400': { $ref: '#/components/responses/BadRequest' },
        },
      },
    },
    '/programmes/{id}/participants': {
      get: {
        operationId: 'listProgrammeParticipants',
        summary: 'The organisations taking part in a programme',
        tags: ['programmes'],
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }],
        responses: {
          '200': {
            description: 'The participants, by organisation name.',
            content: json({
              type: 'object',
              required: ['items'],
              properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Participant' } } },
            }),
          },
          '404': { $ref: '#/components/responses/NotFound' },
        },
      },
    },
  },
  schemas: {
    ProgrammeSummary: {
      type: 'object',
      required: ['id', 'slug', 'title', 'visibility', 'participantCount'],
      properties: {
        id: { type: 'integer' },
        slug: { type: 'string', examples: ['veiledningspiloten'] },
        title: { type: 'string', description: 'In the language asked for, else another one present.' },
        visibility: { type: 'string', enum: ['public', 'members'] },
        participantCount: { type: 'integer', minimum: 0 },
      },
    },
    Participant: {
      type: 'object',
      required: ['id', 'organisation'],
      properties: {
        id: { type: 'integer' },
        organisation: {
          type: 'object',
          required: ['id', 'name', 'kind', 'number'],
          properties: {
            id: { type: 'integer' },
            name: { type: 'string', examples: ['Grue'] },
            kind: { type: 'string', enum: ['municipality', 'city_region', 'county'] },
            number: {
              type: ['string', 'null'],
              description: 'Official number, leading zeros kept.',
              examples: ['3417'],
            },
          },
        },
      },
    },
  },
});
