import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  accountFor,
  axe,
  logIn,
  newContext,
  scrollsSideways,
  startBrowserSuite,
  type BrowserContext,
} from './support';

describe('browser: the page frame', () => {
  let suite: Awaited<ReturnType<typeof startBrowserSuite>>;
  let context: BrowserContext;
  before(async () => {
    suite = await startBrowserSuite();
  });
  after(async () => {
    await suite?.close();
  });

  it('logs in as the demo operator and shows who is logged in', async () => {
    context = await newContext(suite.browser, suite.server);
    const page = await context.newPage();
    const operator = await accountFor(suite.server, 'operator');
    await logIn(page, operator);
    await assert.doesNotReject(page.getByRole('button', { name: 'Log out' }).waitFor());
    await axe(page);
    await context.close();
  });

  it('shows a wrong password as an error on the login page, without a WCAG violation', async () => {
    context = await newContext(suite.browser, suite.server);
    const page = await context.newPage();
    await page.goto('/login?lang=en');
    await axe(page);
    await page.getByLabel('E-mail').fill('nobody@example.no');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('main').getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('alert').filter({ hasText: 'The e-mail or password is wrong.' }).waitFor();
    await axe(page);
    await context.close();
  });

  it('serves the home page to anyone', async () => {
    context = await newContext(suite.browser, suite.server);
    const page = await context.newPage();
    const response = await page.goto('/?lang=en');
    assert.equal(response?.status(), 200);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await axe(page);
    await context.close();
  });

  it('answers an unknown address with a translated 404 page', async () => {
    context = await newContext(suite.browser, suite.server);
    const page = await context.newPage();
    const response = await page.goto('/no-such-page?lang=en');
    assert.equal(response?.status(), 404);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await axe(page);
    await page.goto('/no-such-page?lang=sv');
    await page.getByRole('heading', { name: 'Sidan hittades inte' }).waitFor();
    await context.close();
  });

  it('shows the error pages for a missing login, a refused role and an expired form', async () => {
    context = await newContext(suite.browser, suite.server);
    const page = await context.newPage();
    const unauthorised = await page.goto('/admin/outbox?lang=en');
    assert.equal(unauthorised?.status(), 401);
    await page.getByRole('link', { name: 'Log in' }).first().waitFor();
    await axe(page);

    const participant = await accountFor(suite.server, 'participant');
    await logIn(page, participant);
    const forbidden = await page.goto('/admin/outbox?lang=en');
    assert.equal(forbidden?.status(), 403);
    await page.getByRole('heading', { name: 'No access' }).waitFor();
    await axe(page);

    // A form whose CSRF cookie has gone (cleared, or expired with the browser) gets "the form has expired".
    await page.goto('/login?lang=en');
    await context.clearCookies({ name: 'csrf' });
    await page.getByLabel('E-mail').fill('someone@example.no');
    await page.getByLabel('Password').fill('whatever it is');
    const [expired] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.getByRole('main').getByRole('button', { name: 'Log in' }).click(),
    ]);
    assert.equal(expired.status(), 403);
    await page.getByRole('heading', { name: 'The form has expired' }).waitFor();
    await axe(page);
    await context.close();
  });

  it('moves focus to the main content with the skip link, by keyboard', async () => {
    context = await newContext(suite.browser, suite.server);
    const page = await context.newPage();
    await page.goto('/login?lang=en');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    assert.ok(
      await skip.evaluate((el) => el === document.activeElement),
      'the first Tab reaches the skip link',
    );
    assert.ok(await skip.isVisible(), 'the skip link is visible when focused');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'main');
    await context.close();
  });

  it('remembers the chosen language across pages (nb → sv → en)', async () => {
    context = await newContext(suite.browser, suite.server);
    const page = await context.newPage();
    await page.goto('/login');
    assert.equal(await page.getAttribute('html', 'lang'), 'nb');
    await page.getByRole('navigation', { name: 'Språk' }).getByRole('link', { name: 'Svenska' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'sv');
    await page.goto('/no-such-page');
    assert.equal(await page.getAttribute('html', 'lang'), 'sv');
    await page.getByRole('heading', { name: 'Sidan hittades inte' }).waitFor();
    await page.getByRole('navigation', { name: 'Språk' }).getByRole('link', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.goto('/login');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await page.getByRole('heading', { name: 'Log in' }).waitFor();
    await context.close();
  });

  it('fits a 375 px phone screen without sideways scrolling', async () => {
    context = await newContext(suite.browser, suite.server, { width: 375 });
    const page = await context.newPage();
    for (const url of ['/', '/login', '/no-such-page']) {
      await page.goto(url);
      assert.equal(await scrollsSideways(page), false, `${url} scrolls sideways at 375 px`);
    }
    await logIn(page, await accountFor(suite.server, 'operator'));
    for (const url of ['/me', '/programmes', '/organisations', '/people', '/account']) {
      await page.goto(url);
      assert.equal(await scrollsSideways(page), false, `${url} scrolls sideways at 375 px`);
    }
    await context.close();
  });
});
