import type { Executor } from '../../platform/db/database';

/** The programme's cases, with what grouping and the group lists need. */
export function programmeCases(db: Executor, programmeId: number) {
  return db
    .selectFrom('cases')
    .select(['id', 'participant_id', 'title', 'question', 'themes'])
    .where('programme_id', '=', programmeId)
    .orderBy('id')
    .execute();
}

/** The event's groups in number order. */
export function groupsOfEvent(db: Executor, eventId: number) {
  return db
    .selectFrom('coaching_groups')
    .select(['id', 'number'])
    .where('event_id', '=', eventId)
    .orderBy('number')
    .execute();
}

/** Which case sits in which group at this event. */
export function membersOfEvent(db: Executor, eventId: number) {
  return db
    .selectFrom('coaching_group_members')
    .select(['group_id', 'case_id'])
    .where('event_id', '=', eventId)
    .orderBy('case_id')
    .execute();
}

/** The A3 summaries of the event's groups. */
export function summariesOfEvent(db: Executor, eventId: number) {
  return db
    .selectFrom('group_summaries')
    .innerJoin('coaching_groups', 'coaching_groups.id', 'group_summaries.group_id')
    .select(['group_summaries.group_id', 'group_summaries.body', 'group_summaries.updated_at'])
    .where('coaching_groups.event_id', '=', eventId)
    .execute();
}

/** One group, or undefined. */
export function findGroup(db: Executor, groupId: number) {
  return db
    .selectFrom('coaching_groups')
    .select(['id', 'event_id', 'number'])
    .where('id', '=', groupId)
    .executeTakeFirst();
}

/** The cases of one group, with the participant each belongs to. */
export function casesOfGroup(db: Executor, groupId: number) {
  return db
    .selectFrom('coaching_group_members')
    .innerJoin('cases', 'cases.id', 'coaching_group_members.case_id')
    .select(['cases.id', 'cases.participant_id', 'cases.title', 'cases.question'])
    .where('coaching_group_members.group_id', '=', groupId)
    .orderBy('cases.id')
    .execute();
}

/** The group summary's text, or undefined. */
export function findSummary(db: Executor, groupId: number) {
  return db.selectFrom('group_summaries').selectAll().where('group_id', '=', groupId).executeTakeFirst();
}

/** Group memberships of these cases at other events: who has met whom. */
export function membershipsElsewhere(db: Executor, caseIds: number[], eventId: number) {
  if (caseIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('coaching_group_members')
    .select(['group_id', 'case_id', 'event_id'])
    .where('case_id', 'in', caseIds)
    .where('event_id', '<>', eventId)
    .execute();
}

/** Removes every group of the event (members and summaries first, whatever the foreign-key setting). */
export async function deleteGroupsOfEvent(db: Executor, eventId: number) {
  const ids = (await groupsOfEvent(db, eventId)).map((g) => g.id);
  if (ids.length === 0) return;
  await db.deleteFrom('group_summaries').where('group_id', 'in', ids).execute();
  await db.deleteFrom('coaching_group_members').where('event_id', '=', eventId).execute();
  await db.deleteFrom('coaching_groups').where('id', 'in', ids).execute();
}

/** The next free group number of the event. */
export async function nextGroupNumber(db: Executor, eventId: number): Promise<number> {
  const row = await db
    .selectFrom('coaching_groups')
    .select((eb) => eb.fn.max('number').as('max'))
    .where('event_id', '=', eventId)
    .executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}

export async function insertGroup(db: Executor, eventId: number, number: number, at: string) {
  const row = await db
    .insertInto('coaching_groups')
    .values({ event_id: eventId, number, created_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Puts the case in the group, taking it out of any other group of the same event. */
export async function placeCase(db: Executor, eventId: number, groupId: number, caseId: number) {
  await db
    .deleteFrom('coaching_group_members')
    .where('event_id', '=', eventId)
    .where('case_id', '=', caseId)
    .execute();
  await db
    .insertInto('coaching_group_members')
    .values({ group_id: groupId, case_id: caseId, event_id: eventId })
    .execute();
}

export async function countMembers(db: Executor, groupId: number): Promise<number> {
  const row = await db
    .selectFrom('coaching_group_members')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('group_id', '=', groupId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function deleteGroup(db: Executor, groupId: number) {
  await db.deleteFrom('group_summaries').where('group_id', '=', groupId).execute();
  await db.deleteFrom('coaching_groups').where('id', '=', groupId).execute();
}

/** Writes the group's A3, replacing what was there. */
export async function upsertSummary(
  db: Executor,
  groupId: number,
  body: string,
  userId: number | null,
  at: string,
) {
  await db
    .insertInto('group_summaries')
    .values({ group_id: groupId, body, updated_by: userId, updated_at: at })
    .onConflict((oc) => oc.column('group_id').doUpdateSet({ body, updated_by: userId, updated_at: at }))
    .execute();
}

/** The A3 summaries a user saved last (for the personal-data export). */
export function summariesUpdatedBy(db: Executor, userId: number) {
  return db
    .selectFrom('group_summaries')
    .innerJoin('coaching_groups', 'coaching_groups.id', 'group_summaries.group_id')
    .select([
      'coaching_groups.event_id',
      'coaching_groups.number',
      'group_summaries.body',
      'group_summaries.updated_at',
    ])
    .where('group_summaries.updated_by', '=', userId)
    .execute();
}

/** Keeps the summaries (they are the group's) but no longer ties them to the user. */
export async function unlinkSummaryAuthor(db: Executor, userId: number) {
  await db
    .updateTable('group_summaries')
    .set({ updated_by: null })
    .where('updated_by', '=', userId)
    .execute();
}
