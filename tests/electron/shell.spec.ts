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
  const prefs = await app.evaluate(({ BrowserWindow }) => {
    const w = BrowserWindow.getAllWindows()[0]!;
    return w.webContents.getLastWebPreferences();
  });
  expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
  expect(await win.evaluate(() => Object.isFrozen((window as unknown as { slugline: object }).slugline))).toBe(true);
  expect(await win.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
  expect(win.url()).toMatch(/^app:\/\/slugline\//);
  await app.close();
});

test('refuses navigation and new windows', async () => {
  const app = await launch();
  const win = await app.firstWindow();
  await win.evaluate(() => {
    window.open('https://example.com');
    window.location.href = 'https://example.com';
  });
  await win.waitForTimeout(500);
  expect(win.url()).toMatch(/^app:\/\/slugline\//);
  expect(app.windows()).toHaveLength(1);
  await app.close();
});
