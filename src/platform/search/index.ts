/**
 * Samling's search engine (issue 4), the public face of src/platform/search: modules index their
 * documents here (in their own transactions) and search them, on SQLite FTS5 or PostgreSQL
 * tsvector/GIN, with the same analysis (Snowball stemming for nb/nn, sv and en, folded diacritics)
 * done in TypeScript for both.
 */
export { analyse } from './analyse';
export { search } from './engine';
export { indexDocument, indexDocuments, removeDocument } from './index-store';
export { snippetToHtml } from './snippets';
export * from './types';
