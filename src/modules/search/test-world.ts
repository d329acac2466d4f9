import type { Executor } from '../../platform/db/database';
import { buildProgramme, buildProgrammeMember, buildUser } from '../../../test/support/factories';
import { createEvent } from '../gatherings/index';
import { createItem, publishItem, submitForReview, type ItemInput } from '../library/index';

// Test data for the search tests (not loaded by the app): two programmes open to their members only,
// one public, an event in a closed one, and knowledge items in Norwegian and Swedish.

async function publishedItem(db: Executor, input: Partial<ItemInput> & { title: string }, publish = true) {
  const { id, slug } = await createItem(
    db,
    { kind: 'article', language: 'nb', audience: 'public', year: 2014, ...input },
    null,
  );
  if (publish) {
    await submitForReview(db, id, null);
    await publishItem(db, id, null);
  }
  return { id, slug };
}

/** The programmes, people, event and items every search test file searches. */
export async function buildSearchWorld(db: Executor) {
  const operator = await buildUser(db, { role: 'operator' });
  const open = await buildProgramme(db, {
    title: { nb: 'Byregionprogrammet', sv: 'Stadsregionprogrammet', en: 'The City Region Programme' },
    description: { nb: 'Samspill mellom byen og omlandet.' },
    visibility: 'public',
  });
  const closed = await buildProgramme(db, {
    title: { nb: 'Fjellprogrammet' },
    description: { nb: 'Et lukket program for fjellkommuner.' },
    visibility: 'members',
  });
  const other = await buildProgramme(db, { visibility: 'members' });
  const member = await buildProgrammeMember(db, closed.id, 'Røros kommune');
  const outsider = await buildProgrammeMember(db, other.id, 'Tydal kommune');
  const eventId = await createEvent(
    db,
    {
      programmeId: closed.id,
      kind: 'workshop',
      title: { nb: 'Verksted om reiselivsnæringen' },
      description: { nb: 'Hvordan fjellkommunene kan samarbeide om reiseliv.' },
      startsAt: '2026-03-10T10:00',
      endsAt: '2026-03-10T16:00',
      timeZone: 'Europe/Oslo',
      language: 'nb',
      place: 'Røros',
    },
    null,
  );
  const norwegian = await publishedItem(db, {
    title: 'Kommunene samarbeider om arealbruk',
    summary: 'Sju kommuner i Trøndelag planlegger arealbruken sammen.',
    themes: ['land-use'],
    links: { programmeIds: [open.id] },
  });
  const swedish = await publishedItem(db, {
    title: 'Kommuner i samverkan',
    kind: 'report',
    language: 'sv',
    year: 2009,
    summary: 'Kommunerna i Västra Götaland samverkar om bostadsmarknaden.',
    themes: ['housing-market'],
  });
  const draft = await publishedItem(
    db,
    { title: 'Utkast om kommunesammenslåingen', summary: 'Et hemmelig utkast om sammenslåingen.' },
    false,
  );
  const scripted = await publishedItem(db, {
    title: '<script>alert(1)</script> Skriptprøve',
    summary: 'Om <script>alert("x")</script> i en skriptprøve.',
  });
  return { operator, open, closed, other, member, outsider, eventId, norwegian, swedish, draft, scripted };
}
