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

test('a stale window cannot overwrite a newer save, and keeps its own text', async ({ page, desk }) => {
  // This window hears no events, so it stays on the old version (as a seat on a flaky network would).
  // The newer save comes from another seat through the API: with copy-desk claims a second tab
  // of the same story is read-only, so it could not be the one typing.
  await page.route('**/api/events**', (route) => route.abort());
  await openDesk(page, desk);
  await page
    .getByRole('list', { name: 'Stories' })
    .getByRole('button', { name: /Central library/ })
    .click();
  const status = page.getByRole('main', { name: 'Story' }).getByRole('status');
  await expect(status).toHaveText('Saved');
  const opened = await desk.api<{ version: number }>('storyGet', { id: 2 });
  const other = await desk.api('storyUpdate', {
    id: 2,
    version: opened.value!.version,
    patch: { headline: 'Library opens until midnight — other seat' },
    mode: 'autosave',
  });
  expect(other.ok).toBe(true);
  // This window had the story open and now edits it, based on the old version.
  await page.getByLabel('Deck').fill('Edited here at the same time');
  await expect(status).toHaveText('Not saved: changed elsewhere');
  await expect(page.getByRole('alert')).toContainText('Your text is safe');
  await expect(page.getByLabel('Deck')).toHaveText('Edited here at the same time');
  const stored = await desk.api<{ headline: string; deck: string }>('storyGet', { id: 2 });
  expect(stored.value).toMatchObject({ headline: 'Library opens until midnight — other seat', deck: '' });
  const history = await desk.api<{ revisions: Array<{ kind: string }> }>('revisionList', { storyId: 2 });
  expect(history.value!.revisions.map((r) => r.kind)).toContain('conflict');
});
