import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../app';
import { loadConfig } from '../../config';
import { createTestDatabase, type TestDatabase } from '../../../test/support/databases';
import type { PageContext } from '../views/page-context';
import { PageCache, renderTemplate, sendTemplate, templateContext, type PageTemplate } from './page-cache';

function FormPage(props: { ctx: PageContext; text: string }) {
  return (
    <html>
      <head>
        <script nonce={props.ctx.nonce} />
      </head>
      <body>
        <p>{props.text}</p>
        <form method="post">
          <input type="hidden" name="_csrf" value={props.ctx.csrfToken} />
        </form>
      </body>
    </html>
  );
}

const cookie = (r: LightMyRequestResponse, name: string) => r.cookies.find((c) => c.name === name)?.value;
const field = (r: LightMyRequestResponse) => /name="_csrf" value="([^"]+)"/.exec(r.body)?.[1];
const nonce = (r: LightMyRequestResponse) => /nonce="([^"]+)"/.exec(r.body)?.[1];

// The templates themselves need no database; one SQLite app carries the routes.
describe('rendered page templates', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let rendered = 0;

  before(async () => {
    database = await createTestDatabase('sqlite');
    app = await buildApp(loadConfig({ SAMLING_DEMO: '0', LOG_LEVEL: 'silent' }), database, { logger: false });
    let template: PageTemplate | undefined;
    app.get('/test/template', { config: { access: 'public' } }, (request, reply) => {
      if (!template) {
        rendered += 1;
        // Text that looks like markup stays text; the marks are substituted, nothing else.
        template = renderTemplate(FormPage, { ctx: templateContext(request), text: '<b>nonce="x"</b> æøå' });
      }
      return sendTemplate(request, reply, template);
    });
    app.get('/test/plain', { config: { access: 'public' } }, (_request, reply) => reply.send({ ok: true }));
    await app.ready();
  });

  after(async () => {
    await app.close();
    await database.drop();
  });

  it("fills in each response's own nonce and CSRF token, and sets the cookie it needs", async () => {
    const first = await app.inject({ url: '/test/template' });
    const second = await app.inject({ url: '/test/template' });
    assert.equal(rendered, 1);
    for (const r of [first, second]) {
      assert.equal(r.statusCode, 200);
      assert.match(String(r.headers['content-type']), /text\/html/);
      assert.ok(field(r));
      assert.equal(field(r), cookie(r, 'csrf'), 'the form carries the cookie it was given');
      // A nonce is base64 (with + and /), so compare as text, not as a pattern.
      assert.ok(String(r.headers['content-security-policy']).includes(`'nonce-${nonce(r)}'`));
      assert.match(r.body, /<p>&lt;b>nonce=&quot;x&quot;&lt;\/b> æøå<\/p>/);
      assert.equal(Buffer.byteLength(r.body), Number(r.headers['content-length']));
    }
    assert.notEqual(field(first), field(second));
    assert.notEqual(nonce(first), nonce(second));

    const back = await app.inject({
      url: '/test/template',
      headers: { cookie: `csrf=${cookie(first, 'csrf')}` },
    });
    assert.equal(field(back), cookie(first, 'csrf'), 'a visitor with a token keeps it');
    assert.equal(cookie(back, 'csrf'), undefined);
  });

  it('sets no CSRF cookie on a response without a form', async () => {
    const plain = await app.inject({ url: '/test/plain' });
    assert.equal(cookie(plain, 'csrf'), undefined);
    assert.ok(cookie(await app.inject({ url: '/login' }), 'csrf'), 'the log-in form gets one');
  });

  it('keeps a page only for the data version it was rendered at, never an older one', () => {
    const cache = new PageCache(2);
    const page = (text: string): PageTemplate => ({
      parts: [Buffer.from(text)],
      slots: [],
      length: text.length,
    });
    cache.set('a', 5, page('five'));
    assert.equal(cache.get('a', 5)?.parts[0]?.toString(), 'five');
    assert.equal(cache.get('a', 6), undefined);
    cache.set('a', 4, page('four'));
    assert.equal(cache.get('a', 5)?.parts[0]?.toString(), 'five', 'a slower, older render does not win');
    cache.set('b', 5, page('b'));
    cache.set('c', 5, page('c'));
    assert.equal(cache.get('a', 5), undefined, 'the oldest entry makes room');
    assert.ok(cache.get('c', 5));
  });
});
