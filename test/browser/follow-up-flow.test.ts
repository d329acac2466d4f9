import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { axe, demoAccounts, logIn, newContext, startBrowserSuite, type Page } from './support';

/**
 * The title field for one language. Titles sit in one group per language; role queries skip
 * hidden elements, so on a page with several forms this finds the one a person has opened.
 */
const titleIn = (page: Page, language: string) =>
  page.getByRole('group', { name: language }).getByRole('textbox', { name: /^Title/ });

/** A <details> disclosure's summary: the same words also label the button inside it. */
const disclosure = (page: Page, name: string) => page.getByText(name, { exact: true }).first();

describe('browser: an operator follows up a participant, who sees it', () => {
  let suite: Awaited<ReturnType<typeof startBrowserSuite>>;
  before(async () => {
    suite = await startBrowserSuite();
  });
  after(async () => {
    await suite?.close();
  });

  it('creates a programme, adds a participant, marks a step done with feedback; the member sees both', async () => {
    const operator = demoAccounts().find((a) => a.email === 'operator@distriktssenteret.example');
    const member = demoAccounts().find((a) => a.email === 'prosjektleder@grue.example');
    assert.ok(
      operator && member,
      'the demo data has the Distriktssenteret operator and a Grue project leader',
    );
    const context = await newContext(suite.browser, suite.server);
    const page = await context.newPage();
    const title = 'Nettlesertest for oppfølging';
    const feedback = 'Godt forankret i kommunestyret. Neste steg er prosessplanen.';

    // The operator creates a members-only programme.
    await logIn(page, operator);
    await page.goto('/programmes');
    await page.getByRole('link', { name: 'New programme' }).click();
    await page.getByRole('heading', { level: 1, name: 'New programme' }).waitFor();
    await axe(page);
    await titleIn(page, 'Norsk bokmål').fill(title);
    await titleIn(page, 'English').fill('Browser test of follow-up');
    await page.getByRole('combobox', { name: /^Visibility/ }).selectOption({ label: 'Members only' });
    await page.getByRole('button', { name: 'Create programme' }).click();
    await page.getByRole('heading', { level: 1, name: 'Browser test of follow-up' }).waitFor();

    // …gives it a phase and a step…
    await disclosure(page, 'Add a phase').click();
    await titleIn(page, 'English').fill('Phase 1: establish the cooperation');
    await page.getByRole('button', { name: 'Add a phase' }).click();
    await page.getByRole('heading', { name: 'Phase 1: establish the cooperation' }).waitFor();
    await disclosure(page, 'Add a step').click();
    await titleIn(page, 'English').fill('Anchoring in the municipal council');
    await page.getByRole('button', { name: 'Add a step' }).click();
    await page.getByText('Anchoring in the municipal council').first().waitFor();

    // …and adds Grue as a participant, found by name.
    await disclosure(page, 'Add a participant').click();
    await page.getByRole('searchbox', { name: 'Find an organisation' }).fill('Grue');
    await page.locator('#add-participant').getByRole('button', { name: 'Search' }).click();
    const organisation = page.getByRole('combobox', { name: /^Organisation to add/ });
    const grue = await organisation.getByRole('option', { name: /^Grue/ }).textContent();
    await organisation.selectOption({ label: grue ?? 'Grue' });
    await page.getByRole('button', { name: 'Add a participant' }).click();
    await axe(page);

    // The step page of Grue: status done, and the centre's feedback.
    await page.getByRole('link', { name: 'Grue', exact: true }).click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Grue' }).waitFor();
    await axe(page);
    await page
      .getByRole('link', { name: /Follow up this step/ })
      .first()
      .click();
    await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption({ label: 'Done' });
    await page.getByRole('button', { name: 'Save status' }).click();
    await page.getByText('Saved.').waitFor();
    await page.getByRole('textbox', { name: 'Feedback', exact: true }).fill(feedback);
    await page.getByRole('button', { name: 'Send feedback' }).click();
    await page.getByText(feedback).waitFor();
    await axe(page);
    await page.getByRole('button', { name: 'Log out' }).click();

    // Grue's project leader logs in and finds the programme, the status and the feedback.
    await logIn(page, member);
    await page.getByRole('heading', { level: 1, name: 'My page' }).waitFor();
    await axe(page);
    const card = page
      .getByRole('article')
      .filter({ has: page.getByRole('heading', { name: 'Browser test of follow-up' }) });
    await card.getByRole('link', { name: /Grue/ }).first().click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Grue' }).waitFor();
    await page.getByText('Done', { exact: true }).first().waitFor();
    await page.getByText(feedback).first().waitFor();
    await axe(page);
    await context.close();
  });
});
