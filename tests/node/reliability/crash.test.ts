// Kill the process (SIGKILL) in the middle of a bulk import and of autosaves, many times, at
// random moments: afterwards the database checks out, every acknowledged save is there, no
// story is half-imported, and the app starts and carries on normally.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppServices } from '../../../src/main/services/appServices';
import { memorySettings } from '../../../src/main/settings/settingsStore';
import { tempDir } from '../../support/tempApp';
import { ninjsItem } from '../../support/wireFixtures';

const ROUNDS = Number(process.env['CRASH_ROUNDS'] ?? 6);
let dir: string;
beforeAll(() => {
  dir = tempDir('slugline-crash-');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  lines: string[];
  killed: Promise<void>;
}

/** Start the worker, wait until it is ready, then SIGKILL it after `delayMs`. */
function runAndKill(args: string[], delayMs: number): Promise<Run> {
  return new Promise((resolveStart, rejectStart) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/crashChild.ts', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    let buffer = '';
    let stderr = '';
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.on('data', (c: Buffer) => {
      buffer += c.toString();
      const parts = buffer.split('\n');
      buffer = parts.pop()!;
      for (const line of parts) {
        lines.push(line);
        if (line === 'ready') {
          setTimeout(() => child.kill('SIGKILL'), delayMs);
          resolveStart({ lines, killed: exited });
        }
      }
    });
    child.once('exit', (code) => {
      if (!lines.includes('ready')) rejectStart(new Error(`worker exited (${code}) before it was ready: ${stderr}`));
    });
  });
}

function checkDatabase(path: string) {
  const db = new Database(path);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const one = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    // No story without its first revision or its search row; no wire item without its story.
    expect(one('SELECT count(*) AS n FROM stories s WHERE NOT EXISTS (SELECT 1 FROM revisions r WHERE r.story_id = s.id)')).toBe(0);
    expect(one('SELECT count(*) AS n FROM story_fts')).toBe(one('SELECT count(*) AS n FROM stories'));
    expect(
      one(
        'SELECT count(*) AS n FROM wire_items i WHERE i.advisory IS NULL AND NOT EXISTS (SELECT 1 FROM stories s WHERE s.wire_item_id = i.id)',
      ),
    ).toBe(0);
    expect(one('SELECT count(*) AS n FROM wire_files f WHERE NOT EXISTS (SELECT 1 FROM wire_items i WHERE i.file_id = f.id)')).toBe(0);
  } finally {
    db.close();
  }
}

describe('crash safety (SIGKILL)', () => {
  it(`during a bulk import, ${ROUNDS} times: nothing half-imported, and the import can simply be run again`, async () => {
    const folder = join(dir, 'wire');
    mkdirSync(folder);
    for (let i = 0; i < 400; i++)
      writeFileSync(
        join(folder, `item-${String(i).padStart(4, '0')}.json`),
        ninjsItem({ uri: `urn:crash:${i}`, headline: `Crash test story number ${i}` }),
      );
    const db = join(dir, 'import.db');
    for (let round = 0; round < ROUNDS; round++) {
      const run = await runAndKill(['import', db, folder], 100 + Math.floor(Math.random() * 900));
      await run.killed;
      checkDatabase(db);
    }
    // The app starts normally afterwards and finishes the job: every file imported exactly once.
    const services = await createAppServices({ dbPath: db, settings: memorySettings(), mode: 'cli' });
    const { sources } = await (await import('../../../src/main/ingest/fileSources')).sourcesFromPaths([folder]);
    const summary = await services.imports.run('finish-1', sources, { author: 'x' }, false);
    expect(summary.rejected).toBe(0);
    expect((await services.repo.list({ limit: 1 })).total).toBe(400);
    await services.close();
    checkDatabase(db);
  }, 180_000);

  it(`during autosave, ${ROUNDS} times: every acknowledged save is there`, async () => {
    const db = join(dir, 'autosave.db');
    for (let round = 0; round < ROUNDS; round++) {
      const run = await runAndKill(['autosave', db], 150 + Math.floor(Math.random() * 600));
      await run.killed;
      const acks = run.lines.filter((l) => l.startsWith('ack '));
      checkDatabase(db);
      if (acks.length === 0) continue;
      const [, version, counter] = acks.at(-1)!.split(' ').map(Number);
      const check = new Database(db, { readonly: true });
      const story = check.prepare('SELECT headline, version FROM stories ORDER BY id LIMIT 1').get() as {
        headline: string;
        version: number;
      };
      check.close();
      // The stored version is the last acknowledged one or a later one whose answer never arrived.
      expect(story.version).toBeGreaterThanOrEqual(version!);
      expect(Number(/counter (\d+)/.exec(story.headline)![1])).toBeGreaterThanOrEqual(counter!);
    }
  }, 180_000);
});
