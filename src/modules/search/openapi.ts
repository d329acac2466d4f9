import { documentTypes, searchLanguages } from '../../platform/search/index';
import { DEFAULT_PAGE_SIZE, MAX_PAGE, MAX_PAGE_SIZE, MAX_QUERY_LENGTH } from './params';

const json = (schema: Record<string, unknown>) => ({ 'application/json': { schema } });
const param = (name: string, description: string, schema: Record<string, unknown>) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});
const facet = {
  type: 'array',
  items: {
    type: 'object',
    required: ['value', 'count', 'label'],
    properties: {
      value: { type: 'string', description: 'What to pass as the filter parameter.' },
      count: { type: 'integer' },
      label: { type: 'string', description: 'In the language asked for with `lang`.' },
    },
  },
};

/** The search API's part of the OpenAPI document. */
export const searchOpenApi = {
  paths: {
    '/search': {
      get: {
        operationId: 'search',
        summary: 'Search everything the caller may see',
        description:
          'Knowledge items, attachments, programmes, events, organisations and answered inputs, in every ' +
          'language whatever the language of the query (Norwegian, Swedish and English word forms, one typo ' +
          'tolerated in longer words). Without `q`, lists everything visible, newest first.',
        tags: ['search'],
        parameters: [
          param('q', 'The words to find.', { type: 'string', maxLength: MAX_QUERY_LENGTH }),
          { $ref: '#/components/parameters/lang' },
          param('type', 'Only this type.', { type: 'string', enum: [...documentTypes] }),
          param('kind', 'Only this kind (article, report, workshop, municipality, …).', { type: 'string' }),
          param('theme', 'Only this theme key.', { type: 'string' }),
          param('language', 'Only documents in this language (a filter).', {
            type: 'string',
            enum: [...searchLanguages],
          }),
          param('programme', 'Only documents of this programme id.', { type: 'integer', minimum: 1 }),
          param('year', 'Only this year.', { type: 'integer' }),
          param('sort', 'Relevance (default) or date, newest first.', {
            type: 'string',
            enum: ['relevance', 'date'],
          }),
          param('page', '1-based.', { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 1 }),
          param('pageSize', 'Results per page.', {
            type: 'integer',
            minimum: 1,
            maximum: MAX_PAGE_SIZE,
            default: DEFAULT_PAGE_SIZE,
          }),
        ],
        responses: {
          '200': {
            description: 'One page of results with facets.',
            content: json({ $ref: '#/components/schemas/SearchResult' }),
          },
          '400': {
            description: 'A parameter could not be read; `error.parameter` names it.',
            content: json({ $ref: '#/components/schemas/Error' }),
          },
        },
      },
    },
  },
  schemas: {
    SearchResult: {
      type: 'object',
      required: ['total', 'items', 'facets'],
      properties: {
        total: { type: 'integer' },
        items: {
          type: 'array',
          items: {
            type: 'object',
            required: ['type', 'id', 'title', 'url', 'snippet', 'language'],
            properties: {
              type: { type: 'string', enum: [...documentTypes] },
              id: { type: 'integer' },
              title: { type: 'string' },
              url: { type: 'string', description: 'A path on this site.' },
              snippet: { type: 'string', description: 'HTML: escaped text, matching words in <mark>.' },
              language: { type: 'string', enum: [...searchLanguages] },
            },
          },
        },
        facets: {
          type: 'object',
          required: ['type', 'kind', 'theme', 'language', 'programme', 'year'],
          properties: {
            type: facet,
            kind: facet,
            theme: facet,
            language: facet,
            programme: facet,
            year: facet,
          },
        },
      },
    },
  },
};
