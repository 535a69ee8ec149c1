// 0003-copy-desk: claims, waivers and the problem index, with the constraints that keep them
// honest, and the covering indexes the desk's sorts rely on.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../src/main/db/migrate';
import { migrations } from '../../../src/main/db/migrations';

const open: Database.Database[] = [];
function at3(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  open.push(db);
  migrate(db, migrations, 3);
  return db;
}
afterEach(() => open.splice(0).forEach((db) => db.close()));

const story = (db: Database.Database) =>
  Number(
    db
      .prepare(
        "INSERT INTO stories (status, body, created_at, updated_at) VALUES ('edit', '{}', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
      )
      .run().lastInsertRowid,
  );

const plan = (db: Database.Database, sql: string) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((r) => r.detail).join(' | ');

describe('0003-copy-desk', () => {
  it('upgrades a version 2 database and adds the claim, waiver and problem tables', () => {
    const db = new Database(':memory:');
    open.push(db);
    migrate(db, migrations, 2);
    migrate(db, migrations, 3);
    expect(schemaVersion(db)).toBe(3);
    const names = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['story_claims', 'finding_waivers', 'story_problems']));
  });

  it('keeps one claim per story, refuses waivers without a reason, and cascades with the story', () => {
    const db = at3();
    const id = story(db);
    const claim = db.prepare(
      "INSERT INTO story_claims (story_id, seat, holder, claimed_at, heartbeat_at, draft) VALUES (?, ?, 'Ana', 'now', 'now', ?)",
    );
    claim.run(id, 'seat-a', null);
    expect(() => claim.run(id, 'seat-b', null)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => claim.run(story(db), 'seat-b', 'not json')).toThrow(/CHECK/);
    const waive = db.prepare(
      "INSERT INTO finding_waivers (story_id, rule, field, excerpt, reason, who, at) VALUES (?, 'r', 'body', 'x', ?, 'Ana', 'now')",
    );
    expect(() => waive.run(id, '   ')).toThrow(/CHECK/);
    waive.run(id, 'quoted as written');
    db.prepare(
      "INSERT INTO story_problems (story_id, version, signature, errors, warnings, checked_at) VALUES (?, 1, 's', 2, 0, 'now')",
    ).run(id);
    db.prepare('DELETE FROM stories WHERE id = ?').run(id);
    for (const t of ['story_claims', 'finding_waivers', 'story_problems'])
      expect((db.prepare(`SELECT count(*) AS n FROM ${t} WHERE story_id = ?`).get(id) as { n: number }).n).toBe(0);
  });

  it('lets the desk sort newest first, by priority and by agency without a temporary sort', () => {
    const db = at3();
    expect(plan(db, 'SELECT id FROM stories s ORDER BY s.updated_at DESC, s.id DESC LIMIT 50')).not.toMatch(/TEMP B-TREE/);
    expect(plan(db, 'SELECT id FROM stories s ORDER BY coalesce(s.priority, 1000000), s.updated_at DESC, s.id DESC LIMIT 50')).not.toMatch(
      /TEMP B-TREE/,
    );
    expect(
      plan(
        db,
        'SELECT id FROM stories s ORDER BY coalesce(s.agency, char(0x10FFFF)) COLLATE NOCASE, s.updated_at DESC, s.id DESC LIMIT 50',
      ),
    ).not.toMatch(/TEMP B-TREE/);
  });
});
