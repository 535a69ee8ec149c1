import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DbOpenError, openDatabase } from '../../../src/main/db/connection';
import { LATEST_SCHEMA_VERSION } from '../../../src/main/db/migrations';
import { tempDir } from '../../support/tempApp';
import { rmSync } from 'node:fs';

const dirs: string[] = [];
const dir = () => {
  const d = tempDir();
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function expectRefusal(path: string, code: string, pattern: RegExp) {
  const before = readFileSync(path);
  let error: unknown;
  try {
    openDatabase(path).close();
  } catch (err) {
    error = err;
  }
  expect(error).toBeInstanceOf(DbOpenError);
  expect((error as DbOpenError).code).toBe(code);
  expect((error as DbOpenError).message).toContain(path);
  expect((error as DbOpenError).message).toMatch(pattern);
  expect(readFileSync(path).equals(before)).toBe(true);
}

describe('opening the database', () => {
  it('creates a new database with WAL and foreign keys', () => {
    const path = join(dir(), 'sub', 'new.db');
    const db = openDatabase(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('refuses a file that is not SQLite and leaves it untouched', () => {
    const path = join(dir(), 'notes.db');
    writeFileSync(path, 'These are my notes, not a database.\n');
    expectRefusal(path, 'not-sqlite', /not an SQLite database/);
  });

  it('refuses a database written by a newer Slugline', () => {
    const path = join(dir(), 'future.db');
    const db = new Database(path);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    db.close();
    expectRefusal(path, 'newer-version', /newer version of Slugline/);
  });

  it('refuses a damaged file with a clear message', () => {
    const path = join(dir(), 'broken.db');
    const db = new Database(path);
    db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    db.close();
    const bytes = readFileSync(path);
    bytes.fill(0xff, 100, 4096); // keep the header, wreck the schema page
    writeFileSync(path, bytes);
    expectRefusal(path, 'corrupt', /damaged/);
  });

  it.skipIf(process.getuid?.() === 0)('refuses a read-only file for writing but opens it read-only on request', () => {
    const path = join(dir(), 'ro.db');
    new Database(path).close();
    chmodSync(path, 0o444);
    expectRefusal(path, 'read-only', /read-only/);
    openDatabase(path, { readonly: true }).close();
  });
});
