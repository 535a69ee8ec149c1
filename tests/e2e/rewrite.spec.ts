// Rewrite from wire, as a wire editor does it: the original beside the rewrite, the rewritten
// figure moving while typing, the suggested credit, a reverted repair, and a newer wire version
// reviewed change by change. The wire copy is invented for the project.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { ninjsItem } from '../support/wireFixtures';
import { expect, openDesk, test, type Desk } from './fixtures';

const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

// Imported with typography on: the straight quotes become curly ones, each a recorded repair made
// by a fixed rule (the mojibake repair's judgement is not what these tests are about).
const BODY_V1 = [
  '<p>NORTH BAY (STW) - Ferries to the outer islands sailed again on Monday after a three-day storm kept the fleet in port.</p>',
  '<p>The harbour cafe reopened at dawn for the first crossing, and the operator said all routes would run to the normal timetable by Wednesday.</p>',
  '<p>"We are relieved and grateful to the crews," said captain Mara Lind.</p>',
].join('');
const BODY_V2 = BODY_V1.replace('by Wednesday', 'by Thursday').replace(
  '<p>"We are relieved',
  '<p>The coast guard said one route, to Skerry, stays closed until the pier is repaired.</p><p>"We are relieved',
);

async function importWire(desk: Desk, version: string, body: string): Promise<number> {
  await desk.api('settingsUpdate', { patch: { typographyOnImport: true } });
  const res = await desk.api<{ files: Array<{ storyIds: number[] }> }>('wireImportText', {
    jobId: `e2e-rewrite-${version}`,
    text: ninjsItem({ version, body }),
    name: `ferry-v${version}.json`,
  });
  expect(res.ok, JSON.stringify(res.error)).toBe(true);
  return res.value!.files[0]!.storyIds[0]!;
}

async function openWireTab(page: Page, desk: Desk): Promise<void> {
  await openDesk(page, desk);
  await page
    .getByRole('list', { name: 'Stories' })
    .getByRole('button', { name: /Ferry service to the islands/ })
    .first()
    .click();
  await expect(page.getByRole('status')).toHaveText('Saved');
  await wireTab(page).click();
}

/** The side panel's Wire tab (the story list has a "Wire" desk view too). */
function wireTab(page: Page, name: string | RegExp = /^Wire/) {
  return page.getByRole('tablist', { name: 'Side panel' }).getByRole('tab', { name });
}

/** Serious and critical axe findings in the side panel (the part these tests are about). */
async function sidePanelViolations(page: Page) {
  const results = await new AxeBuilder({ page }).include('.side-pane').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

async function storyBody(desk: Desk, id: number): Promise<string> {
  const res = await desk.api<{ body: { root: { children: Array<{ children?: Array<{ text?: string }> }> } } }>('storyGet', { id });
  return res.value!.body.root.children.map((b) => (b.children ?? []).map((c) => c.text ?? '').join('')).join('\n');
}

test('the original beside the rewrite: rewritten figure, suggested credit, a reverted repair', async ({ page, desk }) => {
  const storyId = await importWire(desk, '1', BODY_V1);
  await openWireTab(page, desk);
  const wire = page.getByRole('article', { name: 'Wire original' });
  await expect(wire).toContainText('Ferries to the outer islands sailed again');
  await expect(page.getByText('Rewritten: 0%')).toBeVisible();
  await expect(page.getByText('Quotes kept verbatim: 8 of 8 quoted words from the wire.')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/wire-tab-1440.png' });
  expect(await sidePanelViolations(page)).toEqual([]);

  // Write a new lead: the figure moves and the credit rule now asks for a mixed byline.
  const body = page.getByLabel('Body', { exact: true });
  await body.click();
  await page.keyboard.press(`${MOD}+Home`);
  // Drop the wire's "NORTH BAY (STW)" lead-in, then write a new lead.
  for (let i = 0; i < 3; i++) await page.keyboard.press(`${process.platform === 'darwin' ? 'Alt' : 'Control'}+Shift+ArrowRight`);
  await page.keyboard.press('Backspace');
  await page.keyboard.type(
    'Island ferries are back after the worst storm in years, and harbour traders say the queues started before sunrise. ',
  );
  await expect(page.getByText(/^Rewritten: ([2-7]\d)%$/)).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('note', { name: 'Credit rule' })).toContainText('the byline should be “Staff and wire reports”');
  await page.getByRole('button', { name: 'Use suggested byline and credit' }).click();
  await expect(page.getByLabel('Byline', { exact: true })).toHaveText('Staff and wire reports');
  await expect(page.getByRole('note', { name: 'Credit rule' })).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 15_000 });
  expect((await desk.api<{ byline: string }>('storyGet', { id: storyId })).value!.byline).toBe('Staff and wire reports');

  // Revert the opening-quote repair: the wire view shows what arrived; the story changes only on request.
  const mark = wire.getByRole('button', { name: /^“: repaired \(rule typography:quotes\)/ });
  await mark.hover();
  await expect(mark).toHaveAttribute('title', 'typography:quotes: arrived as “"”');
  await mark.focus();
  await page.screenshot({ path: 'test-results/screens/wire-repair-focus.png', clip: { x: 820, y: 450, width: 620, height: 250 } });
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Revert this repair' }).click();
  await expect(wire.getByRole('button', { name: /^": repair reverted/ })).toBeVisible();
  await expect(wire).toContainText('"We are relieved and grateful');
  await expect(page.getByText('The story still has ““” here (Body, paragraph 3).', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Change the story too' }).click();
  await expect(page.getByLabel('Body', { exact: true })).toContainText('"We are relieved and grateful to the crews,”');
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 15_000 });
  expect(await storyBody(desk, storyId)).toContain('"We are relieved');

  // The revert is kept on the wire item.
  await page.reload();
  await openWireTab(page, desk);
  await expect(page.getByRole('article', { name: 'Wire original' }).getByRole('button', { name: /^": repair reverted/ })).toBeVisible();

  // The diff view marks insertions and deletions, also for screen readers.
  await page.getByRole('radio', { name: 'Wire vs story' }).check();
  const diff = page.getByRole('region', { name: 'Wire vs story' });
  await expect(diff.locator('ins').first()).toContainText('[added: Island ferries are back');
  await expect(diff.locator('del').first()).toContainText('[removed: NORTH BAY');
  expect(await sidePanelViolations(page)).toEqual([]);

  // On a small screen the two columns still share the workspace.
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.getByRole('radio', { name: 'Original' }).check();
  await expect(page.getByRole('article', { name: 'Wire original' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/wire-tab-1024.png' });
});

test('a newer wire version: banner, three-way view, one change applied, marked reviewed', async ({ page, desk }) => {
  const storyId = await importWire(desk, '1', BODY_V1);
  await openWireTab(page, desk);
  await expect(page.getByText('Rewritten: 0%')).toBeVisible();

  // The editor writes a lead of their own above the wire copy.
  await page.getByLabel('Body', { exact: true }).click();
  await page.keyboard.press(`${MOD}+Home`);
  await page.keyboard.type('Traders expect a busy weekend. ');
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 15_000 });

  await importWire(desk, '2', BODY_V2);
  await expect(wireTab(page, 'Wire newer wire version waiting')).toBeVisible();
  const panel = page.getByRole('region', { name: 'Newer wire version' });
  await expect(panel).toContainText('The wire sent version 2');
  const changes = panel.getByRole('list', { name: 'Changes in the newer version' }).getByRole('listitem');
  await expect(changes).toHaveCount(2);
  await expect(changes.nth(0)).toContainText('Thursday');
  await expect(changes.nth(1)).toContainText('one route, to Skerry, stays closed');
  await expect(changes.nth(1)).toContainText('Goes into your story at paragraph 3, before ““We are relieved');
  // Nothing has changed in the story yet.
  expect(await storyBody(desk, storyId)).not.toContain('Skerry');
  await page.screenshot({ path: 'test-results/screens/wire-update-1440.png' });
  expect(await sidePanelViolations(page)).toEqual([]);

  await panel.getByRole('button', { name: 'Apply change 2 to story' }).click();
  await expect(page.getByLabel('Body', { exact: true })).toContainText('The coast guard said one route, to Skerry, stays closed');
  await expect(changes.nth(1)).toContainText('applied');
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 15_000 });
  const saved = await storyBody(desk, storyId);
  expect(saved).toContain('The coast guard said one route, to Skerry, stays closed until the pier is repaired.');
  expect(saved).toContain('by Wednesday');

  await panel.getByRole('button', { name: 'Mark as reviewed' }).click();
  await expect(panel).toHaveCount(0);
  await expect(wireTab(page, /^Wire$/)).toBeVisible();
  const flags = await desk.api<{ flags: Array<{ kind: string; acknowledgedBy: string | null; ackNote: string }> }>('storyFlags', {
    storyId,
  });
  expect(flags.value!.flags[0]).toMatchObject({ kind: 'update', acknowledgedBy: expect.any(String) });
  expect(flags.value!.flags[0]!.ackNote).toMatch(/Reviewed wire version 2: 1 of 2 change\(s\) applied/);
});

test('a kill notice shows a red banner that needs a note to acknowledge', async ({ page, desk }) => {
  await importWire(desk, '1', BODY_V1);
  await openWireTab(page, desk);
  await desk.api('wireImportText', {
    jobId: 'e2e-rewrite-kill',
    text: ninjsItem({ version: '3', pubstatus: 'canceled', ednote: 'Withdrawn: the operator disputes the timetable.' }),
    name: 'ferry-kill.json',
  });
  const banner = page.getByRole('alert').filter({ hasText: 'Kill notice' });
  await expect(banner).toContainText('the operator disputes the timetable');
  await expect(wireTab(page, 'Wire agency notice waiting')).toBeVisible();
  const acknowledge = banner.getByRole('button', { name: 'Acknowledge' });
  await expect(acknowledge).toBeDisabled();
  await banner.getByLabel('What was done (required)').fill('Story spiked, web desk told');
  await acknowledge.click();
  await expect(banner).toHaveCount(0);
});
