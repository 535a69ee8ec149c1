// 0003: the copy desk — who holds a story open (claims with heartbeats and the holder's unsaved
// draft), waivers of style findings, each story's problem count for the "has problems" filter,
// and narrow covering indexes so desk lists and search never read the wide story rows to sort.
import type { Migration } from './types';

export const migration0003: Migration = {
  version: 3,
  name: 'copy-desk',
  up(db) {
    db.exec(`
      -- One row per story held open for editing. The seat (one window or tab) beats every 30 s
      -- and sends its unsaved draft along, so a takeover can keep that text as a revision.
      CREATE TABLE story_claims (
        story_id INTEGER PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
        seat TEXT NOT NULL,
        holder TEXT NOT NULL,
        claimed_at TEXT NOT NULL,
        heartbeat_at TEXT NOT NULL,
        draft TEXT CHECK (draft IS NULL OR json_valid(draft)),
        draft_version INTEGER
      );
      CREATE INDEX story_claims_seat ON story_claims(seat);

      -- A waived finding no longer blocks Ready or export. Matched on rule + field + flagged text
      -- (and the figure index for findings about an empty field), so it survives unrelated edits.
      CREATE TABLE finding_waivers (
        id INTEGER PRIMARY KEY,
        story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        rule TEXT NOT NULL,
        field TEXT NOT NULL,
        idx INTEGER,
        excerpt TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        who TEXT NOT NULL,
        at TEXT NOT NULL
      );
      CREATE INDEX finding_waivers_story ON finding_waivers(story_id);

      -- Error findings not waived, per story, as of a content version and a rules signature (the
      -- rule pack and the preferences they read); refreshed after writes, in the background.
      CREATE TABLE story_problems (
        story_id INTEGER PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        signature TEXT NOT NULL,
        errors INTEGER NOT NULL,
        warnings INTEGER NOT NULL,
        checked_at TEXT NOT NULL
      );
      CREATE INDEX story_problems_errors ON story_problems(errors) WHERE errors > 0;

      -- Desk order (newest first) and lookups by id, covering what the desk filters on: stories
      -- rows carry whole bodies, and reading them to sort 100,000 stories is what made it slow.
      CREATE INDEX stories_desk_updated ON stories(updated_at DESC, id DESC, status, agency, priority);
      CREATE INDEX stories_desk_id ON stories(id, status, updated_at, agency, priority);
      CREATE INDEX stories_desk_priority ON stories(coalesce(priority, 1000000), updated_at DESC, id DESC);
      CREATE INDEX stories_desk_agency ON stories(coalesce(agency, char(0x10FFFF)) COLLATE NOCASE, updated_at DESC, id DESC);
    `);
  },
};
