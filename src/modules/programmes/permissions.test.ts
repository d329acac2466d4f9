import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, testDialects, type TestDatabase } from '../../../test/support/databases';
import {
  buildParticipant,
  buildProgramme,
  buildProgrammeMember,
  buildUser,
} from '../../../test/support/factories';
import type { RequestUser } from '../../platform/http/context';
import { createPerson } from '../network/index';
import { programmeAccess } from './permissions';
import { listVisibleProgrammes } from './reads';
import { addAdvisor, addContact } from './team-service';

const asRequestUser = (id: number, role: RequestUser['role'], personId: number | null): RequestUser => ({
  id,
  name: 'Test',
  email: 'test@example.no',
  role,
  personId,
  sessionId: null,
  viaToken: false,
});

for (const dialect of testDialects()) {
  describe(`programme access [${dialect}]`, () => {
    let database: TestDatabase;
    before(async () => {
      database = await createTestDatabase(dialect);
    });
    after(() => database.drop());

    it('lets a participant member see their members-only programme and not another', async () => {
      const db = database.db;
      const theirs = await buildProgramme(db, { visibility: 'members' });
      const other = await buildProgramme(db, { visibility: 'members' });
      await buildParticipant(db, other.id);
      const member = await buildProgrammeMember(db, theirs.id);
      const user = asRequestUser(member.user.id, 'participant', member.personId);

      const own = await programmeAccess(db, user, theirs.id);
      assert.deepEqual(own, {
        canView: true,
        canManage: false,
        canFollowUp: false,
        followUpParticipantIds: [],
        participantIds: [member.participantId],
      });
      const foreign = await programmeAccess(db, user, other.id);
      assert.equal(foreign.canView, false);
      assert.deepEqual(foreign.participantIds, []);

      const visible = (await listVisibleProgrammes(db, user)).map((p) => p.id);
      assert.ok(visible.includes(theirs.id));
      assert.ok(!visible.includes(other.id));
    });

    it('lets a person named as contact see the programme even without belonging to the organisation', async () => {
      const db = database.db;
      const programme = await buildProgramme(db, { visibility: 'members' });
      const { participantId } = await buildParticipant(db, programme.id);
      const personId = await createPerson(db, { name: 'Kari Kontakt' }, null);
      await addContact(db, participantId, personId, 'mayor', null);
      const user = asRequestUser(1, 'participant', personId);
      const access = await programmeAccess(db, user, programme.id);
      assert.equal(access.canView, true);
      assert.deepEqual(access.participantIds, [participantId]);
    });

    it('shows the public only public programmes', async () => {
      const db = database.db;
      const open = await buildProgramme(db, { visibility: 'public' });
      const closed = await buildProgramme(db, { visibility: 'members' });
      assert.equal((await programmeAccess(db, null, open.id)).canView, true);
      assert.equal((await programmeAccess(db, null, closed.id)).canView, false);
      const visible = await listVisibleProgrammes(db, null);
      assert.ok(visible.every((p) => p.visibility === 'public'));
      assert.ok(visible.some((p) => p.id === open.id));
    });

    it('lets an advisor view and follow up the programmes on whose team they are, and only those', async () => {
      const db = database.db;
      const theirs = await buildProgramme(db, { visibility: 'members' });
      const other = await buildProgramme(db, { visibility: 'members' });
      const personId = await createPerson(db, { name: 'Vera Veileder' }, null);
      await addAdvisor(db, theirs.id, { personId }, null);
      const advisor = await buildUser(db, { role: 'advisor', personId });
      const user = asRequestUser(advisor.id, 'advisor', personId);

      const own = await programmeAccess(db, user, theirs.id);
      assert.equal(own.canView, true);
      assert.equal(own.canFollowUp, true);
      assert.equal(own.followUpParticipantIds, null, 'on the whole team: every participant');
      assert.equal(own.canManage, false);
      const foreign = await programmeAccess(db, user, other.id);
      assert.equal(foreign.canView, false);
      assert.equal(foreign.canFollowUp, false);
    });

    it('lets an advisor assigned to one participant follow up that participant only', async () => {
      const db = database.db;
      const programme = await buildProgramme(db, { visibility: 'members' });
      const { participantId } = await buildParticipant(db, programme.id);
      const { participantId: otherId } = await buildParticipant(db, programme.id);
      const personId = await createPerson(db, { name: 'Ola Veileder' }, null);
      await addAdvisor(db, programme.id, { personId, participantId }, null);
      const user = asRequestUser(1, 'advisor', personId);
      const access = await programmeAccess(db, user, programme.id);
      assert.equal(access.canView, true);
      assert.equal(access.canFollowUp, true);
      assert.deepEqual(access.followUpParticipantIds, [participantId]);
      assert.ok(!access.followUpParticipantIds?.includes(otherId));
    });

    it('lets an operator manage and follow up everything, and denies all for an unknown programme', async () => {
      const db = database.db;
      const closed = await buildProgramme(db, { visibility: 'members' });
      const operator = asRequestUser(1, 'operator', null);
      assert.deepEqual(await programmeAccess(db, operator, closed.id), {
        canView: true,
        canManage: true,
        canFollowUp: true,
        followUpParticipantIds: null,
        participantIds: [],
      });
      assert.equal((await programmeAccess(db, operator, 999_999)).canView, false);
    });
  });
}
