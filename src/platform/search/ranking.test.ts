import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, testDialects, type TestDatabase } from '../../../test/support/databases';
import { indexDocuments, search } from './index';
import { RANK_LIMIT } from './ranking';
import type { SearchDocument, SearchViewer } from './types';

const everyone: SearchViewer = { loggedIn: false, staff: false, programmeIds: [] };
const COUNT = RANK_LIMIT + 100;

/** Every document says "fjord" in its body; every 20th also in its title. */
function doc(id: number): SearchDocument {
  const inTitle = id % 20 === 0;
  return {
    type: 'item',
    id,
    title: inTitle ? `Fjord ${id}` : `Notat ${id}`,
    body: `Dette notatet handler om en fjord og mye annet, nummer ${id}.`,
    url: `/library/${id}`,
    language: 'nb',
    audience: 'public',
    programmeId: null,
    kind: id % 2 === 0 ? 'article' : 'report',
    themes: [],
    year: 2014,
    date: `2014-01-01T12:00:00.000Z`,
  };
}

for (const dialect of testDialects()) {
  describe(`search over many matches [${dialect}]`, () => {
    let t: TestDatabase;
    before(async () => {
      t = await createTestDatabase(dialect);
      await indexDocuments(
        t.db,
        Array.from({ length: COUNT }, (_, i) => doc(i + 1)),
      );
    });
    after(() => t.drop());

    it('ranks title matches first, then pages through the rest without repeats or gaps', async () => {
      const first = await search(t.db, { q: 'fjord', viewer: everyone, pageSize: 100 });
      assert.equal(first.total, COUNT);
      const titled = Math.floor(COUNT / 20);
      assert.ok(first.items.slice(0, titled).every((item) => item.id % 20 === 0));
      const seen = new Set<number>();
      for (let page = 1; page <= Math.ceil(COUNT / 100); page++) {
        const result = await search(t.db, { q: 'fjord', viewer: everyone, pageSize: 100, page });
        for (const item of result.items) seen.add(item.id);
      }
      assert.equal(seen.size, COUNT);
      const kinds = Object.fromEntries(first.facets.kind.map((v) => [v.value, v.count]));
      assert.deepEqual(kinds, { article: COUNT / 2, report: COUNT / 2 });
    });
  });
}
