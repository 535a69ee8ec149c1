// The desk's first promises: stories persist, search finds them, a stale tab cannot overwrite.
import { openDesk, test, expect } from './fixtures';

test('create a story, edit the headline, reload: it persists and the CLI lists it', async ({ page, desk }) => {
  await openDesk(page, desk);
  await page.getByRole('button', { name: 'New story' }).click();
  const headline = page.getByLabel('Headline');
  await expect(headline).toBeFocused();
  await headline.fill('Tram line extension approved by council');
  await expect(page.getByRole('main', { name: 'Story' }).getByRole('status')).toHaveText('Saved');
  await page.reload();
  await page
    .getByRole('list', { name: 'Stories' })
    .getByRole('button', { name: /Tram line extension/ })
    .click();
  await expect(page.getByLabel('Headline')).toHaveText('Tram line extension approved by council');
  const listed = await desk.cli(['list', '--db', desk.dbPath, '--json']);
  expect(listed.code).toBe(0);
  expect(JSON.parse(listed.stdout).stories[0].headline).toBe('Tram line extension approved by council');
});

test('search finds a story by a word in its body, with the match highlighted', async ({ page, desk }) => {
  await openDesk(page, desk);
  await page.getByLabel('Search stories').fill('centimetres');
  const list = page.getByRole('list', { name: 'Stories' });
  await expect(list.getByRole('button')).toHaveCount(1);
  await expect(list.locator('mark')).toHaveText('centimetres');
  await list.getByRole('button').click();
  await expect(page.getByLabel('Headline')).toHaveText(/Harbour bridge reopens/);
});

test('a stale second tab cannot overwrite a newer save, and keeps its own text', async ({ browser, desk }) => {
  const tabA = await browser.newPage();
  const tabB = await browser.newPage();
  // Tab B hears no events, so it stays on the old version (as a seat on a flaky network would).
  await tabB.route('**/api/events**', (route) => route.abort());
  for (const tab of [tabA, tabB]) {
    await openDesk(tab, desk);
    await tab
      .getByRole('list', { name: 'Stories' })
      .getByRole('button', { name: /Central library/ })
      .click();
    await expect(tab.getByRole('main', { name: 'Story' }).getByRole('status')).toHaveText('Saved');
  }
  await tabA.getByLabel('Headline').fill('Library opens until midnight — tab A');
  await expect(tabA.getByRole('main', { name: 'Story' }).getByRole('status')).toHaveText('Saved');
  // Tab B had the story open with unsaved edits based on the old version.
  await tabB.getByLabel('Deck').fill('Edited in tab B at the same time');
  await expect(tabB.getByRole('main', { name: 'Story' }).getByRole('status')).toHaveText('Not saved: changed elsewhere');
  await expect(tabB.getByRole('alert')).toContainText('Your text is safe');
  await expect(tabB.getByLabel('Deck')).toHaveText('Edited in tab B at the same time');
  const stored = await desk.api<{ headline: string; deck: string }>('storyGet', { id: 2 });
  expect(stored.value).toMatchObject({ headline: 'Library opens until midnight — tab A', deck: '' });
  const history = await desk.api<{ revisions: Array<{ kind: string }> }>('revisionList', { storyId: 2 });
  expect(history.value!.revisions.map((r) => r.kind)).toContain('conflict');
  await tabA.close();
  await tabB.close();
});
