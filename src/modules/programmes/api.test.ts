import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import {
  buildParticipant,
  buildProgramme,
  buildProgrammeMember,
  buildUser,
} from '../../../test/support/factories';
import { createApiToken } from '../accounts/index';

for (const dialect of testDialects()) {
  describe(`programmes API [${dialect}]`, () => {
    let t: TestApp;
    let open: { id: number; slug: string };
    let closed: { id: number; slug: string };
    let grue: { participantId: number; organisationId: number };
    let memberToken: string;
    before(async () => {
      t = await createTestApp(dialect);
      const db = t.database.db;
      open = await buildProgramme(db, {
        slug: 'byregionprogrammet',
        title: { nb: 'Byregionprogrammet', en: 'The City Region Programme' },
        visibility: 'public',
        startsOn: '2014-01-01',
      });
      closed = await buildProgramme(db, {
        slug: 'veiledningspiloten',
        title: { nb: 'Veiledningspiloten' },
        visibility: 'members',
        startsOn: '2020-01-01',
      });
      grue = await buildParticipant(db, open.id, { name: 'Grue', number: '3417' });
      await buildParticipant(db, open.id, { name: 'Engerdal', number: '3425' });
      const member = await buildProgrammeMember(db, closed.id, 'Loppa');
      memberToken = await createApiToken(db, member.user.id, 'test');
    });
    after(() => t.close());

    const get = (url: string, token?: string) =>
      t.app.inject({ method: 'GET', url, headers: token ? { authorization: `Bearer ${token}` } : {} });

    it('lists only public programmes without login, with the title in the language asked for', async () => {
      const en = await get('/api/v1/programmes?lang=en');
      assert.equal(en.statusCode, 200);
      assert.match(String(en.headers['content-type']), /application\/json/);
      assert.deepEqual(en.json(), {
        items: [
          {
            id: open.id,
            slug: 'byregionprogrammet',
            title: 'The City Region Programme',
            visibility: 'public',
            participantCount: 2,
          },
        ],
      });
      const nb = await get('/api/v1/programmes?lang=nb');
      assert.equal(nb.json().items[0].title, 'Byregionprogrammet');
      // Swedish is not written: another language present is used.
      const sv = await get('/api/v1/programmes?lang=sv');
      assert.equal(sv.json().items[0].title, 'Byregionprogrammet');
      assert.equal((await get('/api/v1/programmes?lang=de')).statusCode, 400);
    });

    it('lists a members-only programme to its member through an API token', async () => {
      const response = await get('/api/v1/programmes?lang=en', memberToken);
      assert.equal(response.statusCode, 200);
      assert.deepEqual(response.json(), {
        items: [
          {
            id: closed.id,
            slug: 'veiledningspiloten',
            title: 'Veiledningspiloten',
            visibility: 'members',
            participantCount: 1,
          },
          {
            id: open.id,
            slug: 'byregionprogrammet',
            title: 'The City Region Programme',
            visibility: 'public',
            participantCount: 2,
          },
        ],
      });
      const participants = await get(`/api/v1/programmes/${closed.id}/participants`, memberToken);
      assert.equal(participants.statusCode, 200);
      assert.equal(participants.json().items[0].organisation.name, 'Loppa');
    });

    it('lists participants with their organisations in the documented shape', async () => {
      const response = await get(`/api/v1/programmes/${open.id}/participants`);
      assert.equal(response.statusCode, 200);
      const items = response.json().items as { id: number; organisation: { name: string } }[];
      assert.deepEqual(
        items.find((p) => p.organisation.name === 'Grue'),
        {
          id: grue.participantId,
          organisation: { id: grue.organisationId, name: 'Grue', kind: 'municipality', number: '3417' },
        },
      );
      assert.deepEqual(
        items.map((p) => p.organisation.name),
        ['Engerdal', 'Grue'],
      );
    });

    it('answers 404 for unknown, malformed and not-visible programmes alike', async () => {
      for (const url of [
        `/api/v1/programmes/${closed.id}/participants`,
        '/api/v1/programmes/999999/participants',
        '/api/v1/programmes/abc/participants',
      ]) {
        const response = await get(url);
        assert.equal(response.statusCode, 404, url);
        assert.equal(response.json().error.status, 404);
      }
      assert.equal(
        (await get(`/api/v1/programmes/${closed.id}/participants`, 'sam_not-a-real-token')).statusCode,
        404,
      );
      const outsider = await buildUser(t.database.db, { role: 'participant' });
      const token = await createApiToken(t.database.db, outsider.id, 'outsider');
      assert.equal((await get(`/api/v1/programmes/${closed.id}/participants`, token)).statusCode, 404);
    });

    it('serves an OpenAPI 3.1 document describing these paths', async () => {
      const response = await get('/api/v1/openapi.json');
      assert.equal(response.statusCode, 200);
      const doc = response.json();
      assert.equal(doc.openapi, '3.1.0');
      assert.ok(doc.paths['/programmes'].get);
      assert.ok(doc.paths['/programmes/{id}/participants'].get);
      assert.deepEqual(doc.components.schemas.ProgrammeSummary.required, [
        'id',
        'slug',
        'title',
        'visibility',
        'participantCount',
      ]);
    });
  });
}
