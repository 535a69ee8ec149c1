// 0005: repairs an editor reverted on a wire item (the text repair was wrong: show the characters
// as they arrived). The parsed item itself is never rewritten; a revert is a row beside it.
import type { Migration } from './types';

export const migration0005: Migration = {
  version: 5,
  name: 'wire-repair-reverts',
  up(db) {
    db.exec(`
      CREATE TABLE wire_repair_reverts (
        wire_item_id INTEGER NOT NULL REFERENCES wire_items(id) ON DELETE CASCADE,
        repair_index INTEGER NOT NULL CHECK (repair_index >= 0),
        reverted_by TEXT NOT NULL,
        reverted_at TEXT NOT NULL,
        PRIMARY KEY (wire_item_id, repair_index)
      ) WITHOUT ROWID;
    `);
  },
};
