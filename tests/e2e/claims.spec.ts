// Ownership in Chromium: a second tab sees who is editing a story, and taking over a stale claim
// keeps the other seat's unsaved text as a revision. The other seat is made stale by reporting an
// old heartbeat through the API (the beat may be dated earlier, never later) — never by waiting.
import { openDesk, test, expect } from './fixtures';

test('a second tab sees “Being edited by…” on the story and in the list', async ({ browser, desk }) => {
  const tabA = await browser.newPage();
  const tabB = await browser.newPage();
  await openDesk(tabA, desk);
  await tabA
    .getByRole('list', { name: 'Stories' })
    .getByRole('button', { name: /Central library/ })
    .click();
  await expect(tabA.getByLabel('Headline')).toBeVisible();
  await openDesk(tabB, desk);
  // The list shows the holder as soon as the claim exists (tab A claimed on opening).
  await expect(tabB.getByRole('list', { name: 'Stories' }).getByRole('button', { name: /Central library/ })).toContainText(
    'Being edited by Editor',
  );
  await tabB
    .getByRole('list', { name: 'Stories' })
    .getByRole('button', { name: /Central library/ })
    .click();
  await expect(tabB.locator('.claim-badge')).toContainText('Being edited by Editor — read only here.');
  await expect(tabB.getByRole('button', { name: 'Take over' })).toHaveCount(0);
  // Tab A shows no badge: it holds the story.
  await expect(tabA.locator('.claim-badge')).toHaveCount(0);
  // When tab A moves on, tab B is told and takes the story.
  await tabA
    .getByRole('list', { name: 'Stories' })
    .getByRole('button', { name: /Harbour bridge/ })
    .click();
  await expect(tabB.locator('.claim-badge')).toHaveCount(0);
  const claim = await desk.api<{ holder: string; mine: boolean }>('storyClaim', { id: 2, seat: 'seat-observer-0001', holder: 'Observer' });
  expect(claim.value).toMatchObject({ holder: 'Editor', mine: false });
  await tabA.close();
  await tabB.close();
});

test('taking over a stale claim keeps the other seat’s unsaved text as a takeover revision', async ({ page, desk }) => {
  const story = await desk.api<{ id: number; version: number; deck: string }>('storyGet', { id: 1 });
  const threeMinutesAgo = new Date(Date.now() - 3 * 60_000).toISOString();
  // Another machine: Sam opened the story, typed a deck, and has not been heard from since.
  const sam = await desk.api('storyClaim', {
    id: 1,
    seat: 'seat-sams-laptop-01',
    holder: 'Sam Reporter',
    draft: { version: story.value!.version, patch: { deck: 'Sam’s unsaved deck: lanes widened after protest' } },
    beatAt: threeMinutesAgo,
  });
  expect(sam.ok).toBe(true);

  await openDesk(page, desk);
  const row = page.getByRole('list', { name: 'Stories' }).getByRole('button', { name: /Harbour bridge/ });
  await expect(row).toContainText('Sam Reporter (away)');
  await row.click();
  await expect(page.locator('.claim-badge')).toContainText('Sam Reporter was editing this story but has not been heard from since');
  await page.getByRole('button', { name: 'Take over' }).click();
  await expect(page.locator('.claim-badge')).toContainText(
    /You took over from Sam Reporter\. Their unsaved text is kept as revision \d+ in History\./,
  );

  // The text is in History as a takeover revision, with Sam's deck; the story itself is unchanged.
  const revisions = await desk.api<{ revisions: Array<{ id: number; kind: string; author: string }> }>('revisionList', { storyId: 1 });
  const kept = revisions.value!.revisions.find((r) => r.kind === 'takeover');
  expect(kept).toMatchObject({ author: 'Sam Reporter' });
  const revision = await desk.api<{ fields: { deck: string } }>('revisionGet', { id: kept!.id });
  expect(revision.value!.fields.deck).toBe('Sam’s unsaved deck: lanes widened after protest');
  expect((await desk.api<{ deck: string }>('storyGet', { id: 1 })).value!.deck).toBe(story.value!.deck);
  await page.getByRole('tab', { name: 'History' }).click();
  await expect(page.getByRole('tabpanel')).toContainText('Taken over');
  await page.getByRole('tab', { name: 'Details' }).click();
  await expect(page.getByRole('list', { name: 'Workflow history' })).toContainText('took over from Sam Reporter');

  // Sam's laptop wakes up and beats with more text: it is kept too, never applied.
  const late = await desk.api<{ mine: boolean; holder: string; keptRevisionId: number | null }>('storyClaim', {
    id: 1,
    seat: 'seat-sams-laptop-01',
    holder: 'Sam Reporter',
    draft: { version: story.value!.version, patch: { deck: 'Sam typed more while offline' } },
  });
  expect(late.value).toMatchObject({ mine: false, holder: 'Editor', keptRevisionId: expect.any(Number) });
  // A fresh claim cannot be taken over.
  const refused = await desk.api('storyTakeOver', { id: 1, seat: 'seat-sams-laptop-01', holder: 'Sam Reporter' });
  expect(refused).toMatchObject({ ok: false, error: { code: 'refused' } });
});
