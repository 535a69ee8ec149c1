// House-style checks as a person uses them, in Chromium against the browser mode: findings in the
// Checks tab and as underlines in the text, a one-click fix (and its undo), a waiver with a reason
// (in the history), the ready gate before and after, and rule packs imported in Preferences.
import type { Page } from '@playwright/test';
import { MOD } from './editorSupport';
import { openDesk, test, expect, type Desk } from './fixtures';

const paragraph = (text: string) => ({
  type: 'paragraph',
  children: text ? [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }] : [],
  direction: null,
  format: '',
  indent: 0,
  version: 1,
});
const body = (...paras: string[]) => ({
  root: { type: 'root', children: paras.map(paragraph), direction: null, format: '', indent: 0, version: 1 },
});

async function story(desk: Desk, headline: string, paras: string[], extra: Record<string, unknown> = {}): Promise<number> {
  const created = await desk.api<{ id: number }>('storyCreate', { fields: { headline, body: body(...paras), ...extra } });
  expect(created.ok, created.error?.message).toBe(true);
  return created.value!.id;
}

async function openChecks(page: Page, desk: Desk, headline: RegExp): Promise<void> {
  await openDesk(page, desk);
  await page.getByRole('list', { name: 'Stories' }).getByRole('button', { name: headline }).click();
  await expect(page.getByRole('main', { name: 'Story' }).getByRole('status')).toHaveText('Saved');
  await page.getByRole('tab', { name: /^Checks/ }).click();
}

/** The text each underline covers, by highlight name (what CSS.highlights paints). */
function underlines(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const name of ['check-error', 'check-warning', 'check-info']) {
      const highlight = CSS.highlights.get(name);
      out[name] = highlight ? [...(highlight as unknown as Set<Range>)].map((r) => r.toString()) : [];
    }
    return out;
  });
}

const bodyText = (page: Page) => page.locator('#field-body').innerText();

test('a placeholder and a doubled word show in the Checks tab and as underlines; Fix is one click, and Undo brings it back', async ({
  page,
  desk,
}) => {
  await story(desk, 'Council approves harbour budget', ['The council will spend TK on the the harbour repairs.', 'Work starts in spring.']);
  await openChecks(page, desk, /Council approves harbour budget/);
  const panel = page.getByRole('tabpanel');

  await expect(panel.getByRole('status')).toHaveText('1 error blocks Ready');
  await expect(page.getByRole('tab', { name: /^Checks/ })).toContainText('1');
  const errors = panel.getByRole('list', { name: 'Errors in Body' });
  await expect(errors.getByRole('listitem')).toHaveCount(1);
  await expect(errors).toContainText('Placeholder left in copy: “TK”');
  const warnings = panel.getByRole('list', { name: 'Warnings in Body' });
  await expect(warnings).toContainText('Doubled word');

  // Underlines: the placeholder in red, the doubled word in amber, painted (not in the text).
  await expect.poll(() => underlines(page)).toMatchObject({ 'check-error': ['TK'] });
  expect((await underlines(page))['check-warning']).toContain('the the');
  expect(await page.locator('#field-body span.check, #field-body mark').count()).toBe(0);

  // One click fixes the doubled word; the finding goes; the text changes.
  const doubled = warnings.getByRole('listitem').filter({ hasText: 'Doubled word' });
  await doubled.getByRole('button', { name: /^Fix/ }).click();
  await expect(page.locator('#field-body')).toContainText('spend TK on the harbour repairs.');
  await expect(warnings).toHaveCount(0);
  await expect.poll(async () => (await underlines(page))['check-warning']).toEqual([]);

  // Undo in the body brings the doubled word and its finding back.
  await page.locator('#field-body').click();
  await page.keyboard.press(`${MOD}+z`);
  await expect(page.locator('#field-body')).toContainText('spend TK on the the harbour repairs.');
  await expect(panel.getByRole('list', { name: 'Warnings in Body' })).toContainText('Doubled word');
  expect(await bodyText(page)).toContain('the the');
});
