/**
 * The world the route-permission walk runs in: users of each role, a public and a members-only
 * programme with every kind of part, and how to fill each path parameter with an id that exists.
 */
import crypto from 'node:crypto';
import type { InjectOptions } from 'fastify';
import type { Executor } from '../../src/platform/db/database';
import type { Access, RouteAccess } from '../../src/platform/http/access';
import type { Role } from '../../src/platform/http/context';
import { Client, type TestApp } from './app';
import { buildInput, buildLibraryItem, buildUser } from './factories';
import { buildGatheringWorld, type GatheringWorld } from './gathering-world';
import { createOrganisation, createPerson } from '../../src/modules/network/index';
import {
  addAdvisor,
  addContact,
  addParticipant,
  addPhase,
  addPlanActivity,
  addStep,
  addStepNote,
  createProgramme,
  giveFeedback,
  nominateToReferenceGroup,
  setStepStatus,
} from '../../src/modules/programmes/index';
import { createApiToken } from '../../src/modules/accounts/index';

export type Who = 'anonymous' | Role;
export const everyone: Who[] = ['anonymous', 'participant', 'advisor', 'operator'];

/** What the access layer must answer, before any finer rule of the module is asked. */
export function refusal(access: Access, who: Who): 401 | 403 | null {
  if (access === 'public') return null;
  if (who === 'anonymous') return 401;
  if (access === 'operator' && who !== 'operator') return 403;
  if (access === 'staff' && who === 'participant') return 403;
  return null;
}

/** A client with its own address, so one actor's attempts never count against another's rate limit. */
export class ActorClient extends Client {
  constructor(
    app: TestApp['app'],
    private address: string,
  ) {
    super(app);
  }
  override request(options: InjectOptions) {
    return super.request({ ...options, remoteAddress: this.address });
  }
}

export interface ProgrammeWorld extends GatheringWorld {
  itemSlug: string;
  versionId: number;
  inputId: number;
  attachmentId: number;
  programmeId: number;
  slug: string;
  phaseId: number;
  stepId: number;
  participantId: number;
  noteId: number;
  feedbackId: number;
  activityId: number;
  nominationId: number;
}

export interface World {
  organisationId: number;
  otherOrganisationId: number;
  personId: number;
  participantPersonId: number;
  otherPersonId: number;
  advisorPersonId: number;
  userId: number;
  apiTokenId: number;
  public: ProgrammeWorld;
  members: ProgrammeWorld;
}

/** A programme with one of everything a route can point at, made through the modules' index functions. */
export async function buildProgrammeWorld(
  db: Executor,
  w: {
    slug: string;
    visibility: 'public' | 'members';
    organisationId: number;
    contactId: number;
    advisorId: number;
    authorUserId: number;
    memberUserId: number;
    memberEmail: string;
  },
): Promise<ProgrammeWorld> {
  const title = { nb: w.slug, sv: w.slug, en: w.slug };
  const programmeId = await createProgramme(
    db,
    { slug: w.slug, title, visibility: w.visibility, startsOn: '2026-01-01', endsOn: '2027-12-31' },
    null,
  );
  const phaseId = await addPhase(db, programmeId, { title: { nb: 'Fase 1', en: 'Phase 1' } }, null);
  const stepId = await addStep(db, programmeId, phaseId, { title: { nb: 'Steg 1', en: 'Step 1' } }, null);
  const participantId = await addParticipant(db, programmeId, w.organisationId, null);
  await addContact(db, participantId, w.contactId, 'project_leader', null);
  await addAdvisor(db, programmeId, { personId: w.advisorId, participantId }, null);
  const nominationId = await nominateToReferenceGroup(
    db,
    { programmeId, personId: w.contactId, participantId, motivation: 'Knows the region' },
    null,
  );
  await setStepStatus(db, { participantId, stepId, status: 'in_progress' }, w.authorUserId);
  const noteId = await addStepNote(
    db,
    { participantId, stepId, body: 'Started', noteDate: '2026-02-01' },
    w.authorUserId,
  );
  const feedbackId = await giveFeedback(
    db,
    { participantId, stepId, body: 'Good start', fromCentre: true },
    w.authorUserId,
  );
  const activityId = await addPlanActivity(
    db,
    participantId,
    {
      title: 'Workshop',
      startsOn: '2026-03-01',
      endsOn: '2026-03-02',
      responsible: 'Project leader',
      stakeholderGroups: ['business'],
    },
    w.authorUserId,
  );
  const gatherings = await buildGatheringWorld(db, { programmeId, participantId, ...w });
  // The public programme's knowledge item is published; the members-only one's waits in review.
  const item = await buildLibraryItem(db, {
    audience: w.visibility === 'public' ? 'public' : 'members',
    status: w.visibility === 'public' ? 'published' : 'review',
    programmeIds: [programmeId],
    withAttachment: true,
  });
  const version = await db
    .selectFrom('library_item_versions')
    .select('id')
    .where('item_id', '=', item.id)
    .orderBy('id')
    .executeTakeFirstOrThrow();
  return {
    ...gatherings,
    itemSlug: item.slug,
    versionId: version.id,
    attachmentId: item.attachmentId ?? 0,
    inputId: await buildInput(db, programmeId, { userId: w.memberUserId }),
    programmeId,
    slug: w.slug,
    phaseId,
    stepId,
    participantId,
    noteId,
    feedbackId,
    activityId,
    nominationId,
  };
}

export const organisation = (
  db: Executor,
  kind: 'county' | 'municipality',
  name: string,
  number: string,
  parentId: number | null = null,
) => createOrganisation(db, { kind, name, country: 'NO', number, parentId }, null);

export const person = (db: Executor, name: string, organisationId: number) =>
  createPerson(
    db,
    { name, email: `${crypto.randomUUID()}@example.no`, organisations: [{ organisationId }] },
    null,
  );

/** Builds the data every route parameter can point at, and the four kinds of caller. */
export async function createWorld(db: Executor) {
  const county = await organisation(db, 'county', 'Testfylke', '99');
  const organisationId = await organisation(db, 'municipality', 'Testkommune', '9901', county);
  const otherOrganisationId = await organisation(db, 'municipality', 'Annenkommune', '9902', county);
  const participantPersonId = await person(db, 'Pia Deltaker', organisationId);
  const otherPersonId = await person(db, 'Otto Annen', otherOrganisationId);
  const advisorPersonId = await person(db, 'Vera Veileder', county);
  const personId = await person(db, 'Per Person', organisationId);
  const operator = await buildUser(db, { role: 'operator' });
  const users = {
    operator,
    advisor: await buildUser(db, { role: 'advisor', personId: advisorPersonId }),
    participant: await buildUser(db, { role: 'participant', personId: participantPersonId }),
    otherParticipant: await buildUser(db, { role: 'participant', personId: otherPersonId }),
  };
  const userId = (await buildUser(db, { role: 'participant', personId })).id;
  await createApiToken(db, userId, 'Scripts');
  const base = {
    contactId: participantPersonId,
    advisorId: advisorPersonId,
    authorUserId: operator.id,
    organisationId,
    memberUserId: users.participant.id,
    memberEmail: users.participant.email,
  };
  const world: World = {
    organisationId,
    otherOrganisationId,
    personId,
    participantPersonId,
    otherPersonId,
    advisorPersonId,
    userId,
    // The only API token in a fresh database; accounts' index does not hand out token ids.
    apiTokenId: 1,
    public: await buildProgrammeWorld(db, { ...base, slug: 'perm-public', visibility: 'public' }),
    members: await buildProgrammeWorld(db, { ...base, slug: 'perm-members', visibility: 'members' }),
  };
  // The other organisation takes part in the public programme only.
  await addParticipant(db, world.public.programmeId, otherOrganisationId, null);
  return { world, users };
}

/** Which programme's ids a URL is filled with. */
export type Variant = 'public' | 'members';

/** The value for one path parameter, by its name or, for a bare `:id`, by the segment before it. */
export function fill(world: World, variant: Variant, url: string, name: string, before: string): string {
  const p = world[variant];
  const byName: Record<string, number | string> = {
    slug: p.slug,
    programmeSlug: p.slug,
    programmeId: p.programmeId,
    phaseId: p.phaseId,
    stepId: p.stepId,
    participantId: p.participantId,
    noteId: p.noteId,
    feedbackId: p.feedbackId,
    activityId: p.activityId,
    nominationId: p.nominationId,
    eventId: p.eventId,
    itemId: p.itemId,
    seriesId: p.seriesId,
    questionId: p.questionId,
    registrationId: p.registrationId,
    caseId: p.caseId,
    entryId: p.entryId,
    homeworkId: p.homeworkId,
    submissionId: p.submissionId,
    fileId: p.fileId,
    groupId: p.groupId,
    itemSlug: p.itemSlug,
    versionId: p.versionId,
    attachmentId: p.attachmentId,
    theme: 'climate',
    inputId: p.inputId,
    organisationId: world.organisationId,
    orgId: world.organisationId,
    personId: world.personId,
    userId: world.userId,
    // One-time links (reset, verify): a well-formed token that was never issued.
    token: 'never-issued-token-abcdefghijklmnopqrstuvwxyz0',
  };
  const bySegment: Record<string, number | string> = {
    programmes: p.programmeId,
    phases: p.phaseId,
    steps: p.stepId,
    participants: p.participantId,
    notes: p.noteId,
    feedback: p.feedbackId,
    activities: p.activityId,
    plan: p.activityId,
    nominations: p.nominationId,
    organisations: world.organisationId,
    people: world.personId,
    users: world.userId,
    tokens: world.apiTokenId,
  };
  const value = byName[name] ?? (name === 'id' ? bySegment[before] : undefined);
  if (value === undefined) {
    throw new Error(
      `Cannot fill :${name} in ${url}: teach fill() in test/routes-permission.test.ts what it points at`,
    );
  }
  return encodeURIComponent(String(value));
}

/** The concrete URL(s) for a route: one per programme variant when it names a programme's part. */
export function concreteUrls(world: World, route: RouteAccess): { url: string; variant: Variant }[] {
  if (route.url.startsWith('/assets/ds/'))
    return [{ url: '/assets/ds/theme/designsystemet.css', variant: 'public' }];
  if (route.url.startsWith('/assets/')) return [{ url: '/assets/app.css', variant: 'public' }];
  const segments = route.url.split('/');
  const hasParams = segments.some((s) => s.startsWith(':'));
  const variants: Variant[] = hasParams ? ['public', 'members'] : ['public'];
  return variants.map((variant) => ({
    variant,
    url: segments
      .map((segment, i) => {
        if (segment === '*')
          throw new Error(`Cannot fill the wildcard in ${route.url}: teach concreteUrls() about it`);
        if (!segment.startsWith(':')) return segment;
        const name = segment.slice(1).replace(/\(.*$/, '').replace(/\?$/, '');
        return fill(world, variant, route.url, name, segments[i - 1] ?? '');
      })
      .join('/'),
  }));
}

export const unsafe = (method: string) => !['GET', 'HEAD', 'OPTIONS'].includes(method);
/** Routes that end something (a session, a record) run last, so the others still find their data. */
export const destructive = (url: string) => /logout|delete|erase|remove|revoke|end|sessions/.test(url);
