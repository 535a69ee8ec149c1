// A fresh `slugline serve` (real CLI, temp database) for each test, and helpers to reach it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

const BIN = resolve('bin/slugline.mjs');

export interface Desk {
  url: string;
  origin: string;
  token: string;
  dbPath: string;
  dataDir: string;
  /** Run the CLI against the same database. */
  cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }>;
  /** Call the API directly (as a second seat would). */
  api<T = unknown>(name: string, body: unknown): Promise<{ ok: boolean; value?: T; error?: { code: string; message: string } }>;
}

function runNode(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => done({ code: code ?? 1, stdout, stderr }));
  });
}

export async function startDesk(
  extraArgs: string[] = [],
  prefs: Record<string, unknown> = {},
): Promise<{ desk: Desk; stop(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'slugline-e2e-'));
  const dbPath = join(dir, 'desk.db');
  const dataDir = join(dir, 'data');
  // Preferences as the app keeps them (conf's JSON file in the data folder), set before start.
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(join(dataDir, 'preferences.json'), JSON.stringify({ preferences: prefs }));
  const token = `e2e-${Math.random().toString(36).slice(2, 12)}`;
  const env = { ...process.env, SLUGLINE_DATA_DIR: dataDir, SLUGLINE_DB: '' };
  const child: ChildProcess = spawn(process.execPath, [BIN, 'serve', '--db', dbPath, '--token', token, ...extraArgs], { env });
  const url = await new Promise<string>((done, fail) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => fail(new Error(`slugline serve did not start: ${err || out}`)), 20_000);
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        done(match[1]!);
      }
    });
    child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code) => fail(new Error(`slugline serve exited (${code}): ${err}`)));
  });
  const origin = new URL(url).origin;
  const desk: Desk = {
    url,
    origin,
    token,
    dbPath,
    dataDir,
    cli: (args) => runNode([...args], env),
    async api(name, body) {
      const res = await fetch(`${origin}/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, Origin: origin },
        body: JSON.stringify(body),
      });
      return (await res.json()) as never;
    },
  };
  return {
    desk,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((done) => (child.exitCode !== null ? done(null) : child.once('exit', done)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const test = base.extend<{ desk: Desk }>({
  desk: async ({}, use) => {
    const { desk, stop } = await startDesk();
    await use(desk);
    await stop();
  },
});

/** Open the workstation and wait until the story list has loaded. */
export async function openDesk(page: Page, desk: Desk): Promise<void> {
  await page.goto(desk.url);
  await expect(page.getByRole('list', { name: 'Stories' })).toBeVisible();
  await expect(page.getByText(/\d+ stor(y|ies)/)).toBeVisible();
}

/** The text of a field, whether it is a plain input or a rich (contenteditable) editor. */
export function fieldText(locator: Locator): Promise<string> {
  return locator.evaluate((el) =>
    'value' in el && typeof (el as HTMLInputElement).value === 'string' ? (el as HTMLInputElement).value : (el.textContent ?? ''),
  );
}

export { expect };
