import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildProgramme } from '../support/factories';
import { MIN_FILL_MS } from '../../src/modules/inputs/index';
import { accountFor, axe, logIn, newContext, scrollsSideways, startBrowserSuite, type Page } from './support';

/** Every inputs page must pass axe and fit a phone. */
async function check(page: Page) {
  await axe(page);
  assert.equal(await scrollsSideways(page), false, `${page.url()} scrolls sideways at 375 px`);
}

/** The id of the element that has the keyboard focus. */
const focused = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Part K in a real browser, on a phone: the public sends input with the keyboard; an operator answers it. */
describe('browser: sending input', () => {
  let suite: Awaited<ReturnType<typeof startBrowserSuite>>;
  before(async () => {
    suite = await startBrowserSuite();
  });
  after(async () => {
    await suite?.close();
  });

  it('the public sends input from a public programme with the keyboard, and an operator answers it', async () => {
    const db = suite.server.database.db;
    const programme = await buildProgramme(db, {
      title: { nb: 'Byregionprogrammet', en: 'The City Region Programme' },
    });
    const context = await newContext(suite.browser, suite.server, { width: 375 });
    const page = await context.newPage();
    await page.goto(`/programmes/${programme.slug}?lang=en`);
    await page.getByRole('link', { name: 'Send input' }).click();
    await page.getByRole('heading', { name: 'Send input', level: 1 }).waitFor();
    const opened = Date.now();
    await check(page);

    await page.getByLabel('Title').focus();
    await page.keyboard.type('Flere bussavganger fra omlandet');
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), 'f-body');
    await page.keyboard.type('Bussen går for sjelden til at pendlerne kan bruke den.');
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), 'f-name');
    await page.keyboard.type('Kari Innbygger');
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), 'f-email');
    await page.keyboard.type('kari@example.no');
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), 'f-showName');
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), 'f-consent');
    await page.keyboard.press('Space');
    assert.equal(await page.getByLabel(/I agree that the operators/).isChecked(), true);
    await page.keyboard.press('Tab');
    // The trap is out of the tab order: the next stop is the button.
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Send input');
    // A person takes longer than the spam trap's minimum; a test typing at machine speed waits for it.
    const left = MIN_FILL_MS + 200 - (Date.now() - opened);
    if (left > 0) await page.waitForTimeout(left);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Thank you for your input' }).waitFor();
    await check(page);
    const stored = await db
      .selectFrom('inputs')
      .selectAll()
      .where('programme_id', '=', programme.id)
      .executeTakeFirstOrThrow();
    assert.equal(stored.title, 'Flere bussavganger fra omlandet');
    assert.equal(stored.sender_email, 'kari@example.no');

    const staff = await newContext(suite.browser, suite.server, { width: 375 });
    const operator = await staff.newPage();
    await logIn(operator, await accountFor(suite.server, 'operator'));
    await operator.goto(`/programmes/${programme.slug}/inputs?lang=en`);
    await operator.getByRole('heading', { name: 'Input to handle', level: 1 }).waitFor();
    await check(operator);
    await operator.getByRole('link', { name: 'Flere bussavganger fra omlandet' }).click();
    await operator.getByRole('heading', { name: 'Flere bussavganger fra omlandet', level: 1 }).waitFor();
    await check(operator);
    await operator.getByLabel('Status', { exact: true }).selectOption('acted_on');
    await operator.getByLabel(/^Public answer/).fill('Fylket legger inn to nye avganger fra august.');
    await operator.getByRole('button', { name: 'Save' }).click();
    await operator.getByText('The sender has been told by e-mail.').waitFor();
    await check(operator);

    await page.getByRole('link', { name: 'Answered input' }).click();
    await page.getByText('Fylket legger inn to nye avganger fra august.').waitFor();
    await page.getByText('From a resident').waitFor();
    await check(page);
    await staff.close();
    await context.close();
  });
});
