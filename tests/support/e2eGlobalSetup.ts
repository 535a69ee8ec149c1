// Before the UI tests: make sure there is a Chromium (or fail with one line) and that the
// renderer the browser mode serves is built from the current sources.
import { execFileSync } from 'node:child_process';
import { findChromium, NO_CHROMIUM_MESSAGE } from './chromium';

export default function globalSetup(): void {
  if (!findChromium()) throw new Error(NO_CHROMIUM_MESSAGE);
  if (process.env['E2E_SKIP_BUILD'] !== '1') {
    execFileSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], { stdio: 'pipe' });
  }
}
