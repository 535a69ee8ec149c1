// The wire item a story came from, as the export credits it (JSON-LD isBasedOn). A small read of
// the wire_items table; it moves to the wire repository's API when that exists.
import type { Db } from '../../db/connection';
import type { WireSource } from '../../../shared/render/types';

interface WireRow {
  agency: string | null;
  agency_id: string | null;
  headline: string | null;
  received_at: string | null;
}

export function wireSourceFor(db: Db, wireItemId: number | null, fallbackAgency: string | null = null): WireSource | null {
  if (wireItemId === null) return fallbackAgency ? { agency: fallbackAgency } : null;
  const row = db.prepare('SELECT agency, agency_id, headline, received_at FROM wire_items WHERE id = ?').get(wireItemId) as
    WireRow | undefined;
  if (!row) return fallbackAgency ? { agency: fallbackAgency } : null;
  return { agency: row.agency ?? fallbackAgency, agencyId: row.agency_id, headline: row.headline, receivedAt: row.received_at };
}
