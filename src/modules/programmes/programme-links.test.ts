import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import { buildFollowUpProgramme, buildPerson, buildUser } from '../../../test/support/factories';
import { updateProgramme } from './service';
import { addAdvisor, addContact } from './team-service';

type Setup = Awaited<ReturnType<typeof buildFollowUpProgramme>>;

for (const dialect of testDialects()) {
  describe(`the programme page links to follow-up, and follow-up shows contact roles [${dialect}]`, () => {
    let t: TestApp;
    let s: Setup;
    let page: string;
    let grueLink: RegExp;
    let aureLink: RegExp;
    let overviewLink: RegExp;

    const logIn = async (who: { email: string; password: string }) => {
      const client = new Client(t.app);
      await client.get('/login?lang=en');
      await client.logIn(who.email, who.password);
      return client;
    };

    before(async () => {
      t = await createTestApp(dialect);
      const db = t.database.db;
      s = await buildFollowUpProgramme(db);
      // Public, so that people who may not follow it up can read the page too.
      await updateProgramme(
        db,
        s.programme.id,
        { title: { nb: 'Lenketest', en: 'Link test' }, visibility: 'public' },
        null,
      );
      page = `/programmes/${s.programme.slug}`;
      grueLink = new RegExp(`href="${page}/participants/${s.grue.participantId}"`);
      aureLink = new RegExp(`href="${page}/participants/${s.aure.participantId}"`);
      overviewLink = new RegExp(`href="${page}/overview"`);
    });
    after(() => t.close());

    it('links every participant and the overview for an operator and for an advisor on the whole team', async () => {
      const db = t.database.db;
      const operator = await logIn(await buildUser(db, { role: 'operator' }));
      const personId = await buildPerson(db, { name: 'Tina Teamveileder' });
      await addAdvisor(db, s.programme.id, { personId }, null);
      const advisor = await logIn(await buildUser(db, { role: 'advisor', personId }));
      for (const client of [operator, advisor]) {
        const body = (await client.get(`${page}?lang=en`)).body;
        assert.match(body, grueLink);
        assert.match(body, aureLink);
        assert.match(body, overviewLink);
        assert.match(body, /Follow-up overview/);
        const followUp = await client.get(`${page}/participants/${s.aure.participantId}`);
        assert.equal(followUp.statusCode, 200, 'the links lead somewhere');
      }
    });

    it('links an advisor assigned to one participant to that participant only', async () => {
      const db = t.database.db;
      const personId = await buildPerson(db, { name: 'Vera Veileder' });
      await addAdvisor(db, s.programme.id, { personId, participantId: s.grue.participantId }, null);
      const advisor = await logIn(await buildUser(db, { role: 'advisor', personId }));
      const body = (await advisor.get(`${page}?lang=en`)).body;
      assert.match(body, grueLink);
      assert.doesNotMatch(body, aureLink);
      assert.match(body, overviewLink);
      assert.equal((await advisor.get(`${page}/participants/${s.grue.participantId}`)).statusCode, 200);
      assert.equal((await advisor.get(`${page}/participants/${s.aure.participantId}`)).statusCode, 404);
    });

    it('links a member to their own participant only, and nobody else to any follow-up', async () => {
      const db = t.database.db;
      const member = await logIn(s.grue.member);
      const own = (await member.get(`${page}?lang=en`)).body;
      assert.match(own, grueLink);
      assert.match(own, /Follow-up for Grue [0-9a-f]+/);
      assert.doesNotMatch(own, aureLink);
      assert.doesNotMatch(own, overviewLink);
      assert.equal((await member.get(`${page}/participants/${s.grue.participantId}`)).statusCode, 200);

      const outsider = await logIn(await buildUser(db, { role: 'advisor' }));
      const anonymous = new Client(t.app);
      for (const client of [outsider, anonymous]) {
        const body = (await client.get(`${page}?lang=en`)).body;
        assert.doesNotMatch(body, /\/participants\/\d+"/);
        assert.doesNotMatch(body, overviewLink);
      }
    });

    it('shows the participant’s contact people with their roles, translated', async () => {
      const db = t.database.db;
      const leader = await buildPerson(db, { name: 'Per Prosjektleder', title: 'Rådgiver' });
      const chief = await buildPerson(db, { name: 'Kari Kommunedirektør' });
      await addContact(db, s.grue.participantId, leader, 'project_leader', null);
      await addContact(db, s.grue.participantId, leader, 'process_leader', null);
      await addContact(db, s.grue.participantId, chief, 'chief_executive', null);
      await addContact(db, s.grue.participantId, chief, 'partner', null);
      const member = await logIn(s.grue.member);
      const url = `${page}/participants/${s.grue.participantId}`;

      const en = (await member.get(`${url}?lang=en`)).body;
      assert.match(en, /<h2[^>]*id="contacts">Contact people<\/h2>/);
      assert.match(en, /Per Prosjektleder – Project leader, Rådgiver/);
      assert.match(en, /Per Prosjektleder – Process leader/);
      assert.match(en, /Kari Kommunedirektør – Chief executive/);
      assert.match(en, /Kari Kommunedirektør – Partner/);
      assert.match(en, /Ordfører Grue [0-9a-f]+ – Mayor/);
      assert.match(en, /href="mailto:kontakt-/, 'a logged-in reader gets the e-mail address');

      const nb = (await member.get(`${url}?lang=nb`)).body;
      assert.match(nb, /Kontaktpersoner<\/h2>/);
      assert.match(nb, /– Prosjektleder/);
      assert.match(nb, /– Prosessleder/);
      assert.match(nb, /– Ordfører/);
      assert.match(nb, /– Kommunedirektør/);
      const sv = (await member.get(`${url}?lang=sv`)).body;
      assert.match(sv, /– Projektledare/);
      assert.match(sv, /– Kommunstyrelsens ordförande/);
      assert.doesNotMatch(sv, /aria-label="Ta bort/, 'a member gets no remove buttons');

      const aure = (await member.get(`${page}/participants/${s.aure.participantId}`)).statusCode;
      assert.equal(aure, 404, 'another participant’s contacts stay hidden');
    });
  });
}
