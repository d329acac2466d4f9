import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, testDialects, type TestDatabase } from '../../../test/support/databases';
import { indexDocument, indexDocuments, removeDocument, search } from './index';
import type { SearchDocument, SearchViewer } from './types';

const everyone: SearchViewer = { loggedIn: false, staff: false, programmeIds: [] };
const staff: SearchViewer = { loggedIn: true, staff: true, programmeIds: [] };

function item(id: number, title: string, body: string, extra: Partial<SearchDocument> = {}): SearchDocument {
  return {
    type: 'item',
    id,
    title,
    body,
    url: `/library/${id}`,
    language: 'nb',
    audience: 'public',
    programmeId: null,
    kind: 'article',
    themes: [],
    year: 2014,
    date: `2014-01-${String(id).padStart(2, '0')}T12:00:00.000Z`,
    ...extra,
  };
}

const ids = (result: { items: { id: number }[] }) => result.items.map((i) => i.id);

for (const dialect of testDialects()) {
  describe(`search index [${dialect}]`, () => {
    let t: TestDatabase;
    before(async () => {
      t = await createTestDatabase(dialect);
    });
    after(() => t.drop());

    it('replaces a document indexed again, and forgets a removed one (words and vocabulary)', async () => {
      await indexDocument(t.db, item(1, 'Fjellregionen', 'Om reiseliv i fjellet.', { themes: ['business'] }));
      assert.deepEqual(ids(await search(t.db, { q: 'reiseliv', viewer: everyone })), [1]);
      await indexDocument(t.db, item(1, 'Fjellregionen', 'Om landbruk i fjellet.', { themes: ['land-use'] }));
      assert.equal((await search(t.db, { q: 'reiseliv', viewer: everyone })).total, 0);
      const found = await search(t.db, { q: 'landbruk', viewer: everyone });
      assert.deepEqual(ids(found), [1]);
      assert.deepEqual(found.facets.theme, [{ value: 'land-use', count: 1 }]);
      const vocabulary = await t.db.selectFrom('search_terms').select(['term', 'doc_count']).execute();
      assert.ok(
        !vocabulary.some((row) => row.term === 'reiseliv'),
        'a word no document holds leaves the vocabulary',
      );
      assert.ok(vocabulary.some((row) => row.term === 'landbruk' && row.doc_count === 1));
      await removeDocument(t.db, 'item', 1);
      assert.equal((await search(t.db, { q: 'landbruk fjellregionen', viewer: everyone })).total, 0);
      assert.equal((await search(t.db, { q: '', viewer: staff })).total, 0);
      await removeDocument(t.db, 'item', 1); // removing what is gone does nothing
    });

    it("indexes within the caller's transaction: a rollback leaves no trace", async () => {
      await assert.rejects(
        t.db.transaction().execute(async (tx) => {
          await indexDocument(tx, item(2, 'Grensekryssende samarbeid', 'Om grensehandel.'));
          throw new Error('the change failed');
        }),
      );
      assert.equal((await search(t.db, { q: 'grensehandel', viewer: staff })).total, 0);
    });

    it('pages, sorts by date or relevance, and lists everything visible for an empty query', async () => {
      const docs = Array.from({ length: 25 }, (_, i) => item(10 + i, `Sak ${i} om havbruk`, `Tekst ${i}.`));
      await indexDocuments(t.db, [
        ...docs,
        item(60, 'Lofoten', 'Om fiske, oppdrett og reiseliv.', { date: null }),
        item(61, 'Oppdrett i Lofoten', 'Oppdrett og oppdrett.', { date: '2013-05-01' }),
        item(62, 'Kysten', 'Oppdrett langs kysten.', { date: '2013-06-01' }),
      ]);
      // Where the words are rare enough to weigh (bm25 gives a word found in most documents no weight).
      assert.deepEqual(ids(await search(t.db, { q: 'oppdrett', viewer: everyone })), [61, 62, 60]);
      const first = await search(t.db, { q: 'havbruk', viewer: everyone, pageSize: 10 });
      assert.equal(first.total, 25);
      const third = await search(t.db, { q: 'havbruk', viewer: everyone, pageSize: 10, page: 3 });
      assert.equal(third.items.length, 5);
      const all = new Set([
        ...ids(first),
        ...ids(await search(t.db, { q: 'havbruk', viewer: everyone, pageSize: 10, page: 2 })),
        ...ids(third),
      ]);
      assert.equal(all.size, 25, 'pages neither repeat nor skip');
      const newest = await search(t.db, { q: 'havbruk', viewer: everyone, sort: 'date', pageSize: 3 });
      assert.deepEqual(ids(newest), [34, 33, 32]);
      const listed = await search(t.db, { q: '', viewer: everyone, pageSize: 2 });
      assert.equal(listed.total, 28);
      assert.deepEqual(ids(listed), [34, 33]);
    });

    it('makes a snippet around the first hit, marking every form of the word', async () => {
      const filler = Array.from({ length: 40 }, (_, i) => `ord${i}`).join(' ');
      await indexDocument(
        t.db,
        item(40, 'Læring', `${filler} Kommunene og  kommunen samarbeider.\n${filler}`),
      );
      const [hit] = (await search(t.db, { q: 'kommuner læring', viewer: everyone })).items;
      assert.ok(hit);
      const text = hit.snippet.map((p) => p.text).join('');
      assert.match(text, /^… ord32 .* ord17 …$/);
      assert.deepEqual(
        hit.snippet.filter((p) => p.hit).map((p) => p.text),
        ['Kommunene', 'kommunen'],
      );
      assert.ok(text.includes('Kommunene og kommunen'), 'runs of whitespace become one space');
      assert.ok(text.split(' ').length <= 33);
    });

    it('never corrects a typo toward a word only a draft holds', async () => {
      await indexDocument(
        t.db,
        item(50, 'Hemmelig', 'Innholdet gjelder fusjonsplanene.', { audience: 'staff', kind: 'report' }),
      );
      const forPublic = await search(t.db, { q: 'fusjonsplanee', viewer: everyone });
      assert.deepEqual([forPublic.total, forPublic.corrections], [0, []]);
      const forStaff = await search(t.db, { q: 'fusjonsplanee', viewer: staff });
      assert.deepEqual(ids(forStaff), [50]);
      assert.deepEqual(forStaff.corrections, [['fusjonsplanee', 'fusjonsplanene']]);
    });

    it('treats query syntax as plain words', async () => {
      for (const q of ['"fiskeri" OR *', "'; drop table search_documents; --", 'NEAR(a b) & | !'])
        assert.equal((await search(t.db, { q, viewer: everyone })).total, 0, q);
      const everything = (await search(t.db, { q: '', viewer: everyone })).total;
      assert.equal((await search(t.db, { q: '^ - : ( ) * \\', viewer: everyone })).total, everything);
      // "and", "or", "not" are English stop words: dropped when a real word remains.
      assert.equal((await search(t.db, { q: 'havbruk AND OR NOT', viewer: everyone })).total, 25);
      assert.equal((await search(t.db, { q: '"havbruk"*', viewer: everyone })).total, 25);
    });
  });
}
