import { readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppServices } from '../../../src/main/services/appServices';
import { memorySettings } from '../../../src/main/settings/settingsStore';
import { runCli } from '../../support/cliRun';
import { tempDir } from '../../support/tempApp';

let dir: string;
let db: string;
const env = () => ({ SLUGLINE_DATA_DIR: join(dir, 'data'), SLUGLINE_DB: '' });

beforeEach(async () => {
  dir = tempDir();
  db = join(dir, 'news.db');
  const services = await createAppServices({ dbPath: db, settings: memorySettings(), mode: 'cli', seedSamples: true });
  await services.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('slugline CLI', () => {
  it('--help lists every command', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    for (const name of ['serve', 'list', 'show', 'search', 'backup']) expect(stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
  });

  it('list --json prints stories newest first', async () => {
    const { code, stdout } = await runCli(['list', '--db', db, '--json'], { env: env() });
    expect(code).toBe(0);
    const { stories } = JSON.parse(stdout) as {
      stories: Array<{ id: number; status: string; headline: string; updated: string; slug: string }>;
    };
    expect(stories.map((s) => s.id)).toEqual([3, 2, 1]);
    expect(stories[0]).toMatchObject({ status: 'wire', slug: 'storm-warning-coast' });
    const filtered = JSON.parse((await runCli(['list', '--db', db, '--json', '--status', 'copy'], { env: env() })).stdout);
    expect(filtered.stories).toHaveLength(1);
    const limited = JSON.parse((await runCli(['list', '--db', db, '--json', '--limit', '1'], { env: env() })).stdout);
    expect(limited.stories).toHaveLength(1);
  });

  it('show prints a story readable and as JSON', async () => {
    const text = await runCli(['show', '1', '--db', db], { env: env() });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Harbour bridge reopens');
    expect(text.stdout).toContain('[figure 1]');
    const json = JSON.parse((await runCli(['show', '1', '--db', db, '--json'], { env: env() })).stdout);
    expect(json).toMatchObject({ id: 1, slug: 'harbour-bridge-reopens' });
    const missing = await runCli(['show', '99', '--db', db], { env: env() });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('slugline show: Story 99 does not exist.\n');
  });

  it('search --json gives results with highlighted snippets', async () => {
    const { code, stdout } = await runCli(['search', 'cyclists', '--db', db, '--json'], { env: env() });
    expect(code).toBe(0);
    const { results } = JSON.parse(stdout) as { results: Array<{ id: number; snippet: string; headline: string; status: string }> };
    expect(results).toHaveLength(1);
    expect(results[0]!.snippet).toContain('<mark>cyclists</mark>');
  });

  it('backup writes a verified copy and refuses to overwrite', async () => {
    const out = join(dir, 'copy.db');
    const first = await runCli(['backup', '--db', db, '--out', out], { env: env() });
    expect(first.code).toBe(0);
    const copy = new Database(out, { readonly: true });
    expect((copy.prepare('SELECT count(*) AS n FROM stories').get() as { n: number }).n).toBe(3);
    copy.close();
    const again = await runCli(['backup', '--db', db, '--out', out], { env: env() });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
  });

  it('refuses a --db that is not SQLite with one line, a non-zero code, and the file untouched', async () => {
    const bogus = join(dir, 'story.txt');
    writeFileSync(bogus, 'Just some notes.\n');
    const res = await runCli(['list', '--db', bogus], { env: env() });
    expect(res.code).not.toBe(0);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
    expect(res.stderr).toMatch(/not a Slugline database/);
    expect(readFileSync(bogus, 'utf8')).toBe('Just some notes.\n');
    expect(existsSync(`${bogus}-wal`)).toBe(false);
  });

  it('reports usage errors with exit code 2', async () => {
    expect((await runCli(['list', '--bogus'])).code).toBe(2);
    expect((await runCli(['list', '--status', 'nope', '--db', db], { env: env() })).code).toBe(2);
    expect((await runCli(['frobnicate'])).code).toBe(2);
    expect((await runCli(['show', '--db', db])).code).toBe(2);
  });
});
