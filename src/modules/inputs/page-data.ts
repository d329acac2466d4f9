import type { Executor } from '../../platform/db/database';
import { loginNames } from '../accounts/index';
import { getProgramme } from '../programmes/index';
import * as q from './queries';
import { toInput, type Input } from './service';
import { inputStatuses, type InputStatus } from './tables';
import type { StatusChange } from './views/input-page';
import type { MyInput } from './views/my-inputs-page';
import type { ProgrammeRef } from './views/parts';

/** The triage list shows at most this many; filters by status narrow it. */
export const TRIAGE_LIST_LIMIT = 500;

/** The programme's slug and title for breadcrumbs, or null when it is gone. */
export async function programmeRef(db: Executor, programmeId: number): Promise<ProgrammeRef | null> {
  const programme = await getProgramme(db, programmeId);
  return programme ? { slug: programme.slug, title: programme.title } : null;
}

/** The triage list: the counts per status and the inputs of the chosen status, newest first. */
export async function loadTriageList(db: Executor, programmeId: number, status: InputStatus | null) {
  const [rows, countRows] = await Promise.all([
    q.listInputsOfProgramme(db, programmeId, status, TRIAGE_LIST_LIMIT + 1),
    q.countByStatus(db, programmeId),
  ]);
  const counts = Object.fromEntries(inputStatuses.map((s) => [s, 0])) as Record<InputStatus, number>;
  for (const row of countRows) if (row.status in counts) counts[row.status] = Number(row.count);
  return {
    counts,
    inputs: rows.slice(0, TRIAGE_LIST_LIMIT).map(toInput),
    truncatedAt: rows.length > TRIAGE_LIST_LIMIT ? TRIAGE_LIST_LIMIT : null,
  };
}

/** An input's status moves, oldest first, with the name of who made each (null when erased). */
export async function loadHistory(db: Executor, inputId: number): Promise<StatusChange[]> {
  const changes = await q.listStatusChanges(db, inputId);
  const names = await loginNames(
    db,
    changes.flatMap((c) => (c.changed_by == null ? [] : [c.changed_by])),
  );
  return changes.map((c) => ({
    from: c.from_status,
    to: c.to_status,
    by: c.changed_by == null ? null : (names.get(c.changed_by) ?? null),
    at: c.changed_at,
  }));
}

/** What a login has sent, newest first, each with its programme. */
export async function loadMyInputs(db: Executor, userId: number): Promise<MyInput[]> {
  const inputs: Input[] = (await q.listBySender(db, userId)).map(toInput);
  const refs = new Map<number, ProgrammeRef | null>();
  for (const id of new Set(inputs.map((i) => i.programmeId))) refs.set(id, await programmeRef(db, id));
  return inputs.map((input) => ({ ...input, programme: refs.get(input.programmeId) ?? null }));
}
