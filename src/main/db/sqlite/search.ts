// Full-text search over the story_fts index: the search box's query language, the desk's filters,
// newest-first or by relevance, with highlighted snippets.
import { AppError } from '../../../shared/contract/result';
import { escapeHtmlText } from '../../../shared/ingest/inline';
import type { SearchHit, StorySearchQuery, StoryStatus } from '../../../shared/story/model';
import { parseSearchQuery, toFtsMatch } from '../../../shared/search/query';
import type { Db } from '../connection';
import { normaliseBound } from './sqlText';

const MARK_OPEN = '\uE000';
const MARK_CLOSE = '\uE001';

/** FTS5 snippet text → escaped HTML with <mark> around the matches. */
export function snippetHtml(raw: string): string {
  return escapeHtmlText(raw.replace(/\s+/g, ' ').trim()).replaceAll(MARK_OPEN, '<mark>').replaceAll(MARK_CLOSE, '</mark>');
}

export function searchStories(db: Db, query: StorySearchQuery): { results: SearchHit[]; total: number } {
  const match = toFtsMatch(parseSearchQuery(query.text));
  if (!match) return { results: [], total: 0 };
  const where: string[] = ['story_fts MATCH ?'];
  const params: unknown[] = [match];
  const statuses = query.status?.length ? query.status : (['wire', 'edit', 'copy', 'ready', 'published'] as StoryStatus[]);
  where.push(`s.status IN (${statuses.map(() => '?').join(',')})`);
  params.push(...statuses);
  if (query.agency) {
    where.push('s.agency = ? COLLATE NOCASE');
    params.push(query.agency);
  }
  if (query.tag) {
    where.push('EXISTS (SELECT 1 FROM story_tags st JOIN tags t ON t.id = st.tag_id WHERE st.story_id = s.id AND t.name = ?)');
    params.push(query.tag);
  }
  if (query.from) {
    where.push('s.updated_at >= ?');
    params.push(normaliseBound(query.from, 'start'));
  }
  if (query.to) {
    where.push('s.updated_at <= ?');
    params.push(normaliseBound(query.to, 'end'));
  }
  const order = query.order === 'relevance' ? 'rank, s.updated_at DESC' : 's.updated_at DESC, s.id DESC';
  const limit = query.limit ?? 50;
  const offset = query.offset ?? 0;
  try {
    const rows = db
      .prepare(
        `SELECT s.id, s.headline, s.status, s.slug, s.updated_at, bm25(story_fts, 10.0, 4.0, 1.0, 2.0, 1.0, 3.0) AS rank,
                snippet(story_fts, -1, '${MARK_OPEN}', '${MARK_CLOSE}', '…', 16) AS snip
         FROM story_fts JOIN stories s ON s.id = story_fts.rowid
         WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ? OFFSET ?`,
      )
      .all(...params, limit, offset) as Array<{
      id: number;
      headline: string;
      status: StoryStatus;
      slug: string;
      updated_at: string;
      rank: number;
      snip: string;
    }>;
    const total = (
      db
        .prepare(`SELECT count(*) AS n FROM story_fts JOIN stories s ON s.id = story_fts.rowid WHERE ${where.join(' AND ')}`)
        .get(...params) as { n: number }
    ).n;
    return {
      results: rows.map((r) => ({
        id: r.id,
        headline: r.headline,
        status: r.status,
        slug: r.slug,
        updated: r.updated_at,
        snippet: snippetHtml(r.snip),
        rank: r.rank,
      })),
      total,
    };
  } catch (err) {
    // The query builder quotes every term, so this is a malformed edge case, not an injection.
    if ((err as { code?: string }).code === 'SQLITE_ERROR') {
      throw new AppError('bad-input', `The search "${query.text}" could not be understood.`);
    }
    throw err;
  }
}
