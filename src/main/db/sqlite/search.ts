// Full-text search over the story_fts index: the search box's query language, the desk's filters,
// newest-first or by relevance, with highlighted snippets — fast on 100,000 stories.
//
// How it stays fast (bench/search.bench.ts): the plan depends on how many stories match.
// - Few matches: join them to the narrow covering index stories_desk_id, filter, sort, count.
// - Many matches, newest first: walk the desk's newest-first index and keep the stories in the
//   match set, stopping after the page; the total is counted up to COUNT_CAP ("1,000+").
// - Many matches, ranked: bm25 over the RANK_POOL most recently created matches (rowid order is
//   creation order), never over every story that contains a common word.
// Snippets are made for the page only, from the indexed text.
import { AppError } from '../../../shared/contract/result';
import { highlightSnippet } from '../../../shared/search/highlight';
import { parseSearchQuery, toFtsMatch } from '../../../shared/search/query';
import type { SearchHit, StorySearchQuery, StoryStatus } from '../../../shared/story/model';
import type { DeskFilters } from '../../../shared/workflow/schemas';
import type { Db } from '../connection';
import { deskWhere, whereSql } from './deskFilters';
import { statementsOf } from './statements';

/** Up to this many matches, every match is joined, sorted and counted exactly. */
export const SMALL_MATCH_SET = 2500;
/** Beyond it, totals are counted up to this many ("1,000+ found"). */
export const COUNT_CAP = 1000;
/** Ranked search over a very common term ranks the newest this-many matches. */
export const RANK_POOL = 2500;

const BM25 = 'bm25(story_fts, 10.0, 4.0, 1.0, 2.0, 1.0, 3.0)';

/** The FTS5 expression for search text, or null when it has nothing to search for. */
export function ftsMatchOf(text: string): string | null {
  return toFtsMatch(parseSearchQuery(text));
}

export interface SearchPage {
  ids: number[];
  total: number;
  totalCapped: boolean;
  rankedAmong: number | null;
}

function badQuery<T>(text: string, run: () => T): T {
  try {
    return run();
  } catch (err) {
    // The query builder quotes every term, so this is a malformed edge case, not an injection.
    if ((err as { code?: string }).code === 'SQLITE_ERROR')
      throw new AppError('bad-input', `The search "${text}" could not be understood.`);
    throw err;
  }
}

/** Stories in the database (an upper bound is enough: it only estimates how common a term is). */
function storyCountBound(db: Db): number {
  return (statementsOf(db)('SELECT max(id) FROM stories').pluck().get() as number | null) ?? 0;
}

/** The page of matching story ids, in the requested order, and the (possibly capped) total. */
export function searchPage(
  db: Db,
  match: string,
  filters: DeskFilters,
  order: 'newest' | 'relevance',
  limit: number,
  offset: number,
): SearchPage {
  const where = deskWhere(filters);
  const filterSql = whereSql(where);
  const matches = statementsOf(db)('SELECT count(*) FROM story_fts WHERE story_fts MATCH ?').pluck().get(match) as number;
  const want = offset + limit;

  if (matches <= SMALL_MATCH_SET) {
    const orderSql = order === 'relevance' ? `${BM25}, s.updated_at DESC, s.id DESC` : 's.updated_at DESC, s.id DESC';
    const ids = statementsOf(db)(
      `SELECT s.id FROM story_fts JOIN stories s INDEXED BY stories_desk_id ON s.id = story_fts.rowid
         WHERE story_fts MATCH ? AND ${filterSql} ORDER BY ${orderSql}`,
    )
      .pluck()
      .all(match, ...where.params) as number[];
    return { ids: ids.slice(offset, want), total: ids.length, totalCapped: false, rankedAmong: null };
  }

  // Many matches: walk the newest-first index and keep the stories that match. When most stories
  // match, testing each walked story is cheapest; otherwise the match set is built once (IN list).
  const dense = matches >= storyCountBound(db) / 2;
  const inMatches = dense
    ? 'EXISTS (SELECT 1 FROM story_fts WHERE story_fts MATCH ? AND story_fts.rowid = s.id)'
    : 's.id IN (SELECT rowid FROM story_fts WHERE story_fts MATCH ?)';
  const walk = (rows: number) =>
    statementsOf(db)(
      `SELECT s.id FROM stories s INDEXED BY stories_desk_updated WHERE ${filterSql} AND ${inMatches}
         ORDER BY s.updated_at DESC, s.id DESC LIMIT ?`,
    )
      .pluck()
      .all(...where.params, match, rows) as number[];
  // With no filter but "not spiked", more than COUNT_CAP stories surely match when the matches
  // outnumber the spiked stories by that much: the total needs no counting walk.
  const onlyActive = where.clauses.length === 1 && !filters.status?.length;
  const surelyCapped =
    onlyActive && matches - (statementsOf(db)("SELECT count(*) FROM stories WHERE status = 'spiked'").pluck().get() as number) > COUNT_CAP;

  if (order === 'newest') {
    const ids = walk(surelyCapped ? want : Math.max(want, COUNT_CAP + 1));
    const capped = surelyCapped || ids.length > COUNT_CAP;
    return {
      ids: ids.slice(offset, want),
      total: capped ? Math.max(COUNT_CAP, ids.length) : ids.length,
      totalCapped: capped,
      rankedAmong: null,
    };
  }

  const cut = statementsOf(db)('SELECT rowid FROM story_fts WHERE story_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?')
    .pluck()
    .get(match, RANK_POOL - 1) as number | undefined;
  // bm25() rather than `rank`: FTS5 only honours the rowid bound with an explicit function.
  const ids = statementsOf(db)(
    `SELECT s.id FROM story_fts JOIN stories s INDEXED BY stories_desk_id ON s.id = story_fts.rowid
       WHERE story_fts MATCH ? AND story_fts.rowid >= ? AND ${filterSql} ORDER BY ${BM25}, s.updated_at DESC, s.id DESC LIMIT ?`,
  )
    .pluck()
    .all(match, cut ?? 0, ...where.params, want) as number[];
  const counted = surelyCapped ? COUNT_CAP + 1 : walk(COUNT_CAP + 1).length;
  return { ids: ids.slice(offset), total: Math.min(counted, COUNT_CAP), totalCapped: counted > COUNT_CAP, rankedAmong: RANK_POOL };
}

/** Snippets for the stories on a page, from their indexed text (see shared/search/highlight.ts). */
export function pageSnippets(db: Db, text: string, ids: readonly number[]): Map<number, string> {
  const terms = parseSearchQuery(text);
  const one = statementsOf(db)('SELECT headline, deck, body, captions, credits, tags FROM story_fts WHERE rowid = ?');
  const out = new Map<number, string>();
  for (const id of ids) {
    const row = one.get(id) as Record<'headline' | 'deck' | 'body' | 'captions' | 'credits' | 'tags', string> | undefined;
    if (row) out.set(id, highlightSnippet([row.body, row.deck, row.captions, row.credits, row.tags, row.headline], terms));
  }
  return out;
}

/** storySearch and `slugline search`: hits with snippets, in the requested order. */
export function searchStories(db: Db, query: StorySearchQuery): { results: SearchHit[]; total: number } {
  const match = ftsMatchOf(query.text);
  if (!match) return { results: [], total: 0 };
  return badQuery(query.text, () => {
    const page = searchPage(db, match, query, query.order ?? 'newest', query.limit ?? 50, query.offset ?? 0);
    if (page.ids.length === 0) return { results: [], total: page.total };
    const rows = statementsOf(db)(
      `SELECT id, headline, status, slug, updated_at FROM stories WHERE id IN (SELECT value FROM json_each(?))`,
    ).all(JSON.stringify(page.ids)) as Array<{ id: number; headline: string; status: StoryStatus; slug: string; updated_at: string }>;
    const byId = new Map(rows.map((r) => [r.id, r]));
    const snippets = pageSnippets(db, query.text, page.ids);
    const results: SearchHit[] = [];
    for (const id of page.ids) {
      const r = byId.get(id);
      if (!r) continue;
      // rank: the position on the page (FTS5's bm25 score is only computed to order ranked pages).
      results.push({
        id,
        headline: r.headline,
        status: r.status,
        slug: r.slug,
        updated: r.updated_at,
        snippet: snippets.get(id) ?? '',
        rank: results.length,
      });
    }
    return { results, total: page.total };
  });
}

export { badQuery as withSearchErrors };
