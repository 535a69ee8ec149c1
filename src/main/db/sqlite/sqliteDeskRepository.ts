// DeskRepository over better-sqlite3: desk lists and counts (deskList.ts), waivers, the problem
// index, claims with compare-and-set, drafts kept as revisions, and the figure index.
import { AppError } from '../../../shared/contract/result';
import type { FigureQuery } from '../../../shared/credits/schemas';
import type { StoryPatch } from '../../../shared/story/model';
import type { DeskFilters, DeskQuery, WaiverRecord } from '../../../shared/workflow/schemas';
import type { Db } from '../connection';
import type { ClaimExpectation, ClaimRecord, DeskRepository, FigureIndexRow, KeepDraft, NewWaiver } from '../deskRepository';
import type { WriteContext } from '../storyRepository';
import { deskWhere, whereSql } from './deskFilters';
import { deskCounts, deskList } from './deskList';
import { escapeLike } from './sqlText';
import { statementsOf, type Prepare } from './statements';
import { nowIso, type SqliteStoryRepository } from './sqliteStoryRepository';
import { canonicalFields, snapshotSize, storyFieldsOf } from './storyRows';

interface ClaimRow {
  story_id: number;
  seat: string;
  holder: string;
  claimed_at: string;
  heartbeat_at: string;
  draft: string | null;
  draft_version: number | null;
}

interface WaiverRow {
  id: number;
  story_id: number;
  rule: string;
  field: string;
  idx: number | null;
  excerpt: string;
  reason: string;
  who: string;
  at: string;
}

const waiverOf = (r: WaiverRow): WaiverRecord => ({
  id: r.id,
  storyId: r.story_id,
  rule: r.rule,
  field: r.field,
  index: r.idx,
  excerpt: r.excerpt,
  reason: r.reason,
  by: r.who,
  at: r.at,
});

function claimOf(r: ClaimRow): ClaimRecord {
  const draft = r.draft && r.draft_version !== null ? { version: r.draft_version, patch: JSON.parse(r.draft) as StoryPatch } : null;
  return { storyId: r.story_id, seat: r.seat, holder: r.holder, claimedAt: r.claimed_at, heartbeatAt: r.heartbeat_at, draft };
}

export class SqliteDeskRepository implements DeskRepository {
  private readonly sql: Prepare;
  constructor(
    private readonly db: Db,
    private readonly stories: SqliteStoryRepository,
  ) {
    this.sql = statementsOf(db);
  }

  async list(query: DeskQuery, staleBefore: string) {
    return deskList(this.db, query, staleBefore);
  }

  async counts(filters: Omit<DeskFilters, 'status'>) {
    return deskCounts(this.db, filters);
  }

  // ---- waivers -------------------------------------------------------------------------------

  async waivers(storyId: number): Promise<WaiverRecord[]> {
    return (this.sql('SELECT * FROM finding_waivers WHERE story_id = ? ORDER BY id').all(storyId) as WaiverRow[]).map(waiverOf);
  }

  async addWaiver(storyId: number, w: NewWaiver, ctx: WriteContext): Promise<WaiverRecord> {
    return this.db.transaction(() => {
      this.mustExist(storyId);
      const now = nowIso();
      const id = Number(
        this.sql('INSERT INTO finding_waivers (story_id, rule, field, idx, excerpt, reason, who, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
          storyId,
          w.rule,
          w.field,
          w.index,
          w.excerpt,
          w.reason,
          ctx.author,
          now,
        ).lastInsertRowid,
      );
      const what = w.excerpt ? `“${w.excerpt.slice(0, 80)}”` : `${w.field}${w.index !== null ? ` ${w.index + 1}` : ''}`;
      this.event(storyId, 'waive', ctx, `Waived ${w.rule} on ${what}: ${w.reason}`, { waiverId: id, rule: w.rule, field: w.field }, now);
      return waiverOf(this.sql('SELECT * FROM finding_waivers WHERE id = ?').get(id) as WaiverRow);
    })();
  }

  async removeWaiver(storyId: number, waiverId: number, ctx: WriteContext, note: string): Promise<boolean> {
    return this.db.transaction(() => {
      const row = this.sql('SELECT * FROM finding_waivers WHERE id = ? AND story_id = ?').get(waiverId, storyId) as WaiverRow | undefined;
      if (!row) return false;
      this.sql('DELETE FROM finding_waivers WHERE id = ?').run(waiverId);
      this.event(
        storyId,
        'unwaive',
        ctx,
        `Waiver of ${row.rule} withdrawn${note ? `: ${note}` : ''}`,
        { waiverId, rule: row.rule },
        nowIso(),
      );
      return true;
    })();
  }

  // ---- problem index ---------------------------------------------------------------------------

  async problemsToRefresh(signature: string, limit: number): Promise<number[]> {
    return this.sql(
      `SELECT s.id FROM stories s LEFT JOIN story_problems p ON p.story_id = s.id
         WHERE p.story_id IS NULL OR p.version != s.version OR p.signature != ? ORDER BY s.updated_at DESC LIMIT ?`,
    )
      .pluck()
      .all(signature, limit) as number[];
  }

  async setProblems(storyId: number, version: number, signature: string, errors: number, warnings: number): Promise<boolean> {
    const before = this.sql('SELECT errors FROM story_problems WHERE story_id = ?').pluck().get(storyId) as number | undefined;
    // Only if the story still exists: a refresh may race a delete.
    this.sql(
      `INSERT INTO story_problems (story_id, version, signature, errors, warnings, checked_at)
         SELECT id, ?, ?, ?, ?, ? FROM stories WHERE id = ?
         ON CONFLICT(story_id) DO UPDATE SET version = excluded.version, signature = excluded.signature,
           errors = excluded.errors, warnings = excluded.warnings, checked_at = excluded.checked_at`,
    ).run(version, signature, errors, warnings, nowIso(), storyId);
    return before !== errors;
  }

  // ---- claims ----------------------------------------------------------------------------------

  async claim(storyId: number): Promise<ClaimRecord | null> {
    const row = this.sql('SELECT * FROM story_claims WHERE story_id = ?').get(storyId) as ClaimRow | undefined;
    return row ? claimOf(row) : null;
  }

  private putClaimSync(next: ClaimRecord, expected: ClaimExpectation): boolean {
    const draft = next.draft ? JSON.stringify(next.draft.patch) : null;
    const version = next.draft?.version ?? null;
    if (expected === null) {
      const result = this.sql(
        `INSERT INTO story_claims (story_id, seat, holder, claimed_at, heartbeat_at, draft, draft_version)
           SELECT id, ?, ?, ?, ?, ?, ? FROM stories WHERE id = ? ON CONFLICT(story_id) DO NOTHING`,
      ).run(next.seat, next.holder, next.claimedAt, next.heartbeatAt, draft, version, next.storyId);
      return result.changes === 1;
    }
    const result = this.sql(
      `UPDATE story_claims SET seat = ?, holder = ?, claimed_at = ?, heartbeat_at = ?, draft = ?, draft_version = ?
         WHERE story_id = ? AND seat = ? AND heartbeat_at = ?`,
    ).run(next.seat, next.holder, next.claimedAt, next.heartbeatAt, draft, version, next.storyId, expected.seat, expected.heartbeatAt);
    return result.changes === 1;
  }

  async putClaim(next: ClaimRecord, expected: ClaimExpectation): Promise<boolean> {
    return this.putClaimSync(next, expected);
  }

  async dropClaim(storyId: number, seat: string): Promise<boolean> {
    return this.sql('DELETE FROM story_claims WHERE story_id = ? AND seat = ?').run(storyId, seat).changes === 1;
  }

  async transferClaim(next: ClaimRecord, expected: ClaimExpectation, keep: KeepDraft | null, ctx: WriteContext, note: string) {
    return this.db.transaction(() => {
      if (!this.putClaimSync(next, expected)) return { ok: false, revisionId: null };
      const revisionId = keep ? this.keepDraftSync(next.storyId, keep) : null;
      const kept = revisionId ? ` Their unsaved text is kept as revision ${revisionId}.` : '';
      this.event(next.storyId, 'takeover', ctx, `${note}${kept}`, { revisionId }, nowIso());
      return { ok: true, revisionId };
    })();
  }

  private keepDraftSync(storyId: number, keep: KeepDraft): number {
    const current = this.stories.getSync(storyId);
    if (!current) throw new AppError('not-found', `Story ${storyId} does not exist.`);
    const fields = canonicalFields({ ...storyFieldsOf(current), ...keep.patch });
    const snapshot = JSON.stringify(fields);
    const last = this.sql('SELECT id, kind, snapshot, size FROM revisions WHERE story_id = ? ORDER BY id DESC LIMIT 1').get(storyId) as
      { id: number; kind: string; snapshot: string; size: number } | undefined;
    // A seat that keeps beating with the same late text must not pile up identical revisions.
    if (last && last.kind === 'takeover' && last.snapshot === snapshot) return last.id;
    const size = snapshotSize(fields);
    return Number(
      this.sql(
        `INSERT INTO revisions (story_id, kind, author, note, created_at, story_version, snapshot, size, delta)
           VALUES (?, 'takeover', ?, ?, ?, ?, ?, ?, ?)`,
      ).run(storyId, keep.author, keep.note, nowIso(), current.version, snapshot, size, size - (last?.size ?? 0)).lastInsertRowid,
    );
  }

  async keepDraft(storyId: number, keep: KeepDraft): Promise<number> {
    return this.db.transaction(() => this.keepDraftSync(storyId, keep))();
  }

  // ---- figures and media -------------------------------------------------------------------------

  async figures(query: Omit<FigureQuery, 'problem' | 'limit' | 'offset'>): Promise<FigureIndexRow[]> {
    const where = deskWhere({ ...(query.status ? { status: query.status } : {}), ...(query.agency ? { agency: query.agency } : {}) });
    const clauses = [whereSql(where)];
    const params = [...where.params];
    const text = query.text?.trim();
    if (text) {
      clauses.push(`(f.caption LIKE ? ESCAPE '\\' OR f.credit LIKE ? ESCAPE '\\' OR f.alt LIKE ? ESCAPE '\\')`);
      const like = `%${escapeLike(text)}%`;
      params.push(like, like, like);
    }
    const rows = this.sql(
      `SELECT f.story_id, s.version, f.position, f.media_id, f.caption, f.credit, f.alt, s.headline, s.status, s.agency
         FROM story_figures f JOIN stories s ON s.id = f.story_id
         WHERE ${clauses.join(' AND ')} ORDER BY s.updated_at DESC, s.id DESC, f.position`,
    )
      .raw()
      .all(...params) as Array<
      [number, number, number, string | null, string, string, string, string, FigureIndexRow['status'], string | null]
    >;
    return rows.map(([storyId, storyVersion, index, mediaId, caption, credit, alt, headline, status, agency]) => ({
      storyId,
      storyVersion,
      index,
      mediaId,
      caption,
      credit,
      alt,
      headline,
      status,
      agency,
    }));
  }

  async setMediaCredit(mediaId: string, credit: { creditLine: string; creator: string }): Promise<void> {
    this.sql('UPDATE media SET credit = ?, creator = ? WHERE id = ?').run(credit.creditLine, credit.creator, mediaId);
  }

  // ---- helpers -----------------------------------------------------------------------------------

  private mustExist(storyId: number): void {
    if (!this.sql('SELECT 1 FROM stories WHERE id = ?').get(storyId)) throw new AppError('not-found', `Story ${storyId} does not exist.`);
  }

  private event(storyId: number, kind: string, ctx: WriteContext, note: string, data: unknown, at: string): void {
    this.sql(
      'INSERT INTO story_events (story_id, at, who, kind, from_status, to_status, note, data) VALUES (?, ?, ?, ?, NULL, NULL, ?, ?)',
    ).run(storyId, at, ctx.author, kind, note, JSON.stringify(data));
  }
}
