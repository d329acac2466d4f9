import { audit } from '../../platform/audit/audit';
import { nowIso } from '../../platform/db/columns';
import { inTransaction, type Executor } from '../../platform/db/database';
import type { LocalizedText } from '../../platform/i18n/index';
import { getOrganisation } from '../network/index';
import {
  cleanLocalized,
  hasText,
  isUniqueViolation,
  ProgrammeError,
  type ProgrammeInput,
  type TextInput,
} from './model';
import * as q from './queries';
import { indexProgramme } from './search-document';

const json = (text: LocalizedText | undefined) => JSON.stringify(cleanLocalized(text));
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Paths under /programmes/ that a slug must not shadow.
const RESERVED_SLUGS = new Set(['new']);

/** A URL-friendly name: lower case ASCII, Nordic letters spelled out (æ → ae, ø → o, å → a). */
export function slugify(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'programme';
}

async function freeSlug(db: Executor, base: string): Promise<string> {
  const taken = new Set(await q.slugsLike(db, base));
  if (!taken.has(base) && !RESERVED_SLUGS.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

async function checkProgrammeInput(db: Executor, input: ProgrammeInput) {
  if (!hasText(cleanLocalized(input.title))) throw new ProgrammeError('invalid', 'title');
  if (input.startsOn && input.endsOn && input.endsOn < input.startsOn) {
    throw new ProgrammeError('invalid', 'ends_on');
  }
  if (input.ownerOrganisationId != null && !(await getOrganisation(db, input.ownerOrganisationId))) {
    throw new ProgrammeError('notFound', 'owner_organisation_id');
  }
}

/** Creates a programme; the slug comes from the title when none is given and is always unique. */
export async function createProgramme(
  db: Executor,
  input: ProgrammeInput,
  actorUserId: number | null,
): Promise<number> {
  const work = async (tx: Executor) => {
    await checkProgrammeInput(tx, input);
    let slug: string;
    if (input.slug) {
      if (!SLUG_PATTERN.test(input.slug) || RESERVED_SLUGS.has(input.slug)) {
        throw new ProgrammeError('invalid', 'slug');
      }
      // No look first: the unique index answers, also for two operators who send the same slug at once.
      slug = input.slug;
    } else {
      const title = cleanLocalized(input.title);
      slug = await freeSlug(tx, slugify(title.nb ?? title.sv ?? title.en ?? ''));
    }
    const now = nowIso();
    const { id } = await q.insertProgramme(tx, {
      slug,
      title: json(input.title),
      description: json(input.description),
      owner_organisation_id: input.ownerOrganisationId ?? null,
      starts_on: input.startsOn ?? null,
      ends_on: input.endsOn ?? null,
      visibility: input.visibility,
      created_at: now,
      updated_at: now,
    });
    await audit(tx, {
      actorUserId,
      action: 'programme.create',
      subjectType: 'programme',
      subjectId: id,
      details: { slug },
    });
    await indexProgramme(tx, id);
    return id;
  };
  try {
    return await inTransaction(db, work);
  } catch (error) {
    // Caught outside the transaction: on PostgreSQL a failed statement spoils the rest of it.
    if (isUniqueViolation(error)) throw new ProgrammeError('slugTaken', 'slug');
    throw error;
  }
}

/** Changes a programme's texts, owner, period and visibility; the slug stays so links keep working. */
export async function updateProgramme(
  db: Executor,
  programmeId: number,
  input: Omit<ProgrammeInput, 'slug'>,
  actorUserId: number | null,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    if (!(await q.findProgrammeById(tx, programmeId))) throw new ProgrammeError('notFound');
    await checkProgrammeInput(tx, input);
    await q.updateProgramme(tx, programmeId, {
      title: json(input.title),
      description: json(input.description),
      owner_organisation_id: input.ownerOrganisationId ?? null,
      starts_on: input.startsOn ?? null,
      ends_on: input.endsOn ?? null,
      visibility: input.visibility,
      updated_at: nowIso(),
    });
    await audit(tx, {
      actorUserId,
      action: 'programme.update',
      subjectType: 'programme',
      subjectId: programmeId,
    });
    await indexProgramme(tx, programmeId);
  });
}

/** Appends a phase at the end of the programme. */
export async function addPhase(
  db: Executor,
  programmeId: number,
  input: TextInput,
  actorUserId: number | null,
): Promise<number> {
  return inTransaction(db, async (tx) => {
    if (!(await q.findProgrammeById(tx, programmeId))) throw new ProgrammeError('notFound');
    if (!hasText(cleanLocalized(input.title))) throw new ProgrammeError('invalid', 'title');
    const position = await q.nextPhasePosition(tx, programmeId);
    const { id } = await q.insertPhase(tx, {
      programme_id: programmeId,
      position,
      title: json(input.title),
      description: json(input.description),
    });
    await audit(tx, {
      actorUserId,
      action: 'programme.phase.add',
      subjectType: 'programme',
      subjectId: programmeId,
      details: { phaseId: id },
    });
    return id;
  });
}

/** Appends a step at the end of the phase, which must be one of the programme's. */
export async function addStep(
  db: Executor,
  programmeId: number,
  phaseId: number,
  input: TextInput,
  actorUserId: number | null,
): Promise<number> {
  return inTransaction(db, async (tx) => {
    const phase = await q.findPhase(tx, phaseId);
    if (!phase || phase.programme_id !== programmeId) throw new ProgrammeError('notFound', 'phase_id');
    if (!hasText(cleanLocalized(input.title))) throw new ProgrammeError('invalid', 'title');
    const position = await q.nextStepPosition(tx, phaseId);
    const { id } = await q.insertStep(tx, {
      phase_id: phaseId,
      position,
      title: json(input.title),
      description: json(input.description),
    });
    await audit(tx, {
      actorUserId,
      action: 'programme.step.add',
      subjectType: 'programme',
      subjectId: programmeId,
      details: { phaseId, stepId: id },
    });
    return id;
  });
}

export type Direction = 'up' | 'down';

/** The ids in their new order after moving `id` one place; null when it cannot move that way. */
function reorder(ids: number[], id: number, direction: Direction): number[] | null {
  const from = ids.indexOf(id);
  const to = direction === 'up' ? from - 1 : from + 1;
  if (from < 0 || to < 0 || to >= ids.length) return null;
  const next = [...ids];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

/** Moves one of the programme's phases one place up or down; at either end nothing changes. */
export async function movePhase(
  db: Executor,
  programmeId: number,
  phaseId: number,
  direction: Direction,
  actorUserId: number | null,
) {
  await inTransaction(db, async (tx) => {
    const phase = await q.findPhase(tx, phaseId);
    if (!phase || phase.programme_id !== programmeId) throw new ProgrammeError('notFound');
    const phases = await q.listPhaseRows(tx, phase.programme_id);
    const order = reorder(
      phases.map((p) => p.id),
      phaseId,
      direction,
    );
    if (!order) return;
    // Renumbering every phase also mends positions that were ever equal.
    for (const [index, id] of order.entries()) await q.setPhasePosition(tx, id, index + 1);
    await audit(tx, {
      actorUserId,
      action: 'programme.phase.move',
      subjectType: 'programme',
      subjectId: phase.programme_id,
      details: { phaseId, direction },
    });
  });
}

/** Moves one of the programme's steps one place up or down within its phase; at either end nothing changes. */
export async function moveStep(
  db: Executor,
  programmeId: number,
  stepId: number,
  direction: Direction,
  actorUserId: number | null,
) {
  await inTransaction(db, async (tx) => {
    const step = await q.findStep(tx, stepId);
    if (!step || step.programme_id !== programmeId) throw new ProgrammeError('notFound');
    const steps = await q.listStepRowsOfPhase(tx, step.phase_id);
    const order = reorder(
      steps.map((s) => s.id),
      stepId,
      direction,
    );
    if (!order) return;
    for (const [index, id] of order.entries()) await q.setStepPosition(tx, id, index + 1);
    await audit(tx, {
      actorUserId,
      action: 'programme.step.move',
      subjectType: 'programme',
      subjectId: step.programme_id,
      details: { stepId, direction },
    });
  });
}
