// `npx tsx scripts/screenshots-workstation.ts`: the README's opening picture — the seed page
// (../shared/corpus/seed, read in place, never copied) imported and open beside its original in
// the Wire tab, at 1440×900 — into docs/screenshots/workstation-1440.png.
import { readFileSync } from 'node:fs';
import { openDesk } from '../tests/e2e/fixtures';
import { withScreenshotDesk } from './screenshotSession';
import { corpusPath } from '../tests/support/corpus';

async function main(): Promise<void> {
  const seed = corpusPath('seed', 'lapost-hamas-talks.txt');
  if (!seed) {
    console.error('screenshots-workstation: ../shared/corpus is not here; nothing to photograph');
    process.exitCode = 1;
    return;
  }
  await withScreenshotDesk(async (desk, browser) => {
    await desk.api('wireImportText', { jobId: 'readme-seed', text: readFileSync(seed, 'utf8'), name: 'lapost-hamas-talks.txt' });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await openDesk(page, desk);
    await page
      .getByRole('list', { name: 'Stories' })
      .getByRole('button', { name: /Hamas says ready/ })
      .first()
      .click();
    await page.getByRole('tablist', { name: 'Side panel' }).getByRole('tab', { name: /^Wire/ }).click();
    await page
      .getByText(/Rewritten/)
      .first()
      .waitFor();
    await page.waitForTimeout(800);
    await page.screenshot({ path: 'docs/screenshots/workstation-1440.png' });
  });
}

await main();
