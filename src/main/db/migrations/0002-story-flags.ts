// 0002: flags raised on stories by the wire (a kill, a hold, a correction, a newer version),
// each acknowledged by an editor; plus indexes to follow version chains and advisories.
import type { Migration } from './types';

export const migration0002: Migration = {
  version: 2,
  name: 'story-flags',
  up(db) {
    db.exec(`
      CREATE TABLE story_flags (
        id INTEGER PRIMARY KEY,
        story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('kill', 'hold', 'correction', 'withheld', 'update')),
        wire_item_id INTEGER REFERENCES wire_items(id) ON DELETE SET NULL,
        message TEXT NOT NULL,
        created_at TEXT NOT NULL,
        acknowledged_by TEXT,
        acknowledged_at TEXT,
        ack_note TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX story_flags_story ON story_flags(story_id, acknowledged_at);
      CREATE INDEX wire_items_previous ON wire_items(previous_id);
      CREATE INDEX wire_items_concerns ON wire_items(concerns_id);
      CREATE INDEX wire_files_received ON wire_files(received_at);
    `);
  },
};
