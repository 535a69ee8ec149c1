// axe-core on the workstation with a story open — figure, subheads, list, quote, the find bar and
// the shortcuts overlay — must report no serious or critical violations.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { documentOf, documentFromText, figure, heading, link, list, paragraph, quote, textRun } from '../../src/shared/story/document';
import { solidPng } from '../support/png';
import { expect, test } from './fixtures';
import { createStory, importImage, MOD, openStory } from './editorSupport';

/** Serious and critical violations (AXE_ALL=1 lists the minor ones too, when looking for polish). */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => (process.env['AXE_ALL'] ? true : v.impact === 'serious' || v.impact === 'critical'))
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
}

test('no serious or critical accessibility violations in the editor', async ({ page, desk }) => {
  const image = await importImage(desk, 'harbour.png', solidPng(120, 80));
  await createStory(desk, {
    headline: 'Harbour reopens to ferries',
    headlineDoc: documentOf([paragraph([textRun('Harbour reopens to '), textRun('ferries', 2)])]),
    deck: 'Sailings resume after the storm',
    byline: 'Mara Oduya',
    dateline: 'PORT ELLEN',
    body: documentOf([
      paragraph([
        textRun('The harbour reopened on '),
        textRun('Thursday', 1),
        textRun('. See '),
        link('https://example.com', [textRun('the notice')]),
        textRun('.'),
      ]),
      heading('h2', [textRun('What changes')]),
      list('bullet', [[textRun('Evening sailings return')], [textRun('Fares unchanged')]]),
      quote([textRun('“We are ready,” the harbour master said.')]),
      figure({
        mediaId: image.id,
        width: 120,
        height: 80,
        alt: 'The harbour at dawn',
        credit: 'Harbour Photos',
        caption: documentFromText('Boats return to the harbour.'),
      }),
    ]),
    credit: 'Harbour wire',
    copyright: '© 2026 Harbour wire',
    tags: ['ferries', 'weather'],
  });
  await openStory(page, desk, /Harbour reopens to ferries/);
  await expect(page.getByLabel('Body').locator('figure img')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // With the find bar open and the slash menu showing.
  await page.getByLabel('Body').click();
  await page.keyboard.press(`${MOD}+h`);
  await page.getByRole('searchbox', { name: 'Find' }).fill('harbour');
  await expect(page.locator('.find-count')).toHaveText(/of \d+/);
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByLabel('Body').click();
  await page.keyboard.press(`${MOD}+End`);
  await page.keyboard.press('Enter');
  await page.keyboard.type('/');
  await expect(page.getByRole('listbox', { name: 'Insert block' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  // And the shortcuts overlay.
  await page.getByRole('button', { name: 'Save revision' }).focus();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
