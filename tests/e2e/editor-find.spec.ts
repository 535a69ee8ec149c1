// Find and replace across every field of a story (headline, deck, byline, body, caption, photo
// credit…): options, next/previous, a bad regular expression, replace one, and replace all as one
// undoable step.
import { documentOf, documentFromText, figure, heading, paragraph, textRun } from '../../src/shared/story/document';
import { solidPng } from '../support/png';
import { expect, test, type Desk } from './fixtures';
import { createStory, expectSaved, importImage, MOD, openStory } from './editorSupport';

async function ferryStory(desk: Desk) {
  const image = await importImage(desk, 'ferry.png', solidPng(40, 30));
  await createStory(desk, {
    headline: 'Ferry strike ends',
    deck: 'The ferry unions accept a new offer',
    byline: 'Ferry Correspondent',
    body: documentOf([
      heading('h2', [textRun('Ferries back on Monday')]),
      paragraph([textRun('The first ferry leaves at six. A '), textRun('ferry', 2), textRun(' union said the ferryman deal is fair.')]),
      figure({
        mediaId: image.id,
        width: 40,
        height: 30,
        alt: 'A ferry at dawn',
        credit: 'Ferry Photos',
        caption: documentFromText('The morning ferry.'),
      }),
    ]),
    credit: 'Harbour wire',
  });
}

test('find across fields, step through matches, replace one and replace all, then undo it in one step', async ({ page, desk }) => {
  await ferryStory(desk);
  await openStory(page, desk, /Ferry strike ends/);
  await page.getByLabel('Body').click();
  await page.keyboard.press(`${MOD}+f`);
  const find = page.getByRole('searchbox', { name: 'Find' });
  await expect(find).toBeFocused();
  await find.fill('ferry');
  const count = page.locator('.find-count');
  // headline, deck, byline, body ×3 (ferry, ferry, ferryman), caption, photo credit, alt text
  await expect(count).toHaveText('1 of 9 · Headline');
  await find.press('Enter');
  await expect(count).toHaveText('2 of 9 · Deck');
  await find.press('Shift+Enter');
  await expect(count).toHaveText('1 of 9 · Headline');
  await find.press('Shift+Enter');
  await expect(count).toHaveText('9 of 9 · Alt text 1');

  await page.getByLabel('Whole word').check();
  await expect(count).toHaveText(/of 8 ·/);
  await page.getByLabel('Match case').check();
  await expect(count).toHaveText(/of 5 ·/);
  await page.getByLabel('Match case').uncheck();
  await page.getByLabel('Whole word').uncheck();

  // A broken regular expression is a message, not a crash.
  await page.getByLabel('Regular expression').check();
  await find.fill('ferr(y');
  await expect(page.getByRole('alert').filter({ hasText: 'Not a valid regular expression' })).toBeVisible();
  await find.fill('ferr(y|ies)\\b');
  await expect(count).toHaveText(/of 9 ·/);
  await page.getByLabel('Regular expression').uncheck();
  await find.fill('ferry');

  // Replace (Ctrl/Cmd+H opens the replace row).
  await page.keyboard.press(`${MOD}+h`);
  const replaceWith = page.getByRole('textbox', { name: 'Replace with' });
  await expect(replaceWith).toBeFocused();
  await replaceWith.fill('boat');
  await page.getByRole('button', { name: 'Replace', exact: true }).click();
  await expect(page.getByLabel('Headline')).toHaveText('boat strike ends');
  await expect(count).toHaveText('1 of 8 · Deck');

  await page.getByRole('button', { name: 'Replace all' }).click();
  await expect(page.locator('.find-message')).toHaveText('Replaced 8 matches in 3 fields.');
  await expect(page.getByLabel('Deck')).toHaveText('The boat unions accept a new offer');
  await expect(page.getByLabel('Byline')).toHaveText('boat Correspondent');
  await expect(page.getByLabel('Body')).toContainText('The first boat leaves at six. A boat union said the boatman deal is fair.');
  await expect(page.getByLabel('Body').locator('.ed-italic')).toHaveText('boat');
  await expect(page.getByLabel('Caption')).toHaveText('The morning boat.');
  await expect(page.getByLabel('Photo credit')).toHaveValue('boat Photos');
  await expect(page.getByLabel('Alt text')).toHaveValue('A boat at dawn');
  await expect(count).toHaveText('No matches');
  await expectSaved(page);

  // One step back undoes all of replace all (the single replace before it stays).
  await page.getByLabel('Body').click();
  await page.keyboard.press(`${MOD}+z`);
  await expect(page.getByLabel('Deck')).toHaveText('The ferry unions accept a new offer');
  await expect(page.getByLabel('Byline')).toHaveText('Ferry Correspondent');
  await expect(page.getByLabel('Body')).toContainText('The first ferry leaves at six. A ferry union said the ferryman deal is fair.');
  await expect(page.getByLabel('Caption')).toHaveText('The morning ferry.');
  await expect(page.getByLabel('Photo credit')).toHaveValue('Ferry Photos');
  await expect(page.getByLabel('Headline')).toHaveText('boat strike ends');
  await expectSaved(page);
  const stored = await desk.api<{ deck: string; headline: string }>('storyGet', { id: 4 });
  expect(stored.value).toMatchObject({ headline: 'boat strike ends', deck: 'The ferry unions accept a new offer' });

  // And redo brings it all back.
  await page.keyboard.press(`${MOD}+Shift+z`);
  await expect(page.getByLabel('Deck')).toHaveText('The boat unions accept a new offer');
  await expect(page.getByLabel('Caption')).toHaveText('The morning boat.');
});

test('the find bar closes with Escape and the current match is scrolled into view', async ({ page, desk }) => {
  const paragraphs = Array.from({ length: 80 }, (_, i) => paragraph([textRun(`Paragraph ${i + 1} of filler copy about the harbour.`)]));
  paragraphs.push(paragraph([textRun('The needle is here at the end.')]));
  await createStory(desk, { headline: 'Long story', body: documentOf(paragraphs) });
  await openStory(page, desk, /Long story/);
  await page.keyboard.press(`${MOD}+f`);
  await page.getByRole('searchbox', { name: 'Find' }).fill('needle');
  await expect(page.locator('.find-count')).toHaveText('1 of 1 · Body');
  await expect(page.getByLabel('Body').getByText('The needle is here at the end.')).toBeInViewport();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('search', { name: 'Find and replace' })).toHaveCount(0);
});
