import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildAgendaItem, buildEvent, buildProgramme, buildUser } from '../support/factories';
import { register } from '../../src/modules/gatherings/index';
import { axe, logIn, newContext, scrollsSideways, startBrowserSuite } from './support';

/** Part B's flows in a real browser, on a phone-sized window: register, choose sessions, clash, cancel. */
describe('browser: registration and session sign-up', () => {
  let suite: Awaited<ReturnType<typeof startBrowserSuite>>;
  before(async () => {
    suite = await startBrowserSuite();
  });
  after(async () => {
    await suite?.close();
  });

  it('registers for a conference, chooses a session, sees the clash message, and cancels', async () => {
    const db = suite.server.database.db;
    const programme = await buildProgramme(db);
    const event = await buildEvent(db, programme.id, {
      kind: 'conference',
      capacity: 1,
      title: 'Årskonferansen',
    });
    const ai = await buildAgendaItem(db, event, { title: 'AI i kommunen', offsetMinutes: 60, capacity: 20 });
    await buildAgendaItem(db, event, { title: 'Grønn omstilling', offsetMinutes: 60, capacity: 20 });
    const user = await buildUser(db, { name: 'Berit Bruker' });
    const context = await newContext(suite.browser, suite.server, { width: 375 });
    const page = await context.newPage();
    await logIn(page, user);

    await page.goto(`/events/${event.id}/register?lang=en`);
    await axe(page);
    assert.equal(await scrollsSideways(page), false);
    await page.getByRole('button', { name: 'Register' }).click();
    await page.getByText('You are registered for Årskonferansen.').waitFor();
    await axe(page);

    await page.getByRole('link', { name: 'Choose your sessions' }).click();
    await page.getByRole('button', { name: /^Choose\W+AI i kommunen/ }).click();
    await page.getByText('You have a place in “AI i kommunen”.').waitFor();
    await axe(page);
    assert.equal(await scrollsSideways(page), false);
    await page.getByRole('button', { name: /^Choose\W+Grønn omstilling/ }).click();
    await page.getByRole('alert').filter({ hasText: 'overlaps with “AI i kommunen”' }).waitFor();
    await axe(page);

    // Someone waits for the one place; cancelling gives it to them.
    const waiting = await register(db, {
      eventId: event.id,
      name: 'Venter',
      email: 'venter@example.no',
      confirmed: true,
    });
    assert.equal(waiting.status, 'waitlisted');
    await page.goto(`/events/${event.id}/register?lang=en`);
    await page.getByRole('button', { name: 'Cancel my registration' }).click();
    await page.getByText('Your registration is cancelled.').waitFor();
    await axe(page);
    const promoted = await db
      .selectFrom('registrations')
      .select('status')
      .where('id', '=', waiting.registrationId)
      .executeTakeFirstOrThrow();
    assert.equal(promoted.status, 'confirmed');
    void ai;
    await context.close();
  });

  it('lets a guest register and confirm from the e-mailed link', async () => {
    const db = suite.server.database.db;
    const programme = await buildProgramme(db);
    const event = await buildEvent(db, programme.id, { title: 'Nettverkssamling' });
    const context = await newContext(suite.browser, suite.server, { width: 375 });
    const page = await context.newPage();
    await page.goto(`/events/${event.id}/register?lang=en`);
    await page.getByLabel('Name').fill('Gro Gjest');
    await page.getByLabel('E-mail').fill('gro.gjest@example.no');
    await page.getByLabel('Organisation').fill('Stjørdal kommune');
    await page.getByRole('button', { name: 'Register' }).click();
    await page.getByText('Check your e-mail').waitFor();
    await axe(page);
    const mail = await db
      .selectFrom('outbox')
      .select('body')
      .where('recipient', '=', 'gro.gjest@example.no')
      .executeTakeFirstOrThrow();
    const link = /\/registrations\/confirm\/[A-Za-z0-9_-]+/.exec(mail.body)![0];
    await page.goto(`${link}?lang=en`);
    await axe(page);
    await page.getByRole('button', { name: 'Confirm registration' }).click();
    await page.getByText('You are registered for Nettverkssamling.').waitFor();
    await context.close();
  });
});
