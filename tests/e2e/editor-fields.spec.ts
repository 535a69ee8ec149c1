// The fields around the body and the body's quick ways in: tags with autocomplete, live counts,
// markdown shortcuts and the slash menu, cleaned paste, and two tabs saving the same story.
import { paragraph, textRun } from '../../src/shared/story/document';
import { expect, test } from './fixtures';
import { caretAtEnd, expectSaved, MOD, newStory, openStory, saveStatus } from './editorSupport';

test('tags: comma makes a token, autocomplete from the database, Backspace edits the last one', async ({ page, desk }) => {
  await newStory(page, desk);
  const tags = page.getByLabel('Tags');
  await tags.click();
  await page.keyboard.type('Ferries,');
  await expect(tags.locator('.tag-token')).toHaveText(['Ferries']);
  await page.keyboard.type('tra');
  const suggestions = page.getByRole('listbox', { name: 'Tag suggestions' });
  await expect(suggestions.getByRole('option')).toHaveText(['transport']);
  await page.keyboard.press('ArrowDown');
  await expect(suggestions.getByRole('option', { name: 'transport' })).toHaveAttribute('aria-selected', 'true');
  await expect(tags).toHaveAttribute('aria-activedescendant', /tags-suggestions-0/);
  await page.keyboard.press('Enter');
  await expect(tags.locator('.tag-token')).toHaveText(['Ferries', 'transport']);
  // Backspace on the empty input turns the last tag back into text to edit.
  await page.keyboard.press('Backspace');
  await expect(tags.locator('.tag-token')).toHaveText(['Ferries']);
  await expect(tags).toHaveText(/transport$/);
  await page.keyboard.type('ation');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Enter');
  await expect(tags.locator('.tag-token')).toHaveText(['Ferries', 'transportation']);
  await expectSaved(page);
  const stored = await desk.api<{ tags: string[] }>('storyGet', { id: 4 });
  expect(stored.value!.tags).toEqual(['Ferries', 'transportation']);
});

test('counts update as you type and warn over the target', async ({ page, desk }) => {
  await newStory(page, desk);
  const count = page.locator('#count-headline');
  await expect(count).toHaveText('0/70 · 0 words');
  await page.keyboard.type('Council approves tram line');
  await expect(count).toHaveText('26/70 · 4 words');
  await expect(count).not.toHaveClass(/over/);
  await page.keyboard.type(' extension to the northern estates after a long and heated debate');
  await expect(count).toHaveText(/^91\/70 · 15 words/);
  await expect(count).toHaveClass(/over/);
  // Screen readers hear it once typing pauses.
  await expect(page.locator('[aria-live="polite"]', { hasText: 'Headline: 91 characters' })).toHaveText(/21 over the 70 target/);
  await expect(page.getByLabel('Headline')).toHaveAttribute('aria-describedby', 'count-headline');
  // Thai counts in user-perceived characters, not code units.
  await caretAtEnd(page, 'Deck');
  await page.keyboard.type('ราคาน้ำมัน');
  await expect(page.locator('#count-deck')).toHaveText(/^7\/160 ·/);
});

test('markdown shortcuts and the slash menu make blocks, keyboard only', async ({ page, desk }) => {
  await newStory(page, desk);
  const body = page.getByLabel('Body');
  await body.click();
  await page.keyboard.type('/');
  const menu = page.getByRole('listbox', { name: 'Insert block' });
  await expect(menu.getByRole('option')).toHaveText([
    /Paragraph/,
    /Heading 2/,
    /Heading 3/,
    /Quote/,
    /Bulleted list/,
    /Numbered list/,
    /Figure/,
  ]);
  await page.keyboard.type('quo');
  await expect(menu.getByRole('option')).toHaveText([/Quote/]);
  await page.keyboard.press('Enter');
  await expect(menu).toHaveCount(0);
  await page.keyboard.type('Quoted words');
  await expect(body.locator('blockquote')).toHaveText('Quoted words');
  await page.keyboard.press('Enter');
  await page.keyboard.type('/h3');
  // The menu filters as React renders; Enter chooses what it shows, so wait for it as a person would.
  await expect(menu.getByRole('option')).toHaveText([/Heading 3/]);
  await page.keyboard.press('Enter');
  await page.keyboard.type('Minor subhead');
  await expect(body.locator('h3')).toHaveText('Minor subhead');
  await page.keyboard.press('Enter');
  await page.keyboard.type('1. First');
  // Lexical runs markdown shortcuts in an update after the keystroke's own; a person sees the
  // list appear before pressing Enter, and so does this test.
  await expect(body.locator('ol > li')).toHaveText(['First']);
  await page.keyboard.press('Enter');
  await page.keyboard.type('Second');
  await expect(body.locator('ol > li')).toHaveText(['First', 'Second']);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('An *italic* word and a **bold** one.');
  await expect(body.locator('.ed-italic')).toHaveText('italic');
  await expect(body.locator('.ed-bold')).toHaveText('bold');
  // Block shortcuts toggle: Ctrl/Cmd+Alt+2 makes a subhead, again makes it a paragraph.
  await page.keyboard.press(`${MOD}+Alt+2`);
  await expect(body.locator('h2')).toHaveText('An italic word and a bold one.');
  await page.keyboard.press(`${MOD}+Alt+2`);
  await expect(body.locator('h2')).toHaveCount(0);
  // Escape closes the menu and leaves the slash as typed text.
  await page.keyboard.press('Enter');
  await page.keyboard.type('/');
  await expect(menu).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expectSaved(page);
});

test('paste from Word and web pages arrives clean', async ({ page, desk }) => {
  await newStory(page, desk);
  const body = page.getByLabel('Body');
  await body.click();
  const html = `<html><body><!--StartFragment--><h1 class=MsoTitle style='mso-style-name:Title'>Tram vote<o:p></o:p></h1>
    <p class=MsoNormal style='margin:0cm'><span style='font-family:Calibri;color:#333'>Councillors voted <b>34 to 12</b> for the <span style='font-style:italic'>Northgate</span> line.</span><o:p></o:p></p>
    <p class=MsoNormal><o:p>&nbsp;</o:p></p>
    <script>alert('pasted')</script><img src="https://pixel.example.net/t.gif" width=1 height=1>
    <p>Read <a href="https://council.example.gov/trams" onclick="evil()" style="color:red">the decision</a> or <a href="javascript:alert(1)">this</a>.</p>
    <img src="https://news.example.com/photo.jpg" width=800 height=600><!--EndFragment--></body></html>`;
  await page.evaluate(
    ({ html }) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', 'Tram vote');
      document
        .getElementById('field-body')!
        .dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    { html },
  );
  await expect(body.locator('h2')).toHaveText('Tram vote');
  await expect(body.locator('.ed-bold')).toHaveText('34 to 12');
  await expect(body.locator('.ed-italic')).toHaveText('Northgate');
  await expect(body.locator('a')).toHaveCount(1);
  await expect(body.locator('a')).toHaveAttribute('href', 'https://council.example.gov/trams');
  await expect(body).toContainText('or this.');
  expect(await body.locator('[style]:not([data-lexical-decorator])').count()).toBe(0);
  expect(await body.locator('img, script, span[class*="Mso"]').count()).toBe(0);
  expect(await body.locator('p').evaluateAll((ps) => ps.filter((p) => !p.textContent?.trim()).length)).toBe(0);
  await expect(page.getByRole('alert').filter({ hasText: 'A picture in the pasted text was left out' })).toBeVisible();
  await expectSaved(page);
  const stored = await desk.api<{ body: unknown }>('storyGet', { id: 4 });
  expect(JSON.stringify(stored.value!.body)).not.toMatch(/mso|Calibri|color|onclick|javascript/i);
});

test('another window saving first does not lose this window’s body text', async ({ page, desk }) => {
  // This window hears no events (as on a flaky network), and its first save is held back until
  // the other window has saved: this one typed first, the other saved first.
  await page.route('**/api/events**', (route) => route.abort());
  let otherSaved: () => void = () => {};
  const otherSavedFirst = new Promise<void>((done) => (otherSaved = done));
  await page.route('**/api/storyUpdate', async (route) => {
    await otherSavedFirst;
    await route.continue();
  });
  await openStory(page, desk, /Central library/);
  await caretAtEnd(page, 'Body');
  await page.keyboard.type(' Text typed first in this window.');
  await expect(saveStatus(page)).toHaveText('Saving…');
  // The other window (another seat) saves its own change to the body.
  const theirs = await desk.api<{ version: number; body: { root: { children: Array<Record<string, unknown>> } } }>('storyGet', { id: 2 });
  const body = theirs.value!.body;
  const saved = await desk.api('storyUpdate', {
    id: 2,
    version: theirs.value!.version,
    patch: {
      body: {
        root: {
          ...body.root,
          children: [...body.root.children, paragraph([textRun('Saved first from the other window.')])],
        },
      },
    },
    mode: 'autosave',
  });
  expect(saved.ok).toBe(true);
  otherSaved();
  // This window's save now loses the version check: its text stays on screen and in the history.
  await expect(saveStatus(page)).toHaveText('Not saved: changed elsewhere', { timeout: 15_000 });
  await expect(page.getByLabel('Body')).toContainText('Text typed first in this window.');
  const history = await desk.api<{ revisions: Array<{ id: number; kind: string }> }>('revisionList', { storyId: 2 });
  const conflict = history.value!.revisions.find((r) => r.kind === 'conflict')!;
  const kept = await desk.api<{ fields: { body: unknown } }>('revisionGet', { id: conflict.id });
  expect(JSON.stringify(kept.value!.fields.body)).toContain('Text typed first in this window.');
  // Keeping mine saves this text on purpose; the other window's text is in the history too.
  await page.getByRole('button', { name: 'Keep mine (save over theirs)' }).click();
  await expectSaved(page);
  const stored = await desk.api<{ body: unknown }>('storyGet', { id: 2 });
  expect(JSON.stringify(stored.value!.body)).toContain('Text typed first in this window.');
});

test('the shortcuts overlay opens on ? outside text fields, and fields are reachable by keyboard', async ({ page, desk }) => {
  await openStory(page, desk, /Storm warning/);
  // In a text field, ? is just a character.
  await caretAtEnd(page, 'Deck');
  await page.keyboard.type('?');
  await expect(page.getByLabel('Deck')).toHaveText(/\?$/);
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Save revision' }).focus();
  await page.keyboard.press('?');
  const overlay = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(overlay).toBeVisible();
  for (const label of ['Find and replace', 'Save a named revision', 'Insert a figure (image)', 'Numbered list', 'Next field', 'Undo']) {
    await expect(overlay.locator('dt').getByText(label, { exact: true })).toBeVisible();
  }
  await page.keyboard.press('Escape');
  await expect(overlay).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Save revision' })).toBeFocused();
  // Next / previous field, and Enter in the byline moves on.
  await page.getByLabel('Headline').click();
  await page.keyboard.press(`${MOD}+Alt+ArrowDown`);
  await expect(page.getByLabel('Deck')).toBeFocused();
  await page.keyboard.press(`${MOD}+Alt+ArrowUp`);
  await expect(page.getByLabel('Headline')).toBeFocused();
  await page.getByLabel('Byline').click();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Dateline')).toBeFocused();
  await expect(page.getByLabel('Byline')).toHaveText('');
});
