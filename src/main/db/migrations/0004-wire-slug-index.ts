// 0004: write-thru detection looks items up by agency and slug, case-insensitively, within a
// time window; the old slug index (binary collation, no agency) could not serve that query.
import type { Migration } from './types';

export const migration0004: Migration = {
  version: 4,
  name: 'wire-slug-index',
  up(db) {
    db.exec(`
      DROP INDEX IF EXISTS wire_items_slug;
      CREATE INDEX wire_items_agency_slug ON wire_items(agency, slug COLLATE NOCASE, received_at);
    `);
  },
};
