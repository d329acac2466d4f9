import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, testDialects, type TestDatabase } from '../../../test/support/databases';
import { buildParticipant, buildProgramme } from '../../../test/support/factories';
import { listAudit } from '../../platform/audit/audit';
import { createOrganisation, createPerson } from '../network/index';
import { ProgrammeError } from './model';
import { getProgramme, getProgrammeStructure, listNominations, listParticipants } from './reads';
import { addPhase, addStep, createProgramme, movePhase, moveStep, slugify } from './service';
import { decideNomination, nominateToReferenceGroup } from './nomination-service';
import { addContact, addParticipant } from './team-service';

const rejects = (promise: Promise<unknown>, code: string) =>
  assert.rejects(promise, (error: unknown) => error instanceof ProgrammeError && error.code === code);

for (const dialect of testDialects()) {
  describe(`programme service [${dialect}]`, () => {
    let database: TestDatabase;
    before(async () => {
      database = await createTestDatabase(dialect);
    });
    after(() => database.drop());

    it('makes a unique slug from the title and audits the creation', async () => {
      const db = database.db;
      const input = { title: { nb: 'Byregionprogrammet – Fase 1' }, visibility: 'public' as const };
      const first = await createProgramme(db, input, null);
      const second = await createProgramme(db, input, null);
      assert.equal((await getProgramme(db, first))?.slug, 'byregionprogrammet-fase-1');
      assert.equal((await getProgramme(db, second))?.slug, 'byregionprogrammet-fase-1-2');
      assert.equal(slugify('Sør-Aurdal og Kåfjord: Æra'), 'sor-aurdal-og-kafjord-aera');
      const log = await listAudit(db, { subjectType: 'programme', subjectId: String(first) });
      assert.equal(log[0]?.action, 'programme.create');
    });

    it('refuses an end before the start and a title in no language', async () => {
      const db = database.db;
      await rejects(
        createProgramme(
          db,
          { title: { en: 'X' }, visibility: 'public', startsOn: '2022-01-01', endsOn: '2021-01-01' },
          null,
        ),
        'invalid',
      );
      await rejects(createProgramme(db, { title: { nb: '  ' }, visibility: 'public' }, null), 'invalid');
    });

    it('appends phases and steps in order and moves them', async () => {
      const db = database.db;
      const { id } = await buildProgramme(db);
      const phase1 = await addPhase(db, id, { title: { nb: 'Fase 1' } }, null);
      const phase2 = await addPhase(db, id, { title: { nb: 'Fase 2' } }, null);
      const a = await addStep(db, id, phase1, { title: { nb: 'Prosjektleder tilsatt' } }, null);
      const b = await addStep(db, id, phase1, { title: { nb: 'Forankring i regionen' } }, null);
      const c = await addStep(db, id, phase1, { title: { nb: 'Valg av tema' } }, null);
      await moveStep(db, id, c, 'up', null);
      await movePhase(db, id, phase2, 'up', null);
      await movePhase(db, id, phase2, 'up', null); // already first: nothing changes
      const structure = await getProgrammeStructure(db, id);
      assert.deepEqual(
        structure.map((p) => p.id),
        [phase2, phase1],
      );
      assert.deepEqual(
        structure[1]?.steps.map((s) => s.id),
        [a, c, b],
      );
      assert.equal(structure[1]?.steps[0]?.title.nb, 'Prosjektleder tilsatt');
    });

    it('adds a participant once, with contacts, and refuses other kinds of organisation', async () => {
      const db = database.db;
      const { id } = await buildProgramme(db);
      const { participantId, organisationId } = await buildParticipant(db, id, {
        name: 'Grue',
        number: '3417',
      });
      await rejects(addParticipant(db, id, organisationId, null), 'duplicateParticipant');
      const company = await createOrganisation(
        db,
        { kind: 'company', name: 'Firma AS', country: 'NO' },
        null,
      );
      await rejects(addParticipant(db, id, company, null), 'wrongOrganisationKind');

      const personId = await createPerson(db, { name: 'Mona Mayor' }, null);
      await addContact(db, participantId, personId, 'mayor', null);
      await rejects(addContact(db, participantId, personId, 'mayor', null), 'duplicateContact');
      const [participant] = await listParticipants(db, id);
      assert.equal(participant?.organisation?.name, 'Grue');
      assert.equal(participant?.organisation?.number, '3417');
      assert.deepEqual(
        participant?.contacts.map((c) => [c.person.name, c.role]),
        [['Mona Mayor', 'mayor']],
      );
    });

    it('takes nominations to the reference group and lets each be decided once', async () => {
      const db = database.db;
      const { id } = await buildProgramme(db);
      const { participantId } = await buildParticipant(db, id);
      const personId = await createPerson(db, { name: 'Rune Referanse' }, null);
      const nominationId = await nominateToReferenceGroup(
        db,
        { programmeId: id, personId, participantId, motivation: 'Kjenner næringslivet' },
        null,
      );
      await rejects(nominateToReferenceGroup(db, { programmeId: id, personId }, null), 'duplicateNomination');
      await decideNomination(db, id, nominationId, 'accepted', null);
      await rejects(decideNomination(db, id, nominationId, 'declined', null), 'alreadyDecided');
      const [nomination] = await listNominations(db, id);
      assert.equal(nomination?.status, 'accepted');
      assert.equal(nomination?.person?.name, 'Rune Referanse');
      assert.equal(nomination?.nominatedByParticipantId, participantId);
    });
  });
}
