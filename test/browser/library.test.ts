import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { accountFor, axe, logIn, newContext, scrollsSideways, startBrowserSuite, type Page } from './support';

/** Every page of the flow must pass axe; on a phone it must not scroll sideways. */
async function check(page: Page, phone = false) {
  await axe(page);
  if (phone) assert.equal(await scrollsSideways(page), false, `${page.url()} scrolls sideways at 375 px`);
}

const TITLE = 'Reindriftskommunene samarbeider om arealbruk';
const BODY =
  'Reindriftskommunene i fjellbygdene deler kunnskap om arealplaner, beiteland og hyttebygging. ' +
  'De møtes to ganger i året.';

/** Part S in a real browser: publish → find → read. */
describe('browser: knowledge bank, publish → find → read', () => {
  let suite: Awaited<ReturnType<typeof startBrowserSuite>>;
  before(async () => {
    suite = await startBrowserSuite();
  });
  after(async () => {
    await suite?.close();
  });

  it('an operator publishes an item, and a visitor on a phone finds it by another word form and reads it', async () => {
    const staff = await newContext(suite.browser, suite.server);
    const operator = await staff.newPage();
    await logIn(operator, await accountFor(suite.server, 'operator'));
    await operator.goto('/library/new?lang=en');
    await check(operator);
    await operator.getByLabel('Title').fill(TITLE);
    await operator.getByLabel('Summary').fill('Hvordan fjellkommuner planlegger sammen.');
    await operator.locator('textarea[name="body"]').fill(BODY);
    await operator.getByLabel('Who may read it when published').selectOption('public');
    await operator.getByRole('button', { name: 'Create draft' }).click();
    await operator.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    await operator.getByRole('button', { name: 'Send to review' }).click();
    await operator.getByRole('button', { name: 'Publish' }).waitFor();
    await operator.getByRole('button', { name: 'Publish' }).click();
    await operator.getByRole('button', { name: 'Take back to draft' }).waitFor();
    await check(operator);
    await staff.close();

    const phone = await newContext(suite.browser, suite.server, { width: 375 });
    const visitor = await phone.newPage();
    await visitor.goto('/library?lang=en');
    await check(visitor, true);
    await visitor.getByRole('searchbox', { name: 'Search the site' }).fill('reindriftskommuner');
    await visitor.getByRole('searchbox', { name: 'Search the site' }).press('Enter');
    await visitor.getByRole('heading', { name: 'Search', level: 1 }).waitFor();
    assert.equal(
      await visitor.getByRole('searchbox', { name: 'Search for' }).inputValue(),
      'reindriftskommuner',
    );
    const result = visitor.getByRole('link', { name: TITLE });
    await result.waitFor();
    const marked = await visitor.locator('.search-snippet mark').allTextContents();
    assert.ok(marked.includes('Reindriftskommunene'), `highlighted: ${marked.join(', ')}`);
    await check(visitor, true);

    await result.click();
    await visitor.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    assert.ok((await visitor.getByRole('main').textContent())?.includes('deler kunnskap om arealplaner'));
    await check(visitor, true);
    await phone.close();
  });
});
