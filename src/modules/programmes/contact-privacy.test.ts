import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import {
  buildParticipant,
  buildPerson,
  buildProgramme,
  buildProgrammeMember,
  buildUser,
} from '../../../test/support/factories';
import { addAdvisor, addContact } from './team-service';

// A public programme's page is open to all, but its contacts' e-mail addresses are for the people
// who work with them: operators, the advisor team and the programme's own participant members.

for (const dialect of testDialects()) {
  describe(`contact details on a public programme [${dialect}]`, () => {
    let t: TestApp;
    let page: string;
    let programmeId: number;
    const email = 'ordforer-kontakt@example.no';

    const client = async (login?: { email: string; password: string }) => {
      const c = new Client(t.app);
      if (login) await c.logIn(login.email, login.password);
      return c;
    };

    before(async () => {
      t = await createTestApp(dialect);
      const db = t.database.db;
      const programme = await buildProgramme(db, { visibility: 'public' });
      page = `/programmes/${programme.slug}?lang=en`;
      programmeId = programme.id;
      const { participantId } = await buildParticipant(db, programme.id, { name: 'Grue' });
      // Added in an order that is neither role order nor person order, to see the page sort them.
      const berit = await buildPerson(db, { name: 'Berit Bakerst', email });
      const anne = await buildPerson(db, { name: 'Anne Aller' });
      await addContact(db, participantId, berit, 'mayor', null);
      await addContact(db, participantId, anne, 'partner', null);
      await addContact(db, participantId, berit, 'project_leader', null);
      await addContact(db, participantId, anne, 'mayor', null);
    });
    after(() => t.close());

    it('hides the addresses from anonymous readers and from logged-in outsiders', async () => {
      const db = t.database.db;
      const elsewhere = await buildProgramme(db, { visibility: 'members' });
      const outsider = await buildProgrammeMember(db, elsewhere.id);
      const strangerAdvisor = await buildUser(db, { role: 'advisor' });
      for (const reader of [await client(), await client(outsider.user), await client(strangerAdvisor)]) {
        const body = (await reader.get(page)).body;
        assert.match(body, /Berit Bakerst – Mayor/, 'the contact is named');
        assert.doesNotMatch(body, new RegExp(email), 'but the address is not shown');
      }
    });

    it('shows them to the operator, the advisor team and the programme’s members', async () => {
      const db = t.database.db;
      const member = await buildProgrammeMember(db, programmeId);
      const advisorPerson = await buildPerson(db, { name: 'Vera Veileder' });
      await addAdvisor(db, programmeId, { personId: advisorPerson }, null);
      const readers = [
        await client(await buildUser(db, { role: 'operator' })),
        await client(await buildUser(db, { role: 'advisor', personId: advisorPerson })),
        await client(member.user),
      ];
      for (const reader of readers)
        assert.match((await reader.get(page)).body, new RegExp(`mailto:${email}`));
    });

    it('lists contacts by role, then person, on both databases', async () => {
      const body = (await (await client()).get(page)).body;
      const list = body.slice(
        body.indexOf('contact-list'),
        body.indexOf('</ul>', body.indexOf('contact-list')),
      );
      const lines = [...list.matchAll(/<li>([^<–]+) – ([A-Za-z ]+)/g)].map((m) => `${m[1]!.trim()}: ${m[2]}`);
      assert.deepEqual(lines, [
        'Berit Bakerst: Project leader',
        'Berit Bakerst: Mayor',
        'Anne Aller: Mayor',
        'Anne Aller: Partner',
      ]);
    });
  });
}
