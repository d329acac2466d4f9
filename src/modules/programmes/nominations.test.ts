import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import {
  buildPerson,
  buildProgramme,
  buildProgrammeMember,
  buildUser,
} from '../../../test/support/factories';
import { listPeople } from '../network/index';
import { nominationPersonalData } from './nomination-personal-data';

// A participant member's nomination keeps the nominee as typed: the form must not reveal who is in
// the register under an e-mail address, nor put anyone into it. The operator who accepts links the
// registered person with exactly that address (told so first) or adds the person.

for (const dialect of testDialects()) {
  describe(`nominations by participant members [${dialect}]`, () => {
    let t: TestApp;
    let operator: Client;
    let member: Client;
    let slug: string;
    let hemmelig: number;

    const reference = async (client: Client) => {
      const body = (await client.get(`/programmes/${slug}?lang=en`)).body;
      return body.slice(body.indexOf('id="reference-group"'));
    };

    before(async () => {
      t = await createTestApp(dialect);
      const db = t.database.db;
      const programme = await buildProgramme(db, { visibility: 'members' });
      slug = programme.slug;
      const m = await buildProgrammeMember(db, programme.id, 'Vardø');
      member = new Client(t.app);
      await member.logIn(m.user.email, m.user.password);
      const o = await buildUser(db, { role: 'operator' });
      operator = new Client(t.app);
      await operator.logIn(o.email, o.password);
      hemmelig = await buildPerson(db, {
        name: 'Hemmelig Hansen',
        title: 'Hemmelig tittel',
        email: 'hemmelig@example.no',
      });
    });
    after(() => t.close());

    it('shows the member what they typed, not the registered person with that e-mail', async () => {
      const sent = await member.post(`/programmes/${slug}/nominations`, {
        nominee_name: 'Nils Næring',
        nominee_email: 'Hemmelig@example.no',
        nominee_title: 'Daglig leder',
        nominee_organisation: 'Næringsforeningen',
        motivation: 'Kjenner næringslivet',
      });
      assert.equal(sent.statusCode, 303);
      const seen = await reference(member);
      assert.match(seen, /Nils Næring<\/strong>, Daglig leder, Næringsforeningen/);
      assert.doesNotMatch(seen, /Hemmelig Hansen|Hemmelig tittel/);
    });

    it('adds nobody to the register for a member', async () => {
      const before = (await listPeople(t.database.db, {})).length;
      const sent = await member.post(`/programmes/${slug}/nominations`, {
        nominee_name: 'Planta Person',
        nominee_email: 'operator-to-be@example.no',
      });
      assert.equal(sent.statusCode, 303);
      assert.equal((await listPeople(t.database.db, {})).length, before);
      assert.equal((await listPeople(t.database.db, { q: 'operator-to-be' })).length, 0);
    });

    it('tells the operator whom accepting links or adds, and does so', async () => {
      const waiting = await reference(operator);
      assert.match(
        waiting,
        /Accepting links the nomination to Hemmelig Hansen \(hemmelig@example\.no\), already in the register\./,
      );
      assert.match(waiting, /Accepting adds Planta Person to the register\./);
      const ids = [...waiting.matchAll(/nominations\/(\d+)\/decision/g)].map((m) => m[1]!);
      assert.equal(new Set(ids).size, 2);
      for (const id of new Set(ids)) {
        const decided = await operator.post(`/programmes/${slug}/nominations/${id}/decision`, {
          decision: 'accepted',
        });
        assert.equal(decided.statusCode, 303);
      }
      const group = await reference(operator);
      const members = group.slice(0, group.indexOf('</ul>'));
      assert.match(members, /Hemmelig Hansen, Hemmelig tittel/);
      assert.match(members, /Planta Person/);
      const added = await listPeople(t.database.db, { q: 'operator-to-be' });
      assert.deepEqual(
        added.map((p) => p.name),
        ['Planta Person'],
      );
    });

    it('refuses a second open nomination of a registered person when the operator accepts', async () => {
      await member.post(`/programmes/${slug}/nominations`, {
        nominee_name: 'Hemmelig igjen',
        nominee_email: 'hemmelig@example.no',
      });
      const body = await reference(operator);
      const id = /nominations\/(\d+)\/decision/.exec(body)?.[1];
      assert.ok(id);
      const refused = await operator.post(`/programmes/${slug}/nominations/${id}/decision?lang=en`, {
        decision: 'accepted',
      });
      assert.equal(refused.statusCode, 409);
      assert.match(refused.body, /This person is already nominated or in the reference group\./);
    });

    it('exports what was typed about a person and forgets it on erasure', async () => {
      const who = { userId: null, personId: hemmelig };
      const exported = (await nominationPersonalData.export(t.database.db, who)) as {
        nominatedAs: { name: string; organisation: string | null } | null;
      }[];
      assert.ok(exported.some((n) => n.nominatedAs?.name === 'Nils Næring'));
      await nominationPersonalData.erase(t.database.db, who);
      const after = (await nominationPersonalData.export(t.database.db, who)) as { nominatedAs: unknown }[];
      assert.ok(after.length > 0 && after.every((n) => n.nominatedAs === null));
    });
  });
}
