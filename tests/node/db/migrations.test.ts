import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../src/main/db/migrate';
import { LATEST_SCHEMA_VERSION, migrations } from '../../../src/main/db/migrations';

const open: Database.Database[] = [];
function fresh(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  open.push(db);
  return db;
}
afterEach(() => open.splice(0).forEach((db) => db.close()));

function tables(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name").all() as Array<{ name: string }>).map(
    (r) => r.name,
  );
}

describe('migrations', () => {
  it('are numbered 1..N without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(migrations.length);
  });

  it('bring an empty database to the latest version, and running again is a no-op', () => {
    const db = fresh();
    expect(migrate(db)).toEqual(migrations.map((m) => m.version));
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(migrate(db)).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  describe('0001-initial', () => {
    it('creates the story, revision, workflow, tag, media, wire and search tables', () => {
      const db = fresh();
      migrate(db, migrations, 1);
      expect(schemaVersion(db)).toBe(1);
      const names = tables(db);
      for (const t of [
        'stories',
        'revisions',
        'story_events',
        'tags',
        'story_tags',
        'media',
        'story_figures',
        'wire_files',
        'wire_items',
        'story_fts',
      ]) {
        expect(names).toContain(t);
      }
    });

    it('enforces statuses, JSON bodies and foreign keys', () => {
      const db = fresh();
      migrate(db, migrations, 1);
      const insert = db.prepare(
        "INSERT INTO stories (status, body, created_at, updated_at) VALUES (?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
      );
      expect(() => insert.run('bogus', '{}')).toThrow(/CHECK/);
      expect(() => insert.run('edit', 'not json')).toThrow(/CHECK/);
      expect(() =>
        db
          .prepare(
            "INSERT INTO revisions (story_id, kind, author, created_at, story_version, snapshot, size, delta) VALUES (999, 'save', 'x', 'now', 1, '{}', 0, 0)",
          )
          .run(),
      ).toThrow(/FOREIGN KEY/);
    });

    it('rolls back completely when a migration fails half way', () => {
      const db = fresh();
      const broken = [{ version: 1, name: 'broken', up: (d: Database.Database) => d.exec('CREATE TABLE a (x); CREATE TABLE a (y);') }];
      expect(() => migrate(db, broken)).toThrow();
      expect(schemaVersion(db)).toBe(0);
      expect(tables(db)).not.toContain('a');
    });
  });

  describe('0004-wire-slug-index', () => {
    it('lets write-thru lookups by agency and slug use an index, case-insensitively', () => {
      const db = fresh();
      migrate(db, migrations, 4);
      const plan = db
        .prepare(
          "EXPLAIN QUERY PLAN SELECT * FROM wire_items WHERE agency = 'AP' AND slug = 'BC-Storm' COLLATE NOCASE AND received_at >= '2026'",
        )
        .all() as Array<{ detail: string }>;
      expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING INDEX wire_items_agency_slug/);
    });
  });
});
