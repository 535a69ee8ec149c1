// Helpers for the editor's UI tests: opening stories, typing into Lexical fields, saving, and
// watching which requests the page makes.
import type { Page, Request } from '@playwright/test';
import { expect, openDesk, type Desk } from './fixtures';

export const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

/** The story's save indicator (role status), inside the story pane. */
export function saveStatus(page: Page) {
  return page.getByRole('main', { name: 'Story' }).getByRole('status');
}

export async function newStory(page: Page, desk: Desk): Promise<void> {
  await openDesk(page, desk);
  await page.getByRole('button', { name: 'New story' }).click();
  await expect(page.getByLabel('Headline')).toBeFocused();
}

export async function openStory(page: Page, desk: Desk, headline: RegExp): Promise<void> {
  await openDesk(page, desk);
  await page.getByRole('list', { name: 'Stories' }).getByRole('button', { name: headline }).click();
  await expect(saveStatus(page)).toHaveText('Saved');
}

export async function expectSaved(page: Page): Promise<void> {
  await expect(saveStatus(page)).toHaveText('Saved', { timeout: 15_000 });
}

/** Put the caret at the end of a Lexical field. */
export async function caretAtEnd(page: Page, label: string | RegExp): Promise<void> {
  const field = page.getByLabel(label, { exact: typeof label === 'string' });
  await field.click();
  await page.keyboard.press(`${MOD}+End`);
}

/** Story updates the page sends (to prove an untouched story is never saved). */
export function recordSaves(page: Page): Request[] {
  const saves: Request[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/storyUpdate')) saves.push(request);
  });
  return saves;
}

/** Create a story through the API, as another seat or an import would. */
export async function createStory(desk: Desk, fields: Record<string, unknown>): Promise<{ id: number; version: number }> {
  const created = await desk.api<{ id: number; version: number }>('storyCreate', { fields });
  if (!created.ok) throw new Error(created.error?.message);
  return created.value!;
}

export async function importImage(desk: Desk, name: string, bytes: Buffer): Promise<{ id: string; width: number; height: number }> {
  const imported = await desk.api<{ id: string; width: number; height: number }>('mediaImport', {
    fileName: name,
    dataBase64: bytes.toString('base64'),
  });
  if (!imported.ok) throw new Error(imported.error?.message);
  return imported.value!;
}
