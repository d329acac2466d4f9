import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { Client, createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import { buildPerson, buildProgramme, buildUser } from '../../../test/support/factories';
import type { Tx } from '../../platform/db/database';

// Two operators sending the same thing at once: each request's own check finds nothing, and the
// database's unique index decides. Here the "other operator" is a transaction that has written the
// row but not committed while the form is posted. On PostgreSQL the request then waits at its insert
// and fails on the index once the other commits, the race as it happens; SQLite has one writer at a
// time, so there the request runs after the commit and its own check answers. Either way the person
// must see the form again with the reason, not a generic error page.

/** Sends `request` while another transaction holds `insert` uncommitted, then commits it. */
async function whileAnotherCommits(
  t: TestApp,
  insert: (tx: Tx) => Promise<unknown>,
  request: () => Promise<LightMyRequestResponse>,
) {
  const tx = await t.database.db.startTransaction().execute();
  await insert(tx);
  const response = request();
  await sleep(300);
  await tx.commit().execute();
  return response;
}

const now = new Date().toISOString();

for (const dialect of testDialects()) {
  describe(`two operators at once [${dialect}]`, () => {
    let t: TestApp;
    let operator: Client;

    before(async () => {
      t = await createTestApp(dialect);
      const login = await buildUser(t.database.db, { role: 'operator' });
      operator = new Client(t.app);
      await operator.get('/login?lang=en');
      await operator.logIn(login.email, login.password);
    });
    after(() => t.close());

    it('shows the programme form again with the slug taken, keeping what was typed', async () => {
      const response = await whileAnotherCommits(
        t,
        (tx) =>
          tx
            .insertInto('programmes')
            .values({
              slug: 'samtidig',
              title: '{"nb":"Først"}',
              description: '{}',
              visibility: 'public',
              created_at: now,
              updated_at: now,
            })
            .execute(),
        () =>
          operator.post('/programmes/new', {
            title_nb: 'Samtidig program',
            description_nb: 'Skrevet av to på en gang',
            slug: 'samtidig',
            visibility: 'public',
          }),
      );
      assert.equal(response.statusCode, 409);
      assert.match(response.body, /Another programme already uses this short name\./);
      assert.match(response.body, /value="Samtidig program"/);
      assert.match(response.body, /Skrevet av to på en gang/);
    });

    it('refuses the same advisor twice with the form’s reason', async () => {
      const db = t.database.db;
      const { id, slug } = await buildProgramme(db);
      const email = 'samtidig-veileder@example.no';
      const personId = await buildPerson(db, { name: 'Sam Tidig', email });
      const response = await whileAnotherCommits(
        t,
        (tx) =>
          tx
            .insertInto('programme_advisors')
            .values({ programme_id: id, person_id: personId, organisation_id: null, participant_id: null })
            .execute(),
        () =>
          operator.post(`/programmes/${slug}/advisors`, { advisor_name: 'Sam Tidig', advisor_email: email }),
      );
      assert.equal(response.statusCode, 409);
      assert.match(response.body, /This person is already on the advisor team\./);
      const page = (await operator.get(`/programmes/${slug}?lang=en`)).body;
      assert.equal(page.match(/<strong>Sam Tidig<\/strong>/g)?.length, 1);
    });

    it('refuses a second open nomination of the same person with the form’s reason', async () => {
      const db = t.database.db;
      const { id, slug } = await buildProgramme(db);
      const email = 'samtidig-referanse@example.no';
      const personId = await buildPerson(db, { name: 'Rita Referanse', email });
      const response = await whileAnotherCommits(
        t,
        (tx) =>
          tx
            .insertInto('reference_group_nominations')
            .values({
              programme_id: id,
              person_id: personId,
              nominated_by_participant_id: null,
              motivation: null,
              status: 'nominated',
              created_at: now,
              decided_at: null,
              decided_by_user_id: null,
              nominee_name: null,
              nominee_email: null,
              nominee_title: null,
              nominee_organisation: null,
            })
            .execute(),
        () =>
          operator.post(`/programmes/${slug}/nominations`, { nominee_name: 'Rita', nominee_email: email }),
      );
      assert.equal(response.statusCode, 409);
      assert.match(response.body, /This person is already nominated or in the reference group\./);
      const page = (await operator.get(`/programmes/${slug}?lang=en`)).body;
      assert.equal(page.match(/<strong>Rita Referanse<\/strong>/g)?.length, 1);
    });
  });
}
