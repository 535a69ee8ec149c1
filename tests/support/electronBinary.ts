// Where the Electron binary is, if this machine has one (it is downloaded lazily and cannot be
// fetched on the CI machines). Never requires 'electron', which would try to download it.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function electronBinary(): string | null {
  if (process.env['ELECTRON_PATH'] && existsSync(process.env['ELECTRON_PATH'])) return process.env['ELECTRON_PATH'];
  const pkg = resolve('node_modules/electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

export const NO_ELECTRON_REASON =
  'Electron binary not installed on this machine (node_modules/electron/dist is empty; run `npx install-electron --no` where downloads work): Electron shell tests skipped, the same UI is tested in Chromium against the browser mode';
