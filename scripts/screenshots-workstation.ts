// `npx tsx scripts/screenshots-workstation.ts`: the README's opening picture — the seed page
// (../shared/corpus/seed, read in place, never copied) imported and open beside its original in
// the Wire tab, at 1440×900 — into docs/screenshots/workstation-1440.png.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { openDesk, startDesk } from '../tests/e2e/fixtures';
import { chromiumLaunchOptions } from '../tests/support/chromium';
import { corpusPath } from '../tests/support/corpus';

async function main(): Promise<void> {
  const seed = corpusPath('seed', 'lapost-hamas-talks.txt');
  if (!seed) {
    console.error('screenshots-workstation: ../shared/corpus is not here; nothing to photograph');
    process.exitCode = 1;
    return;
  }
  if (process.env['SCREENSHOTS_SKIP_BUILD'] !== '1') {
    execFileSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], { stdio: 'pipe' });
  }
  const { desk, stop } = await startDesk();
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
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
  } finally {
    await browser.close();
    await stop();
  }
}

await main();
