// The desk's filters as SQL over `stories s`: status (default: everything but spiked), tag,
// agency, updated date range, and "has problems". Shared by the list, search and counts.
import { STORY_STATUSES, type StoryStatus } from '../../../shared/story/model';
import type { DeskFilters } from '../../../shared/workflow/schemas';
import { normaliseBound } from './sqlText';

export const ACTIVE_STATUSES: readonly StoryStatus[] = STORY_STATUSES.filter((s) => s !== 'spiked');

/** Open kill, hold and withheld flags (BLOCKING_FLAGS) on story `s`. */
export const OPEN_FLAGS_SQL = `(SELECT count(*) FROM story_flags f WHERE f.story_id = s.id AND f.acknowledged_at IS NULL
   AND f.kind IN ('kill', 'hold', 'withheld'))`;

/**
 * Stories with problems: error findings not waived as last indexed (a stale row counts until it is
 * refreshed), or open blocking flags. A set, so SQLite can drive a count from it (problems are few).
 */
const PROBLEM_SET_SQL = `s.id IN (SELECT story_id FROM story_problems WHERE errors > 0
   UNION SELECT story_id FROM story_flags WHERE acknowledged_at IS NULL AND kind IN ('kill', 'hold', 'withheld'))`;

export interface SqlWhere {
  clauses: string[];
  params: unknown[];
}

export function deskWhere(filters: DeskFilters, options: { statuses?: boolean } = {}): SqlWhere {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (options.statuses !== false) {
    const statuses = filters.status?.length ? filters.status : ACTIVE_STATUSES;
    clauses.push(`s.status IN (${statuses.map(() => '?').join(', ')})`);
    params.push(...statuses);
  }
  if (filters.agency) {
    clauses.push('s.agency = ? COLLATE NOCASE');
    params.push(filters.agency);
  }
  if (filters.tag) {
    // tags.name is COLLATE NOCASE, so the tag filter ignores case like the tag list does.
    clauses.push('EXISTS (SELECT 1 FROM story_tags st JOIN tags t ON t.id = st.tag_id WHERE st.story_id = s.id AND t.name = ?)');
    params.push(filters.tag);
  }
  if (filters.from) {
    clauses.push('s.updated_at >= ?');
    params.push(normaliseBound(filters.from, 'start'));
  }
  if (filters.to) {
    clauses.push('s.updated_at <= ?');
    params.push(normaliseBound(filters.to, 'end'));
  }
  if (filters.problems) clauses.push(PROBLEM_SET_SQL);
  return { clauses, params };
}

export function whereSql(where: SqlWhere): string {
  return where.clauses.length ? where.clauses.join(' AND ') : '1';
}
