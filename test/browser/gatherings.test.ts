import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { chooseSession, register } from '../../src/modules/gatherings/index';
import { buildAgendaItem, buildEvent, buildProgramme, buildUser } from '../support/factories';
import { axe, logIn, newContext, scrollsSideways, startBrowserSuite, type Page } from './support';

/**
 * Gatherings in a real browser, beyond what registration-flow.test.ts covers (register, choose a
 * session, the clash message): the event's waitlist promoted when someone cancels, a session's
 * waitlist promoted when someone leaves it, and the calendar file from the event page.
 */

type Suite = Awaited<ReturnType<typeof startBrowserSuite>>;

/** A browser profile logged in as `user`, its pages in English. */
async function loggedIn(suite: Suite, user: { email: string; password: string }, width?: number) {
  const context = await newContext(suite.browser, suite.server, { width });
  const page = await context.newPage();
  await logIn(page, user);
  return { context, page };
}

/** The main landmark: the layout's menus have links of their own. */
const main = (page: Page) => page.getByRole('main');

describe('browser: event waitlists and the calendar file', () => {
  let suite: Suite;
  before(async () => {
    suite = await startBrowserSuite();
  });
  after(async () => {
    await suite?.close();
  });

  it('promotes the first on the waitlist when someone cancels, and tells them', async () => {
    const db = suite.server.database.db;
    const programme = await buildProgramme(db);
    const event = await buildEvent(db, programme.id, {
      kind: 'conference',
      capacity: 1,
      title: 'Regionalt utviklingsforum',
    });
    const anna = await buildUser(db, { name: 'Anna Avbud' });
    const bo = await buildUser(db, { name: 'Bo Ventelistesen' });
    const operator = await buildUser(db, { role: 'operator', name: 'Olga Operatør' });
    const registered = `You are registered for ${event.title}.`;

    // Anna takes the one place, starting from the event page.
    const a = await loggedIn(suite, anna);
    await a.page.goto(`/events/${event.id}`);
    await a.page.getByRole('heading', { level: 1, name: event.title }).waitFor();
    await main(a.page).getByText('1 of 1 places left').waitFor();
    await axe(a.page);
    await main(a.page).getByRole('link', { name: 'Register', exact: true }).click();
    await a.page.getByRole('heading', { level: 1, name: `Register: ${event.title}` }).waitFor();
    await main(a.page).getByRole('button', { name: 'Register' }).click();
    await main(a.page).getByText(registered).waitFor();

    // Bo, on a phone and with the keyboard only, finds the event full and joins the waitlist.
    const b = await loggedIn(suite, bo, 375);
    await b.page.goto(`/events/${event.id}`);
    await main(b.page).getByText('Full – join the waitlist').waitFor();
    assert.equal(await scrollsSideways(b.page), false, 'the event page fits a phone');
    await main(b.page).getByRole('link', { name: 'Register', exact: true }).focus();
    await Promise.all([b.page.waitForURL(`**/events/${event.id}/register`), b.page.keyboard.press('Enter')]);
    await main(b.page).getByText('The event is full. If you register, you go on the waitlist').waitFor();
    assert.equal(await scrollsSideways(b.page), false, 'the registration form fits a phone');
    await axe(b.page);
    await main(b.page)
      .getByRole('textbox', { name: /^Organisation/ })
      .focus();
    await b.page.keyboard.type('Stjørdal kommune');
    await b.page.keyboard.press('Tab');
    const focused = await b.page.evaluate(() => document.activeElement?.textContent?.trim());
    assert.equal(focused, 'Register', 'Tab leads from the last field to the Register button');
    await b.page.keyboard.press('Enter');
    await main(b.page).getByText('The event is full. You are number 1 on the waitlist.').waitFor();
    await axe(b.page);

    // Anna cancels; the place goes to Bo at once.
    await a.page.goto(`/events/${event.id}/register`);
    await main(a.page).getByRole('button', { name: 'Cancel my registration' }).click();
    await main(a.page).getByText('Your registration is cancelled.').waitFor();

    await b.page.reload();
    await main(b.page).getByText(registered).waitFor();
    await main(b.page).getByRole('link', { name: 'Choose your sessions' }).waitFor();
    assert.equal(await main(b.page).getByText('on the waitlist').count(), 0, 'no longer said to be waiting');
    const mail = await db
      .selectFrom('outbox')
      .select(['subject', 'body'])
      .where('recipient', '=', bo.email)
      .execute();
    const promotion = mail.find((m) => m.subject.includes('Du har fått plass'));
    assert.ok(
      promotion,
      `Bo's promotion mail is in the outbox: ${JSON.stringify(mail.map((m) => m.subject))}`,
    );
    assert.match(promotion.subject, new RegExp(event.title));
    assert.match(promotion.body, new RegExp(`/events/${event.id}/register`));

    // The operator's list says the same.
    const o = await loggedIn(suite, operator);
    await o.page.goto(`/events/${event.id}`);
    await o.page
      .getByRole('navigation', { name: 'For organisers' })
      .getByRole('link', { name: 'Registrations' })
      .click();
    await o.page.getByRole('heading', { level: 1, name: `Registrations: ${event.title}` }).waitFor();
    await axe(o.page);
    const table = o.page.getByRole('table', { name: `Registrations for ${event.title}` });
    await table
      .getByRole('row', { name: /Bo Ventelistesen/ })
      .getByText('Confirmed')
      .waitFor();
    await table
      .getByRole('row', { name: /Anna Avbud/ })
      .getByText('Cancelled')
      .waitFor();

    await Promise.all([a.context.close(), b.context.close(), o.context.close()]);
  });

  it('gives a session’s seat to the next in line when someone leaves it', async () => {
    const db = suite.server.database.db;
    const programme = await buildProgramme(db);
    const event = await buildEvent(db, programme.id, { kind: 'conference', title: 'Lærpassdagen' });
    const session = await buildAgendaItem(db, event, { title: 'Bolyst i praksis', capacity: 1 });
    await buildAgendaItem(db, event, { title: 'Smart spesialisering', capacity: 20 });
    const first = await buildUser(db, { name: 'Frida Først' });
    const second = await buildUser(db, { name: 'Sander Sist' });
    for (const [user, name] of [
      [first, 'Frida Først'],
      [second, 'Sander Sist'],
    ] as const) {
      await register(db, { eventId: event.id, userId: user.id, name, email: user.email, confirmed: true });
    }

    const f = await loggedIn(suite, first);
    await f.page.goto(`/events/${event.id}/sessions`);
    await main(f.page)
      .getByRole('button', { name: /^Choose\W+Bolyst i praksis/ })
      .click();
    await main(f.page).getByText('You have a place in “Bolyst i praksis”.').waitFor();

    const s = await loggedIn(suite, second, 375);
    await s.page.goto(`/events/${event.id}`);
    await main(s.page).getByRole('link', { name: 'Register', exact: true }).click();
    await main(s.page).getByRole('link', { name: 'Choose your sessions' }).click();
    await s.page.getByRole('heading', { level: 1, name: 'Sessions: Lærpassdagen' }).waitFor();
    await main(s.page)
      .getByRole('button', { name: /^Choose\W+Bolyst i praksis/ })
      .click();
    await main(s.page).getByText('“Bolyst i praksis” is full. You are on its waitlist.').waitFor();
    await main(s.page).getByText('Number 1 on the waitlist').waitFor();
    assert.equal(await scrollsSideways(s.page), false, 'the sessions page fits a phone');
    await axe(s.page);

    // Frida changes her mind; Sander moves up.
    await main(f.page)
      .getByRole('button', { name: /^Leave\W+Bolyst i praksis/ })
      .click();
    await main(f.page).getByText('You left “Bolyst i praksis”.').waitFor();
    await s.page.goto(`/events/${event.id}/sessions`);
    const card = main(s.page).getByRole('listitem').filter({ hasText: 'Bolyst i praksis' });
    await card.getByText('You have a place').waitFor();
    const signup = await db
      .selectFrom('session_signups')
      .select('status')
      .where('agenda_item_id', '=', session.id)
      .where('status', '<>', 'cancelled')
      .execute();
    assert.deepEqual(
      signup.map((r) => r.status),
      ['confirmed'],
    );
    await Promise.all([f.context.close(), s.context.close()]);
  });

  it('downloads the calendar file from the event page, with the person’s chosen session', async () => {
    const db = suite.server.database.db;
    const programme = await buildProgramme(db);
    const event = await buildEvent(db, programme.id, {
      kind: 'conference',
      title: 'Reglabs årskonferanse',
      timeZone: 'Europe/Stockholm',
    });
    const chosen = await buildAgendaItem(db, event, { title: 'AI i offentlig sektor', offsetMinutes: 60 });
    await buildAgendaItem(db, event, { title: 'Kompetensförsörjning', offsetMinutes: 60 });
    const user = await buildUser(db, { name: 'Klara Kalender' });
    const reg = await register(db, {
      eventId: event.id,
      userId: user.id,
      name: 'Klara Kalender',
      email: user.email,
      confirmed: true,
    });
    await chooseSession(db, reg.registrationId, chosen.id);

    const { context, page } = await loggedIn(suite, user);
    await page.goto(`/events/${event.id}`);
    const link = main(page).getByRole('link', { name: 'Add to your calendar (.ics)' });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    assert.equal(download.suggestedFilename(), `event-${event.id}.ics`);
    const ics = fs.readFileSync(await download.path(), 'utf8');
    assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
    assert.match(ics, /\r\nSUMMARY:Reglabs årskonferanse\r\n/);
    assert.match(ics, /\r\nSUMMARY:AI i offentlig sektor – Reglabs årskonferanse\r\n/, 'the chosen session');
    assert.doesNotMatch(ics, /Kompetensförsörjning/, 'a session not chosen is not');
    assert.match(ics, /\r\nDTSTART;TZID=Europe\/Stockholm:\d{8}T\d{6}\r\n/);
    assert.match(ics, /\r\nBEGIN:VTIMEZONE\r\nTZID:Europe\/Stockholm\r\n/);

    // The same address answers as a calendar, with this browser's cookies.
    const href = await link.getAttribute('href');
    const response = await context.request.get(href!);
    assert.equal(response.status(), 200);
    assert.match(response.headers()['content-type'] ?? '', /^text\/calendar/);
    assert.match(await response.text(), /SUMMARY:AI i offentlig sektor/);
    await context.close();
  });
});
