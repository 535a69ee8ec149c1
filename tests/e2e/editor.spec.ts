// The editing desk as a wire editor uses it: a headline with italics, a formatted body (subhead,
// bold, list, quote, link), a figure with its picture, caption, credit and alt text — autosaved,
// reloaded and all still there; and an untouched story is never saved.
import { documentOf, figure, paragraph, textRun } from '../../src/shared/story/document';
import { solidPng } from '../support/png';
import { expect, test } from './fixtures';
import { createStory, expectSaved, importImage, MOD, newStory, openStory, recordSaves, saveStatus } from './editorSupport';

test('headline with italics, formatted body and a figure survive autosave and reload', async ({ page, desk }) => {
  await newStory(page, desk);
  const headline = page.getByLabel('Headline');
  await page.keyboard.type('Crew of ');
  await page.keyboard.press(`${MOD}+i`);
  await page.keyboard.type('Island Star');
  await page.keyboard.press(`${MOD}+i`);
  await page.keyboard.type(' rescued');
  await expect(headline.locator('em, .ed-italic')).toHaveText('Island Star');
  // Italics only: bold does nothing in a headline.
  await page.keyboard.press(`${MOD}+b`);
  await page.keyboard.type('!');
  await page.keyboard.press('Backspace');
  await expect(headline.locator('.ed-bold')).toHaveCount(0);
  // Enter in the headline moves on instead of adding a line.
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Deck')).toBeFocused();
  await expect(headline).toHaveText('Crew of Island Star rescued');

  const body = page.getByLabel('Body');
  await body.click();
  await page.keyboard.type('## Rescue at sea');
  // Markdown shortcuts apply in an update after the keystroke: wait for each block as a person would.
  await expect(body.locator('h2')).toHaveText('Rescue at sea');
  await page.keyboard.press('Enter');
  await page.keyboard.type('The crew was **safe** by dawn.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- Six people on board');
  await expect(body.locator('ul > li')).toHaveText(['Six people on board']);
  await page.keyboard.press('Enter');
  await page.keyboard.type('All unhurt');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('> We never gave up');
  await expect(body.locator('blockquote')).toHaveText('We never gave up');
  await page.keyboard.press('Enter');
  await page.keyboard.type('See the report');
  await expect(body).toContainText('See the report');
  for (let i = 0; i < 'the report'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('the report');
  await page.keyboard.press(`${MOD}+k`);
  const address = page.getByLabel('Link address');
  await address.fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Apply link' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'not allowed' })).toBeVisible();
  await address.fill('https://example.com/report');
  await address.press('Enter');
  await expect(body.locator('a[href="https://example.com/report"]')).toHaveText('the report');

  // A figure from the file dialog (Ctrl/Cmd+Alt+F), with a picture made here.
  await body.press('End');
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press(`${MOD}+Alt+f`);
  await (await chooser).setFiles({ name: 'island-star.png', mimeType: 'image/png', buffer: solidPng(80, 50) });
  const figureImage = body.locator('figure img');
  await expect(figureImage).toBeVisible();
  await page.getByLabel('Caption').click();
  await page.keyboard.type('The Island Star at the quay.');
  await page.getByLabel('Photo credit').fill('Jane Doe / Harbour Photos');
  await page.getByLabel('Alt text').fill('A small ferry moored at a stone quay');
  await expectSaved(page);

  const saved = await desk.api<{ id: number; body: { root: { children: Array<Record<string, unknown>> } }; headlineDoc: unknown }>(
    'storyGet',
    {
      id: 4,
    },
  );
  const blocks = saved.value!.body.root.children;
  expect(blocks.map((b) => (b['type'] === 'heading' ? `h:${String(b['tag'])}` : b['type']))).toEqual(
    expect.arrayContaining(['h:h2', 'paragraph', 'list', 'quote', 'figure']),
  );
  const fig = blocks.find((b) => b['type'] === 'figure')!;
  expect(fig).toMatchObject({ credit: 'Jane Doe / Harbour Photos', alt: 'A small ferry moored at a stone quay', width: 80, height: 50 });
  expect(String(fig['mediaId'])).toMatch(/^[a-f0-9]{64}$/);
  // One copy of each: the credit and alt text are not in the body's text.
  expect(JSON.stringify(blocks.filter((b) => b['type'] !== 'figure'))).not.toContain('Harbour Photos');

  await page.reload();
  await page
    .getByRole('list', { name: 'Stories' })
    .getByRole('button', { name: /Crew of Island Star/ })
    .click();
  await expect(page.getByLabel('Headline')).toHaveText('Crew of Island Star rescued');
  await expect(page.getByLabel('Headline').locator('.ed-italic')).toHaveText('Island Star');
  const reloaded = page.getByLabel('Body');
  await expect(reloaded.locator('h2')).toHaveText('Rescue at sea');
  await expect(reloaded.locator('strong, .ed-bold').first()).toHaveText('safe');
  await expect(reloaded.locator('ul > li')).toHaveText(['Six people on board', 'All unhurt']);
  await expect(reloaded.locator('blockquote')).toHaveText('We never gave up');
  await expect(reloaded.locator('a')).toHaveAttribute('href', 'https://example.com/report');
  await expect(page.getByLabel('Caption')).toHaveText('The Island Star at the quay.');
  await expect(page.getByLabel('Photo credit')).toHaveValue('Jane Doe / Harbour Photos');
  await expect(page.getByLabel('Alt text')).toHaveValue('A small ferry moored at a stone quay');
  // The picture really loads, through the media route of the browser mode.
  const img = reloaded.locator('figure img');
  await expect(img).toHaveAttribute('src', /^\/media\/[a-f0-9]{64}\?token=/);
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(80);
  await expect(img).toHaveAttribute('alt', 'A small ferry moored at a stone quay');
});

test('opening a story (with a figure) and reading it never saves it', async ({ page, desk }) => {
  const image = await importImage(desk, 'quay.png', solidPng(30, 20));
  await createStory(desk, {
    headline: 'Quay works finished',
    body: documentOf([
      paragraph([textRun('Work on the quay ended on Friday.')]),
      figure({
        ...{ mediaId: image.id, width: 30, height: 20 },
        alt: 'The quay',
        credit: 'Desk',
        caption: documentOf([paragraph([textRun('New quay')])]),
      }),
    ]),
  });
  const saves = recordSaves(page);
  // Every state the save indicator shows, from the moment the page starts.
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __statuses: string[] }).__statuses = []);
    new MutationObserver(() => {
      const text = document.querySelector('main [role="status"]')?.textContent ?? '';
      if (text && seen[seen.length - 1] !== text) seen.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await openStory(page, desk, /Quay works finished/);
  await expect(page.getByLabel('Caption')).toHaveText('New quay');
  // Reading is not editing: clicking into fields, into bold or italic text, moving the caret.
  await page.getByLabel('Body').click();
  await page.keyboard.press('ArrowDown');
  await page.getByLabel('Headline').click();
  await page.keyboard.press('End');
  await page.getByLabel('Caption').click();
  await page.waitForTimeout(2000);
  await expect(saveStatus(page)).toHaveText('Saved');
  expect(saves).toHaveLength(0);
  expect(await page.evaluate(() => (window as unknown as { __statuses: string[] }).__statuses)).toEqual(['Saved']);
});

test('an image that is not a picture is refused with a message naming the file', async ({ page, desk }) => {
  await newStory(page, desk);
  await page.getByLabel('Body').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Insert figure' }).click();
  await (
    await chooser
  ).setFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>') });
  await expect(page.getByRole('alert').filter({ hasText: 'logo.svg: SVG images are not accepted' })).toBeVisible();
  await expect(page.getByLabel('Body').locator('figure')).toHaveCount(0);
});

test('pictures dropped on the body or pasted become figures', async ({ page, desk }) => {
  await newStory(page, desk);
  const body = page.getByLabel('Body');
  await body.click();
  await page.keyboard.type('Before the pictures.');
  const png = solidPng(24, 16).toString('base64');
  await page.evaluate(async (data) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], 'dropped.png', { type: 'image/png' }));
    const target = document.querySelector('#field-body p')!;
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, png);
  await expect(body.locator('figure img')).toHaveCount(1);
  await page.evaluate(
    async (data) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], 'pasted.png', { type: 'image/png' }));
      document
        .getElementById('field-body')!
        .dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    },
    solidPng(12, 12, [200, 40, 40]).toString('base64'),
  );
  await expect(body.locator('figure img')).toHaveCount(2);
  await expectSaved(page);
  const stored = await desk.api<{ body: { root: { children: Array<{ type: string; width?: number }> } } }>('storyGet', { id: 4 });
  expect(stored.value!.body.root.children.filter((b) => b.type === 'figure').map((f) => f.width)).toEqual(expect.arrayContaining([24, 12]));
});

test('switching stories right after typing keeps the words', async ({ page, desk }) => {
  await openStory(page, desk, /Storm warning/);
  await page.getByLabel('Body').click();
  await page.keyboard.press(`${MOD}+End`);
  await page.keyboard.type(' Typed just before switching.');
  // Within the autosave delay: the switch itself must save.
  await page
    .getByRole('list', { name: 'Stories' })
    .getByRole('button', { name: /Central library/ })
    .click();
  await expect(page.getByLabel('Headline')).toHaveText(/Central library/);
  const stored = await desk.api<{ body: unknown }>('storyGet', { id: 3 });
  expect(JSON.stringify(stored.value!.body)).toContain('Typed just before switching.');
  await page
    .getByRole('list', { name: 'Stories' })
    .getByRole('button', { name: /Storm warning/ })
    .click();
  await expect(page.getByLabel('Body')).toContainText('Typed just before switching.');
});

test('a save from another seat shows up here when this window has nothing unsaved', async ({ page, desk }) => {
  await openStory(page, desk, /Harbour bridge/);
  const story = await desk.api<{ version: number; body: { root: { children: unknown[] } } }>('storyGet', { id: 1 });
  const body = story.value!.body;
  const saved = await desk.api('storyUpdate', {
    id: 1,
    version: story.value!.version,
    patch: {
      deck: 'Deck rewritten at another seat',
      body: { root: { ...body.root, children: [...body.root.children, paragraph([textRun('Added at another seat.')])] } },
    },
    mode: 'autosave',
  });
  expect(saved.ok).toBe(true);
  await expect(page.getByLabel('Body')).toContainText('Added at another seat.');
  await expect(page.getByLabel('Deck')).toHaveText('Deck rewritten at another seat');
  await expect(saveStatus(page)).toHaveText('Saved');
  // And editing goes on from the new version without a conflict.
  await page.getByLabel('Headline').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' today');
  await expectSaved(page);
  const after = await desk.api<{ headline: string; deck: string }>('storyGet', { id: 1 });
  expect(after.value).toMatchObject({
    headline: 'Harbour bridge reopens after six months of repairs today',
    deck: 'Deck rewritten at another seat',
  });
});
