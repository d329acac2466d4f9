import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../test/support/app';
import { testDialects } from '../../test/support/databases';
import { loadCoachingBoard } from '../modules/cases/index';
import { getEvent, type EventWithAgenda } from '../modules/gatherings/index';
import { pickText } from '../platform/i18n/index';
import { utcToZoned } from '../platform/time';
import { DEMO_PASSWORD, loadDemoIfEmpty } from './index';

// The demo's gatherings as the seeds give them: Byregionprogrammet's 2014 gatherings (seed 000),
// Reglab's WS1–WS4 with WS2's programme and coaching groups (seed 001), and the annual
// conference's learning sessions (seed 004). The expectations are written from the seeds, not
// read from src/demo/data, so a slip in the data shows here.

interface ApiEvent {
  id: number;
  title: string;
  kind: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  programmeId: number;
}
interface ApiSession {
  id: number;
  title: string;
  startsAt: string;
  endsAt: string;
  capacity: number | null;
  confirmed: number;
  waitlisted: number;
}

/** Seed 001, "Program onsdag 3 september": local time, end, kind, title, speakers. */
const ws2Programme: [string, string, string, string, string[]][] = [
  ['09:30', '10:00', 'break', 'Kaffe', []],
  ['10:00', '10:15', 'talk', 'Incheckning', []],
  [
    '10:15',
    '11:00',
    'talk',
    'Samverkan mellan regional och kommunal nivå i praktiken – Boverkets erfarenheter',
    ['Daniel André, Boverket', 'Pål Karlsson, Boverket'],
  ],
  ['11:00', '12:00', 'talk', 'Teorier om samverkan', ['Charlotta Fredriksson, WSP', 'Patrik Tornberg, WSP']],
  ['12:00', '13:00', 'break', 'Lunch', []],
  [
    '13:00',
    '13:30',
    'talk',
    'RUFS – erfarenheter från samverkan i regional fysisk planering',
    ['Bette Malmros, TMR', 'Ulrika Palm, TMR'],
  ],
  ['13:30', '14:30', 'workshop', 'WS kring egna casen', []],
  ['14:30', '15:00', 'break', 'Kaffe', []],
  ['15:00', '16:00', 'coaching', 'WS kring egna casen – fortsättning', ['Carl-Johan Engström, KTH']],
  ['16:00', '16:30', 'talk', 'Mot nästa möte', []],
  ['16:30', '16:30', 'talk', 'Slut', []],
];

/** Seed 001, "WS casen": group 1 is national bodies, which hold no case (see the data's comment). */
const ws2Groups: Record<number, string[]> = {
  1: [],
  2: ['Blekinge län', 'Dalarnas län', 'Gävleborgs län'],
  3: ['Hallands län', 'Jämtlands län', 'Västerbottens län'],
  4: ['Jönköpings län', 'Norrbottens län'],
  5: ['Kronobergs län', 'Värmlands län', 'Östergötlands län'],
  6: ['Stockholms län', 'Västra Götalands län'],
};

const logIn = async (t: TestApp, email: string) => {
  const client = new Client(t.app);
  await client.get('/login?lang=en');
  assert.equal((await client.logIn(email, DEMO_PASSWORD)).statusCode, 303, email);
  return client;
};

const local = (iso: string, tz: string) => utcToZoned(iso, tz);

for (const dialect of testDialects()) {
  describe(`demo gatherings [${dialect}]`, () => {
    let t: TestApp;
    let operator: Client;
    let events: ApiEvent[];
    const byTitle = (title: string) => {
      const found = events.find((e) => e.title === title);
      assert.ok(found, `the API lists "${title}"`);
      return found;
    };
    const eventOf = async (title: string): Promise<EventWithAgenda> =>
      (await getEvent(t.database.db, byTitle(title).id))!;

    before(async () => {
      t = await createTestApp(dialect);
      assert.equal(await loadDemoIfEmpty(t.database), true);
      operator = await logIn(t, 'operator@reglab.example');
      const response = await operator.get('/api/v1/events?lang=sv');
      assert.equal(response.statusCode, 200);
      events = (response.json() as { items: ApiEvent[] }).items;
    });
    after(() => t.close());

    it('lists Byregionprogrammet’s 2014 gatherings, Stjørdal with registration by 16 April', async () => {
      const stjordal = byTitle('Första nätverksträffen, Stjørdal');
      assert.deepEqual(
        [stjordal.startsAt, stjordal.endsAt, stjordal.timeZone],
        ['2014-05-20T10:00:00+02:00', '2014-05-21T15:00:00+02:00', 'Europe/Oslo'],
      );
      const event = await eventOf('Första nätverksträffen, Stjørdal');
      assert.equal(event.place, 'Stjørdal');
      assert.equal(local(event.registrationClosesAt!, 'Europe/Oslo'), '2014-04-16T23:59');
      const page = await operator.get(`/events/${event.id}?lang=en`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /16 April 2014/);
      const november = byTitle('Andra nätverksträffen');
      assert.deepEqual(
        [november.startsAt.slice(0, 10), november.endsAt.slice(0, 10)],
        ['2014-11-03', '2014-11-04'],
      );
    });

    it('has WS1–WS4 with the seed’s dates, places and themes, in Europe/Stockholm', async () => {
      const expected = [
        ['WS1: Introduktion, utgångspunkter', '2014-06-03', '2014-06-04', 'Stockholm'],
        ['WS2: Effektiva processer – roller och mandat', '2014-09-03', '2014-09-03', 'Stockholm'],
        ['WS3: Verktyg och visualisering', '2014-10-15', '2014-10-15', 'Stockholm'],
        ['WS4: Framsyn', '2014-12-02', '2014-12-03', 'Norrköping'],
      ];
      for (const [n, [title, from, to, place]] of expected.entries()) {
        const api = byTitle(title!);
        assert.equal(api.timeZone, 'Europe/Stockholm');
        assert.equal(api.kind, 'workshop');
        const event = await eventOf(title!);
        assert.deepEqual(
          [
            local(event.startsAt, event.timeZone).slice(0, 10),
            local(event.endsAt, event.timeZone).slice(0, 10),
          ],
          [from, to],
        );
        assert.equal(event.place, place);
        assert.equal(event.language, 'sv');
        assert.equal(event.seriesNumber, n + 1);
      }
    });

    it('has WS2’s programme at the seed’s times, titles and speakers', async () => {
      const ws2 = await eventOf('WS2: Effektiva processer – roller och mandat');
      const agenda = ws2.agenda.map((item) => [
        local(item.startsAt, ws2.timeZone).slice(11),
        local(item.endsAt, ws2.timeZone).slice(11),
        item.kind,
        pickText(item.title, 'sv'),
        item.speakers.map((s) => `${s.name}, ${s.organisation}`),
      ]);
      assert.deepEqual(agenda, ws2Programme);
      assert.ok(ws2.agenda.every((item) => local(item.startsAt, ws2.timeZone).startsWith('2014-09-03')));
      const page = (await operator.get(`/events/${ws2.id}?lang=sv`)).body;
      assert.match(page, /Teorier om samverkan/);
      assert.match(page, /Charlotta Fredriksson, WSP; Patrik Tornberg, WSP/);
      assert.match(page, /11:00/);
    });

    it('has WS2’s six coaching groups with the seed’s cases, A3 summaries and homework', async () => {
      const ws2 = await eventOf('WS2: Effektiva processer – roller och mandat');
      const board = await loadCoachingBoard(t.database.db, { id: ws2.id, programme_id: ws2.programmeId });
      const groups = Object.fromEntries(
        board.groups.map((g) => [
          g.number,
          g.cases.map((c) => c.organisation).sort((a, b) => a.localeCompare(b, 'sv')),
        ]),
      );
      assert.deepEqual(groups, ws2Groups);
      const dalarna = board.groups[1]!.cases.find((c) => c.organisation === 'Dalarnas län');
      assert.match(dalarna!.title, /^Dalarna\/Örebro/, 'the joint case of the seed');
      assert.equal(board.groups.filter((g) => g.summary).length, 4);
      assert.match(board.groups[0]!.summary!.body, /SKL, Tillväxtverket, Tillväxtanalys och Boverket/);

      const printed = await operator.get(`/events/${ws2.id}/coaching-groups/print?lang=sv`);
      assert.equal(printed.statusCode, 200);
      assert.match(printed.body, /Värmlands län/);

      const list = await operator.get(`/events/${ws2.id}/homework?lang=en`);
      assert.equal(list.statusCode, 200);
      const homeworkPath = /href="(\/homework\/\d+)[^"]*"/.exec(list.body)?.[1];
      assert.ok(homeworkPath, 'the workshop lists its homework');
      const homework = (await operator.get(`${homeworkPath}?lang=en`)).body;
      assert.match(homework, /Homework before WS2/);
      assert.equal((homework.match(/Handed in late/g) ?? []).length, 1, 'one case handed in late');
      assert.equal((homework.match(/Overdue/g) ?? []).length, 1, 'one case did not hand in');
    });

    it('gathers Backspegel answers after WS2', async () => {
      const ws2 = byTitle('WS2: Effektiva processer – roller och mandat');
      const page = await operator.get(`/events/${ws2.id}/retrospectives?lang=en`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Boverkets exempel/);
      assert.match(page.body, /Kommundialog – hur gör man den konkret\?/);
    });

    it('dates the case work on the seed’s 2014 timeline, not on the day the demo was loaded', async () => {
      const db = t.database.db;
      const day = (iso: string, tz = 'Europe/Stockholm') => local(iso, tz).slice(0, 10);
      const nextDay = (date: string) =>
        new Date(Date.parse(`${date}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      const ws2 = await eventOf('WS2: Effektiva processer – roller och mandat');
      const workshops = new Map<number, EventWithAgenda>();
      for (const title of [
        'WS1: Introduktion, utgångspunkter',
        'WS2: Effektiva processer – roller och mandat',
        'WS3: Verktyg och visualisering',
      ]) {
        const event = await eventOf(title);
        workshops.set(event.id, event);
      }

      const cases = await db.selectFrom('cases').select(['created_at', 'updated_at']).execute();
      const log = await db.selectFrom('case_log').select(['event_id', 'created_at']).execute();
      const summaries = await db.selectFrom('group_summaries').select('updated_at').execute();
      const answers = await db.selectFrom('retrospectives').select(['event_id', 'created_at']).execute();
      assert.ok(cases.length > 0 && log.length > 0 && summaries.length === 4 && answers.length === 6);
      const stamps = [
        ...cases.flatMap((c) => [c.created_at, c.updated_at]),
        ...log.map((l) => l.created_at),
        ...summaries.map((s) => s.updated_at),
        ...answers.map((a) => a.created_at),
      ];
      assert.deepEqual([...new Set(stamps.map((s) => s.slice(0, 4)))], ['2014'], 'the seed’s year');

      assert.ok(
        cases.every((c) => c.created_at < ws2.startsAt),
        'each case is written before the workshop it is for',
      );
      for (const entry of log) {
        const event = workshops.get(entry.event_id!);
        assert.ok(event, 'the log names WS1 or WS2');
        assert.equal(day(entry.created_at), day(event.startsAt), 'a log entry on its workshop’s day');
      }
      for (const s of summaries) assert.equal(day(s.updated_at), '2014-09-03', 'the A3s on WS2’s day');
      for (const a of answers) {
        const event = workshops.get(a.event_id)!;
        assert.equal(day(a.created_at), nextDay(day(event.endsAt)), 'a Backspegel answer the day after');
      }
    });

    it('has the conference’s learning sessions on day two, exactly one in English, one with a waitlist', async () => {
      const conference = await eventOf('Reglabs årskonferens 2019');
      assert.equal(conference.kind, 'conference');
      const sessions = conference.agenda.filter((item) => item.kind === 'session');
      assert.equal(sessions.length, 14);
      assert.ok(sessions.every((s) => local(s.startsAt, conference.timeZone).startsWith('2019-02-07')));
      assert.equal(new Set(sessions.map((s) => s.startsAt)).size, 4, 'four time slots');
      assert.ok(sessions.every((s) => s.capacity! >= 30 && s.capacity! <= 60));
      const english = sessions.filter((s) => s.language === 'en');
      assert.deepEqual(
        english.map((s) => pickText(s.title, 'en')),
        ['Nordic experiences in implementing Agenda 2030 at local level'],
      );
      const tio = sessions.find((s) => pickText(s.title, 'sv').startsWith('Tio punkter'));
      assert.deepEqual(
        tio!.speakers.map((s) => `${s.name}, ${s.organisation}`),
        ['Magnus Persson, Region Örebro län', 'Lisbet Mellgren, SKL'],
      );

      // Anyone may read the public conference's sessions and their places.
      const api = await t.app.inject({ url: `/api/v1/events/${conference.id}/sessions` });
      assert.equal(api.statusCode, 200);
      const items = (api.json() as { items: ApiSession[] }).items;
      assert.equal(items.length, 14);
      const brp = items.find((i) => i.title === 'BRP+: Regionala analyser');
      assert.deepEqual([brp!.capacity, brp!.confirmed, brp!.waitlisted], [30, 30, 4]);
      assert.ok(items.every((i) => i.confirmed <= (i.capacity ?? Infinity)));
    });

    it('keeps the members-only workshops out of the anonymous list, but not the public events', async () => {
      const response = await t.app.inject({ url: '/api/v1/events' });
      const titles = (response.json() as { items: ApiEvent[] }).items.map((e) => e.title);
      assert.ok(
        titles.includes("Reglab's annual conference 2019") || titles.includes('Reglabs årskonferens 2019'),
      );
      assert.ok(titles.some((title) => title.includes('Stjørdal')));
      assert.ok(!titles.some((title) => title.startsWith('WS')));
    });

    it('shows a demo participant the upcoming gathering, with a waitlist in its small workshop', async () => {
      const upcoming = events.find((e) => e.title.endsWith('(demo)'));
      assert.ok(upcoming, 'one upcoming demo gathering');
      const days = (Date.parse(upcoming.startsAt) - Date.now()) / 86_400_000;
      assert.ok(days > 58 && days < 61, `60 days ahead, not ${days}`);
      const per = await logIn(t, 'prosjektleder@vaernesregionen.example');
      const next = await per.get('/me/next?lang=en');
      assert.equal(next.statusCode, 200);
      assert.match(next.body, /Network gathering [A-Z][a-z]+ \d{4} \(demo\)/);
      const sessions = (
        (await t.app.inject({ url: `/api/v1/events/${upcoming.id}/sessions?lang=en` })).json() as {
          items: ApiSession[];
        }
      ).items;
      const small = sessions.find((s) => s.capacity === 4);
      assert.deepEqual([small!.confirmed, small!.waitlisted], [4, 2]);
      const register = await per.get(`/events/${upcoming.id}/register?lang=en`);
      assert.equal(register.statusCode, 200);
    });
  });
}
