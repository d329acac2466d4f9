import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database';
import type { Visibility } from './tables';

// Every SQL statement on programmes, phases and steps. No rules here: the services decide, these
// only read and write. Participants and the team are in team-queries.ts, follow-up in follow-up-queries.ts.

export interface ProgrammeRow {
  slug: string;
  title: string;
  description: string;
  owner_organisation_id: number | null;
  starts_on: string | null;
  ends_on: string | null;
  visibility: Visibility;
}

export function findProgrammeById(db: Executor, id: number) {
  return db.selectFrom('programmes').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findProgrammeBySlug(db: Executor, slug: string) {
  return db.selectFrom('programmes').selectAll().where('slug', '=', slug).executeTakeFirst();
}

/** Slugs starting with `base`, to pick the next free one. */
export async function slugsLike(db: Executor, base: string) {
  const rows = await db.selectFrom('programmes').select('slug').where('slug', 'like', `${base}%`).execute();
  return rows.map((r) => r.slug);
}

/** Programmes with their participant count; `ids` limits the list (null = all). */
export function listProgrammeRows(db: Executor, ids: number[] | null) {
  let q = db
    .selectFrom('programmes')
    .selectAll('programmes')
    .select((eb) =>
      eb
        .selectFrom('programme_participants')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('programme_participants.programme_id', '=', 'programmes.id')
        .as('participant_count'),
    )
    // Newest first with undated programmes last: the dialects sort NULL at opposite ends by default.
    .orderBy(sql`case when programmes.starts_on is null then 1 else 0 end`)
    .orderBy('programmes.starts_on', 'desc')
    .orderBy('programmes.id', 'desc');
  if (ids) {
    if (ids.length === 0) return Promise.resolve([]);
    q = q.where('programmes.id', 'in', ids);
  }
  return q.execute();
}

export async function publicProgrammeIds(db: Executor) {
  const rows = await db.selectFrom('programmes').select('id').where('visibility', '=', 'public').execute();
  return rows.map((r) => r.id);
}

export function insertProgramme(
  db: Executor,
  row: ProgrammeRow & { created_at: string; updated_at: string },
) {
  return db.insertInto('programmes').values(row).returning('id').executeTakeFirstOrThrow();
}

export function updateProgramme(
  db: Executor,
  id: number,
  row: Omit<ProgrammeRow, 'slug'> & { updated_at: string },
) {
  return db.updateTable('programmes').set(row).where('id', '=', id).executeTakeFirst();
}

// Phases and steps

export function listPhaseRows(db: Executor, programmeId: number) {
  return listPhaseRowsOf(db, [programmeId]);
}

/** The phases of several programmes, each programme's in order. */
export function listPhaseRowsOf(db: Executor, programmeIds: number[]) {
  if (programmeIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('programme_phases')
    .selectAll()
    .where('programme_id', 'in', programmeIds)
    .orderBy('position')
    .orderBy('id')
    .execute();
}

/**
 * The phases of several programmes with their steps, one row per step (or per phase without steps),
 * each programme's phases in order and the steps in order within each phase: one query for both.
 */
export function listStructureRowsOf(db: Executor, programmeIds: number[]) {
  if (programmeIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('programme_phases as ph')
    .leftJoin('programme_steps as st', 'st.phase_id', 'ph.id')
    .select([
      'ph.id as phase_id',
      'ph.programme_id',
      'ph.position as phase_position',
      'ph.title as phase_title',
      'ph.description as phase_description',
      'st.id as step_id',
      'st.position as step_position',
      'st.title as step_title',
      'st.description as step_description',
    ])
    .where('ph.programme_id', 'in', programmeIds)
    .orderBy('ph.position')
    .orderBy('ph.id')
    .orderBy('st.position')
    .orderBy('st.id')
    .execute();
}

export function findPhase(db: Executor, id: number) {
  return db.selectFrom('programme_phases').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findStep(db: Executor, id: number) {
  return db
    .selectFrom('programme_steps')
    .innerJoin('programme_phases', 'programme_phases.id', 'programme_steps.phase_id')
    .selectAll('programme_steps')
    .select('programme_phases.programme_id')
    .where('programme_steps.id', '=', id)
    .executeTakeFirst();
}

export async function nextPhasePosition(db: Executor, programmeId: number) {
  const row = await db
    .selectFrom('programme_phases')
    .select((eb) => eb.fn.max('position').as('max'))
    .where('programme_id', '=', programmeId)
    .executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}

export async function nextStepPosition(db: Executor, phaseId: number) {
  const row = await db
    .selectFrom('programme_steps')
    .select((eb) => eb.fn.max('position').as('max'))
    .where('phase_id', '=', phaseId)
    .executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}

export function insertPhase(
  db: Executor,
  row: { programme_id: number; position: number; title: string; description: string },
) {
  return db.insertInto('programme_phases').values(row).returning('id').executeTakeFirstOrThrow();
}

export function insertStep(
  db: Executor,
  row: { phase_id: number; position: number; title: string; description: string },
) {
  return db.insertInto('programme_steps').values(row).returning('id').executeTakeFirstOrThrow();
}

export function setPhasePosition(db: Executor, id: number, position: number) {
  return db.updateTable('programme_phases').set({ position }).where('id', '=', id).execute();
}

export function setStepPosition(db: Executor, id: number, position: number) {
  return db.updateTable('programme_steps').set({ position }).where('id', '=', id).execute();
}

export function listStepRowsOfPhase(db: Executor, phaseId: number) {
  return db
    .selectFrom('programme_steps')
    .selectAll()
    .where('phase_id', '=', phaseId)
    .orderBy('position')
    .orderBy('id')
    .execute();
}
