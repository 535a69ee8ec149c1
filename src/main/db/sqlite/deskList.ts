// The desk's list and counts: filters with or without search text, sorted on the narrow desk
// indexes, one page at a time; then the page's rows get their tags, problems, flags and claims.
import { STORY_STATUSES, type StoryStatus } from '../../../shared/story/model';
import type { DeskFilters, DeskItem, DeskListResponse, DeskQuery, StoryCounts } from '../../../shared/workflow/schemas';
import type { Db } from '../connection';
import { ACTIVE_STATUSES, deskWhere, OPEN_FLAGS_SQL, whereSql } from './deskFilters';
import { ftsMatchOf, pageSnippets, searchPage, withSearchErrors } from './search';
import { statementsOf } from './statements';

/** A plain list counts its total up to this many ("10,000+ stories"). */
export const LIST_COUNT_CAP = 10_000;

const LIST_ORDER = {
  updated: 's.updated_at DESC, s.id DESC',
  priority: 'coalesce(s.priority, 1000000), s.updated_at DESC, s.id DESC',
  agency: 'coalesce(s.agency, char(0x10FFFF)) COLLATE NOCASE, s.updated_at DESC, s.id DESC',
} as const;

interface ItemRow {
  id: number;
  slug: string;
  status: StoryStatus;
  headline: string;
  byline: string;
  agency: string | null;
  priority: number | null;
  words: number;
  updated_at: string;
  version: number;
  tag_names: string | null;
  errors: number | null;
  flags: number;
  holder: string | null;
  seat: string | null;
  heartbeat_at: string | null;
}

/** The rows of a page, in page order, with everything the desk shows beside the headline. */
function decorate(db: Db, ids: readonly number[], staleBefore: string, snippets?: Map<number, string>): DeskItem[] {
  if (ids.length === 0) return [];
  const rows = statementsOf(db)(
    `SELECT s.id, s.slug, s.status, s.headline, s.byline, s.agency, s.priority, s.words, s.updated_at, s.version,
              (SELECT group_concat(name, char(31)) FROM (SELECT t.name FROM story_tags st JOIN tags t ON t.id = st.tag_id
                 WHERE st.story_id = s.id ORDER BY st.position)) AS tag_names,
              (SELECT p.errors FROM story_problems p WHERE p.story_id = s.id AND p.version = s.version) AS errors,
              ${OPEN_FLAGS_SQL} AS flags,
              c.holder, c.seat, c.heartbeat_at
       FROM stories s LEFT JOIN story_claims c ON c.story_id = s.id
       WHERE s.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as ItemRow[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items: DeskItem[] = [];
  for (const id of ids) {
    const r = byId.get(id);
    if (!r) continue;
    const snippet = snippets?.get(id);
    items.push({
      id: r.id,
      slug: r.slug,
      status: r.status,
      headline: r.headline,
      byline: r.byline,
      agency: r.agency,
      priority: r.priority,
      words: r.words,
      tags: r.tag_names ? r.tag_names.split('\u001f') : [],
      updated: r.updated_at,
      version: r.version,
      ...(snippet !== undefined ? { snippet } : {}),
      errors: r.errors,
      flags: r.flags,
      claim:
        r.holder && r.seat && r.heartbeat_at
          ? { holder: r.holder, seat: r.seat, heartbeatAt: r.heartbeat_at, stale: r.heartbeat_at < staleBefore }
          : null,
    });
  }
  return items;
}

export function deskList(db: Db, query: DeskQuery, staleBefore: string): DeskListResponse {
  const limit = query.limit ?? 100;
  const offset = query.offset ?? 0;
  const text = query.text?.trim() ?? '';
  if (text) {
    const match = ftsMatchOf(text);
    if (!match) return { items: [], total: 0, totalCapped: false, rankedAmong: null };
    return withSearchErrors(text, () => {
      const page = searchPage(db, match, query, query.order ?? 'newest', limit, offset);
      const items = decorate(db, page.ids, staleBefore, pageSnippets(db, text, page.ids));
      return { items, total: page.total, totalCapped: page.totalCapped, rankedAmong: page.rankedAmong };
    });
  }
  const where = deskWhere(query);
  const sql = whereSql(where);
  const ids = statementsOf(db)(`SELECT s.id FROM stories s WHERE ${sql} ORDER BY ${LIST_ORDER[query.sort ?? 'updated']} LIMIT ? OFFSET ?`)
    .pluck()
    .all(...where.params, limit, offset) as number[];
  const counted = statementsOf(db)(`SELECT count(*) FROM (SELECT 1 FROM stories s WHERE ${sql} LIMIT ?)`)
    .pluck()
    .get(...where.params, LIST_COUNT_CAP + 1) as number;
  return {
    items: decorate(db, ids, staleBefore),
    total: Math.min(counted, LIST_COUNT_CAP),
    totalCapped: counted > LIST_COUNT_CAP,
    rankedAmong: null,
  };
}

/** Stories per status under the filters, and how many active ones have problems. */
export function deskCounts(db: Db, filters: Omit<DeskFilters, 'status'>): StoryCounts {
  const where = deskWhere(filters, { statuses: false });
  const rows = statementsOf(db)(`SELECT s.status, count(*) AS n FROM stories s WHERE ${whereSql(where)} GROUP BY s.status`).all(
    ...where.params,
  ) as Array<{ status: StoryStatus; n: number }>;
  const counts = Object.fromEntries(STORY_STATUSES.map((s) => [s, 0])) as Record<StoryStatus, number>;
  for (const r of rows) counts[r.status] = r.n;
  const withProblems = deskWhere({ ...filters, status: [...ACTIVE_STATUSES], problems: true });
  const problems = statementsOf(db)(`SELECT count(*) FROM stories s WHERE ${whereSql(withProblems)}`)
    .pluck()
    .get(...withProblems.params) as number;
  return { counts, problems };
}
