// The copy desk in Chromium: a story through the workflow with its history and the ready gate,
// bulk status changes of a selection (mouse and keyboard), and search combined with filters.
import { documentFromText } from '../../src/shared/story/document';
import { openDesk, test, expect, type Desk } from './fixtures';
import type { Page } from '@playwright/test';

async function story(desk: Desk, headline: string, text: string, extra: Record<string, unknown> = {}): Promise<number> {
  const created = await desk.api<{ id: number }>('storyCreate', { fields: { headline, body: documentFromText(text), ...extra } });
  expect(created.ok, created.error?.message).toBe(true);
  return created.value!.id;
}

const list = (page: Page) => page.getByRole('list', { name: 'Stories' });
const row = (page: Page, name: string | RegExp) => list(page).getByRole('button', { name });

test('a story moves through the workflow, the gate stops an unfinished one until a finding is waived, and the history shows it all', async ({
  page,
  desk,
}) => {
  await story(desk, 'Ferry timetable changes from Monday', 'The ferry will run every hour from Monday, the operator said.');
  const unfinished = await story(desk, 'Council to spend TK on roads', 'The council will spend TK on road repairs this year.');
  await openDesk(page, desk);

  await row(page, /Ferry timetable/).click();
  const details = page.getByRole('tabpanel');
  await details.getByRole('button', { name: 'Move to Copy desk' }).click();
  await expect(page.locator('.story-bar .status-chip')).toHaveText('Copy desk');
  await details.getByRole('button', { name: 'Move to Ready' }).click();
  await expect(page.locator('.story-bar .status-chip')).toHaveText('Ready');
  // Back needs a note.
  await details.getByLabel('Move story to').selectOption('edit');
  await expect(details.getByRole('button', { name: 'Move', exact: true })).toBeDisabled();
  await details.getByLabel('Note for this move').fill('Operator confirms a different start date');
  await details.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(page.locator('.story-bar .status-chip')).toHaveText('In edit');
  const history = details.getByRole('list', { name: 'Workflow history' });
  await expect(history.getByRole('listitem')).toHaveCount(4);
  await expect(history.getByRole('listitem').first()).toContainText('Ready → In edit');
  await expect(history.getByRole('listitem').first()).toContainText('Operator confirms a different start date');

  // The gate: the TK placeholder blocks Ready; waiving it with a reason lets the story through.
  await row(page, /Council to spend TK/).click();
  await details.getByLabel('Move story to').selectOption('ready');
  await details.getByRole('button', { name: 'Move', exact: true }).click();
  const refusal = details.getByRole('alert');
  await expect(refusal).toContainText('cannot move to Ready');
  const findings = refusal.getByRole('list', { name: 'Blocking findings' });
  await expect(findings).toContainText('Placeholder left in copy: “TK”');
  // One per finding (the headline and the body both say TK); each waived one leaves the list.
  await expect(findings.getByRole('listitem')).toHaveCount(2);
  // One at a time, each waited out: the next Waive is only clicked once the last has left the list.
  for (let left = 2; left > 0; left--) {
    const item = findings.getByRole('listitem').first();
    await item.getByRole('button', { name: /^Waive:/ }).click();
    await item.getByLabel('Reason for waiving').fill('The figure is confirmed at noon; the editor knows');
    await item.getByRole('button', { name: 'Waive', exact: true }).click();
    await expect(findings.getByRole('listitem')).toHaveCount(left - 1);
  }
  await details.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(page.locator('.story-bar .status-chip')).toHaveText('Ready');
  await expect(history.getByRole('listitem').filter({ hasText: 'Waived' }).first()).toContainText('The figure is confirmed at noon');
  // The CLI sees the same history and rules.
  const back = await desk.cli(['status', String(unfinished), 'copy', '--db', desk.dbPath]);
  expect(back.code).toBe(1);
  expect(back.stderr).toContain('needs a note');
});

test('bulk status change of a selection, by mouse and by keyboard, with a summary of what was refused and why', async ({ page, desk }) => {
  const ids = [];
  const tags = { tags: ['Night desk'] };
  for (const h of ['Storm closes harbour', 'Library extends hours', 'Bridge repairs begin'])
    ids.push(await story(desk, h, `${h}, officials said on Tuesday.`, tags));
  await story(desk, 'Mayor TK resigns', 'The mayor resigned, TK said.', tags);
  await openDesk(page, desk);
  // Only this test's stories: the tag filter (the sample stories have other tags).
  await page.getByText('Filters', { exact: true }).click();
  await page.getByLabel('Tag filter').fill('night desk');
  await page.getByRole('tab', { name: /^In edit/ }).click();
  await expect(list(page).getByRole('button')).toHaveCount(4);
  const before = await page.getByRole('tab', { name: /^Copy desk/ }).textContent();

  // Mouse: Ctrl+click two rows.
  await row(page, /Storm closes harbour/).click({ modifiers: ['ControlOrMeta'] });
  await row(page, /Bridge repairs begin/).click({ modifiers: ['ControlOrMeta'] });
  const bulk = page.getByRole('region', { name: 'Bulk actions' });
  await expect(bulk).toContainText('2 selected');
  await bulk.getByLabel('Move selected to').selectOption('copy');
  await bulk.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Moved 2 of 2 to Copy desk.' })).toBeVisible();
  await expect(list(page).getByRole('button')).toHaveCount(2);
  expect(before).toMatch(/Copy desk\s*0/);
  await expect(page.getByRole('tab', { name: /^Copy desk/ })).toHaveText(/Copy desk\s*2/);

  // Keyboard: focus the list, Ctrl/Cmd+A selects every row shown, move them all to Ready.
  await row(page, /Library extends hours/).focus();
  await page.keyboard.press('ControlOrMeta+a');
  await expect(bulk).toContainText('2 selected');
  await bulk.getByLabel('Move selected to').selectOption('ready');
  await bulk.getByRole('button', { name: 'Move', exact: true }).click();
  const summary = page.getByRole('status').filter({ hasText: 'Moved 1 of 2 to Ready.' });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('list', { name: 'Refused' })).toContainText('Mayor TK resigns');
  await expect(summary.getByRole('list', { name: 'Refused' })).toContainText('cannot move to Ready');

  // Space toggles the focused row; Shift+Arrow extends a range.
  await page.getByRole('tab', { name: /^Copy desk/ }).click();
  await expect(list(page).getByRole('button')).toHaveCount(2);
  await list(page).getByRole('button').first().focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(bulk).toContainText('2 selected');
  await bulk.getByLabel('Tag for selected').fill('Infrastructure');
  await bulk.getByRole('button', { name: 'Add tag' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Tagged 2 of 2 “Infrastructure”.' })).toBeVisible();
  const tagged = await desk.api<{ tags: string[] }>('storyGet', { id: ids[0] });
  expect(tagged.value!.tags).toContain('Infrastructure');
});

test('search combines with the tabs and filters, newest first or best match, results as you type', async ({ page, desk }) => {
  // "Quayside": a word the sample stories do not use.
  await story(desk, 'Quayside bridge reopens after repairs', 'The quayside bridge reopened on Monday.', { tags: ['Transport'] });
  const authority = await story(desk, 'Quayside authority names new chief', 'The quayside authority named a new chief executive.', {
    tags: ['Business'],
  });
  const festival = await story(desk, 'Quayside festival draws crowds', 'Thousands came to the quayside festival.', { tags: ['Culture'] });
  await desk.api('storySetStatus', { id: festival, status: 'copy' });
  await openDesk(page, desk);

  const search = page.getByLabel('Search stories');
  await search.pressSequentially('quays', { delay: 30 });
  await expect(list(page).getByRole('button', { name: /Quayside/ })).toHaveCount(3);
  await expect(page.getByText(/3 stories found/)).toBeVisible();
  await page.getByRole('tab', { name: /^Copy desk/ }).click();
  await expect(list(page).getByRole('button')).toHaveCount(1);
  await expect(list(page).getByRole('button')).toContainText('Quayside festival');
  await page.getByRole('tab', { name: /^All/ }).click();
  await page.getByText('Filters', { exact: true }).click();
  await page.getByLabel('Tag filter').fill('business');
  await expect(list(page).getByRole('button')).toHaveCount(1);
  await expect(list(page).locator('mark').first()).toHaveText(/quayside/i);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await search.fill('"quayside authority" OR festival ');
  await expect(list(page).getByRole('button')).toHaveCount(2);
  await page.getByLabel('Order').selectOption('relevance');
  await expect(list(page).getByRole('button')).toHaveCount(2);
  await expect(list(page).getByRole('button', { name: /Quayside authority/ })).toHaveCount(1);
  expect(authority).toBeGreaterThan(0);
  // Keyboard: from the search box into the list, Enter opens.
  await search.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.locator('.story-bar')).toBeVisible();
});
