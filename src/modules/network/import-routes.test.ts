import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import { buildUser } from '../../../test/support/factories';
import { findOrganisationByNumber } from './index';

/** A browser's file upload: multipart with the CSRF field first, as the import form sends it. */
function upload(client: Client, filename: string, content: string | Buffer) {
  const boundary = '----samlingtest';
  const parts = [
    `--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${client.cookies.get('csrf') ?? ''}\r\n`,
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  ];
  const payload = Buffer.concat([
    Buffer.from(parts.join('')),
    Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return client.request({
    method: 'POST',
    url: '/organisations/import',
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
}

// Found from this file rather than the working directory: shared/ lies beside the repository.
const swedishList = path.resolve(
  import.meta.dirname,
  '..',
  '..',
  '..',
  '..',
  'shared',
  'data',
  'registry',
  'se-municipality-county.csv',
);
const skip = fs.existsSync(swedishList)
  ? false
  : `${swedishList} is absent (shared/data is not beside the repository)`;

for (const dialect of testDialects()) {
  describe(`registry import page [${dialect}]`, () => {
    let t: TestApp;
    const clients = {} as Record<'operator' | 'advisor', Client>;

    before(async () => {
      t = await createTestApp(dialect);
      for (const role of ['operator', 'advisor'] as const) {
        const user = await buildUser(t.database.db, { role });
        clients[role] = new Client(t.app);
        await clients[role].logIn(user.email, user.password);
        await clients[role].get('/organisations/import?lang=en');
      }
    });
    after(() => t.close());

    it('imports an uploaded list and shows the report with rejected rows', async () => {
      const content = JSON.stringify([
        { f_id: '46', f_name: 'Vestland', f_url: 'www.vestlandfylke.no' },
        { f_id: '4', f_name: 'Short number' },
      ]);
      const response = await upload(clients.operator, 'fylker.json', content);
      assert.equal(response.statusCode, 200);
      assert.match(response.body, /Result of importing fylker.json/);
      assert.match(response.body, /<dt>Created<\/dt><dd>1<\/dd>/);
      assert.match(
        response.body,
        /<td>2<\/td><td><code>f_id<\/code><\/td><td>Not a valid official number<\/td>/,
      );
      assert.ok(await findOrganisationByNumber(t.database.db, 'NO', 'county', '46'));

      const again = await upload(clients.operator, 'fylker.json', content);
      assert.match(again.body, /<dt>Unchanged<\/dt><dd>1<\/dd>/);
    });

    it('reports the municipalities a county list links to their county, and a second run changes nothing', async () => {
      const municipalities = JSON.stringify([
        { k_id: '5501', k_name: 'Tromsø' },
        { k_id: '5503', k_name: 'Harstad' },
      ]);
      const first = await upload(clients.operator, 'kommuner.json', municipalities);
      assert.match(first.body, /<dt>Created<\/dt><dd>2<\/dd>/);
      assert.doesNotMatch(first.body, /linked to their county/);

      const counties = JSON.stringify([{ f_id: '55', f_name: 'Troms' }]);
      const linked = await upload(clients.operator, 'fylker.json', counties);
      assert.equal(linked.statusCode, 200);
      assert.match(linked.body, /<dt>Created<\/dt><dd>1<\/dd><dt>Updated<\/dt><dd>0<\/dd>/);
      assert.match(linked.body, /<dt>Municipalities linked to their county<\/dt><dd>2<\/dd>/);
      const tromso = await findOrganisationByNumber(t.database.db, 'NO', 'municipality', '5501');
      const page = await clients.advisor.get(`/organisations/${tromso?.id}`);
      assert.match(
        page.body,
        /<dt>County<\/dt><dd><a class="ds-link" href="\/organisations\/\d+">Troms<\/a>/,
      );

      const again = await upload(clients.operator, 'fylker.json', counties);
      assert.match(
        again.body,
        /<dt>Created<\/dt><dd>0<\/dd><dt>Updated<\/dt><dd>0<\/dd><dt>Unchanged<\/dt><dd>1<\/dd>/,
      );
      assert.doesNotMatch(again.body, /linked to their county/);
    });

    it('answers a bad or oversized file with a translated message, never a 500', async () => {
      const notJson = await upload(clients.operator, 'kommuner.json', '{oops');
      assert.equal(notJson.statusCode, 400);
      assert.match(notJson.body, /The file is not valid JSON\./);
      const columns = await upload(clients.operator, 'list.csv', 'a,b\n1,2\n');
      assert.equal(columns.statusCode, 400);
      assert.match(
        columns.body,
        /The CSV file lacks the columns: municipality_code, municipality_name, county_code, county_name\./,
      );
      const empty = await upload(clients.operator, 'empty.csv', '');
      assert.equal(empty.statusCode, 400);
      assert.match(empty.body, /The file is empty\./);
      const large = await upload(clients.operator, 'big.json', Buffer.alloc(3 * 1024 * 1024, 0x20));
      assert.equal(large.statusCode, 413);
      assert.match(large.body, /larger than we accept/);
      const advisor = await upload(clients.advisor, 'fylker.json', '[]');
      assert.equal(advisor.statusCode, 403);
    });
    it('imports the real Swedish list through the page', { skip }, async () => {
      const response = await upload(
        clients.operator,
        'se-municipality-county.csv',
        fs.readFileSync(swedishList),
      );
      assert.equal(response.statusCode, 200);
      assert.match(response.body, /<dt>Created<\/dt><dd>311<\/dd>/);
      assert.match(response.body, /<dt>Rejected<\/dt><dd>0<\/dd>/);
      const list = await clients.advisor.get('/organisations?country=SE&kind=municipality');
      assert.match(list.body, /Showing 1–50 of 290/);
      const vasby = await clients.advisor.get('/organisations?country=SE&q=V%C3%84SBY');
      assert.match(
        vasby.body,
        /Upplands Väsby<\/a><\/td><td>Municipality<\/td><td>0114<\/td><td>Stockholms län<\/td>/,
      );
    });

    it('asks for a file when none was sent', async () => {
      const client = clients.operator;
      const response = await client.request({
        method: 'POST',
        url: '/organisations/import',
        payload: `--b\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${client.cookies.get('csrf') ?? ''}\r\n--b--\r\n`,
        headers: { 'content-type': 'multipart/form-data; boundary=b' },
      });
      assert.equal(response.statusCode, 400);
      assert.match(response.body, /Choose a file to upload\./);
    });
  });
}
