import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createCase, createHomework } from '../../src/modules/cases/index';
import { utcToZoned } from '../../src/platform/time';
import {
  buildEvent,
  buildParticipant,
  buildProgramme,
  buildProgrammeMember,
  buildUser,
} from '../support/factories';
import { axe, logIn, newContext, scrollsSideways, startBrowserSuite, type Page } from './support';

/** Cases in a real browser: a participant hands in homework, an operator forms coaching groups. */

type Suite = Awaited<ReturnType<typeof startBrowserSuite>>;

/** A browser profile logged in as `user`, its pages in English. */
async function loggedIn(suite: Suite, user: { email: string; password: string }, width?: number) {
  const context = await newContext(suite.browser, suite.server, { width });
  const page = await context.newPage();
  await logIn(page, user);
  return { context, page };
}

const main = (page: Page) => page.getByRole('main');

/** The section of the coaching groups page headed "Group n". */
const groupSection = (page: Page, n: number) =>
  main(page).getByRole('region', { name: `Group ${n}`, exact: true });

describe('browser: homework and coaching groups', () => {
  let suite: Suite;
  before(async () => {
    suite = await startBrowserSuite();
  });
  after(async () => {
    await suite?.close();
  });

  it('lets a participant hand in homework with a file, and the operator sees it', async () => {
    const db = suite.server.database.db;
    const programme = await buildProgramme(db, { visibility: 'members' });
    const event = await buildEvent(db, programme.id, {
      kind: 'workshop',
      title: 'WS2 Göteborg',
      timeZone: 'Europe/Stockholm',
    });
    const member = await buildProgrammeMember(db, programme.id, 'Grue kommune');
    const caseId = await createCase(
      db,
      { programmeId: programme.id, participantId: member.participantId, title: 'Grue vil ha flere unge' },
      null,
    );
    const due = utcToZoned(new Date(Date.now() + 14 * 24 * 3600 * 1000).toISOString(), 'Europe/Stockholm');
    const homeworkId = await createHomework(
      db,
      {
        eventId: event.id,
        title: { sv: 'Beskriv ert case', en: 'Describe your case' },
        instructions: { en: 'What do you want to achieve, and what stands in the way?' },
        dueAt: due,
      },
      null,
    );
    const answer = 'Vi vil at flere unge flytter hjem etter studiene.';

    // The member finds the homework among their next steps, on a phone. (The event page links
    // homework for members, but not the coaching groups page, which is for staff.)
    const p = await loggedIn(suite, member.user, 375);
    await p.page.goto(`/events/${event.id}`);
    await main(p.page).getByRole('link', { name: 'Homework', exact: true }).waitFor();
    assert.equal(await main(p.page).getByRole('link', { name: 'Coaching groups' }).count(), 0);
    await p.page.goto('/me/next');
    await p.page.getByRole('heading', { level: 1, name: 'My next steps' }).waitFor();
    await axe(p.page);
    assert.equal(await scrollsSideways(p.page), false, '/me/next fits a phone');
    await main(p.page).getByRole('link', { name: 'Hand in “Describe your case”' }).click();
    await p.page.getByRole('heading', { level: 1, name: 'Describe your case' }).waitFor();
    await main(p.page).getByText('Not handed in').first().waitFor();
    assert.equal(await scrollsSideways(p.page), false, 'the hand-in form fits a phone');

    const form = main(p.page).getByRole('form', { name: 'Hand in for Grue vil ha flere unge' });
    await form.getByRole('textbox', { name: /^Text/ }).fill(answer);
    await form.getByLabel(/^Files/).setInputFiles({
      name: 'grue-case.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Mål: 50 flere unge innen 2030.\n'),
    });
    await form.getByRole('button', { name: 'Hand in', exact: true }).click();
    await main(p.page).getByText('Thank you, your hand-in is saved.').waitFor();
    const mine = main(p.page).getByRole('region', { name: 'Hand in for Grue vil ha flere unge' });
    await mine.getByText(answer).first().waitFor();
    await mine.getByRole('link', { name: 'Download grue-case.txt' }).waitFor();
    await mine.getByText('Handed in', { exact: true }).first().waitFor();
    await axe(p.page);

    // The operator reads the status on the homework page, reached from the event page, and the
    // hand-in itself on the case.
    const operator = await buildUser(db, { role: 'operator', name: 'Olga Operatør' });
    const o = await loggedIn(suite, operator);
    await o.page.goto(`/events/${event.id}`);
    await main(o.page).getByRole('link', { name: 'Homework', exact: true }).click();
    await o.page.getByRole('heading', { level: 1 }).filter({ hasText: 'WS2 Göteborg' }).waitFor();
    await axe(o.page);
    await main(o.page).getByRole('link', { name: 'Describe your case' }).click();
    assert.match(o.page.url(), new RegExp(`/homework/${homeworkId}$`));
    const table = main(o.page).getByRole('table', { name: 'Hand-ins per case' });
    const row = table.getByRole('row', { name: /Grue vil ha flere unge/ });
    await row.getByText('Handed in', { exact: true }).waitFor();
    await axe(o.page);
    await row.getByRole('link', { name: 'Grue vil ha flere unge' }).click();
    assert.match(o.page.url(), new RegExp(`/cases/${caseId}#hand-in-${homeworkId}$`));
    await main(o.page).getByText(answer).waitFor();
    const file = main(o.page).getByRole('link', { name: 'Download grue-case.txt' });
    const [download] = await Promise.all([o.page.waitForEvent('download'), file.click()]);
    assert.equal(download.suggestedFilename(), 'grue-case.txt');

    await Promise.all([p.context.close(), o.context.close()]);
  });

  it('lets an operator form coaching groups, move a case with the keyboard and print the list', async () => {
    const db = suite.server.database.db;
    const programme = await buildProgramme(db);
    const event = await buildEvent(db, programme.id, { kind: 'workshop', title: 'WS3 Karlstad' });
    const places = ['Grue', 'Aurskog-Høland', 'Kongsvinger', 'Hamar', 'Arvika', 'Torsby'];
    for (const [i, place] of places.entries()) {
      const { participantId } = await buildParticipant(db, programme.id, { name: `${place} kommune` });
      await createCase(
        db,
        {
          programmeId: programme.id,
          participantId,
          title: `Caset til ${place}`,
          question: `Hvordan når ${place} sine mål?`,
          themes: [i % 2 === 0 ? 'bolyst' : 'næring'],
        },
        null,
      );
    }
    const operator = await buildUser(db, { role: 'operator', name: 'Olga Operatør' });
    const { context, page } = await loggedIn(suite, operator);
    await page.goto(`/events/${event.id}`);
    await main(page).getByRole('link', { name: 'Coaching groups', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Coaching groups – WS3 Karlstad' }).waitFor();
    await main(page).getByText('No groups yet.').waitFor();

    await main(page).getByRole('button', { name: 'Form groups automatically' }).click();
    await main(page).getByText('The groups are formed.').waitFor();
    await axe(page);
    const groups = await main(page)
      .getByRole('heading', { level: 2, name: /^Group \d+$/ })
      .count();
    assert.ok(groups >= 2 && groups <= 3, `six cases make two or three groups, got ${groups}`);
    const members: string[][] = [];
    for (let n = 1; n <= groups; n += 1) {
      const rows = groupSection(page, n).getByRole('table').getByRole('rowheader');
      members.push(await rows.allTextContents());
    }
    for (const group of members) assert.ok(group.length >= 2 && group.length <= 3, `2–3 cases: ${group}`);
    assert.deepEqual(
      members.flat().sort(),
      places.map((p) => `Caset til ${p}`).sort(),
      'every case is in exactly one group',
    );
    assert.equal(
      await main(page).getByRole('region', { name: 'Cases without a group' }).getByRole('row').count(),
      1,
      'no case is left without a group (only the header row)',
    );

    // Move the first case of group 1 to group 2 with the keyboard: choose in the list, Tab, Enter.
    const moving = members[0]![0]!;
    const select = main(page).getByRole('combobox', { name: `Move “${moving}” to` });
    await select.focus();
    await page.keyboard.press('ArrowDown');
    assert.equal(
      await select.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent),
      'Group 2',
    );
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
    assert.equal(focused, 'Move', 'Tab leads from the list to its Move button');
    await Promise.all([page.waitForURL('**/coaching-groups?done=moved'), page.keyboard.press('Enter')]);
    await main(page).getByText('The case is moved.').waitFor();
    await groupSection(page, 2).getByRole('rowheader', { name: moving }).waitFor();
    assert.equal(await groupSection(page, 1).getByRole('rowheader', { name: moving }).count(), 0);

    // The printable list names each group with its organisations and cases.
    await main(page).getByRole('link', { name: 'Printable list' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cases at WS3 Karlstad' }).waitFor();
    await axe(page);
    const group2 = main(page)
      .getByRole('listitem')
      .filter({
        has: page.getByRole('heading', { name: 'Group 2', exact: true }),
      });
    await group2.getByText(`${moving.replace('Caset til ', '')} kommune`).waitFor();
    for (const place of places) await main(page).getByText(`– Caset til ${place}`).waitFor();
    assert.equal(await scrollsSideways(page), false);
    await context.close();
  });
});
