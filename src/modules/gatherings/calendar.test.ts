import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import {
  buildAgendaItem,
  buildEvent,
  buildProgramme,
  buildUser,
  insertRegistration,
  insertSessionSignup,
} from '../../../test/support/factories';
import { buildCalendar, foldLine } from './calendar';

type Component = { name: string; props: [string, string][]; children: Component[] };

/** Unfolds (RFC 5545 §3.1) and parses an iCalendar text into nested components. */
function parseIcs(text: string): Component {
  assert.ok(text.endsWith('\r\n'), 'lines end with CRLF');
  for (const line of text.split('\r\n')) {
    assert.ok(Buffer.byteLength(line) <= 75, `line longer than 75 octets: ${line}`);
  }
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
  const root: Component = { name: 'ROOT', props: [], children: [] };
  const stack = [root];
  for (const line of lines) {
    const colon = line.indexOf(':');
    const key = line.slice(0, colon);
    const value = line.slice(colon + 1);
    if (key === 'BEGIN') {
      const c: Component = { name: value, props: [], children: [] };
      stack.at(-1)!.children.push(c);
      stack.push(c);
    } else if (key === 'END') {
      assert.equal(stack.pop()!.name, value);
    } else stack.at(-1)!.props.push([key, value]);
  }
  return root.children[0]!;
}

const prop = (c: Component, key: string) => c.props.find(([k]) => k === key || k.startsWith(`${key};`));
const all = (c: Component, name: string) => c.children.filter((x) => x.name === name);

/** Last Sunday of a month (UTC date of the month's last day, stepped back to Sunday). */
function lastSunday(year: number, month: number) {
  const d = new Date(Date.UTC(year, month, 0));
  return d.getUTCDate() - d.getUTCDay();
}

/**
 * Reads a DTSTART;TZID=… value back to a UTC instant using only the calendar's own VTIMEZONE, as a
 * calendar program would: so the test checks the rules written, not the code that wrote them.
 */
function resolve(cal: Component, line: [string, string]): string {
  const tzid = /TZID=([^;:]+)/.exec(line[0])![1]!;
  const tz = all(cal, 'VTIMEZONE').find((z) => prop(z, 'TZID')![1] === tzid)!;
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/.exec(line[1])!.slice(1).map(Number);
  const [y, mo, d, h, mi] = m as [number, number, number, number, number];
  const offset = (c: Component) => {
    const v = prop(c, 'TZOFFSETTO')![1];
    return (v.startsWith('-') ? -1 : 1) * (Number(v.slice(1, 3)) * 60 + Number(v.slice(3, 5)));
  };
  const standard = all(tz, 'STANDARD')[0]!;
  const daylight = all(tz, 'DAYLIGHT')[0];
  let minutes = offset(standard);
  if (daylight) {
    assert.match(prop(daylight, 'RRULE')![1], /BYMONTH=3;BYDAY=-1SU/);
    assert.match(prop(standard, 'RRULE')![1], /BYMONTH=10;BYDAY=-1SU/);
    const at = (month: number, c: Component) =>
      Date.UTC(y, month - 1, lastSunday(y, month), Number(prop(c, 'DTSTART')![1].slice(9, 11)));
    const local = Date.UTC(y, mo - 1, d, h, mi);
    if (local >= at(3, daylight) && local < at(10, standard)) minutes = offset(daylight);
  }
  return new Date(Date.UTC(y, mo - 1, d, h, mi) - minutes * 60000).toISOString();
}

describe('the iCalendar writer', () => {
  it('folds long lines at 75 octets without splitting a character, and escapes text', () => {
    const long = `SUMMARY:${'Lærpass på Stjørdal, '.repeat(8)}`;
    const folded = foldLine(long);
    for (const line of folded.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75);
    assert.equal(folded.replace(/\r\n /g, ''), long);

    const ics = buildCalendar({
      now: new Date('2014-04-01T10:00:00Z'),
      entries: [
        {
          uid: 'event-1@samling',
          startsAt: '2014-05-20T08:00:00.000Z',
          endsAt: '2014-05-21T13:00:00.000Z',
          timeZone: 'Europe/Oslo',
          summary: 'Samling; dag 1, Stjørdal',
          description: 'Linje 1\nLinje 2 \\ slutt',
        },
      ],
    });
    const cal = parseIcs(ics);
    const ev = all(cal, 'VEVENT')[0]!;
    assert.equal(prop(ev, 'SUMMARY')![1], 'Samling\\; dag 1\\, Stjørdal');
    assert.equal(prop(ev, 'DESCRIPTION')![1], 'Linje 1\\nLinje 2 \\\\ slutt');
    assert.equal(prop(ev, 'DTSTAMP')![1], '20140401T100000Z');
  });

  it('writes EU summer-time rules, so times in summer and winter read back to the same instants', () => {
    const entries = [
      ['Europe/Oslo', '2014-05-20T08:00:00.000Z', '20140520T100000'],
      ['Europe/Oslo', '2014-11-03T09:00:00.000Z', '20141103T100000'],
      ['Europe/Helsinki', '2014-10-26T00:30:00.000Z', '20141026T033000'],
      ['Europe/Helsinki', '2014-10-26T01:30:00.000Z', '20141026T033000'],
      ['Atlantic/Reykjavik', '2014-07-01T09:00:00.000Z', '20140701T090000'],
    ] as const;
    const cal = parseIcs(
      buildCalendar({
        now: new Date(),
        entries: entries.map(([timeZone, startsAt], i) => ({
          uid: `e${i}@samling`,
          startsAt,
          endsAt: startsAt,
          timeZone,
          summary: 'x',
        })),
      }),
    );
    assert.equal(prop(cal, 'VERSION')![1], '2.0');
    assert.ok(prop(cal, 'PRODID'));
    assert.equal(all(cal, 'VTIMEZONE').length, 3, 'one VTIMEZONE per zone used');
    const oslo = all(cal, 'VTIMEZONE').find((z) => prop(z, 'TZID')![1] === 'Europe/Oslo')!;
    assert.equal(prop(all(oslo, 'DAYLIGHT')[0]!, 'TZOFFSETTO')![1], '+0200');
    assert.equal(prop(all(oslo, 'DAYLIGHT')[0]!, 'DTSTART')![1], '19700329T020000');
    assert.equal(prop(all(oslo, 'STANDARD')[0]!, 'TZOFFSETTO')![1], '+0100');
    assert.equal(prop(all(oslo, 'STANDARD')[0]!, 'DTSTART')![1], '19701025T030000');
    const events = all(cal, 'VEVENT');
    entries.forEach(([timeZone, startsAt, local], i) => {
      const start = prop(events[i]!, 'DTSTART')!;
      assert.equal(start[0], `DTSTART;TZID=${timeZone}`);
      assert.equal(start[1], local);
      // The repeated hour of the autumn night is ambiguous; calendar programs take the first.
      if (i !== 3) assert.equal(resolve(cal, start), startsAt);
    });
  });
});

for (const dialect of testDialects()) {
  describe(`calendar files and personal feeds [${dialect}]`, () => {
    let t: TestApp;
    let event: Awaited<ReturnType<typeof buildEvent>>;
    let chosen: Awaited<ReturnType<typeof buildAgendaItem>>;
    let member: { id: number; email: string; password: string };
    let hiddenId: number;

    before(async () => {
      t = await createTestApp(dialect);
      const db = t.database.db;
      const programme = await buildProgramme(db);
      event = await buildEvent(db, programme.id, {
        title: 'Nettverkssamling, Stjørdal',
        startsAt: '2014-05-20T08:00:00.000Z',
        endsAt: '2014-05-21T12:00:00.000Z',
      });
      chosen = await buildAgendaItem(db, event, { title: 'Lærpass om bolyst', offsetMinutes: 120 });
      const other = await buildAgendaItem(db, event, { title: 'Lærpass ingen valgte', offsetMinutes: 120 });
      member = await buildUser(db, { name: 'Kari Kalender' });
      const registration = await insertRegistration(db, event.id, { userId: member.id, email: member.email });
      await insertSessionSignup(db, chosen.id, registration.id);
      const stranger = await insertRegistration(db, event.id);
      await insertSessionSignup(db, other.id, stranger.id);
      const hidden = await buildProgramme(db, { visibility: 'members' });
      hiddenId = (await buildEvent(db, hidden.id, { title: 'Hemmelig' })).id;
    });
    after(() => t.close());

    it('gives anyone the event with its zone, and nobody else’s sessions', async () => {
      const response = await new Client(t.app).get(`/events/${event.id}/calendar.ics`);
      assert.equal(response.statusCode, 200);
      assert.match(String(response.headers['content-type']), /^text\/calendar/);
      const cal = parseIcs(response.body);
      const events = all(cal, 'VEVENT');
      assert.equal(events.length, 1);
      assert.equal(prop(events[0]!, 'UID')![1], `event-${event.id}@samling`);
      assert.equal(prop(events[0]!, 'SUMMARY')![1], 'Nettverkssamling\\, Stjørdal');
      assert.equal(prop(events[0]!, 'LOCATION')![1], 'Stjørdal');
      assert.equal(prop(events[0]!, 'DTSTART')![1], '20140520T100000');
      assert.equal(prop(events[0]!, 'DTEND')![1], '20140521T140000');
      assert.match(prop(events[0]!, 'DTSTAMP')![1], /^\d{8}T\d{6}Z$/);
      assert.match(prop(events[0]!, 'URL')![1], new RegExp(`/events/${event.id}$`));
      assert.equal(resolve(cal, prop(events[0]!, 'DTSTART')!), event.startsAt);
    });

    it('adds the sessions a registered, logged-in person chose', async () => {
      const client = new Client(t.app);
      await client.logIn(member.email, member.password);
      const cal = parseIcs((await client.get(`/events/${event.id}/calendar.ics`)).body);
      const events = all(cal, 'VEVENT');
      assert.equal(events.length, 2);
      assert.equal(prop(events[1]!, 'UID')![1], `session-${chosen.id}@samling`);
      assert.match(prop(events[1]!, 'SUMMARY')![1], /^Lærpass om bolyst/);
      assert.equal(prop(events[1]!, 'DTSTART')![1], '20140520T120000');
    });

    it('answers 404 for an event the caller may not see', async () => {
      const response = await new Client(t.app).get('/events/999999/calendar.ics');
      assert.equal(response.statusCode, 404);
      const hidden = await new Client(t.app).get(`/events/${hiddenId}/calendar.ics`);
      assert.equal(hidden.statusCode, 404, 'a members-only programme’s event stays private');
    });

    it('makes a secret personal feed, lists the person’s events, and renewing it retires the old one', async () => {
      const client = new Client(t.app);
      await client.get('/login?lang=en');
      await client.logIn(member.email, member.password);
      const first = await client.get('/me/calendar?lang=en');
      assert.match(first.body, /You have no feed address yet\./);
      const made = await client.post('/me/calendar');
      assert.equal(made.statusCode, 200);
      const url = /value="https?:\/\/[^"]*(\/calendar\/[A-Za-z0-9_-]+)"/.exec(made.body)![1]!;
      const feed = await new Client(t.app).get(url);
      assert.equal(feed.statusCode, 200);
      const events = all(parseIcs(feed.body), 'VEVENT');
      assert.deepEqual(
        events.map((e) => prop(e, 'UID')![1]),
        [`event-${event.id}@samling`, `session-${chosen.id}@samling`],
      );
      assert.match((await client.get('/me/calendar?lang=en')).body, /You made a feed address on/);
      const renewed = await client.post('/me/calendar');
      const newUrl = /value="https?:\/\/[^"]*(\/calendar\/[A-Za-z0-9_-]+)"/.exec(renewed.body)![1]!;
      assert.notEqual(newUrl, url);
      assert.equal((await new Client(t.app).get(url)).statusCode, 404);
      assert.equal((await new Client(t.app).get(newUrl)).statusCode, 200);
      assert.equal((await new Client(t.app).get('/calendar/not-a-token')).statusCode, 404);
    });

    it('asks for a login on the feed page', async () => {
      assert.equal((await new Client(t.app).get('/me/calendar')).statusCode, 401);
    });
  });
}
