import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEEP_AUTOMATIC } from '../../../src/main/db/backups';
import { LATEST_SCHEMA_VERSION } from '../../../src/main/db/migrations';
import { callOrThrow } from '../../../src/main/ipc/registry';
import { runCli } from '../../support/cliRun';
import { tempApp, type TempApp } from '../../support/tempApp';

let app: TempApp;
const me = { author: 'Ana' };
beforeEach(async () => {
  app = await tempApp();
});
afterEach(() => app.cleanup());

describe('backups', () => {
  it('makes one automatic backup a day and keeps only the last seven', async () => {
    const day = (n: number) => new Date(Date.UTC(2026, 0, n, 9, 0, 0));
    expect(await app.backups.automatic(day(1))).not.toBeNull();
    expect(await app.backups.automatic(new Date(Date.UTC(2026, 0, 1, 18)))).toBeNull();
    for (let n = 2; n <= 10; n++) await app.backups.automatic(day(n));
    const autos = app.backups.list().filter((b) => b.kind === 'automatic');
    expect(autos).toHaveLength(KEEP_AUTOMATIC);
    expect(autos[0]!.createdAt.slice(0, 10)).toBe('2026-01-10');
    expect(autos.at(-1)!.createdAt.slice(0, 10)).toBe('2026-01-04');
  });

  it('restores a backup after backing up the current database first', async () => {
    const story = await app.repo.create({ fields: { headline: 'Before the backup' } }, me);
    const backup = await app.backups.create('manual');
    await app.repo.update(story.id, 1, { headline: 'After the backup' }, { mode: 'save' }, me);
    await app.repo.create({ fields: { headline: 'Written after' } }, me);
    const { safetyCopy } = await app.backups.restore(app.backups.pathOf(backup.file));
    expect((await app.repo.get(story.id))!.headline).toBe('Before the backup');
    expect((await app.repo.list({})).total).toBe(1);
    expect(app.db.pragma('integrity_check', { simple: true })).toBe('ok');
    // The restore can itself be undone.
    await app.backups.restore(app.backups.pathOf(safetyCopy.file));
    expect((await app.repo.get(story.id))!.headline).toBe('After the backup');
    expect((await app.repo.list({})).total).toBe(2);
  });

  it('refuses to restore what is not a Slugline backup, and names the reason', async () => {
    const notes = join(app.dir, 'notes.db');
    writeFileSync(notes, 'not a database');
    await expect(app.backups.restore(notes)).rejects.toThrow(/cannot be opened|not a Slugline database/);
    const other = join(app.dir, 'other.db');
    new Database(other).exec('CREATE TABLE x (y)');
    await expect(app.backups.restore(other)).rejects.toThrow(/not a Slugline database/);
    const future = join(app.dir, 'future.db');
    const f = new Database(future);
    f.exec('CREATE TABLE stories (id)');
    f.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    f.close();
    await expect(app.backups.restore(future)).rejects.toThrow(/newer version/);
    expect(app.backups.list()).toEqual([]);
  });

  it('only restores listed backups through the contract (no paths from the renderer)', async () => {
    await callOrThrow(app.registry, 'backupNow', {});
    const { backups } = await callOrThrow(app.registry, 'backupList', {});
    expect(backups).toHaveLength(1);
    for (const file of ['../test.db', '/etc/passwd', 'nope.db']) {
      const res = await app.registry.invoke('backupRestore', { file }, { transport: 'test' });
      expect(res.ok).toBe(false);
    }
    const res = await callOrThrow(app.registry, 'backupRestore', { file: backups[0]!.file });
    expect(res.safetyCopy.kind).toBe('before-restore');
  });

  it('backs up and restores from the command line', async () => {
    await app.repo.create({ fields: { headline: 'CLI story' } }, me);
    const env = { SLUGLINE_DATA_DIR: join(app.dir, 'data') };
    const backup = await runCli(['backup', '--db', app.dbPath], { env });
    expect(backup.code).toBe(0);
    const file = readdirSync(app.backups.folder).find((f) => f.includes('-manual-'))!;
    await app.repo.create({ fields: { headline: 'Later story' } }, me);
    const restored = await runCli(['restore', '--db', app.dbPath, '--from', join(app.backups.folder, file)], { env });
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/before-restore/);
    expect((await app.repo.list({})).total).toBe(1);
    const bad = await runCli(['restore', '--db', app.dbPath, '--from', join(app.dir, 'missing.db')], { env });
    expect(bad.code).toBe(1);
    expect(bad.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });
});
