// The publish preview as an editor uses it: the page rendered from the draft (not the last save)
// beside the editor, following edits; desktop/tablet/phone widths and dark mode; the search and
// social previews cut where they say; Copy HTML; and known XSS vectors typed, pasted and imported
// from the wire never running in the preview. Stories are invented for the project.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { FrameLocator } from '@playwright/test';
import { truncate } from '../../src/shared/render/summary';
import { documentFromText, documentOf, figure, paragraph, textRun } from '../../src/shared/story/document';
import { XSS_VECTORS } from '../node/render/support/xssCorpus';
import { caretAtEnd, openStory } from './editorSupport';
import {
  activeContent,
  CANARIES,
  createStory,
  EXECUTABLE_SCRIPTS,
  expect,
  hostileWireItem,
  openPreview,
  pictureStory,
  PNG_2X2,
  slowSaveTest,
  test,
} from './publishSupport';

slowSaveTest('the preview shows the draft, follows each edit, and switches width and colour scheme', async ({ page, desk }) => {
  const id = await createStory(desk, {
    slug: 'tram-vote',
    headline: 'Council backs tram extension',
    deck: 'Work could start next spring',
    body: 'The council voted on Tuesday.',
  });
  await openStory(page, desk, /Council backs tram extension/);
  const frame = await openPreview(page);
  await expect(frame.locator('h1')).toHaveText('Council backs tram extension');

  // Typed, not saved (autosave waits 5 s here): the preview shows the draft all the same.
  await caretAtEnd(page, 'Headline');
  await page.keyboard.type(' to the airport');
  await expect(frame.locator('h1')).toHaveText('Council backs tram extension to the airport', { timeout: 3000 });
  const stored = await desk.api<{ headline: string }>('storyGet', { id });
  expect(stored.value!.headline).toBe('Council backs tram extension');
  await caretAtEnd(page, 'Body');
  await page.keyboard.type(' Opponents called it a folly.');
  await expect(frame.locator('article')).toContainText('The council voted on Tuesday. Opponents called it a folly.', { timeout: 3000 });
  await expect(page.getByRole('region', { name: 'Preview warnings' })).toContainText('No warnings');

  const iframe = page.locator('iframe[title^="Page preview"]');
  // The app frames nothing by address; the srcdoc preview inherits the app's policy.
  const csp = (await page.request.get(desk.url)).headers()['content-security-policy'] ?? '';
  expect(csp).toContain("frame-src 'none'");
  expect(csp).toMatch(/script-src 'self'(;|$)/);
  // Both frames (one on screen, one loading the next render): no scripts, ever.
  await expect(page.locator('iframe.preview-frame')).toHaveCount(2);
  for (const f of await page.locator('iframe.preview-frame').all()) await expect(f).toHaveAttribute('sandbox', 'allow-same-origin');
  await expect(iframe).toHaveAttribute('sandbox', 'allow-same-origin');
  const width = () => frame.locator('html').evaluate(() => document.documentElement.clientWidth);
  expect(await width()).toBe(1024);
  await page.getByRole('radio', { name: /Phone/ }).check();
  await expect(page.locator('iframe[title^="Page preview, phone width (375 px)"]')).toBeVisible();
  expect(await width()).toBe(375);
  await page.getByRole('radio', { name: /Tablet/ }).check();
  expect(await width()).toBe(768);

  const background = () => frame.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor);
  const dark = page.getByRole('button', { name: 'Dark' });
  if ((await dark.getAttribute('aria-pressed')) === 'true') await dark.click();
  await expect.poll(background).toBe('rgb(255, 255, 255)');
  await dark.click();
  await expect(dark).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(background).toBe('rgb(18, 18, 18)');
  // The width and the scheme are the preview's; the page (and the export) keep following the reader.
  await expect(frame.locator('h1')).toHaveText('Council backs tram extension to the airport');

  // The side panel around the page (the page itself is checked as exported, in export.spec.ts).
  const axe = await new AxeBuilder({ page }).include('.side-pane').exclude('.preview-frame').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});

test('the preview shows pictures from the media library and lists the renderer’s warnings', async ({ page, desk }) => {
  const image = await desk.api<{ id: string }>('mediaImport', { fileName: 'harbour.png', dataBase64: PNG_2X2 });
  const caption = (text: string) => documentFromText(text);
  const body = documentOf([
    paragraph([textRun('PORT ELLIS — The bridge reopened on Monday.')]),
    figure({
      mediaId: image.value!.id,
      width: 2,
      height: 2,
      alt: 'The bridge at dawn',
      credit: 'Lena Sorvik',
      caption: caption('The first buses.'),
    }),
    // The page was saved as text: the picture never arrived, its caption and credit did.
    figure({ mediaId: null, width: null, height: null, alt: '', credit: 'Archive', caption: caption('The old bridge in 1920.') }),
    // A picture the media library does not have (deleted, or from another desk).
    figure({ mediaId: 'ab'.repeat(32), width: 4, height: 3, alt: 'Gone', credit: 'Staff', caption: caption('A lost picture.') }),
  ]);
  await createStory(desk, { slug: 'bridge', headline: 'Bridge reopens with three figures', body });
  await openStory(page, desk, /Bridge reopens with three figures/);
  const frame = await openPreview(page);
  const img = frame.locator('figure img');
  await expect(img).toHaveCount(1);
  await expect(img).toHaveAttribute('alt', 'The bridge at dawn');
  await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(2);
  await expect(frame.locator('figure')).toHaveCount(3);
  await expect(frame.locator('figure figcaption .credit')).toHaveText(['Lena Sorvik', 'Archive', 'Staff']);
  const warnings = page.getByRole('region', { name: 'Preview warnings' });
  await expect(warnings).toContainText('Figure 2 (“The old bridge in 1920.”): the image file is missing');
  await expect(warnings).toContainText('Figure 3 (“A lost picture.”): the image file is missing');
});

test('the search result and social card previews cut title and description where they say', async ({ page, desk }) => {
  const headline = 'Regional council approves the long-delayed northern tram extension after a marathon late-night session';
  const deck =
    'The vote ends a decade of argument over the route, the cost and the years of roadworks, and opens the way for contracts to be signed before the summer recess, officials said on Wednesday evening.';
  await createStory(desk, { slug: 'tram-marathon', headline, deck, body: 'Text.' });
  await openStory(page, desk, /Regional council approves/);
  const frame = await openPreview(page);

  const serp = page.getByTestId('search-snippet');
  const title = await frame.locator('html').evaluate(() => document.title);
  const kept = truncate(title, 60).slice(0, -1);
  await expect(serp.locator('.serp-title')).toContainText(`${kept}…`);
  await expect(serp.getByRole('img', { name: 'Title cut here, at 60 characters' })).toBeVisible();
  await expect(serp.locator('.serp-title .cut-rest')).toContainText(title.slice(kept.length).trim());
  // The page's meta description is already cut to 160; search results show all of it.
  const description = truncate(deck, 160);
  await expect(serp.locator('.serp-description')).toHaveText(description);
  await expect(serp.locator('xpath=..').locator('.snippet-limits')).toHaveText(
    `Title ${title.length} of 60 characters (cut, ${title.length - 60} over) · description ${description.length} of 160 characters`,
  );

  const card = page.getByTestId('social-card');
  await expect(card.locator('.card-title')).toContainText(`${truncate(headline, 70)}`);
  await expect(card.getByRole('img', { name: 'Title cut here, at 70 characters' })).toBeVisible();
  await expect(card.locator('.card-description')).toHaveText(description);
  await expect(card).toContainText('NEWS.EXAMPLE.COM', { ignoreCase: true });
  await expect(card.locator('xpath=..').locator('.snippet-limits')).toHaveText(
    `Title ${headline.length} of 70 characters (cut, ${headline.length - 70} over) · description ${description.length} of 200 characters`,
  );
});

test('Copy HTML puts the article fragment on the clipboard', async ({ page, desk, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: desk.origin });
  await pictureStory(desk);
  await openStory(page, desk, /Harbour footbridge reopens to walkers/);
  await openPreview(page);
  await page.getByRole('button', { name: 'Copy HTML' }).click();
  await expect(page.getByRole('button', { name: 'Copied ✓' })).toBeVisible();
  const html = await page.evaluate(() => navigator.clipboard.readText());
  expect(html.startsWith('<article>')).toBe(true);
  expect(html.trimEnd().endsWith('</article>')).toBe(true);
  expect(html).not.toMatch(/<html[\s>]|<head>|<body[\s>]|<script/);
  expect(html).toContain('<h1>Harbour footbridge reopens to walkers</h1>');
  // The picture travels with the fragment (inlined), never as the app's own media address.
  expect(html).toMatch(/<img src="data:image\/png;base64,[A-Za-z0-9+/=]+" alt="The bridge at dawn" width="2" height="2"/);
  expect(html).not.toContain('/media/');
  expect(html).not.toContain(desk.token);
});

test('Copy HTML says so when the clipboard is refused, and offers the HTML to copy by hand', async ({ page, desk }) => {
  await createStory(desk, { slug: 'refused', headline: 'Clipboard refused story', body: 'Body text.' });
  await openStory(page, desk, /Clipboard refused story/);
  await openPreview(page);
  await page.evaluate(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('Write permission denied.')) } });
  });
  await page.getByRole('button', { name: 'Copy HTML' }).click();
  await expect(page.getByRole('alert')).toContainText('The clipboard refused (Write permission denied.)');
  await expect(page.getByLabel('Article HTML to copy')).toHaveValue(/^<article>[\s\S]*<h1>Clipboard refused story<\/h1>/);
});

test('XSS vectors typed, pasted and imported from the wire never run in the preview', async ({ page, desk }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const noneRan = async (frame: FrameLocator) => {
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await frame.locator('html').evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await frame.locator(EXECUTABLE_SCRIPTS).count()).toBe(0);
    expect(await frame.locator('html').evaluate(activeContent)).toEqual([]);
    expect(dialogs).toEqual([]);
  };

  // Every known vector as text in every field (what typing or a plain paste stores)…
  await createStory(desk, {
    slug: 'xss-fields',
    headline: `Hostile fields ${CANARIES[0]}`,
    deck: CANARIES[1]!,
    byline: CANARIES[2]!,
    dateline: CANARIES[3]!,
    credit: CANARIES[4]!,
    copyright: '<style>body{display:none}</style>',
    tags: ['<b>x</b>', 'javascript:alert(1)'],
    body: [...CANARIES, ...XSS_VECTORS].join('\n\n'),
  });
  await openStory(page, desk, /Hostile fields/);
  const frame = await openPreview(page);
  // …and more typed into the editors, and HTML pasted into the body (the paste cleaner's input).
  await caretAtEnd(page, 'Deck');
  await page.keyboard.type('"><img src=x onerror=alert(1)><script>parent.__xss=1</script>');
  await caretAtEnd(page, 'Body');
  await page.keyboard.type(' <svg onload=alert(1)> javascript:alert(1)');
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData(
      'text/html',
      '<p>pasted <img src=x onerror="parent.__xss=1"><a href="javascript:parent.__xss=1">link</a><script>parent.__xss=1</script></p>',
    );
    data.setData('text/plain', 'pasted link');
    document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(frame.locator('.deck')).toContainText('<script>parent.__xss=1</script>', { timeout: 5000 });
  await expect(frame.locator('article')).toContainText('pasted link', { timeout: 5000 });
  // The vectors are there as text a reader can see, not as markup.
  for (const v of ['<script>alert(1)</script>', '<iframe srcdoc="<script>alert(1)</script>">', '<svg onload=alert(1)>'])
    await expect(frame.locator('article')).toContainText(v);
  await noneRan(frame);

  // A hostile wire item: the vectors as markup in its HTML body, between ordinary paragraphs.
  const res = await desk.api('wireImportText', {
    jobId: 'e2e-xss-wire',
    text: hostileWireItem('urn:slugline-test:item:xss', 'Hostile wire item <img src=x onerror=alert(1)><body onload=alert(1)>'),
    name: 'hostile.json',
  });
  expect(res.ok, JSON.stringify(res.error)).toBe(true);
  await page
    .getByRole('list', { name: 'Stories' })
    .getByRole('button', { name: /Hostile wire item/ })
    .first()
    .click();
  const wireFrame = await openPreview(page);
  await expect(wireFrame.locator('h1')).toHaveText('Hostile wire item <img src=x onerror=alert(1)><body onload=alert(1)>');
  await expect(wireFrame.locator('article')).toContainText('Paragraph 1.');
  await page.waitForTimeout(500);
  await noneRan(wireFrame);
});

test('Preferences → Publishing changes the page at once, and where exports go', async ({ page, desk }) => {
  await createStory(desk, { slug: 'masthead', headline: 'A story under a new masthead', body: 'Text.' }, 'ready');
  await openStory(page, desk, /A story under a new masthead/);
  const frame = await openPreview(page);
  await expect(frame.locator('.masthead')).toHaveText('The Daily Slug');

  await page.getByRole('button', { name: 'Preferences' }).click();
  const prefs = page.getByRole('dialog', { name: 'Preferences' });
  await prefs.getByRole('tab', { name: 'Publishing' }).click();
  const axe = await new AxeBuilder({ page }).include('dialog[open]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await prefs.getByLabel('Masthead').fill('Port Ellis Post');
  await prefs.getByLabel('Section name').fill('Harbour');
  await prefs.getByLabel('Date format').selectOption('iso');
  const folder = join(desk.dataDir, 'site-out');
  await prefs.getByLabel('Export folder').fill(folder);
  await prefs.getByRole('button', { name: 'Save' }).click();
  await expect(prefs.getByRole('status')).toHaveText('Saved');
  await prefs.getByRole('button', { name: 'Close' }).click();

  await expect(frame.locator('.masthead')).toHaveText('Port Ellis Post');
  await expect(frame.locator('.section')).toHaveText('Harbour');
  await expect(frame.locator('time')).toHaveText(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
  await page.getByRole('button', { name: 'Export HTML…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export HTML' });
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('list', { name: 'Files written' })).toHaveText(join(folder, 'masthead.html'));
  expect(readFileSync(join(folder, 'masthead.html'), 'utf8')).toContain('<a href="https://news.example.com/">Port Ellis Post</a>');
});
