// 0001: stories, revisions, workflow events, tags, media, wire files/items, and the search index.
import type { Migration } from './types';

export const migration0001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE wire_files (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL UNIQUE,
        file_name TEXT NOT NULL,
        raw BLOB NOT NULL,
        format TEXT NOT NULL,
        encoding TEXT NOT NULL,
        received_at TEXT NOT NULL
      );

      CREATE TABLE wire_items (
        id INTEGER PRIMARY KEY,
        file_id INTEGER NOT NULL REFERENCES wire_files(id) ON DELETE CASCADE,
        item_index INTEGER NOT NULL,
        parsed TEXT NOT NULL CHECK (json_valid(parsed)),
        agency TEXT,
        agency_id TEXT,
        version TEXT,
        slug TEXT,
        headline TEXT NOT NULL DEFAULT '',
        advisory TEXT,
        received_at TEXT NOT NULL,
        previous_id INTEGER REFERENCES wire_items(id) ON DELETE SET NULL,
        concerns_id INTEGER REFERENCES wire_items(id) ON DELETE SET NULL,
        UNIQUE (file_id, item_index)
      );
      CREATE INDEX wire_items_agency_id ON wire_items(agency, agency_id);
      CREATE INDEX wire_items_slug ON wire_items(slug);

      CREATE TABLE stories (
        id INTEGER PRIMARY KEY,
        slug TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'edit'
          CHECK (status IN ('wire', 'edit', 'copy', 'ready', 'published', 'spiked')),
        status_before_spike TEXT,
        headline TEXT NOT NULL DEFAULT '',
        headline_doc TEXT CHECK (headline_doc IS NULL OR json_valid(headline_doc)),
        deck TEXT NOT NULL DEFAULT '',
        deck_doc TEXT CHECK (deck_doc IS NULL OR json_valid(deck_doc)),
        byline TEXT NOT NULL DEFAULT '',
        dateline TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL CHECK (json_valid(body)),
        body_text TEXT NOT NULL DEFAULT '',
        words INTEGER NOT NULL DEFAULT 0,
        credit TEXT NOT NULL DEFAULT '',
        copyright TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT 'en',
        wire_item_id INTEGER REFERENCES wire_items(id) ON DELETE SET NULL,
        agency TEXT,
        priority INTEGER,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      );
      CREATE INDEX stories_updated ON stories(updated_at DESC, id DESC);
      CREATE INDEX stories_status_updated ON stories(status, updated_at DESC, id DESC);
      CREATE INDEX stories_wire_item ON stories(wire_item_id);

      CREATE TABLE revisions (
        id INTEGER PRIMARY KEY,
        story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        author TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        story_version INTEGER NOT NULL,
        snapshot TEXT NOT NULL CHECK (json_valid(snapshot)),
        size INTEGER NOT NULL,
        delta INTEGER NOT NULL
      );
      CREATE INDEX revisions_story ON revisions(story_id, id DESC);

      CREATE TABLE story_events (
        id INTEGER PRIMARY KEY,
        story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        who TEXT NOT NULL,
        kind TEXT NOT NULL,
        from_status TEXT,
        to_status TEXT,
        note TEXT NOT NULL DEFAULT '',
        data TEXT CHECK (data IS NULL OR json_valid(data))
      );
      CREATE INDEX story_events_story ON story_events(story_id, id DESC);

      CREATE TABLE tags (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE
      );
      CREATE TABLE story_tags (
        story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (story_id, tag_id)
      ) WITHOUT ROWID;
      CREATE INDEX story_tags_tag ON story_tags(tag_id, story_id);

      CREATE TABLE media (
        id TEXT PRIMARY KEY,
        file_name TEXT NOT NULL,
        original_name TEXT NOT NULL,
        mime TEXT NOT NULL,
        bytes INTEGER NOT NULL,
        width INTEGER,
        height INTEGER,
        caption TEXT NOT NULL DEFAULT '',
        credit TEXT NOT NULL DEFAULT '',
        alt TEXT NOT NULL DEFAULT '',
        creator TEXT NOT NULL DEFAULT '',
        copyright_notice TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
      );

      -- Derived from story bodies on every write: one row per figure, for the captions desk.
      CREATE TABLE story_figures (
        story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        media_id TEXT,
        caption TEXT NOT NULL,
        credit TEXT NOT NULL,
        alt TEXT NOT NULL,
        PRIMARY KEY (story_id, position)
      ) WITHOUT ROWID;

      -- rowid = stories.id; kept in step by the repository inside each write transaction.
      CREATE VIRTUAL TABLE story_fts USING fts5(
        headline, deck, body, captions, credits, tags,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      );
    `);
  },
};
