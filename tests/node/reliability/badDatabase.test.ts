// Bad databases and bad disks: a clear message, the file untouched, no crash.
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../src/main/db/migrations';
import { callOrThrow } from '../../../src/main/ipc/registry';
import { createAppServices } from '../../../src/main/services/appServices';
import { memorySettings } from '../../../src/main/settings/settingsStore';
import { documentFromText } from '../../../src/shared/story/document';
import { tempApp, tempDir, type TempApp } from '../../support/tempApp';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function app(): Promise<TempApp> {
  const a = await tempApp();
  cleanups.push(() => a.cleanup());
  return a;
}

describe('a full disk', () => {
  it('refuses the save with a clear message, keeps what was saved, and the app goes on', async () => {
    const a = await app();
    const story = await callOrThrow(a.registry, 'storyCreate', { fields: { headline: 'Saved before the disk filled' } });
    // Simulate the disk filling up: SQLite may not grow the file any further.
    const pages = a.db.pragma('page_count', { simple: true }) as number;
    a.db.pragma(`max_page_count = ${pages}`);
    const big = documentFromText('x'.repeat(150_000));
    const res = await a.registry.invoke(
      'storyUpdate',
      { id: story.id, version: 1, patch: { body: big }, mode: 'save' },
      { transport: 'test' },
    );
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.code).toBe('unavailable');
      expect(res.error.message).toMatch(/disk .* is full/);
    }
    a.db.pragma('max_page_count = 1073741823');
    expect(a.db.pragma('integrity_check', { simple: true })).toBe('ok');
    const again = await callOrThrow(a.registry, 'storyGet', { id: story.id });
    expect(again).toMatchObject({ headline: 'Saved before the disk filled', version: 1 });
    expect(
      (await callOrThrow(a.registry, 'storyUpdate', { id: story.id, version: 1, patch: { deck: 'fits now' }, mode: 'save' })).version,
    ).toBe(2);
  });
});

describe('a database the app cannot write', () => {
  // Root ignores file permissions, so these run the CLI as the unprivileged "nobody" user.
  const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

  async function readOnlyDb(dirMode: number) {
    const dir = tempDir();
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const db = join(dir, 'ro.db');
    const services = await createAppServices({ dbPath: db, settings: memorySettings(), mode: 'cli', seedSamples: true });
    await services.close();
    rmSync(`${db}-wal`, { force: true });
    rmSync(`${db}-shm`, { force: true });
    chmodSync(db, 0o444);
    chmodSync(dir, dirMode);
    const run = (args: string[]) =>
      spawnSync(process.execPath, [resolve('bin/slugline.mjs'), ...args, '--db', db], {
        env: { ...process.env, SLUGLINE_DATA_DIR: join(dir, 'data-nobody') },
        encoding: 'utf8',
        ...asNobody,
      });
    return { dir, db, run };
  }

  it('a read-only file: read commands still read it, writes are refused in one clear line, the file untouched', async () => {
    const { db, run } = await readOnlyDb(0o777);
    const before = readFileSync(db);
    const list = run(['list', '--json']);
    expect(list.status, list.stderr).toBe(0);
    expect(JSON.parse(list.stdout).stories).toHaveLength(3);
    const ingest = run(['ingest', db]);
    expect(ingest.status).toBe(1);
    expect(ingest.stderr.trim().split('\n')).toHaveLength(1);
    expect(ingest.stderr).toMatch(/read-only/);
    expect(readFileSync(db).equals(before)).toBe(true);
  });

  it('a read-only file in a read-only folder: one clear line, no crash', async () => {
    const { db, run } = await readOnlyDb(0o755);
    const before = readFileSync(db);
    for (const args of [['list'], ['ingest', db]]) {
      const res = run(args);
      expect(res.status).toBe(1);
      expect(res.stderr.trim().split('\n')).toHaveLength(1);
      expect(res.stderr, res.stderr).toMatch(/read-only/);
    }
    expect(readFileSync(db).equals(before)).toBe(true);
  });
});

describe('a database from a newer Slugline, or a damaged one', () => {
  it.each([
    [
      'newer',
      (path: string) => {
        const d = new Database(path);
        d.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 3}`);
        d.close();
      },
      /newer version of Slugline/,
    ],
    [
      'damaged',
      (path: string) => {
        const d = new Database(path);
        d.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
        d.close();
        const bytes = readFileSync(path);
        bytes.fill(0x5a, 100, 2048);
        writeFileSync(path, bytes);
      },
      /damaged/,
    ],
    ['not SQLite', (path: string) => writeFileSync(path, 'PK\u0003\u0004 a zip file'), /not a Slugline database/],
  ])('%s: one clear line from every entry point, and the file untouched', (_name, make, pattern) => {
    const dir = tempDir();
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const path = join(dir, 'x.db');
    make(path);
    const before = readFileSync(path);
    for (const args of [['list'], ['serve', '--port', '0'], ['ingest', dir], ['backup']]) {
      const res = spawnSync(process.execPath, [resolve('bin/slugline.mjs'), ...args, '--db', path], {
        env: { ...process.env, SLUGLINE_DATA_DIR: join(dir, 'data') },
        encoding: 'utf8',
        timeout: 20_000,
      });
      expect(res.status, `${args[0]}: ${res.stderr}`).toBe(1);
      expect(res.stderr.trim().split('\n')).toHaveLength(1);
      expect(res.stderr).toMatch(pattern);
    }
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});
