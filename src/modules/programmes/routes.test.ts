import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import {
  buildParticipant,
  buildProgramme,
  buildProgrammeMember,
  buildUser,
} from '../../../test/support/factories';
import { createOrganisation } from '../network/index';
import {
  getProgrammeBySlug,
  getProgrammeStructure,
  listAdvisors,
  listNominations,
  listParticipants,
} from './reads';
import { addPhase } from './service';

for (const dialect of testDialects()) {
  describe(`programme pages [${dialect}]`, () => {
    let t: TestApp;
    let operator: Client;
    before(async () => {
      t = await createTestApp(dialect);
      const user = await buildUser(t.database.db, { role: 'operator', name: 'Ola Operatør' });
      operator = new Client(t.app);
      await operator.logIn(user.email, user.password);
    });
    after(() => t.close());

    it('refuses a programme without a title or with the end before the start, then creates it', async () => {
      await operator.get('/programmes/new?lang=en');
      const bad = await operator.post('/programmes/new', {
        title_nb: '',
        title_sv: ' ',
        title_en: '',
        starts_on: '2022-12-31',
        ends_on: '2020-01-01',
        visibility: 'members',
      });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /Fill in this field\./);
      assert.match(bad.body, /The end must not be before the start\./);
      assert.match(bad.body, /value="2020-01-01"/, 'what was typed is kept');
      assert.equal(await getProgrammeBySlug(t.database.db, 'veiledningspiloten'), undefined);

      const ok = await operator.post('/programmes/new', {
        title_nb: 'Veiledningspiloten',
        description_nb: 'Veiledning av 14 distriktskommuner.',
        title_en: 'The Guidance Pilot',
        starts_on: '2020-01-01',
        ends_on: '2022-12-31',
        visibility: 'members',
      });
      assert.equal(ok.statusCode, 303);
      assert.equal(ok.headers.location, '/programmes/veiledningspiloten');
      const page = await operator.get('/programmes/veiledningspiloten?lang=nb');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<h1[^>]*><span>Veiledningspiloten<\/span><\/h1>/);
      assert.match(page.body, /Bare for deltakere/);
    });

    it('shows Swedish field errors to a Swedish reader', async () => {
      await operator.get('/programmes/new?lang=sv');
      const bad = await operator.post('/programmes/new', { title_sv: '', visibility: 'secret' });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /Fyll i det här fältet\./);
      assert.match(bad.body, /Välj ett av alternativen\./);
    });

    it('adds phases, steps and participants through the forms, and a duplicate participant is a clear error', async () => {
      const db = t.database.db;
      const { id, slug } = await buildProgramme(db, { title: { nb: 'Byregionprogrammet' } });
      await operator.get('/programmes?lang=en');
      assert.equal(
        (await operator.post(`/programmes/${slug}/phases`, { phase_title_nb: '' })).statusCode,
        400,
      );
      assert.equal(
        (await operator.post(`/programmes/${slug}/phases`, { phase_title_nb: 'Fase 1' })).statusCode,
        303,
      );
      const [phase] = await getProgrammeStructure(db, id);
      for (const title of ['Prosjektleder tilsatt', 'Forankring i regionen']) {
        const r = await operator.post(`/programmes/${slug}/steps`, {
          step_phase_id: String(phase!.id),
          step_title_nb: title,
        });
        assert.equal(r.statusCode, 303);
      }
      const [, second] = (await getProgrammeStructure(db, id))[0]!.steps;
      const moved = await operator.post(`/programmes/${slug}/steps/${second!.id}/move`, { direction: 'up' });
      assert.equal(moved.statusCode, 303);
      assert.deepEqual(
        (await getProgrammeStructure(db, id))[0]!.steps.map((s) => s.title.nb),
        ['Forankring i regionen', 'Prosjektleder tilsatt'],
      );

      const grue = await createOrganisation(
        db,
        { kind: 'municipality', name: 'Grue', country: 'NO', number: '3417' },
        null,
      );
      assert.equal(
        (await operator.post(`/programmes/${slug}/participants`, { organisation_id: String(grue) }))
          .statusCode,
        303,
      );
      const again = await operator.post(`/programmes/${slug}/participants`, {
        organisation_id: String(grue),
      });
      assert.equal(again.statusCode, 409);
      assert.match(again.body, /Grue already takes part in this programme\./);
      assert.equal(
        (await operator.post(`/programmes/${slug}/participants`, { organisation_id: '' })).statusCode,
        400,
      );

      const [participant] = await listParticipants(db, id);
      const contact = await operator.post(`/programmes/${slug}/contacts`, {
        contact_participant_id: String(participant!.id),
        contact_name: 'Gro Grue',
        contact_email: 'gro@grue.kommune.no',
        contact_role: 'mayor',
      });
      assert.equal(contact.statusCode, 303);
      const page = await operator.get(`/programmes/${slug}?lang=en`);
      assert.match(
        page.body,
        /<th scope="row"><a class="ds-link" href="[^"]+">Grue<\/a><\/th><td>Municipality<\/td><td>3417<\/td>/,
      );
      assert.match(page.body, /Gro Grue – Mayor/);
      assert.ok(page.body.indexOf('Forankring i regionen') < page.body.indexOf('Prosjektleder tilsatt'));
    });

    it('edits a programme and adds an advisor, who then sees the members-only programme', async () => {
      const db = t.database.db;
      const { id, slug } = await buildProgramme(db, { title: { nb: 'Før' }, visibility: 'public' });
      await operator.get(`/programmes/${slug}/edit?lang=en`);
      const bad = await operator.post(`/programmes/${slug}/edit`, {
        title_nb: 'Etter',
        starts_on: '2021-05-01',
        ends_on: '2021-04-30',
        visibility: 'members',
      });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /The end must not be before the start\./);
      const good = await operator.post(`/programmes/${slug}/edit`, {
        title_nb: 'Etter',
        visibility: 'members',
      });
      assert.equal(good.statusCode, 303);
      assert.equal((await getProgrammeBySlug(db, slug))?.title.nb, 'Etter');
      assert.equal((await operator.get('/programmes/no-such/edit')).statusCode, 404);

      const added = await operator.post(`/programmes/${slug}/advisors`, {
        advisor_name: 'Vera Veileder',
        advisor_email: 'vera@innlandetfylke.no',
      });
      assert.equal(added.statusCode, 303);
      const again = await operator.post(`/programmes/${slug}/advisors`, {
        advisor_name: 'Vera Veileder',
        advisor_email: 'vera@innlandetfylke.no',
      });
      assert.equal(again.statusCode, 409);
      assert.match(again.body, /already on the advisor team/);
      const [advisor] = await listAdvisors(db, id);
      const login = await buildUser(db, { role: 'advisor', personId: advisor!.person!.id });
      const client = new Client(t.app);
      await client.logIn(login.email, login.password);
      const page = await client.get(`/programmes/${slug}?lang=en`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Follow-up overview/);
    });

    it('answers 404 for an unknown programme and for a members-only one the reader may not see', async () => {
      const db = t.database.db;
      const closed = await buildProgramme(db, { visibility: 'members' });
      const anonymous = new Client(t.app);
      assert.equal((await anonymous.get('/programmes/no-such-programme')).statusCode, 404);
      assert.equal((await anonymous.get(`/programmes/${closed.slug}`)).statusCode, 404);
      const outsider = await buildProgrammeMember(
        db,
        (await buildProgramme(db, { visibility: 'members' })).id,
      );
      const client = new Client(t.app);
      await client.logIn(outsider.user.email, outsider.user.password);
      assert.equal((await client.get(`/programmes/${closed.slug}`)).statusCode, 404);
      assert.equal(
        (await client.post(`/programmes/${closed.slug}/phases`, { phase_title_nb: 'X' })).statusCode,
        403,
      );
      assert.equal((await anonymous.get('/programmes/new')).statusCode, 401);
    });

    it('lets a participant member nominate to the reference group and an operator accept', async () => {
      const db = t.database.db;
      const { id, slug } = await buildProgramme(db, { visibility: 'members' });
      const member = await buildProgrammeMember(db, id, 'Vardø');
      const client = new Client(t.app);
      await client.logIn(member.user.email, member.user.password);
      const page = await client.get(`/programmes/${slug}?lang=en`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Nominate a candidate/);
      assert.doesNotMatch(page.body, /Add a phase/);
      assert.equal(
        (await client.post(`/programmes/${slug}/nominations`, { nominee_name: '' })).statusCode,
        400,
      );
      const sent = await client.post(`/programmes/${slug}/nominations`, {
        nominee_name: 'Nils Næring',
        motivation: 'Leder næringsforeningen',
      });
      assert.equal(sent.statusCode, 303);
      const [nomination] = await listNominations(db, id);
      assert.equal(nomination?.nominatedByParticipantId, member.participantId);
      const decided = await operator.post(`/programmes/${slug}/nominations/${nomination!.id}/decision`, {
        decision: 'accepted',
      });
      assert.equal(decided.statusCode, 303);
      const after = await client.get(`/programmes/${slug}?lang=en`);
      assert.match(after.body, /Reference group<\/h2><ul class="ds-list"><li>Nils Næring/);
    });

    it('shows the public the public programmes on the home page, and a member also theirs', async () => {
      const db = t.database.db;
      const open = await buildProgramme(db, { title: { nb: 'Åpent testprogram' }, visibility: 'public' });
      const closed = await buildProgramme(db, { title: { nb: 'Lukket testprogram' }, visibility: 'members' });
      await addPhase(db, open.id, { title: { nb: 'Fase 1' } }, null);
      const home = await new Client(t.app).get('/?lang=nb');
      assert.equal(home.statusCode, 200);
      assert.match(home.body, /Åpent testprogram/);
      assert.doesNotMatch(home.body, /Lukket testprogram/);
      const member = await buildProgrammeMember(db, closed.id);
      const client = new Client(t.app);
      await client.logIn(member.user.email, member.user.password);
      const own = await client.get('/?lang=nb');
      assert.match(own.body, /Dine program[\s\S]*Lukket testprogram/);
      const list = await client.get('/programmes?lang=nb');
      assert.match(list.body, /Lukket testprogram/);
      await buildParticipant(db, open.id);
    });
  });
}
