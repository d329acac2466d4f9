import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../test/support/app';
import { createTestDatabase, testDialects } from '../../test/support/databases';
import { getOrganisation } from '../modules/network/index';
import { getProgrammeBySlug, getProgrammeStructure, listParticipants } from '../modules/programmes/index';
import { openDatabase, type Executor } from '../platform/db/database';
import { demoAccounts, loadDemoIfEmpty, veiledningspilotenMunicipalities } from './index';

// Seed 003's 14 municipalities with today's numbers (checked against
// ../shared/data/registry/no-kommuner-2025.json) under the county they lay in during the programme
// (2020–2022). The last six lay in Troms og Finnmark (54), split in 2024 into Troms (55) and Finnmark
// (56): they keep today's numbers but belong to the county of the programme period.
const TF = 'Troms og Finnmark fylkeskommune';
const expected: Record<string, [number: string, county: string, countyNumber: string]> = {
  'Sør-Aurdal': ['3449', 'Innlandet', '34'],
  Grue: ['3417', 'Innlandet', '34'],
  Engerdal: ['3425', 'Innlandet', '34'],
  Rendalen: ['3424', 'Innlandet', '34'],
  Aure: ['1576', 'Møre og Romsdal', '15'],
  Tingvoll: ['1560', 'Møre og Romsdal', '15'],
  Sande: ['1514', 'Møre og Romsdal', '15'],
  Fjord: ['1578', 'Møre og Romsdal', '15'],
  Loppa: ['5614', TF, '54'],
  Vardø: ['5634', TF, '54'],
  Karasjok: ['5610', TF, '54'],
  Salangen: ['5522', TF, '54'],
  Kåfjord: ['5540', TF, '54'],
  Storfjord: ['5538', TF, '54'],
};

// Read-only row counts of everything the demo writes, to show a second load changes nothing.
const tables = [
  'users',
  'organisations',
  'organisation_members',
  'people',
  'person_organisations',
  'programmes',
  'programme_phases',
  'programme_steps',
  'programme_participants',
  'participant_contacts',
  'programme_advisors',
  'reference_group_nominations',
  'step_progress',
  'step_notes',
  'step_feedback',
  'plan_activities',
  'participant_outcomes',
  'outbox',
  'audit_log',
] as const;

async function rowCounts(db: Executor) {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}

interface ParticipantItem {
  id: number;
  organisation: { id: number; name: string; kind: string; number: string | null };
}

for (const dialect of testDialects()) {
  describe(`demo data [${dialect}]`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
      assert.equal(await loadDemoIfEmpty(t.database), true);
    });
    after(() => t.close());

    it('has Veiledningspiloten with exactly its 14 municipalities, numbers and counties', async () => {
      const programme = await getProgrammeBySlug(t.database.db, 'veiledningspiloten');
      assert.ok(programme, 'the programme exists');
      const response = await t.app.inject({
        method: 'GET',
        url: `/api/v1/programmes/${programme.id}/participants`,
      });
      assert.equal(response.statusCode, 200);
      const items = (response.json() as { items: ParticipantItem[] }).items;
      const found: Record<string, [string, string, string]> = {};
      for (const item of items) {
        assert.equal(item.organisation.kind, 'municipality');
        const organisation = await getOrganisation(t.database.db, item.organisation.id);
        const county =
          organisation?.parentId != null
            ? await getOrganisation(t.database.db, organisation.parentId)
            : undefined;
        assert.equal(county?.kind, 'county', `${item.organisation.name} lies in a county`);
        found[item.organisation.name] = [
          item.organisation.number ?? '',
          county?.name ?? '',
          county?.number ?? '',
        ];
      }
      assert.deepEqual(found, expected);
      assert.equal(new Set(Object.values(found).map(([, county]) => county)).size, 3, 'three counties');
      // Grouped as seed 003 lists them, by the county of the programme period.
      assert.deepEqual(
        Object.values(veiledningspilotenMunicipalities).flat().sort(),
        Object.keys(expected).sort(),
      );
    });

    it('filters Veiledningspiloten’s overview by its three counties of the programme period', async () => {
      const operator = new Client(t.app);
      await operator.logIn('operator@distriktssenteret.example', 'samling-demo-2026');
      const overview = await operator.get('/programmes/veiledningspiloten/overview?lang=en');
      assert.equal(overview.statusCode, 200);
      const select = /<select[^>]*name="county"[^>]*>([\s\S]*?)<\/select>/.exec(overview.body)?.[1] ?? '';
      const counties = [...select.matchAll(/<option[^>]*value="(\d+)"[^>]*>([^<]*)</g)].map((m) => m[2]);
      assert.deepEqual(counties, ['Innlandet', 'Møre og Romsdal', TF]);
      const north = /<option[^>]*value="(\d+)"[^>]*>Troms og Finnmark/.exec(select)?.[1];
      const filtered = await operator.get(`/programmes/veiledningspiloten/overview?lang=en&county=${north}`);
      for (const name of veiledningspilotenMunicipalities['Troms og Finnmark']!)
        assert.match(filtered.body, new RegExp(`>${name}</a>`));
      assert.doesNotMatch(filtered.body, />Grue<\/a>/);
    });

    it('lists the four demo programmes in the API', async () => {
      const client = new Client(t.app);
      await client.logIn('operator@distriktssenteret.example', 'samling-demo-2026');
      const response = await client.get('/api/v1/programmes?lang=nb');
      assert.equal(response.statusCode, 200);
      const items = (response.json() as { items: { slug: string; participantCount: number }[] }).items;
      const counts = Object.fromEntries(items.map((i) => [i.slug, i.participantCount]));
      assert.deepEqual(counts, {
        byregionprogrammet: 3,
        veiledningspiloten: 14,
        'regional-fysisk-planering': 14,
        // Reglab's annual conference: a programme of events only (src/demo/data/gatherings-reglab-conference.ts).
        'reglab-arskonferens': 0,
      });
    });

    it('lets every demo account log in with its password', async () => {
      assert.ok(demoAccounts.length >= 5);
      for (const account of demoAccounts) {
        const client = new Client(t.app);
        const response = await client.logIn(account.email, account.password);
        assert.equal(response.statusCode, 303, account.email);
        assert.equal((await client.get('/me')).statusCode, 200, account.email);
      }
    });

    it('shows each role real follow-up: outcomes, feedback to answer, the advisor overview', async () => {
      const programme = await getProgrammeBySlug(t.database.db, 'veiledningspiloten');
      const participants = await listParticipants(t.database.db, programme!.id);
      const pathOf = (name: string) => {
        const participant = participants.find((p) => p.organisation?.name === name);
        return `/programmes/veiledningspiloten/participants/${participant!.id}?lang=en`;
      };

      const operator = new Client(t.app);
      await operator.logIn('operator@distriktssenteret.example', 'samling-demo-2026');
      // Seed 003: the desired result was reached in most, but not all, of the municipalities.
      assert.match((await operator.get(pathOf('Grue'))).body, /Desired result reached/);
      assert.match((await operator.get(pathOf('Engerdal'))).body, /Desired result partly reached/);
      assert.match((await operator.get(pathOf('Sande'))).body, /Desired result not reached/);

      const grue = new Client(t.app);
      await grue.logIn('prosjektleder@grue.example', 'samling-demo-2026');
      const own = await grue.get(pathOf('Grue'));
      assert.equal(own.statusCode, 200);
      assert.match(own.body, /Takk for innsatsen i piloten/);
      assert.equal((await grue.get(pathOf('Vardø'))).statusCode, 404);

      const advisor = new Client(t.app);
      await advisor.logIn('advisor@innlandet.example', 'samling-demo-2026');
      const overview = await advisor.get('/programmes/veiledningspiloten/overview?lang=en');
      assert.equal(overview.statusCode, 200);
      assert.match(overview.body, /Rendalen/);
    });

    it('keeps the Innlandet advisor to the four municipalities they guide', async () => {
      const programme = await getProgrammeBySlug(t.database.db, 'veiledningspiloten');
      const participants = await listParticipants(t.database.db, programme!.id);
      const idOf = (name: string) => participants.find((p) => p.organisation?.name === name)!.id;
      const structure = await getProgrammeStructure(t.database.db, programme!.id);
      const stepId = structure[0]!.steps[0]!.id;
      const advisor = new Client(t.app);
      await advisor.logIn('advisor@innlandet.example', 'samling-demo-2026');
      const aure = `/programmes/veiledningspiloten/participants/${idOf('Aure')}`;
      assert.equal((await advisor.get(aure)).statusCode, 404);
      assert.equal(
        (await advisor.post(`${aure}/steps/${stepId}/status`, { status: 'done' })).statusCode,
        404,
      );
      const outcome = await advisor.post(`${aure}/outcome`, { result: 'not_reached', reasons: 'Ikke min' });
      assert.equal(outcome.statusCode, 404);
      const grue = `/programmes/veiledningspiloten/participants/${idOf('Grue')}`;
      assert.equal((await advisor.get(grue)).statusCode, 200);
      const overview = (await advisor.get('/programmes/veiledningspiloten/overview?lang=en')).body;
      assert.match(overview, />Rendalen<\/a>/);
      assert.doesNotMatch(overview, />Aure<\/a>/);
    });

    it('has every step status set by the centre, never by a participant member', async () => {
      const setters = await t.database.db
        .selectFrom('step_progress')
        .innerJoin('users', 'users.id', 'step_progress.updated_by_user_id')
        .select('users.role')
        .distinct()
        .execute();
      assert.deepEqual(setters.map((r) => r.role).sort(), ['advisor', 'operator']);
    });

    it('adds nothing when loaded a second time', async () => {
      const before = await rowCounts(t.database.db);
      assert.equal(await loadDemoIfEmpty(t.database), false);
      assert.deepEqual(await rowCounts(t.database.db), before);
    });

    it('loads once when two instances start together on one database', async () => {
      const first = await createTestDatabase(dialect);
      const second = await openDatabase(
        dialect === 'postgres' ? { url: first.url } : { sqliteFile: first.url },
      );
      try {
        const results = await Promise.all([loadDemoIfEmpty(first), loadDemoIfEmpty(second)]);
        assert.deepEqual([...results].sort(), [false, true]);
        assert.equal((await rowCounts(first.db)).users, demoAccounts.length);
      } finally {
        await second.close();
        await first.drop();
      }
    });
  });
}
