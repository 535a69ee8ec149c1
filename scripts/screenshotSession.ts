// What every screenshot script needs: a fresh build (unless SCREENSHOTS_SKIP_BUILD=1), a
// `slugline serve` of its own with a scratch database, and Debian's Chromium — all torn down after.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';
import { startDesk, type Desk } from '../tests/e2e/fixtures';
import { chromiumLaunchOptions } from '../tests/support/chromium';

export async function withScreenshotDesk(shoot: (desk: Desk, browser: Browser) => Promise<void>): Promise<void> {
  if (process.env['SCREENSHOTS_SKIP_BUILD'] !== '1') {
    execFileSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], { stdio: 'pipe' });
  }
  mkdirSync('docs/screenshots', { recursive: true });
  const { desk, stop } = await startDesk();
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    await shoot(desk, browser);
  } finally {
    await browser.close();
    await stop();
  }
}
