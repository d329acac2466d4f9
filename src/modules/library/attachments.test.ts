import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import { buildUser } from '../../../test/support/factories';
import { search } from '../../platform/search/index';
import { listAttachments } from './attachment-queries';
import { createItem, publishItem } from './service';
import { postFile } from './test-support';

const anonymousViewer = { loggedIn: false, staff: false, programmeIds: [] };

for (const dialect of testDialects()) {
  describe(`knowledge bank attachments and unsafe content [${dialect}]`, () => {
    let t: TestApp;
    let advisor: Client;
    let anonymous: Client;
    let item: { id: number; slug: string };

    before(async () => {
      t = await createTestApp(dialect);
      const db = t.database.db;
      const ad = await buildUser(db, { role: 'advisor', name: 'Vera Veileder' });
      advisor = new Client(t.app);
      anonymous = new Client(t.app);
      await advisor.logIn(ad.email, ad.password);
      item = await createItem(
        db,
        {
          kind: 'report',
          title: 'Rapport om læringsnettverk',
          language: 'nb',
          audience: 'public',
          body: '<script>alert("x")</script>\n\n<img src=x onerror="alert(1)">\n\n[klikk](javascript:alert(1))\n\n**halv [lenke](',
        },
        null,
      );
      await publishItem(db, item.id, null);
    });
    after(() => t.close());

    it('shows script, event handlers and javascript: links in a body as inert text', async () => {
      const page = await anonymous.get(`/library/${item.slug}`);
      assert.equal(page.statusCode, 200);
      const main = page.body.slice(page.body.indexOf('<main'));
      assert.doesNotMatch(main, /<script/i);
      assert.doesNotMatch(main, /<img/i);
      assert.doesNotMatch(main, /href="javascript:/i);
      assert.match(main, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt;/);
      assert.match(main, /\*\*halv \[lenke\]\(/);
    });

    it('stores a text file, indexes its text and serves it as a download', async () => {
      const sent = await postFile(advisor, `/library/${item.slug}/attachments`, {
        filename: 'Notat fra samlingen.txt',
        contentType: 'text/plain',
        data: Buffer.from('Kollegial coaching i grupper på tre kommuner.', 'utf8'),
      });
      assert.equal(sent.statusCode, 303);
      assert.match(sent.headers.location!, /uploaded=read/);
      const [file] = await listAttachments(t.database.db, [item.id]);
      assert.equal(file!.text_status, 'read');

      const download = await anonymous.get(`/library/${item.slug}/attachments/${file!.id}`);
      assert.equal(download.statusCode, 200);
      assert.equal(download.headers['x-content-type-options'], 'nosniff');
      assert.match(
        String(download.headers['content-disposition']),
        /^attachment; filename="Notat fra samlingen.txt"/,
      );
      assert.equal(download.body, 'Kollegial coaching i grupper på tre kommuner.');

      const hits = await search(t.database.db, { q: 'coaching', viewer: anonymousViewer });
      const hit = hits.items.find((h) => h.type === 'attachment');
      assert.equal(hit?.url, `/library/${item.slug}`);
      assert.equal(hit?.title, 'Notat fra samlingen.txt — Rapport om læringsnettverk');
    });

    it('stores a broken PDF and flags that its text could not be read', async () => {
      const sent = await postFile(advisor, `/library/${item.slug}/attachments`, {
        filename: 'odelagt.pdf',
        contentType: 'application/pdf',
        data: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >>\n%%garbage, no xref, no trailer'),
      });
      assert.equal(sent.statusCode, 303);
      assert.match(sent.headers.location!, /uploaded=unreadable/);
      const page = await anonymous.get(`/library/${item.slug}?lang=en`);
      assert.match(page.body, /odelagt\.pdf/);
      assert.match(page.body, /Text could not be read/);
      const files = await listAttachments(t.database.db, [item.id]);
      assert.equal(files.find((f) => f.filename === 'odelagt.pdf')?.text_status, 'unreadable');
    });

    it('refuses an enormous upload with a clear 413 and saves nothing', async () => {
      const before = (await listAttachments(t.database.db, [item.id])).length;
      await advisor.get('/library?lang=en');
      const sent = await postFile(advisor, `/library/${item.slug}/attachments`, {
        filename: 'enorm.pdf',
        contentType: 'application/pdf',
        data: Buffer.alloc(21 * 1024 * 1024, 0x41),
      });
      assert.equal(sent.statusCode, 413);
      assert.match(sent.body, /larger than 20 MB, so it was not saved/);
      assert.equal((await listAttachments(t.database.db, [item.id])).length, before);
    });

    it("lets only staff upload, and hides a draft item's files from the public", async () => {
      const draft = await createItem(
        t.database.db,
        { kind: 'article', title: 'Utkast', language: 'nb', audience: 'public' },
        null,
      );
      const anon = await postFile(anonymous, `/library/${draft.slug}/attachments`, {
        filename: 'a.txt',
        contentType: 'text/plain',
        data: Buffer.from('x'),
      });
      assert.equal(anon.statusCode, 401);
      const sent = await postFile(advisor, `/library/${draft.slug}/attachments`, {
        filename: 'a.txt',
        contentType: 'text/plain',
        data: Buffer.from('x'),
      });
      assert.equal(sent.statusCode, 303);
      const [file] = await listAttachments(t.database.db, [draft.id]);
      assert.equal((await anonymous.get(`/library/${draft.slug}/attachments/${file!.id}`)).statusCode, 404);
    });
  });
}
