/**
 * The gatherings and cases part of the route-permission world: one of everything a gatherings or
 * cases route can point at, in a given programme. Rows are written directly (factories), so the
 * world does not depend on the order in which those modules' services check their rules.
 */
import type { Executor } from '../../src/platform/db/database';
import { buildAgendaItem, buildEvent } from './factories';

export interface GatheringWorld {
  seriesId: number;
  eventId: number;
  itemId: number;
  questionId: number;
  registrationId: number;
  caseId: number;
  entryId: number;
  homeworkId: number;
  submissionId: number;
  fileId: number;
  groupId: number;
}

/** An event (in a series) with a session, a question, the member's registration, a case with homework. */
export async function buildGatheringWorld(
  db: Executor,
  w: { programmeId: number; participantId: number; memberUserId: number; memberEmail: string },
): Promise<GatheringWorld> {
  const now = new Date().toISOString();
  const series = await db
    .insertInto('event_series')
    .values({ programme_id: w.programmeId, title: JSON.stringify({ nb: 'WS', en: 'WS' }), created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  // Started an hour ago, so retrospectives are open too; registration still open until it ends.
  const event = await buildEvent(db, w.programmeId, {
    kind: 'workshop',
    seriesId: series.id,
    seriesNumber: 1,
    startsAt: new Date(Date.now() - 3600 * 1000).toISOString(),
    capacity: 50,
  });
  const item = await buildAgendaItem(db, event, { capacity: 10 });
  const question = await db
    .insertInto('event_questions')
    .values({
      event_id: event.id,
      position: 1,
      kind: 'dietary',
      label: JSON.stringify({ nb: 'Allergier', en: 'Allergies' }),
      required: 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const registration = await db
    .insertInto('registrations')
    .values({
      event_id: event.id,
      person_id: null,
      user_id: w.memberUserId,
      name: 'Pia Deltaker',
      email: w.memberEmail,
      email_key: w.memberEmail.toLowerCase(),
      organisation: 'Testkommune',
      status: 'confirmed',
      confirm_token_hash: null,
      registered_by: null,
      created_at: now,
      confirmed_at: now,
      promoted_at: null,
      cancelled_at: null,
      reminded_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('registration_answers')
    .values({ registration_id: registration.id, question_id: question.id, answer: 'Nøtter' })
    .execute();
  await db
    .insertInto('session_signups')
    .values({
      agenda_item_id: item.id,
      registration_id: registration.id,
      status: 'confirmed',
      created_at: now,
    })
    .execute();
  const kase = await db
    .insertInto('cases')
    .values({
      programme_id: w.programmeId,
      participant_id: w.participantId,
      title: 'Samarbeid om arealplan',
      goal: 'Felles plan',
      challenges: '',
      region_role: '',
      stakeholders: '',
      question: 'Hvordan?',
      themes: '["arealbruk"]',
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const entry = await db
    .insertInto('case_log')
    .values({
      case_id: kase.id,
      event_id: event.id,
      author_user_id: w.memberUserId,
      body: 'WS1',
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const homework = await db
    .insertInto('homework')
    .values({
      event_id: event.id,
      title: JSON.stringify({ nb: 'Beskriv caset', en: 'Describe the case' }),
      instructions: '{}',
      due_at: new Date(Date.now() + 86400 * 1000).toISOString(),
      reminder_sent_at: null,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const submission = await db
    .insertInto('homework_submissions')
    .values({
      homework_id: homework.id,
      case_id: kase.id,
      body: 'Vårt case',
      submitted_by: w.memberUserId,
      submitted_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const file = await db
    .insertInto('submission_files')
    .values({
      submission_id: submission.id,
      filename: 'case.txt',
      content_type: 'text/plain',
      size: 4,
      data: Buffer.from('case'),
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const group = await db
    .insertInto('coaching_groups')
    .values({ event_id: event.id, number: 1, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('coaching_group_members')
    .values({ group_id: group.id, case_id: kase.id, event_id: event.id })
    .execute();
  return {
    seriesId: series.id,
    eventId: event.id,
    itemId: item.id,
    questionId: question.id,
    registrationId: registration.id,
    caseId: kase.id,
    entryId: entry.id,
    homeworkId: homework.id,
    submissionId: submission.id,
    fileId: file.id,
    groupId: group.id,
  };
}
