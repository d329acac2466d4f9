import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import { buildProgramme, buildProgrammeMember } from '../../../test/support/factories';
import { ActorClient } from '../../../test/support/route-world';
import { PUBLIC_INPUT_LIMIT } from './routes';
import { signFormStart } from './spam-trap';

let addresses = 0;
/** A visitor without a login, from an address of their own (the rate limit counts per address). */
const visitor = (t: TestApp) => new ActorClient(t.app, `10.4.0.${++addresses}`);

for (const dialect of testDialects()) {
  describe(`sending input [${dialect}]`, () => {
    let t: TestApp;
    let programme: { id: number; slug: string };
    before(async () => {
      t = await createTestApp(dialect);
      programme = await buildProgramme(t.database.db, {
        title: { nb: 'Byregionprogrammet', en: 'City Regions' },
      });
    });
    after(() => t.close());

    const countInputs = async (programmeId = programme.id) =>
      Number(
        (
          await t.database.db
            .selectFrom('inputs')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('programme_id', '=', programmeId)
            .executeTakeFirstOrThrow()
        ).n,
      );
    /** A form start the trap accepts: signed, and long enough ago for a person to have written. */
    const startedLongAgo = () => signFormStart(t.database.db, programme.id, Date.now() - 60_000);
    const valid = async (extra: Record<string, string> = {}) => ({
      title: 'Bedre bussruter',
      body: 'Bussen fra omlandet går for sjelden.\n\nVi ønsker flere avganger.',
      name: 'Kari Innbygger',
      email: 'Kari@Example.no',
      consent: 'on',
      started: await startedLongAgo(),
      ...extra,
    });

    it('shows the public the form from the programme page, with a hidden trap and a signed start', async () => {
      const client = visitor(t);
      const page = await client.get(`/programmes/${programme.slug}?lang=en`);
      assert.match(page.body, new RegExp(`href="/programmes/${programme.slug}/inputs/new"[^>]*>Send input<`));
      const form = await client.get(`/programmes/${programme.slug}/inputs/new?lang=en`);
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /<h1[^>]*>Send input<\/h1>/);
      assert.match(form.body, /Used only to tell you when your input has been answered/);
      assert.match(form.body, /class="input-trap" aria-hidden="true"/);
      assert.match(form.body, /name="homepage" type="text" tabindex="-1"/);
      assert.match(form.body, /name="started" value="\d+\.[A-Za-z0-9_-]{43}"/);
    });

    it('stores input from the public and confirms it', async () => {
      const client = visitor(t);
      await client.get(`/programmes/${programme.slug}/inputs/new?lang=en`);
      const before = await countInputs();
      const sent = await client.post(
        `/programmes/${programme.slug}/inputs/new`,
        await valid({ showName: 'on' }),
      );
      assert.equal(sent.statusCode, 303);
      assert.equal(sent.headers.location, `/programmes/${programme.slug}/inputs/new?sent=1`);
      assert.equal(await countInputs(), before + 1);
      const row = await t.database.db
        .selectFrom('inputs')
        .selectAll()
        .where('title', '=', 'Bedre bussruter')
        .executeTakeFirstOrThrow();
      assert.equal(row.sender_kind, 'public');
      assert.equal(row.sender_email, 'kari@example.no');
      assert.equal(row.sender_name, 'Kari Innbygger');
      assert.equal(row.show_name, 1);
      assert.equal(row.status, 'new');
      assert.equal(row.locale, 'en');
      const thanks = await client.get(sent.headers.location as string);
      assert.match(thanks.body, /Thank you for your input/);
    });

    it('takes input without name or e-mail', async () => {
      const client = visitor(t);
      await client.get(`/programmes/${programme.slug}/inputs/new`);
      const sent = await client.post(
        `/programmes/${programme.slug}/inputs/new`,
        await valid({ name: '', email: '' }),
      );
      assert.equal(sent.statusCode, 303);
    });

    it('refuses bad input with translated errors, 400 and nothing saved, keeping what was typed', async () => {
      const client = visitor(t);
      await client.get(`/programmes/${programme.slug}/inputs/new?lang=en`);
      const before = await countInputs();
      const empty = await client.post(
        `/programmes/${programme.slug}/inputs/new`,
        await valid({ title: ' ', email: 'not-an-address', consent: '' }),
      );
      assert.equal(empty.statusCode, 400);
      assert.match(empty.body, /Fill in this field\./);
      assert.match(empty.body, /Enter an e-mail address like name@example\.no\./);
      assert.match(empty.body, /Tick the box to agree, or the input cannot be sent\./);
      assert.match(empty.body, /Bussen fra omlandet går for sjelden\./, 'the text is kept');

      const long = await client.post(
        `/programmes/${programme.slug}/inputs/new`,
        await valid({ body: 'ord '.repeat(2501) }),
      );
      assert.equal(long.statusCode, 400);
      assert.match(long.body, /This is too long\./);
      assert.match(long.body, /At most 10,000 characters\./);

      await client.get(`/programmes/${programme.slug}/inputs/new?lang=sv`);
      const swedish = await client.post(
        `/programmes/${programme.slug}/inputs/new`,
        await valid({ consent: '' }),
      );
      assert.equal(swedish.statusCode, 400);
      assert.match(swedish.body, /Kryssa i rutan för att godkänna/);
      assert.equal(await countInputs(), before);
    });

    it('traps a robot that fills in the hidden field, or answers too fast, and stores nothing', async () => {
      const client = visitor(t);
      const form = await client.get(`/programmes/${programme.slug}/inputs/new`);
      const fresh = /name="started" value="([^"]+)"/.exec(form.body)![1]!;
      const before = await countInputs();
      const url = `/programmes/${programme.slug}/inputs/new`;
      const honeypot = await client.post(url, await valid({ homepage: 'https://spam.example' }));
      const tooFast = await client.post(url, await valid({ started: fresh }));
      const forged = await client.post(
        url,
        await valid({ started: `${Date.now() - 60_000}.${'A'.repeat(43)}` }),
      );
      const missing = await client.post(url, { ...(await valid()), started: '' });
      for (const response of [honeypot, tooFast, forged, missing]) {
        assert.equal(response.statusCode, 303, 'it looks accepted');
        assert.equal(response.headers.location, `/programmes/${programme.slug}/inputs/new?sent=1`);
      }
      assert.equal(await countInputs(), before, 'nothing was stored');
    });

    it('asks to send again when the form was open longer than a day', async () => {
      const client = visitor(t);
      await client.get(`/programmes/${programme.slug}/inputs/new?lang=en`);
      const old = await signFormStart(t.database.db, programme.id, Date.now() - 25 * 3600 * 1000);
      const before = await countInputs();
      const response = await client.post(
        `/programmes/${programme.slug}/inputs/new`,
        await valid({ started: old }),
      );
      assert.equal(response.statusCode, 400);
      assert.match(response.body, /The form was open too long/);
      assert.equal(await countInputs(), before);
    });

    it('rate limits the public per address', async () => {
      const client = visitor(t);
      await client.get(`/programmes/${programme.slug}/inputs/new`);
      const url = `/programmes/${programme.slug}/inputs/new`;
      for (let i = 0; i < PUBLIC_INPUT_LIMIT; i++) {
        assert.equal((await client.post(url, await valid({ title: `Innspill ${i}` }))).statusCode, 303);
      }
      const before = await countInputs();
      const refused = await client.post(url, await valid({ title: 'One too many' }));
      assert.equal(refused.statusCode, 429);
      assert.equal(await countInputs(), before);
      const other = visitor(t);
      await other.get(`/programmes/${programme.slug}/inputs/new`);
      assert.equal((await other.post(url, await valid())).statusCode, 303, 'another address is not limited');
    });

    it('lets a member send input as themselves and shows it on /me/inputs', async () => {
      const members = await buildProgramme(t.database.db, { visibility: 'members' });
      const { user } = await buildProgrammeMember(t.database.db, members.id);
      const client = new Client(t.app);
      await client.logIn(user.email, user.password);
      const form = await client.get(`/programmes/${members.slug}/inputs/new?lang=en`);
      assert.match(form.body, /You send this as Pia Prosjektleder/);
      assert.doesNotMatch(form.body, /name="email"/);
      // A member is not timed: the start from the form just loaded is enough.
      const started = /name="started" value="([^"]+)"/.exec(form.body)![1]!;
      const sent = await client.post(`/programmes/${members.slug}/inputs/new`, {
        title: 'Felles planforum',
        body: 'Vi foreslår et felles planforum for regionen.',
        consent: 'on',
        started,
      });
      assert.equal(sent.statusCode, 303);
      assert.equal(await countInputs(members.id), 1);
      const thanks = await client.get(sent.headers.location as string);
      assert.match(thanks.body, /href="\/me\/inputs"/);
      const mine = await client.get('/me/inputs?lang=en');
      assert.equal(mine.statusCode, 200);
      assert.match(mine.body, /Felles planforum/);
      assert.match(mine.body, />New</);
      assert.match(mine.body, /No answer yet/);
    });

    it("keeps a members-only programme's form and answers hidden from the public", async () => {
      const members = await buildProgramme(t.database.db, { visibility: 'members' });
      const client = visitor(t);
      assert.equal((await client.get(`/programmes/${members.slug}/inputs/new`)).statusCode, 404);
      assert.equal((await client.get(`/programmes/${members.slug}/inputs/public`)).statusCode, 404);
      await client.get('/login');
      const started = await signFormStart(t.database.db, members.id, Date.now() - 60_000);
      const post = await client.post(`/programmes/${members.slug}/inputs/new`, {
        title: 'x',
        body: 'y',
        consent: 'on',
        started,
      });
      assert.equal(post.statusCode, 404);
      assert.equal(await countInputs(members.id), 0);
      assert.equal((await client.get('/me/inputs')).statusCode, 401);
    });
  });
}
