// A stored waiver (a row: nullable index, any field name) as the checks engine's Waiver, for
// every place that asks which findings a story's waivers cover: the ready gate, the problem
// index, and the Checks panel.
import type { CheckField, Waiver } from '../checks';
import type { WaiverRecord } from './schemas';

export function waiverOfRecord(record: WaiverRecord): Waiver {
  return {
    rule: record.rule,
    field: record.field as CheckField,
    ...(record.index !== null ? { index: record.index } : {}),
    excerpt: record.excerpt,
    reason: record.reason,
    by: record.by,
    at: record.at,
  };
}
