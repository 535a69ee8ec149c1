// House-style checks as a person uses them, in Chromium against the browser mode: findings in the
// Checks tab and as underlines in the text, a one-click fix (and its undo), a waiver with a reason
// (in the history), the ready gate before and after, and rule packs imported in Preferences.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { documentFromText, documentOf, figure, paragraph, textRun } from '../../src/shared/story/document';
import { MOD } from './editorSupport';
import { openDesk, test, expect, type Desk } from './fixtures';

/** Paragraphs of plain text as a story body (an empty string is an empty paragraph). */
const body = (...paras: string[]) => documentOf(paras.map((text) => paragraph(text ? [textRun(text)] : [])));

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

/** Serious and critical accessibility problems axe finds in a part of the page. */
async function axeProblems(page: Page, selector: string): Promise<Array<{ id: string; targets: string[] }>> {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

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
  expect(await axeProblems(page, '.side-pane')).toEqual([]);

  // Underlines: the placeholder in red, the doubled word in amber, painted (not in the text).
  await expect.poll(() => underlines(page)).toMatchObject({ 'check-error': ['TK'] });
  expect((await underlines(page))['check-warning']).toContain('the the');
  expect(await page.locator('#field-body span.check, #field-body mark').count()).toBe(0);

  // Jump selects the placeholder; with the caret in it, the message shows and is announced.
  await errors.getByRole('button', { name: /^Jump/ }).click();
  expect(await page.evaluate(() => document.getSelection()?.toString())).toBe('TK');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tooltip')).toHaveText('Error: Placeholder left in copy: “TK”');
  await expect(page.getByTestId('check-announcer')).toHaveText('Error: Placeholder left in copy: “TK”');
  // Hovering the doubled word shows its message.
  const doubledAt = await page.evaluate(() => {
    const range = [...(CSS.highlights.get('check-warning') as unknown as Set<Range>)][0]!;
    const box = range.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  });
  await page.mouse.move(doubledAt.x, doubledAt.y);
  await expect(page.getByRole('tooltip')).toHaveText('Warning: Doubled word: “the the”');

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

const harbourFigure = (caption: string, credit = '') =>
  figure({ mediaId: null, width: null, height: null, alt: 'Harbour wall', credit, caption: documentFromText(caption) });

test('Jump selects the flagged text, or focuses the figure field; keyboard: arrows move, f fixes a MORE line away, and Ready is refused until it is gone', async ({
  page,
  desk,
}) => {
  const created = await desk.api<{ id: number }>('storyCreate', {
    fields: {
      headline: 'Harbour wall repairs begin',
      body: documentOf([
        paragraph([textRun('Crews began work on the harbour wall on Monday.')]),
        paragraph([textRun('MORE')]),
        harbourFigure('The wall at low tide.'),
        paragraph([textRun('The work will take a year.')]),
      ]),
    },
  });
  expect(created.ok, created.error?.message).toBe(true);
  const id = created.value!.id;
  await desk.api('storySetStatus', { id, status: 'copy' });
  await openChecks(page, desk, /Harbour wall repairs begin/);
  const panel = page.getByRole('tabpanel');
  await expect(panel.getByRole('status')).toHaveText('2 errors block Ready');

  // A caption with no photo credit: Jump goes to that figure's credit input, which is marked.
  const credit = panel.getByRole('list', { name: 'Errors in Photo credit 1' }).getByRole('listitem');
  await expect(credit).toContainText('Figure 1 has a caption but no photo credit');
  await credit.getByRole('button', { name: /^Jump/ }).click();
  await expect(page.getByRole('textbox', { name: 'Photo credit' })).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Photo credit' })).toHaveAttribute('data-check-severity', 'error');

  // The MORE line: Jump selects it in the body.
  const more = panel.getByRole('list', { name: 'Errors in Body' }).getByRole('listitem');
  await more.getByRole('button', { name: /^Jump/ }).click();
  await expect(page.locator('#field-body')).toBeFocused();
  expect(await page.evaluate(() => document.getSelection()?.toString())).toBe('MORE');

  // The gate in main refuses Ready while the errors stand.
  const refused = await desk.api('storySetStatus', { id, status: 'ready' });
  expect(refused.ok).toBe(false);
  expect(refused.error?.message).toContain('cannot move to Ready');

  // Keyboard: the first row, arrow down to the MORE row (errors are listed body first), f to fix.
  const rows = panel.locator('.checks-list [data-row-key]');
  await rows.first().focus();
  await expect(rows.first()).toContainText('Wire furniture left in copy');
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(rows.first()).toBeFocused();
  const paragraphs = page.locator('#field-body > p');
  await expect(paragraphs).toHaveCount(3);
  await page.keyboard.press('f');
  // The whole paragraph goes, not just its text; focus stays in the list, on the next finding.
  await expect(paragraphs).toHaveCount(2);
  await expect(page.locator('#field-body')).not.toContainText('MORE');
  await expect(panel.getByRole('status')).toHaveText('1 error blocks Ready');
  await expect(rows.first()).toBeFocused();
  await expect(panel.getByText('Removed “MORE”.')).toBeVisible();

  // The credit, typed by hand, clears the other; once saved, Ready is allowed.
  await page.getByRole('textbox', { name: 'Photo credit' }).fill('Jane Doe/AP');
  await expect(panel.getByRole('status')).toHaveText('Ready to publish');
  await expect(page.getByRole('main', { name: 'Story' }).getByRole('status')).toHaveText('Saved', { timeout: 15_000 });
  const moved = await desk.api<{ status: string }>('storySetStatus', { id, status: 'ready' });
  expect(moved.ok, moved.error?.message).toBe(true);
});

test('a finding waived with a reason moves to Waived, shows in the history, can be un-waived, and lets the story to Ready', async ({
  page,
  desk,
}) => {
  const id = await story(desk, 'Road budget set for next year', ['The council will spend TK on road repairs next year.']);
  await desk.api('storySetStatus', { id, status: 'copy' });
  await openChecks(page, desk, /Road budget set/);
  const panel = page.getByRole('tabpanel');
  await expect(panel.getByRole('status')).toHaveText('1 error blocks Ready');
  expect((await desk.api('storySetStatus', { id, status: 'ready' })).ok).toBe(false);

  const placeholder = panel.getByRole('list', { name: 'Errors in Body' }).getByRole('listitem');
  await placeholder.getByRole('button', { name: /^Waive/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Waive this finding' });
  await expect(dialog.getByRole('button', { name: 'Waive', exact: true })).toBeDisabled();
  await dialog.getByLabel(/Reason/).fill('The figure comes at noon; the desk fills it in on the page');
  await dialog.getByRole('button', { name: 'Waive', exact: true }).click();
  await expect(dialog).toBeHidden();

  const waived = panel.getByRole('list', { name: 'Waived findings' }).getByRole('listitem');
  await expect(waived).toContainText('Placeholder left in copy: “TK”');
  await expect(waived).toContainText('Waived by Editor');
  await expect(waived).toContainText('The figure comes at noon');
  await expect(panel.getByRole('status')).toHaveText('Ready to publish');
  await expect(page.getByRole('tab', { name: /^Checks/ })).toHaveText('Checks');
  await expect.poll(async () => (await underlines(page))['check-error']).toEqual([]);

  // Un-waive: it counts again; waive once more (keyboard: w on the row).
  await waived.getByRole('button', { name: /^Un-waive/ }).click();
  await expect(panel.getByRole('status')).toHaveText('1 error blocks Ready');
  const row = panel.getByRole('list', { name: 'Errors in Body' }).getByRole('listitem');
  await row.focus();
  await page.keyboard.press('w');
  await dialog.getByLabel(/Reason/).fill('Confirmed with the council press office');
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('status')).toHaveText('Ready to publish');

  // The gate in main agrees, and the history shows the waivers with their reasons.
  const moved = await desk.api('storySetStatus', { id, status: 'ready' });
  expect(moved.ok, moved.error?.message).toBe(true);
  await page.getByRole('tab', { name: 'Details' }).click();
  const history = page.getByRole('list', { name: 'Workflow history' });
  await expect(history).toContainText('Confirmed with the council press office');
  await expect(history).toContainText('The figure comes at noon');
});

test('a rule pack imported in Preferences fires in the editor and in main; a refused pack says why and changes nothing', async ({
  page,
  desk,
}) => {
  const id = await story(desk, 'Ferry fares to rise', ['Irregardless of the cost, the ferry will run.']);
  await openChecks(page, desk, /Ferry fares to rise/);
  const panel = page.getByRole('tabpanel');
  await expect(panel.getByRole('status')).toHaveText('Ready to publish');

  const pack = {
    name: 'Desk extras',
    rules: [
      {
        id: 'irregardless',
        kind: 'pattern',
        pattern: '\\birregardless\\b',
        flags: 'i',
        message: 'Not a word: use “regardless”',
        severity: 'error',
        fields: ['headline', 'body'],
        fix: 'Regardless',
      },
    ],
  };
  await page.getByRole('button', { name: 'Preferences' }).click();
  const prefs = page.getByRole('dialog', { name: 'Preferences' });
  await prefs.getByRole('tab', { name: 'House style' }).click();
  await expect(prefs.getByRole('checkbox', { name: 'Use rule placeholder' })).toBeChecked();
  expect(await axeProblems(page, '.prefs-dialog')).toEqual([]);
  const chooser = page.waitForEvent('filechooser');
  await prefs.getByRole('button', { name: 'Import JSON…' }).click();
  await (await chooser).setFiles({ name: 'desk-extras.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) });
  await expect(prefs.getByText('Imported “Desk extras” (1 rule) from desk-extras.json.')).toBeVisible();
  await expect(prefs.getByRole('textbox', { name: 'Message of rule irregardless' })).toHaveValue('Not a word: use “regardless”');

  // A pack with a pattern that could take exponential time is refused, with the rule named.
  const evil = { name: 'Evil', rules: [{ ...pack.rules[0], id: 'slow', pattern: '(a+)+$' }] };
  const again = page.waitForEvent('filechooser');
  await prefs.getByRole('button', { name: 'Import JSON…' }).click();
  await (await again).setFiles({ name: 'evil.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(evil)) });
  await expect(prefs.getByRole('alert')).toContainText('Refused evil.json: rule "slow" (rules[0]) pattern');
  await expect(prefs.getByRole('alert')).toContainText('Your rules are unchanged');
  await expect(prefs.getByRole('textbox', { name: 'Message of rule irregardless' })).toBeVisible();
  await expect(prefs.getByRole('textbox', { name: 'Message of rule slow' })).toHaveCount(0);
  await prefs.getByRole('button', { name: 'Close' }).click();

  // The imported rule fires in the panel and is underlined; main's checks use the same pack.
  await expect(panel.getByRole('status')).toHaveText('1 error blocks Ready');
  await expect(panel.getByRole('list', { name: 'Errors in Body' })).toContainText('Not a word: use “regardless”');
  await expect.poll(async () => (await underlines(page))['check-error']).toEqual(['Irregardless']);
  const cli = await desk.cli(['check', '--id', String(id), '--db', desk.dbPath, '--json']);
  expect(JSON.parse(cli.stdout).findings.map((f: { rule: string }) => f.rule)).toEqual(['irregardless']);
  expect(cli.code).toBe(1);
});

test('rules are edited in place and added with live validation; the pack exports as JSON and resets to the default', async ({
  page,
  desk,
}) => {
  await story(desk, 'Budget vote delayed', ['Members of the Council will vote on the the budget when TK returns.']);
  await openChecks(page, desk, /Budget vote delayed/);
  const panel = page.getByRole('tabpanel');
  await expect(panel.getByRole('status')).toHaveText('1 error blocks Ready');
  await expect(panel.getByRole('list', { name: 'Warnings in Body' })).toContainText('Doubled word');

  await page.getByRole('button', { name: 'Preferences' }).click();
  const prefs = page.getByRole('dialog', { name: 'Preferences' });
  await prefs.getByRole('tab', { name: 'House style' }).click();
  const saved = prefs.getByRole('status');
  // In place: switch a rule off, make the placeholder a warning, reword its message.
  await prefs.getByRole('checkbox', { name: 'Use rule doubled-word' }).uncheck();
  await expect(saved).toHaveText('Saved');
  await prefs.getByRole('combobox', { name: 'Severity of rule placeholder' }).selectOption('warning');
  await expect(prefs.getByText('Rule “placeholder” saved.')).toBeVisible();
  const message = prefs.getByRole('textbox', { name: 'Message of rule placeholder' });
  await message.fill('');
  await message.press('Enter');
  await expect(prefs.getByText(/message: Too small/)).toBeVisible();
  await expect(message).toHaveAttribute('aria-invalid', 'true');
  await message.fill('Still to come: “{match}”');
  await message.press('Enter');
  await expect(message).not.toHaveAttribute('aria-invalid', 'true');

  // A new pattern rule, validated as it is typed; the problem sits next to its field.
  await prefs.getByRole('button', { name: 'Add pattern rule' }).click();
  const form = prefs.getByRole('form', { name: 'New pattern rule' });
  await form.getByLabel('Rule id').fill('placeholder');
  await expect(form.getByText('a rule with id "placeholder" exists')).toBeVisible();
  await form.getByLabel('Rule id').fill('council-capital');
  await form.getByLabel('Pattern (regular expression)').fill('(a+)+$');
  await expect(form.getByText(/nested repetition/)).toBeVisible();
  await expect(form.getByRole('button', { name: 'Add rule' })).toBeDisabled();
  await form.getByLabel('Pattern (regular expression)').fill('\\bthe Council\\b');
  await form.getByLabel(/^Fix/).fill('the council');
  await form.getByLabel('Try it on').fill('Then the Council met.');
  await expect(form.getByText('1 finding: “the Council” → “the council”')).toBeVisible();
  await form.getByRole('button', { name: 'Add rule' }).click();
  await expect(prefs.getByText('Rule added.')).toBeVisible();

  // Export: the edited pack as JSON, with every change in it.
  const download = page.waitForEvent('download');
  await prefs.getByRole('button', { name: 'Export JSON' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('slugline-house-style.json');
  const exported = JSON.parse(await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8')));
  const byId = new Map<string, Record<string, unknown>>(exported.rules.map((r: { id: string }) => [r.id, r]));
  expect(byId.get('doubled-word')).toMatchObject({ enabled: false });
  expect(byId.get('placeholder')).toMatchObject({ severity: 'warning', message: 'Still to come: “{match}”' });
  expect(byId.get('council-capital')).toMatchObject({ pattern: '\\bthe Council\\b', fix: 'the council' });
  await prefs.getByRole('button', { name: 'Close' }).click();

  // The panel follows: no doubled word, the placeholder a warning, the new rule with its fix.
  await expect(panel.getByRole('status')).toHaveText('Ready to publish');
  const warnings = panel.getByRole('list', { name: 'Warnings in Body' });
  await expect(warnings).toContainText('Still to come: “TK”');
  await expect(warnings).not.toContainText('Doubled word');
  await warnings.getByRole('listitem').filter({ hasText: 'House style: “the Council”' }).getByRole('button', { name: /^Fix/ }).click();
  await expect(page.locator('#field-body')).toContainText('Members of the council will vote');

  // Reset: the shipped rules again.
  await page.getByRole('button', { name: 'Preferences' }).click();
  await prefs.getByRole('tab', { name: 'House style' }).click();
  await prefs.getByRole('button', { name: 'Reset to default…' }).click();
  await prefs.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(prefs.getByText('Back to the shipped house style.')).toBeVisible();
  await expect(prefs.getByRole('textbox', { name: 'Message of rule council-capital' })).toHaveCount(0);
  await prefs.getByRole('button', { name: 'Close' }).click();
  await expect(panel.getByRole('status')).toHaveText('1 error blocks Ready');
});
