import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from './support/app';
import { testDialects } from './support/databases';

for (const dialect of testDialects()) {
  describe(`the page frame and its safeguards [${dialect}]`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
    });
    after(() => t.close());

    it('answers an unknown address with a translated 404 page', async () => {
      const client = new Client(t.app);
      const response = await client.get('/no/such/page?lang=sv');
      assert.equal(response.statusCode, 404);
      assert.match(response.headers['content-type'] as string, /text\/html/);
      assert.match(response.body, /Sidan hittades inte/);
      assert.match(response.body, /<html lang="sv"/);
    });

    it('answers unknown API paths with JSON', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
      assert.equal(response.statusCode, 404);
      assert.equal(response.json().error.status, 404);
    });

    it('refuses an oversized form with 413 and a page that says so', async () => {
      const client = new Client(t.app);
      await client.get('/login?lang=en');
      const response = await client.post('/login', { email: 'a@b.no', password: 'x'.repeat(300 * 1024) });
      assert.equal(response.statusCode, 413);
      assert.match(response.body, /larger than we accept/);
    });

    it('sends a CSP whose nonce is the one on the page script, and the other security headers', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/login' });
      const csp = response.headers['content-security-policy'] as string;
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      assert.ok(nonce, 'CSP carries a nonce');
      assert.ok(response.body.includes(`nonce="${nonce}"`), 'the page script uses the same nonce');
      assert.match(csp, /object-src 'none'/);
      assert.equal(response.headers['x-content-type-options'], 'nosniff');
      assert.equal(response.headers['x-frame-options'], 'DENY');
      const second = await t.app.inject({ method: 'GET', url: '/login' });
      assert.notEqual(second.headers['content-security-policy'], csp, 'a new nonce per response');
    });

    it('remembers the chosen language in a cookie and follows Accept-Language otherwise', async () => {
      const english = await t.app.inject({
        method: 'GET',
        url: '/login',
        headers: { 'accept-language': 'en-US,en;q=0.9' },
      });
      assert.match(english.body, /<html lang="en"/);
      const client = new Client(t.app);
      await client.get('/login?lang=sv');
      const next = await client.get('/login');
      assert.match(next.body, /<html lang="sv"/);
      assert.match(next.body, /Logga in/);
    });

    it('escapes what people type when it is shown back', async () => {
      const client = new Client(t.app);
      await client.get('/login');
      const response = await client.post('/login', { email: '<script>alert(1)</script>', password: 'x' });
      assert.equal(response.statusCode, 400);
      assert.ok(!response.body.includes('<script>alert(1)</script>'));
      assert.ok(response.body.includes('&lt;script>') || response.body.includes('&lt;script&gt;'));
    });

    it('tags each response with a request id, and keeps one sent by a proxy', async () => {
      const response = await t.app.inject({
        method: 'GET',
        url: '/healthz',
        headers: { 'x-request-id': 'abc-123' },
      });
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['x-request-id'], 'abc-123');
    });
  });
}
