import crypto from 'node:crypto';
import { createUser } from '../../src/modules/accounts/index';
import { createOrganisation, createPerson } from '../../src/modules/network/index';
import {
  addParticipant,
  createProgramme,
  getProgramme,
  type ProgrammeInput,
} from '../../src/modules/programmes/index';
import type { Executor } from '../../src/platform/db/database';
import type { Role } from '../../src/platform/http/context';

export const TEST_PASSWORD = 'correct horse battery';

const unique = () => crypto.randomBytes(4).toString('hex');

/** A login with a known password; pass `personId` to tie it to a person in the network. */
export async function buildUser(
  db: Executor,
  overrides: { role?: Role; email?: string; name?: string; personId?: number | null } = {},
) {
  const email = overrides.email ?? `user-${unique()}@example.no`;
  const id = await createUser(db, {
    email,
    name: overrides.name ?? 'Test Person',
    password: TEST_PASSWORD,
    role: overrides.role ?? 'participant',
    personId: overrides.personId ?? null,
    verified: true,
  });
  return { id, email, password: TEST_PASSWORD };
}

// Programmes: a programme, a participating organisation, and a logged-in member of it.

let programmeCounter = 0;

/** A programme with a unique title; public unless told otherwise. */
export async function buildProgramme(db: Executor, overrides: Partial<ProgrammeInput> = {}) {
  programmeCounter += 1;
  const id = await createProgramme(
    db,
    {
      title: { nb: `Testprogram ${programmeCounter} ${unique()}`, en: `Test programme ${programmeCounter}` },
      visibility: 'public',
      ...overrides,
    },
    null,
  );
  const programme = await getProgramme(db, id);
  return { id, slug: programme!.slug };
}

/** An organisation (a Norwegian municipality unless told otherwise) taking part in the programme. */
export async function buildParticipant(
  db: Executor,
  programmeId: number,
  overrides: { name?: string; kind?: 'municipality' | 'city_region' | 'county'; number?: string | null } = {},
) {
  const organisationId = await createOrganisation(
    db,
    {
      kind: overrides.kind ?? 'municipality',
      name: overrides.name ?? `Testkommune ${unique()}`,
      country: 'NO',
      number: overrides.number ?? null,
    },
    null,
  );
  const participantId = await addParticipant(db, programmeId, organisationId, null);
  return { participantId, organisationId };
}

/** A login whose person works for a participant of the programme (a participant member). */
export async function buildProgrammeMember(db: Executor, programmeId: number, organisationName?: string) {
  const { participantId, organisationId } = await buildParticipant(db, programmeId, {
    name: organisationName,
  });
  const personId = await createPerson(
    db,
    { name: 'Pia Prosjektleder', email: `pia-${unique()}@example.no`, organisations: [{ organisationId }] },
    null,
  );
  const user = await buildUser(db, { role: 'participant', personId, name: 'Pia Prosjektleder' });
  return { user, personId, participantId, organisationId };
}

/** An organisation in the network registry; a municipality in Norway unless told otherwise. */
export async function buildOrganisation(
  db: Executor,
  overrides: Partial<Parameters<typeof createOrganisation>[1]> = {},
) {
  return createOrganisation(
    db,
    {
      kind: overrides.kind ?? 'municipality',
      name: overrides.name ?? `Organisation ${unique()}`,
      country: overrides.country ?? 'NO',
      number: overrides.number ?? null,
      parentId: overrides.parentId ?? null,
      website: overrides.website ?? null,
    },
    null,
  );
}

/** A person in the network registry with a unique e-mail. */
export async function buildPerson(db: Executor, overrides: Partial<Parameters<typeof createPerson>[1]> = {}) {
  return createPerson(
    db,
    {
      ...overrides,
      name: overrides.name ?? 'Nina Nettverk',
      email: overrides.email ?? `person-${unique()}@example.no`,
    },
    null,
  );
}

// Follow-up: a programme with two phases, and two municipalities in different counties, each with a
// member who logs in and a contact person who gets the centre's feedback by e-mail.

/** A members-only programme with phases and steps, and two participants each with a member and a contact. */
export async function buildFollowUpProgramme(db: Executor) {
  const { addContact, addPhase, addStep } = await import('../../src/modules/programmes/index');
  const programme = await buildProgramme(db, { visibility: 'members' });
  const phase1 = await addPhase(db, programme.id, { title: { nb: 'Fase 1', en: 'Phase 1' } }, null);
  const phase2 = await addPhase(db, programme.id, { title: { nb: 'Fase 2', en: 'Phase 2' } }, null);
  const steps = {
    projectLeader: await addStep(
      db,
      programme.id,
      phase1,
      { title: { nb: 'Prosjektleder', en: 'Project leader' } },
      null,
    ),
    anchoring: await addStep(
      db,
      programme.id,
      phase1,
      { title: { nb: 'Forankring i region', en: 'Anchoring in the region' } },
      null,
    ),
    strategy: await addStep(
      db,
      programme.id,
      phase2,
      { title: { nb: 'Strategi og tiltak', en: 'Strategies and measures' } },
      null,
    ),
  };
  const participant = async (countyName: string, name: string) => {
    const countyId = await buildOrganisation(db, { kind: 'county', name: countyName });
    const organisationId = await buildOrganisation(db, { kind: 'municipality', name, parentId: countyId });
    const participantId = await addParticipant(db, programme.id, organisationId, null);
    const personId = await buildPerson(db, {
      name: `Prosjektleder ${name}`,
      organisations: [{ organisationId }],
    });
    const contactEmail = `kontakt-${unique()}@example.no`;
    const contactId = await buildPerson(db, { name: `Ordfører ${name}`, email: contactEmail });
    await addContact(db, participantId, contactId, 'mayor', null);
    const member = await buildUser(db, { role: 'participant', personId, name: `Prosjektleder ${name}` });
    return { participantId, organisationId, countyId, member, contactEmail };
  };
  const grue = await participant(`Innlandet ${unique()}`, `Grue ${unique()}`);
  const aure = await participant(`Møre og Romsdal ${unique()}`, `Aure ${unique()}`);
  return { programme, phases: { phase1, phase2 }, steps, grue, aure };
}

/**
 * An event of the programme, written straight to its table so tests of any gatherings or cases part
 * can start from one. Starts 30 days from now unless told otherwise; registration open now.
 */
export async function buildEvent(
  db: Executor,
  programmeId: number,
  overrides: Partial<{
    kind: 'gathering' | 'workshop' | 'conference' | 'webinar';
    title: string;
    startsAt: string;
    endsAt: string;
    timeZone: string;
    capacity: number | null;
    registrationOpensAt: string | null;
    registrationClosesAt: string | null;
    cancellationClosesAt: string | null;
    sessionsCloseAt: string | null;
    seriesId: number | null;
    seriesNumber: number | null;
    language: 'nb' | 'nn' | 'sv' | 'en';
  }> = {},
) {
  const day = 24 * 3600 * 1000;
  const startsAt = overrides.startsAt ?? new Date(Date.now() + 30 * day).toISOString();
  const now = new Date().toISOString();
  const title = overrides.title ?? `Samling ${unique()}`;
  const row = await db
    .insertInto('events')
    .values({
      programme_id: programmeId,
      series_id: overrides.seriesId ?? null,
      series_number: overrides.seriesNumber ?? null,
      kind: overrides.kind ?? 'gathering',
      title: JSON.stringify({ nb: title, sv: title, en: title }),
      description: '{}',
      starts_at: startsAt,
      ends_at: overrides.endsAt ?? new Date(Date.parse(startsAt) + 7 * 3600 * 1000).toISOString(),
      time_zone: overrides.timeZone ?? 'Europe/Oslo',
      place: 'Stjørdal',
      address: '',
      video_url: '',
      language: overrides.language ?? 'nb',
      capacity: overrides.capacity === undefined ? null : overrides.capacity,
      registration_opens_at: overrides.registrationOpensAt ?? null,
      registration_closes_at: overrides.registrationClosesAt ?? null,
      cancellation_closes_at: overrides.cancellationClosesAt ?? null,
      sessions_close_at: overrides.sessionsCloseAt ?? null,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, startsAt, title };
}

/**
 * An agenda item of the event, written straight to its table: a parallel session (kind `session`)
 * with the given capacity unless told otherwise. Starts at the event's start plus `offsetMinutes`.
 */
export async function buildAgendaItem(
  db: Executor,
  event: { id: number; startsAt: string },
  overrides: Partial<{
    kind: 'talk' | 'workshop' | 'coaching' | 'break' | 'session';
    title: string;
    offsetMinutes: number;
    minutes: number;
    capacity: number | null;
    language: 'nb' | 'nn' | 'sv' | 'en' | null;
  }> = {},
) {
  const startsAt = new Date(Date.parse(event.startsAt) + (overrides.offsetMinutes ?? 0) * 60000);
  const title = overrides.title ?? `Lærpass ${unique()}`;
  const row = await db
    .insertInto('agenda_items')
    .values({
      event_id: event.id,
      starts_at: startsAt.toISOString(),
      ends_at: new Date(startsAt.getTime() + (overrides.minutes ?? 60) * 60000).toISOString(),
      kind: overrides.kind ?? 'session',
      title: JSON.stringify({ nb: title, sv: title, en: title }),
      description: '{}',
      room: '',
      track: '',
      language: overrides.language ?? null,
      capacity: overrides.capacity === undefined ? 20 : overrides.capacity,
      created_at: new Date().toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, startsAt: startsAt.toISOString(), title };
}

/**
 * A registration row written straight to its table (part C's tests: lists, exports, calendars, jobs),
 * so they do not depend on the registration rules. Confirmed unless told otherwise.
 */
export async function insertRegistration(
  db: Executor,
  eventId: number,
  overrides: Partial<{
    userId: number | null;
    name: string;
    email: string;
    organisation: string;
    status: 'pending' | 'confirmed' | 'waitlisted' | 'cancelled';
    createdAt: string;
  }> = {},
) {
  const email = overrides.email ?? `deltaker-${unique()}@example.no`;
  const status = overrides.status ?? 'confirmed';
  const createdAt = overrides.createdAt ?? new Date().toISOString();
  const row = await db
    .insertInto('registrations')
    .values({
      event_id: eventId,
      person_id: null,
      user_id: overrides.userId ?? null,
      name: overrides.name ?? 'Dag Deltaker',
      email,
      email_key: email.toLowerCase(),
      organisation: overrides.organisation ?? '',
      status,
      confirm_token_hash: null,
      registered_by: null,
      created_at: createdAt,
      confirmed_at: status === 'confirmed' ? createdAt : null,
      promoted_at: null,
      cancelled_at: status === 'cancelled' ? createdAt : null,
      reminded_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  // Part B serves the waitlist by queue number; rows that hold a place or a place in line get the
  // next one of their event (unique per event), as the registration service gives them.
  if (status !== 'pending') {
    const last = await db
      .selectFrom('registrations')
      .select((eb) => eb.fn.max('queue_number').as('n'))
      .where('event_id', '=', eventId)
      .executeTakeFirst();
    const queueNumber = Number(last?.n ?? 0) + 1;
    await db
      .updateTable('registrations')
      .set({ queue_number: queueNumber })
      .where('id', '=', row.id)
      .execute();
  }
  return { id: row.id, email };
}

/** A session signup row written straight to its table (part C's tests). */
export async function insertSessionSignup(
  db: Executor,
  agendaItemId: number,
  registrationId: number,
  status: 'confirmed' | 'waitlisted' | 'cancelled' = 'confirmed',
) {
  const row = await db
    .insertInto('session_signups')
    .values({
      agenda_item_id: agendaItemId,
      registration_id: registrationId,
      status,
      created_at: new Date().toISOString(),
      promoted_at: null,
      cancelled_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

// Inputs (part K): an input to a programme, from the public unless a sender login is given.

/** An input with the status "new"; `email` makes the sender one who is told of an answer. */
export async function buildInput(
  db: Executor,
  programmeId: number,
  overrides: {
    title?: string;
    body?: string;
    userId?: number | null;
    name?: string | null;
    email?: string | null;
    showName?: boolean;
    locale?: 'nb' | 'sv' | 'en';
  } = {},
) {
  const { sendInput } = await import('../../src/modules/inputs/index');
  const member = overrides.userId != null;
  return sendInput(db, {
    programmeId,
    title: overrides.title ?? `Innspill ${unique()}`,
    body: overrides.body ?? 'Kollektivtilbudet mellom byen og omlandet bør styrkes.',
    sender: {
      kind: member ? 'member' : 'public',
      userId: overrides.userId ?? null,
      name: overrides.name ?? null,
      email: overrides.email ?? null,
    },
    showName: overrides.showName ?? false,
    locale: overrides.locale ?? 'nb',
  });
}

// Part J: knowledge bank items.

/**
 * A knowledge item (public article unless told otherwise), published unless `status` says
 * otherwise; with `withAttachment` it has a text file, and every status change leaves a version.
 */
export async function buildLibraryItem(
  db: Executor,
  overrides: Partial<{
    title: string;
    audience: 'public' | 'members';
    status: 'draft' | 'review' | 'published';
    themes: string[];
    programmeIds: number[];
    withAttachment: boolean;
  }> = {},
) {
  const { addAttachment, createItem, publishItem, submitForReview, getItem } =
    await import('../../src/modules/library/index');
  const { id, slug } = await createItem(
    db,
    {
      kind: 'article',
      title: overrides.title ?? `Kunnskap ${unique()}`,
      summary: 'Hva læringsnettverket lærte.',
      body: 'Samhandling mellom byen og omlandet.',
      language: 'nb',
      audience: overrides.audience ?? 'public',
      themes: overrides.themes ?? ['learning-networks'],
      links: { programmeIds: overrides.programmeIds ?? [] },
    },
    null,
  );
  const status = overrides.status ?? 'published';
  if (status !== 'draft') await submitForReview(db, id, null);
  if (status === 'published') await publishItem(db, id, null);
  const attachmentId = overrides.withAttachment
    ? (
        await addAttachment(
          db,
          id,
          { filename: 'notat.txt', contentType: 'text/plain', data: Buffer.from('Kollegial coaching.') },
          null,
        )
      ).id
    : null;
  const item = await getItem(db, id);
  return { id, slug, attachmentId, item: item! };
}
