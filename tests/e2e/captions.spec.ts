// Captions & credits in Chromium: every figure in one keyboard-driven table, edited in place into
// the story body (a conflict keeps the typed text), credits normalised in bulk with a preview of
// every change, and the credit dictionary edited in Preferences.
import { documentFromText, documentOf, figure, paragraph, textRun, type FigureNodeJSON } from '../../src/shared/story/document';
import { openDesk, test, expect, type Desk } from './fixtures';
import type { Page } from '@playwright/test';

const captioned = (caption: string, credit: string, alt = '') =>
  figure({ mediaId: null, width: null, height: null, alt, credit, caption: documentFromText(caption) });

async function storyWithFigures(desk: Desk, headline: string, figures: FigureNodeJSON[]): Promise<number> {
  const created = await desk.api<{ id: number }>('storyCreate', {
    fields: { headline, body: documentOf([paragraph([textRun(`${headline}: the story.`)]), ...figures]) },
  });
  expect(created.ok, created.error?.message).toBe(true);
  return created.value!.id;
}

async function openCaptions(page: Page, desk: Desk) {
  await openDesk(page, desk);
  await page.getByRole('button', { name: 'Captions & credits' }).click();
  await expect(page.getByRole('grid', { name: 'Figures' })).toBeVisible();
}

const credits = async (desk: Desk, id: number) =>
  (await desk.api<{ body: { root: { children: Array<{ type: string; credit?: string }> } } }>('storyGet', { id }))
    .value!.body.root.children.filter((b) => b.type === 'figure')
    .map((b) => b.credit);

test('bulk-normalise credits: preview every change, leave one out, apply the rest', async ({ page, desk }) => {
  const storm = await storyWithFigures(desk, 'Storm batters the quay', [
    captioned('Waves over the quay wall.', 'AP Photo/Jane Doe', 'Waves'),
    captioned('Boats in the quay basin.', 'CNN Wire', 'Boats'),
  ]);
  const fair = await storyWithFigures(desk, 'Quay fair opens', [captioned('Crowds at the quay fair.', '(CNN)', 'Crowds')]);
  await openCaptions(page, desk);
  await page.getByLabel('Search figures').fill('quay');
  const grid = page.getByRole('grid', { name: 'Figures' });
  await expect(grid.getByRole('row')).toHaveCount(4);
  await page.getByLabel('Problem').selectOption('variant-credit');
  await expect(grid.getByRole('row')).toHaveCount(4);

  await page.getByRole('button', { name: 'Normalise all shown credits' }).click();
  const preview = page.getByRole('dialog', { name: 'Normalise credits: preview' });
  const changes = preview.getByRole('table', { name: 'Credit changes' });
  await expect(changes.getByRole('row')).toHaveCount(4);
  await expect(changes).toContainText('AP Photo/Jane Doe');
  await expect(changes).toContainText('Jane Doe/AP');
  await expect(changes).toContainText('dictionary: CNN Wire → CNN');
  // Nothing is written by previewing.
  expect(await credits(desk, storm)).toEqual(['AP Photo/Jane Doe', 'CNN Wire']);
  await preview.getByRole('checkbox', { name: /“\(CNN\)” → “CNN”/ }).uncheck();
  await preview.getByRole('button', { name: 'Apply 2 changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Applied 2 credit changes.' })).toBeVisible();
  expect(await credits(desk, storm)).toEqual(['Jane Doe/AP', 'CNN']);
  expect(await credits(desk, fair)).toEqual(['(CNN)']);
  // The one left out is still listed as not in house form; the rest are gone from the filter.
  await expect(grid.getByRole('row')).toHaveCount(2);
  const history = await desk.api<{ revisions: Array<{ note: string }> }>('revisionList', { storyId: storm });
  expect(history.value!.revisions[0]!.note).toBe('Credits in house form: AP Photo/Jane Doe → Jane Doe/AP; CNN Wire → CNN');
});

test('edit captions, credits and alt text in place from the keyboard; a conflict keeps the typed text', async ({ page, desk }) => {
  const id = await storyWithFigures(desk, 'Ferry terminal opens', [captioned('The new terminal at dawn.', '', '')]);
  await openCaptions(page, desk);
  await page.getByLabel('Search figures').fill('terminal');
  const grid = page.getByRole('grid', { name: 'Figures' });
  await expect(grid.getByRole('row')).toHaveCount(2);
  await expect(grid).toContainText('No credit');
  await expect(grid).toContainText('No alt text');

  // The caption cell starts active: Enter edits, Tab saves and edits the credit, and so on.
  await grid.getByRole('gridcell').filter({ hasText: 'The new terminal at dawn.' }).click();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('The new ferry terminal at dawn on Monday.');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel(/^Credit, figure 1/)).toBeFocused();
  await page.keyboard.type('Sam Lee/AP');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel(/^Alt text, figure 1/)).toBeFocused();
  await page.keyboard.type('The ferry terminal building');
  await page.keyboard.press('Enter');
  await expect(grid).not.toContainText('No alt text');
  await expect(grid).not.toContainText('No credit');
  const stored = await desk.api<{ body: { root: { children: Array<{ type: string; credit?: string; alt?: string }> } } }>('storyGet', {
    id,
  });
  expect(stored.value!.body.root.children.find((b) => b.type === 'figure')).toMatchObject({
    credit: 'Sam Lee/AP',
    alt: 'The ferry terminal building',
  });

  // Escape cancels an edit.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  await page.keyboard.type(' — not this');
  await page.keyboard.press('Escape');
  await expect(grid).not.toContainText('not this');

  // Someone else saves the story while the credit is being edited: the save is refused (also
  // when the table has reloaded the row underneath), and the typed text stays.
  await page.keyboard.press('Enter');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Sam Lee/Reuters');
  const current = await desk.api<{ version: number }>('storyGet', { id });
  await desk.api('storyUpdate', { id, version: current.value!.version, patch: { deck: 'Edited elsewhere' }, mode: 'save' });
  await page.keyboard.press('Enter');
  await expect(grid.getByRole('alert')).toContainText('was changed elsewhere since this table was loaded. Your text is kept here');
  await expect(page.getByLabel(/^Credit, figure 1/)).toHaveValue('Sam Lee/Reuters');
  await grid.getByRole('button', { name: 'Reload row' }).click();
  await page.getByLabel(/^Credit, figure 1/).press('Enter');
  await expect(grid.getByRole('alert')).toHaveCount(0);
  await expect(grid).toContainText('Sam Lee/Reuters');
});

test('the credit dictionary is edited in Preferences and used by the next normalisation', async ({ page, desk }) => {
  await storyWithFigures(desk, 'Markets rally', [captioned('Traders on the floor.', 'Bloomberg News Photo/Ray Chen', 'Traders')]);
  await openDesk(page, desk);
  await page.keyboard.press('ControlOrMeta+,');
  const prefs = page.getByRole('dialog', { name: 'Preferences' });
  await prefs.getByRole('tab', { name: 'Credits' }).click();
  await prefs.getByRole('button', { name: 'Add row' }).click();
  const rows = await prefs.getByLabel(/^Variant \d+$/).count();
  await prefs.getByLabel(`Variant ${rows}`).fill('Bloomberg News');
  await prefs.getByLabel(`House form ${rows}`).fill('Bloomberg');
  await prefs.getByRole('button', { name: 'Save dictionary' }).click();
  await expect(prefs.getByRole('status')).toHaveText('Saved');
  const settings = await desk.api<{ creditDictionary: Array<{ variant: string; house: string }> }>('settingsGet', {});
  expect(settings.value!.creditDictionary).toContainEqual({ variant: 'Bloomberg News', house: 'Bloomberg' });
  await prefs.getByRole('tab', { name: 'You' }).click();
  await prefs.getByLabel('Your name').fill('Rita Okafor');
  await prefs.getByRole('button', { name: 'Save' }).click();
  await expect(prefs.getByRole('status')).toHaveText('Saved');
  await prefs.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Captions & credits' }).click();
  await page.getByLabel('Search figures').fill('traders');
  const grid = page.getByRole('grid', { name: 'Figures' });
  await expect(grid.getByRole('row')).toHaveCount(2);
  await grid.getByRole('checkbox').first().check();
  await page.getByRole('button', { name: 'Normalise credits of selected (1)' }).click();
  const preview = page.getByRole('dialog', { name: 'Normalise credits: preview' });
  await expect(preview).toContainText('Ray Chen/Bloomberg');
  await preview.getByRole('button', { name: 'Apply 1 change' }).click();
  await expect(grid).toContainText('Ray Chen/Bloomberg');
  const history = await desk.api<{ revisions: Array<{ author: string }> }>('revisionList', { storyId: 4 });
  expect(history.value!.revisions[0]!.author).toBe('Rita Okafor');
});
