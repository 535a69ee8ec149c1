// Saving and history, as an editor uses them: revisions listed with who, when and how much
// changed; any two compared word by word; a restore that is itself a new revision; and after a
// save that lost to another seat, both texts side by side. Story copy is invented for the project.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openDesk, test, type Desk } from './fixtures';

const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

type StoryValue = { id: number; version: number; headline: string; byline: string };

async function story(desk: Desk, headline: string): Promise<StoryValue> {
  const res = await desk.api<StoryValue>('storyCreate', { fields: { headline, byline: 'By Ana Ruiz', slug: 'tram-vote' } });
  return res.value!;
}

async function save(desk: Desk, s: StoryValue, patch: Record<string, unknown>, note?: string): Promise<StoryValue> {
  const res = await desk.api<StoryValue>('storyUpdate', { id: s.id, version: s.version, patch, mode: 'save', ...(note ? { note } : {}) });
  expect(res.ok, JSON.stringify(res.error)).toBe(true);
  return res.value!;
}

async function openHistory(page: Page, desk: Desk, headline: RegExp): Promise<void> {
  await openDesk(page, desk);
  await page.getByRole('list', { name: 'Stories' }).getByRole('button', { name: headline }).click();
  await expect(page.getByRole('status')).toHaveText('Saved');
  await page.getByRole('tablist', { name: 'Side panel' }).getByRole('tab', { name: 'History' }).click();
}

test('revisions listed, two compared, one restored as a new revision', async ({ page, desk }) => {
  let s = await story(desk, 'Council delays tram vote');
  s = await save(
    desk,
    s,
    { headline: 'Council delays tram line vote to March', byline: 'Staff and wire reports' },
    'After the committee call',
  );
  s = await save(desk, s, { headline: 'Tram vote moved to March after council row' });

  await openHistory(page, desk, /Tram vote moved to March/);
  const list = page.getByRole('list', { name: 'Revisions' });
  const rows = list.getByRole('listitem');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('Saved');
  await expect(rows.nth(1)).toContainText('After the committee call');
  await expect(rows.nth(1)).toContainText(/chars/);
  await expect(rows.nth(2)).toContainText('Created');

  // Compare the first and the second revision, by keyboard.
  const revisions = (await desk.api<{ revisions: Array<{ id: number }> }>('revisionList', { storyId: s.id })).value!.revisions;
  const [newest, middle, first] = revisions.map((r) => r.id);
  await page.getByRole('checkbox', { name: `Compare revision ${first}` }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('checkbox', { name: `Compare revision ${middle}` }).focus();
  await page.keyboard.press('Space');
  const compare = page.getByRole('region', { name: 'Compare versions' });
  const headline = compare.getByRole('region', { name: 'Headline changes' });
  await expect(headline.locator('ins')).toContainText(['line', 'to March']);
  await expect(compare.getByRole('region', { name: 'Byline changes' }).locator('del')).toContainText('By Ana Ruiz');
  await expect(compare.getByRole('region', { name: 'Byline changes' }).locator('ins')).toContainText('Staff and wire reports');
  await page.screenshot({ path: 'test-results/screens/history-compare-1440.png' });
  const axe = await new AxeBuilder({ page }).include('.side-pane').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // Restore the first revision: confirmation, then a new "Restored" revision on top.
  await page.getByRole('button', { name: `Restore revision ${first}` }).click();
  await page
    .getByRole('group', { name: `Confirm restoring revision ${first}` })
    .getByRole('button', { name: `Restore revision ${first}` })
    .click();
  await expect(rows).toHaveCount(4);
  await expect(rows.first()).toContainText('Restored');
  await expect(rows.first()).toContainText(`Restored revision ${first}`);
  await expect(page.getByLabel('Headline', { exact: true })).toHaveText('Council delays tram vote');
  const stored = await desk.api<StoryValue>('storyGet', { id: s.id });
  expect(stored.value).toMatchObject({ headline: 'Council delays tram vote', byline: 'By Ana Ruiz' });
  // Nothing was lost: the text before the restore is still a revision.
  await page.getByRole('checkbox', { name: `Compare revision ${newest}` }).check();
  await expect(compare).toBeVisible();
});

test('after a save loses to another seat, both texts are kept and compared', async ({ page, desk }) => {
  const s = await story(desk, 'Harbour fees to rise in spring');
  // This seat hears no events, so it stays on the old version as a seat on a flaky network would.
  await page.route('**/api/events**', (route) => route.abort());
  await openHistory(page, desk, /Harbour fees to rise/);

  await save(desk, s, { headline: 'Harbour fees to rise by a fifth in spring' }, 'Other seat');
  const field = page.getByLabel('Headline', { exact: true });
  await field.click();
  await page.keyboard.press(`${MOD}+End`);
  await page.keyboard.type(', port says');
  await expect(page.getByRole('status')).toHaveText('Not saved: changed elsewhere', { timeout: 15_000 });

  await page.getByRole('button', { name: 'Compare with the version saved elsewhere' }).click();
  const compare = page.getByRole('region', { name: 'Compare versions' });
  await expect(compare).toContainText('the version saved elsewhere (v2)');
  const headline = compare.getByRole('region', { name: 'Headline changes' });
  // From my kept copy to theirs: my words struck through, theirs underlined — both texts shown.
  await expect(headline.locator('del')).toContainText(', port says');
  await expect(headline.locator('ins')).toContainText('by a fifth');
  await expect(page.getByRole('list', { name: 'Revisions' }).getByRole('listitem').first()).toContainText('Conflict copy');
  await page.screenshot({ path: 'test-results/screens/history-conflict-1440.png' });
});
