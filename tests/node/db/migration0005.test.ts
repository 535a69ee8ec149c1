// 0005-wire-repair-reverts: one row per reverted repair, gone with its wire item.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../src/main/db/migrate';
import { migrations } from '../../../src/main/db/migrations';

const open: Database.Database[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

function at(version: number): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  open.push(db);
  migrate(db, migrations, version);
  return db;
}

function wireItem(db: Database.Database): number {
  const file = db
    .prepare(
      "INSERT INTO wire_files (sha256, file_name, raw, format, encoding, received_at) VALUES ('ab', 'f.json', x'00', 'ninjs', 'utf-8', '2026-01-01')",
    )
    .run().lastInsertRowid;
  return Number(
    db
      .prepare("INSERT INTO wire_items (file_id, item_index, parsed, headline, received_at) VALUES (?, 0, '{}', 'H', '2026-01-01')")
      .run(file).lastInsertRowid,
  );
}

describe('0005-wire-repair-reverts', () => {
  it('upgrades a version 4 database', () => {
    const db = at(4);
    migrate(db, migrations, 5);
    expect(schemaVersion(db)).toBe(5);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'wire_repair_reverts'").get()).toBeTruthy();
  });

  it('keeps one row per repair, refuses negative indexes and unknown items, and cascades with the item', () => {
    const db = at(5);
    const item = wireItem(db);
    const insert = db.prepare(
      "INSERT INTO wire_repair_reverts (wire_item_id, repair_index, reverted_by, reverted_at) VALUES (?, ?, 'Ana', '2026-01-01')",
    );
    insert.run(item, 0);
    expect(() => insert.run(item, 0)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => insert.run(item, -1)).toThrow(/CHECK/);
    expect(() => insert.run(item + 100, 0)).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM wire_items WHERE id = ?').run(item);
    expect(db.prepare('SELECT count(*) AS n FROM wire_repair_reverts').get()).toEqual({ n: 0 });
  });
});
