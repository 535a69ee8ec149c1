// The Electron shell itself: one secure window, the bridge, no navigation, single instance.
// Skipped with a printed reason where the Electron binary is absent.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { electronBinary, NO_ELECTRON_REASON } from '../support/electronBinary';

const binary = electronBinary();
if (!binary) console.log(`[electron] ${NO_ELECTRON_REASON}`);
test.skip(!binary, NO_ELECTRON_REASON);

async function launch() {
  const dir = mkdtempSync(join(tmpdir(), 'slugline-electron-'));
  return electron.launch({
    executablePath: binary!,
    args: ['out/main/index.js', `--db=${join(dir, 'desk.db')}`, '--no-sandbox'],
    env: { ...process.env, SLUGLINE_DATA_DIR: join(dir, 'data') },
  });
}

test('opens one secure window with the workstation and the frozen bridge', async () => {
  const app = await launch();
  const win = await app.firstWindow();
  await expect(win.getByRole('list', { name: 'Stories' })).toBeVisible();
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  // Sandboxed, isolated, no Node: the page sees neither require nor process.
  expect(await win.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
  expect(await win.evaluate(() => Object.isFrozen((globalThis as unknown as { slugline: object }).slugline))).toBe(true);
  expect(await win.evaluate(() => typeof (globalThis as unknown as { require?: unknown }).require)).toBe('undefined');
  expect(win.url()).toMatch(/^app:\/\/slugline\//);
  await app.close();
});

test('refuses navigation and new windows', async () => {
  const app = await launch();
  const win = await app.firstWindow();
  await win.evaluate(() => {
    const w = globalThis as unknown as { open(url: string): void; location: { href: string } };
    w.open('https://example.com');
    w.location.href = 'https://example.com';
  });
  await win.waitForTimeout(500);
  expect(win.url()).toMatch(/^app:\/\/slugline\//);
  expect(app.windows()).toHaveLength(1);
  await app.close();
});
