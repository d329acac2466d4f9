import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildUser } from '../support/factories';
import { accountFor, axe, logIn, newContext, scrollsSideways, startBrowserSuite, type Page } from './support';

/** Every accounts page must pass axe and fit a phone. */
async function check(page: Page) {
  await axe(page);
  assert.equal(await scrollsSideways(page), false, `${page.url()} scrolls sideways at 375 px`);
}

describe('browser: accounts', () => {
  let suite: Awaited<ReturnType<typeof startBrowserSuite>>;
  before(async () => {
    suite = await startBrowserSuite();
  });
  after(async () => {
    await suite?.close();
  });

  it('resets a forgotten password with the link from the outbox, on a phone', async () => {
    const user = await buildUser(suite.server.database.db, { name: 'Glemsk Person' });
    const context = await newContext(suite.browser, suite.server, { width: 375 });
    const page = await context.newPage();
    await page.goto('/login?lang=en');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { name: 'Forgot your password?' }).waitFor();
    await check(page);
    await page.getByLabel('E-mail').fill(user.email);
    await page.getByRole('button', { name: 'Send link' }).click();
    await page.getByRole('heading', { name: 'Check your e-mail' }).waitFor();
    await check(page);

    const mail = await suite.server.database.db
      .selectFrom('outbox')
      .select('body')
      .where('recipient', '=', user.email)
      .executeTakeFirstOrThrow();
    const port = new URL(suite.server.baseUrl).port;
    const link = new RegExp(`https?://[^/\\s]+:${port}(/reset/[A-Za-z0-9_-]+)`).exec(mail.body)?.[1];
    assert.ok(link, `the mail links to this server:\n${mail.body}`);
    await page.goto(link);
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await page.getByLabel('New password').fill('short');
    await page.getByRole('button', { name: 'Save password' }).click();
    await page.getByText('Use at least 10 characters.').first().waitFor();
    await check(page);
    await page.getByLabel('New password').fill('a long and new password');
    await page.getByRole('button', { name: 'Save password' }).click();
    await page.getByText('Your password is saved. Log in with it.').waitFor();
    await logIn(page, { email: user.email, password: 'a long and new password' });

    await page.goto(link);
    await page.getByRole('heading', { name: 'This link has already been used' }).waitFor();
    await check(page);
    await context.close();
  });

  it('shows the account page with its sessions and an API token shown once', async () => {
    const context = await newContext(suite.browser, suite.server, { width: 375 });
    const page = await context.newPage();
    await logIn(page, await accountFor(suite.server, 'advisor'));
    await page.goto('/account?lang=en');
    await page.getByRole('heading', { name: 'Where you are logged in' }).waitFor();
    await page.getByText('This session').waitFor();
    await check(page);
    await page.getByLabel('Name of the new token').fill('Browser test');
    await page.getByRole('button', { name: 'Create token' }).click();
    const token = await page.getByLabel('Your new API token').inputValue();
    assert.match(token, /^sam_/);
    await check(page);
    await page.getByRole('button', { name: 'Revoke: Browser test' }).click();
    await page.getByText('The token is revoked.').waitFor();
    await context.close();
  });

  it("shows operators' pages without WCAG violations", async () => {
    const other = await buildUser(suite.server.database.db, { name: 'Erik Eksempel' });
    const context = await newContext(suite.browser, suite.server, { width: 375 });
    const page = await context.newPage();
    await logIn(page, await accountFor(suite.server, 'operator'));
    for (const [url, heading] of [
      ['/admin/users?lang=en', 'Logins'],
      ['/admin/outbox', 'Outbox'],
      ['/admin/audit', 'Audit log'],
      [`/admin/users/${other.id}/erase`, 'Erase Erik Eksempel?'],
    ] as const) {
      await page.goto(url);
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      await check(page);
    }
    await context.close();
  });
});
