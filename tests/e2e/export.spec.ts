// Export as an editor does it, in the browser mode: the open story as a single file and as a folder
// into the export folder (checked on disk, opened in Chromium, axe-core and html-validate, JSON-LD);
// the subfolder rule; a refusal by the ready gate with the way to fix it; the Download; batch export
// of Ready stories and of the desk's selection, with progress, a refused story, "mark Published";
// exported vectors that never run; and the seed, imported and exported, reading like its story.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { documentFromText } from '../../src/shared/story/document';
import { corpusNotice, corpusPath } from '../support/corpus';
import { ninjsItem } from '../support/wireFixtures';
import { XSS_VECTORS } from '../node/render/support/xssCorpus';
import { validationErrors } from '../node/render/support/validate';
import { openStory } from './editorSupport';
import { openDesk, type Desk } from './fixtures';
import {
  activeContent,
  CANARIES,
  createStory,
  EXECUTABLE_SCRIPTS,
  expect,
  hostileWireItem,
  openPreview,
  pictureStory,
  readText,
  test,
  waiveAll,
} from './publishSupport';

const exportsDir = (desk: Desk, ...parts: string[]) => join(desk.dataDir, 'exports', ...parts);

async function openExportDialog(page: Page) {
  await page.getByRole('button', { name: 'Export HTML…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export HTML' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** An exported page opened in a fresh Chromium page from disk: what a reader's browser sees. */
async function openFile(browser: Browser, file: string): Promise<{ page: Page; dialogs: string[]; close(): Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(pathToFileURL(file).href);
  return { page, dialogs, close: () => context.close() };
}

async function seriousAxe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

test('the open story as a single file and as a folder: on disk, valid, accessible, with its JSON-LD', async ({ page, desk, browser }) => {
  await pictureStory(desk);
  await openStory(page, desk, /Harbour footbridge reopens to walkers/);
  await openPreview(page);
  const dialog = await openExportDialog(page);
  await expect(dialog.getByRole('radio', { name: /Single file/ })).toBeChecked();
  await expect(dialog.getByText(`Into ${exportsDir(desk)} (set in Preferences → Publishing).`)).toBeVisible();
  // The browser mode has no file manager to show; it offers the Download instead.
  await expect(dialog.getByRole('button', { name: 'Download single file' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText('Exported the page.');
  const single = exportsDir(desk, 'harbour-reopens.html');
  await expect(dialog.getByRole('list', { name: 'Files written' })).toHaveText(single);
  await expect(dialog.getByRole('button', { name: 'Show in folder' })).toHaveCount(0);

  const html = readText(single);
  expect(await validationErrors(html)).toEqual([]);
  const opened = await openFile(browser, single);
  const reader = opened.page;
  await expect(reader.locator('h1')).toHaveText('Harbour footbridge reopens to walkers');
  await expect.poll(() => reader.locator('figure img').evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(2);
  expect(await seriousAxe(reader)).toEqual([]);
  await reader.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousAxe(reader)).toEqual([]);
  const data = JSON.parse((await reader.locator('script[type="application/ld+json"]').textContent()) ?? '') as Record<string, unknown>;
  expect(data).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: 'Harbour footbridge reopens to walkers',
    description: 'Buses return to the old town from Tuesday',
    datePublished: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    dateModified: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    author: [{ '@type': 'Person', name: 'Mara Oduya' }],
    publisher: { '@type': 'Organization', name: 'The Daily Slug' },
    keywords: 'transport, Port Ellis',
    image: [
      expect.objectContaining({
        '@type': 'ImageObject',
        caption: 'The first buses crossed at 6 a.m.',
        creditText: 'Lena Sorvik / Port Ellis Post',
        creator: { '@type': 'Person', name: 'Lena Sorvik' },
        copyrightNotice: '© 2026 The Daily Slug',
      }),
    ],
  });
  await opened.close();

  // Again as a folder, into a subfolder: the page and its picture under assets/.
  await dialog.getByRole('radio', { name: /Folder/ }).check();
  await dialog.getByLabel('Subfolder (optional)').fill('late-edition');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText('Exported the page and 1 picture(s).');
  const page2 = exportsDir(desk, 'late-edition', 'harbour-reopens.html');
  const assets = readdirSync(exportsDir(desk, 'late-edition', 'assets'));
  expect(assets).toEqual([expect.stringMatching(/^[0-9a-f]{20}\.png$/)]);
  await expect(dialog.getByRole('list', { name: 'Files written' }).getByRole('listitem')).toHaveText([
    page2,
    exportsDir(desk, 'late-edition', 'assets', assets[0]!),
  ]);
  expect(await validationErrors(readText(page2))).toEqual([]);
  const folder = await openFile(browser, page2);
  await expect(folder.page.locator('figure img')).toHaveAttribute('src', `assets/${assets[0]}`);
  await expect.poll(() => folder.page.locator('figure img').evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(2);
  expect(await seriousAxe(folder.page)).toEqual([]);
  await folder.close();
  // The dialog itself is usable with a screen reader.
  const axe = await new AxeBuilder({ page }).include('dialog[open]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});

test('the subfolder is one plain name, checked as it is typed', async ({ page, desk }) => {
  await pictureStory(desk);
  await openStory(page, desk, /Harbour footbridge reopens to walkers/);
  await openPreview(page);
  const dialog = await openExportDialog(page);
  const input = dialog.getByLabel('Subfolder (optional)');
  const exportButton = dialog.getByRole('button', { name: 'Export', exact: true });
  for (const [name, message] of [
    ['../outside', 'One folder name, not a path: leave out / and \\.'],
    ['CON', '“CON” is a device name on Windows; choose another.'],
    ['.hidden', 'A folder name cannot start with a dot.'],
    ['a:b', 'Use letters, digits, spaces and . _ - ( ) only.'],
  ] as const) {
    await input.fill(name);
    await expect(dialog.getByText(message)).toBeVisible();
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(exportButton).toBeDisabled();
  }
  await input.fill('Sport (late)');
  await expect(exportButton).toBeEnabled();
  // Main checks again whatever the page sends.
  const forged = await desk.api('exportStory', { id: 4, format: 'single', subfolder: '../../escape' });
  expect(forged).toMatchObject({ ok: false, error: { code: 'validation' } });
  expect(existsSync(join(desk.dataDir, 'escape'))).toBe(false);
});

test('export refuses a story the ready gate refuses, lists the findings and opens the Checks and Wire tabs', async ({ page, desk }) => {
  await createStory(desk, { slug: 'tk', headline: 'Council vote on the tram', body: 'The council voted TK to extend the line.' });
  // A wire story its agency has since killed: the kill blocks export until acknowledged.
  for (const [version, pubstatus] of [
    ['1', 'usable'],
    ['2', 'canceled'],
  ] as const) {
    const res = await desk.api('wireImportText', {
      jobId: `e2e-kill-${version}`,
      text: ninjsItem({ uri: 'urn:slugline-test:item:killed', version, pubstatus, headline: 'Ferry strike called off' }),
      name: `killed-v${version}.json`,
    });
    expect(res.ok, JSON.stringify(res.error)).toBe(true);
  }

  await openStory(page, desk, /Council vote on the tram/);
  await openPreview(page);
  let dialog = await openExportDialog(page);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    '“Council vote on the tram” was not exported: the ready gate found 1 problem. Fix or waive them, then export again.',
  );
  await expect(dialog.getByRole('list', { name: 'Ready gate findings' })).toContainText('Placeholder left in copy: “TK”');
  await expect(dialog.getByRole('button', { name: /force|anyway/i })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Open Checks' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('tab', { name: /^Checks/ })).toHaveAttribute('aria-selected', 'true');
  expect(existsSync(exportsDir(desk))).toBe(false);

  await page
    .getByRole('list', { name: 'Stories' })
    .getByRole('button', { name: /Ferry strike called off/ })
    .first()
    .click();
  await openPreview(page);
  dialog = await openExportDialog(page);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('list', { name: 'Ready gate findings' })).toContainText(/kill|withdrawn|cancel/i);
  await dialog.getByRole('button', { name: 'Open Wire' }).click();
  await expect(page.getByRole('tablist', { name: 'Side panel' }).getByRole('tab', { name: /^Wire/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
});

test('the browser mode downloads the single-file page', async ({ page, desk }) => {
  await pictureStory(desk);
  await openStory(page, desk, /Harbour footbridge reopens to walkers/);
  await openPreview(page);
  const dialog = await openExportDialog(page);
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download single file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('harbour-reopens.html');
  const html = readFileSync((await file.path())!, 'utf8');
  expect(html).toMatch(/^<!DOCTYPE html>/);
  expect(html).toContain('<h1>Harbour footbridge reopens to walkers</h1>');
  expect(html).toMatch(/<img src="data:image\/png;base64,/);
  await expect(dialog.getByRole('status')).toHaveText('Downloaded harbour-reopens.html (your browser saves it in its downloads folder).');
  // Nothing was written on the desk's side.
  expect(existsSync(exportsDir(desk))).toBe(false);
});

test('batch export of every Ready story: progress, a refused story with its findings, a summary, and Published', async ({ page, desk }) => {
  const ids: number[] = [];
  for (let i = 1; i <= 12; i++)
    ids.push(
      await createStory(desk, { slug: `brief-${i}`, headline: `News brief number ${i}`, body: `Brief ${i}: the council met.` }, 'ready'),
    );
  // Ready once, then edited: a placeholder crept in, so the gate refuses it now.
  const refused = await createStory(desk, { slug: 'late-change', headline: 'Late change to the timetable', body: 'Clean text.' }, 'ready');
  const current = await desk.api<{ version: number }>('storyGet', { id: refused });
  await desk.api('storyUpdate', {
    id: refused,
    version: current.value!.version,
    patch: { body: documentFromText('Trains run TK minutes later.') },
    mode: 'save',
  });

  await openDesk(page, desk);
  await page.getByRole('button', { name: 'Batch export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Batch export' });
  await expect(dialog.getByRole('radio', { name: 'Every Ready story' })).toBeChecked();
  await dialog.getByRole('checkbox', { name: /Mark exported stories Published/ }).check();
  // Record every progress line the dialog shows (the export is quick; a poll could miss them).
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __progress: string[] }).__progress = seen;
    new MutationObserver(() => {
      const line = document.querySelector('.batch-dialog .import-progress [aria-live]')?.textContent;
      if (line && seen[seen.length - 1] !== line) seen.push(line);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await dialog.getByRole('button', { name: 'Export stories' }).click();
  const summary = dialog.getByRole('region', { name: 'Batch export summary' });
  await expect(summary.getByRole('status')).toContainText(
    '12 exported, 1 refused by the ready gate, 0 failed. 12 stories marked Published. Into',
  );
  const progress = await page.evaluate(() => (window as unknown as { __progress: string[] }).__progress);
  expect(progress.some((line) => /^\d+ of 13 — /.test(line))).toBe(true);
  const refusedRow = summary.getByRole('listitem').filter({ hasText: 'Late change to the timetable' });
  await expect(refusedRow).toContainText('Refused');
  await expect(refusedRow.getByRole('list', { name: 'Ready gate findings' })).toContainText('Placeholder left in copy: “TK”');
  await expect(refusedRow.getByRole('button', { name: 'Open “Late change to the timetable”' })).toBeVisible();

  expect(readdirSync(exportsDir(desk)).sort()).toEqual(ids.map((_, i) => `brief-${i + 1}.html`).sort());
  for (const id of ids) {
    const story = await desk.api<{ status: string }>('storyGet', { id });
    expect(story.value!.status).toBe('published');
  }
  const history = await desk.api<{ events: Array<{ toStatus: string | null; note: string }> }>('storyEvents', { storyId: ids[0] });
  expect(history.value!.events[0]).toMatchObject({ toStatus: 'published', note: `Exported to ${exportsDir(desk, 'brief-1.html')}` });
  expect((await desk.api<{ status: string }>('storyGet', { id: refused })).value!.status).toBe('ready');

  // "Open" goes to the refused story.
  await refusedRow.getByRole('button', { name: 'Open “Late change to the timetable”' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Headline')).toHaveText('Late change to the timetable');
});

test('batch export of the stories selected on the desk', async ({ page, desk }) => {
  await createStory(desk, { slug: 'first-pick', headline: 'First picked story', body: 'One.' });
  await createStory(desk, { slug: 'second-pick', headline: 'Second picked story', body: 'Two.' });
  await createStory(desk, { slug: 'not-picked', headline: 'Story left alone', body: 'Three.' }, 'ready');
  await openDesk(page, desk);
  await page.getByRole('checkbox', { name: 'Select “First picked story”' }).check();
  await page.getByRole('checkbox', { name: 'Select “Second picked story”' }).check();
  await page.getByRole('button', { name: 'Batch export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Batch export' });
  await expect(dialog.getByRole('radio', { name: /The 2 stories selected on the desk/ })).toBeChecked();
  await dialog.getByRole('radio', { name: /Single file/ }).check();
  await dialog.getByLabel('Subfolder (optional)').fill('picks');
  await dialog.getByRole('button', { name: 'Export stories' }).click();
  await expect(dialog.getByRole('region', { name: 'Batch export summary' }).getByRole('status')).toContainText(
    '2 exported, 0 refused by the ready gate, 0 failed.',
  );
  expect(readdirSync(exportsDir(desk, 'picks')).sort()).toEqual(['first-pick.html', 'second-pick.html']);
});

test('XSS vectors in a story and in a hostile wire item never run in the exported page', async ({ page, desk, browser }) => {
  const id = await createStory(desk, {
    slug: 'hostile-export',
    headline: `Hostile export ${CANARIES[0]}`,
    deck: CANARIES[1]!,
    byline: CANARIES[2]!,
    credit: CANARIES[3]!,
    body: [...CANARIES, ...XSS_VECTORS].join('\n\n'),
  });
  const res = await desk.api<{ files: Array<{ storyIds: number[] }> }>('wireImportText', {
    jobId: 'e2e-xss-export',
    text: hostileWireItem('urn:slugline-test:item:xss-export', 'Hostile wire export'),
    name: 'hostile.json',
  });
  const wireStory = res.value!.files[0]!.storyIds[0]!;
  for (const storyId of [id, wireStory]) await waiveAll(desk, storyId);

  await openStory(page, desk, /Hostile export/);
  await openPreview(page);
  const dialog = await openExportDialog(page);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText('Exported the page.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  const batch = await desk.api<{ results: Array<{ file: string }> }>('exportBatch', {
    jobId: 'e2e-xss-batch',
    scope: { kind: 'selection', ids: [wireStory] },
    format: 'folder',
    markPublished: false,
  });
  for (const file of [exportsDir(desk, 'hostile-export.html'), batch.value!.results[0]!.file]) {
    const opened = await openFile(browser, file);
    await opened.page.waitForTimeout(300);
    expect(await opened.page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await opened.page.locator(EXECUTABLE_SCRIPTS).count()).toBe(0);
    expect(await opened.page.evaluate(activeContent)).toEqual([]);
    expect(opened.dialogs).toEqual([]);
    await opened.close();
  }
  await expect(page.locator('body')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
});

const SEED = corpusPath('seed', 'lapost-hamas-talks.txt');
const HEADLINE = 'Hamas says ready to maintain direct talks with US but accuses Trump of double standards';

test('the seed, imported and exported, reads like its story on a clean page', async ({ page, desk, browser }) => {
  test.skip(!corpusNotice('seed export e2e') || !SEED || !existsSync(SEED), 'the shared corpus (seed) is not on this machine');
  const res = await desk.api<{ files: Array<{ storyIds: number[] }> }>('wireImport', {
    jobId: 'e2e-seed-export',
    files: [{ name: 'lapost-hamas-talks.txt', dataBase64: readFileSync(SEED!).toString('base64') }],
  });
  expect(res.ok, JSON.stringify(res.error)).toBe(true);
  const id = res.value!.files[0]!.storyIds[0]!;

  await openStory(page, desk, /Hamas says ready to maintain direct talks/);
  // The saved page has no photo credits: the editor adds them, as the gate asks, and waives the rest.
  const credits = page.getByLabel('Photo credit');
  await expect(credits).toHaveCount(2);
  for (const i of [0, 1]) await credits.nth(i).fill('CNN');
  await expect(page.getByRole('main', { name: 'Story' }).getByRole('status')).toHaveText('Saved', { timeout: 15_000 });
  await waiveAll(desk, id);
  await openPreview(page);
  const dialog = await openExportDialog(page);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText('Exported the page.');
  const file = (await dialog.getByRole('list', { name: 'Files written' }).textContent())!.trim();
  expect(file.startsWith(exportsDir(desk))).toBe(true);

  const html = readText(file);
  expect(await validationErrors(html)).toEqual([]);
  for (const furniture of ['Share This', 'Popular', 'Sign In', 'Today:']) expect(html).not.toContain(furniture);
  expect(html).not.toMatch(/โ€|â€|ยฉ/);
  const opened = await openFile(browser, file);
  const reader = opened.page;
  await expect(reader.locator('h1')).toHaveText(HEADLINE);
  const article = (await reader.locator('article').textContent()) ?? '';
  expect(article.split(HEADLINE).length - 1).toBe(1);
  await expect(reader.locator('figure figcaption .caption')).toHaveText([
    'US President Donald Trump poses for photos with the family of Edan Alexander at Ohel Chabad Lubavitch on October 7, 2024 in New York City.',
    'Mushir al-Masri speaks during an interview with CNN.',
  ]);
  await expect(reader.locator('figure figcaption .credit')).toHaveText(['CNN', 'CNN']);
  await expect(reader.locator('article > footer .credit')).toHaveText('CNN Wire');
  await expect(reader.locator('article > footer .copyright')).toContainText('© 2025 Cable News Network');
  await expect(reader.locator('article')).toContainText('“blatant double standards”');
  expect(await seriousAxe(reader)).toEqual([]);
  await opened.close();
});
