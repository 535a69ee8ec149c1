// StoryRepository over better-sqlite3. Every write is one transaction that also refreshes the
// derived rows (tags, figure index, search index) and records the revision or event it implies.
import { AppError } from '../../../shared/contract/result';
import type {
  Revision,
  RevisionKind,
  RevisionSummary,
  Story,
  StoryFields,
  StoryListQuery,
  StoryPatch,
  StorySearchQuery,
  StoryStatus,
  StorySummary,
} from '../../../shared/story/model';
import { storyFieldsSchema } from '../../../shared/story/model';
import type { Db } from '../connection';
import type { CreateStoryInput, StoryEvent, StoryRepository, UpdateOptions, WriteContext } from '../storyRepository';
import { deskWhere, whereSql } from './deskFilters';
import { searchStories } from './search';
import { SqliteDeskRepository } from './sqliteDeskRepository';
import { statementCache, type Prepare } from './statements';
import { escapeLike } from './sqlText';
import { canonicalFields, defaultFields, deriveColumns, rowToStory, snapshotSize, storyFieldsOf, type StoryRow } from './storyRows';

/** Consecutive autosaves by one author fold into one revision, but a new one starts this often. */
const AUTOSAVE_WINDOW_MS = 10 * 60 * 1000;

export function nowIso(): string {
  return new Date().toISOString();
}

export class SqliteStoryRepository implements StoryRepository {
  private readonly sql: Prepare;
  constructor(private readonly db: Db) {
    this.sql = statementCache(db);
  }

  // ---- reads -------------------------------------------------------------------------------

  private row(id: number): StoryRow | undefined {
    return this.sql('SELECT * FROM stories WHERE id = ?').get(id) as StoryRow | undefined;
  }

  private tagsOf(id: number): string[] {
    return (
      this.sql('SELECT t.name FROM story_tags st JOIN tags t ON t.id = st.tag_id WHERE st.story_id = ? ORDER BY st.position').all(
        id,
      ) as Array<{ name: string }>
    ).map((r) => r.name);
  }

  getSync(id: number): Story | null {
    const row = this.row(id);
    return row ? rowToStory(row, this.tagsOf(id)) : null;
  }

  private mustGet(id: number): Story {
    const story = this.getSync(id);
    if (!story) throw new AppError('not-found', `Story ${id} does not exist.`);
    return story;
  }

  async get(id: number): Promise<Story | null> {
    return this.getSync(id);
  }

  async list(query: StoryListQuery): Promise<{ stories: StorySummary[]; total: number }> {
    // The desk's filters (status defaulting to everything but spiked, agency, tag, dates).
    const where = deskWhere(query);
    const { params } = where;
    const filterSql = `WHERE ${whereSql(where)}`;
    const dir = query.direction === 'asc' ? 'ASC' : 'DESC';
    const order = {
      updated: `s.updated_at ${dir}, s.id ${dir}`,
      created: `s.created_at ${dir}, s.id ${dir}`,
      priority: `s.priority IS NULL, s.priority ${dir === 'DESC' ? 'ASC' : 'DESC'}, s.updated_at DESC`,
      agency: `s.agency IS NULL, s.agency COLLATE NOCASE ${dir === 'DESC' ? 'ASC' : 'DESC'}, s.updated_at DESC`,
      headline: `s.headline COLLATE NOCASE ${dir === 'DESC' ? 'ASC' : 'DESC'}, s.id`,
    }[query.sort ?? 'updated'];
    const limit = query.limit ?? 100;
    const offset = query.offset ?? 0;
    const rows = this.sql(
      `SELECT s.id, s.slug, s.status, s.headline, s.byline, s.agency, s.priority, s.words, s.created_at, s.updated_at, s.version,
                (SELECT group_concat(t.name, char(31)) FROM (SELECT t.name FROM story_tags st JOIN tags t ON t.id = st.tag_id
                   WHERE st.story_id = s.id ORDER BY st.position) t) AS tag_names
         FROM stories s ${filterSql} ORDER BY ${order} LIMIT ? OFFSET ?`,
    ).all(...params, limit, offset) as Array<StoryRow & { tag_names: string | null }>;
    const total = (this.sql(`SELECT count(*) AS n FROM stories s ${filterSql}`).get(...params) as { n: number }).n;
    return { stories: rows.map(summaryOf), total };
  }

  async search(query: StorySearchQuery) {
    return searchStories(this.db, query);
  }

  async revisions(storyId: number): Promise<RevisionSummary[]> {
    const rows = this.sql(
      'SELECT id, story_id, kind, author, note, created_at, story_version, size, delta FROM revisions WHERE story_id = ? ORDER BY id DESC',
    ).all(storyId) as RevisionRow[];
    return rows.map(revisionSummaryOf);
  }

  async revision(id: number): Promise<Revision | null> {
    const row = this.sql('SELECT * FROM revisions WHERE id = ?').get(id) as (RevisionRow & { snapshot: string }) | undefined;
    if (!row) return null;
    const fields = storyFieldsSchema.parse(JSON.parse(row.snapshot)) as StoryFields;
    return { ...revisionSummaryOf(row), fields };
  }

  async events(storyId: number): Promise<StoryEvent[]> {
    const rows = this.sql('SELECT * FROM story_events WHERE story_id = ? ORDER BY id DESC').all(storyId) as Array<{
      id: number;
      story_id: number;
      at: string;
      who: string;
      kind: string;
      from_status: StoryStatus | null;
      to_status: StoryStatus | null;
      note: string;
      data: string | null;
    }>;
    return rows.map((r) => ({
      id: r.id,
      storyId: r.story_id,
      at: r.at,
      who: r.who,
      kind: r.kind,
      fromStatus: r.from_status,
      toStatus: r.to_status,
      note: r.note,
      data: r.data ? JSON.parse(r.data) : null,
    }));
  }

  async tags(prefix: string | undefined, limit: number) {
    return this.sql(
      `SELECT t.name, count(st.story_id) AS count FROM tags t LEFT JOIN story_tags st ON st.tag_id = t.id
         WHERE (? IS NULL OR t.name LIKE ? ESCAPE '\\') GROUP BY t.id ORDER BY count DESC, t.name LIMIT ?`,
    ).all(prefix ?? null, prefix ? `${escapeLike(prefix)}%` : null, limit) as Array<{ name: string; count: number }>;
  }

  // ---- writes ------------------------------------------------------------------------------

  async create(input: CreateStoryInput, ctx: WriteContext): Promise<Story> {
    return this.createSync(input, ctx);
  }

  createSync(input: CreateStoryInput, ctx: WriteContext): Story {
    const fields = canonicalFields({ ...defaultFields(), ...input.fields });
    const now = nowIso();
    const id = this.db.transaction(() => {
      const derived = deriveColumns(fields);
      const result = this.sql(
        `INSERT INTO stories (slug, status, headline, headline_doc, deck, deck_doc, byline, dateline, body, body_text, words,
             credit, copyright, language, wire_item_id, agency, priority, created_at, updated_at, version)
           VALUES (@slug, @status, @headline, @headlineDoc, @deck, @deckDoc, @byline, @dateline, @body, @bodyText, @words,
             @credit, @copyright, @language, @wireItemId, @agency, @priority, @now, @now, 1)`,
      ).run({
        ...fieldParams(fields),
        bodyText: derived.bodyText,
        words: derived.words,
        status: input.status ?? 'edit',
        wireItemId: input.wireItemId ?? null,
        agency: input.agency ?? null,
        priority: input.priority ?? null,
        now,
      });
      const storyId = Number(result.lastInsertRowid);
      this.writeDerived(storyId, fields, derived);
      this.insertRevision(storyId, 1, fields, input.revisionKind ?? 'save', ctx, 'Created', now);
      this.insertEvent(storyId, 'create', ctx, null, input.status ?? 'edit', '', null, now);
      return storyId;
    })();
    return this.mustGet(id);
  }

  async update(id: number, expectedVersion: number, patch: StoryPatch, options: UpdateOptions, ctx: WriteContext): Promise<Story> {
    return this.updateSync(id, expectedVersion, patch, options, ctx);
  }

  updateSync(id: number, expectedVersion: number, patch: StoryPatch, options: UpdateOptions, ctx: WriteContext): Story {
    return this.db.transaction(() => {
      const current = this.mustGet(id);
      if (current.version !== expectedVersion) {
        throw new AppError(
          'conflict',
          `Story ${id} was saved elsewhere since you opened it (yours: version ${expectedVersion}, stored: version ${current.version}). Nothing was overwritten.`,
          { current },
        );
      }
      // A rich field sent without its plain text (or vice versa) must not keep a stale twin.
      const merged: StoryFields = { ...storyFieldsOf(current), ...patch };
      if (patch.headline !== undefined && patch.headlineDoc === undefined) merged.headlineDoc = null;
      if (patch.deck !== undefined && patch.deckDoc === undefined) merged.deckDoc = null;
      const fields = canonicalFields(merged);
      const now = nowIso();
      const version = current.version + 1;
      const derived = deriveColumns(fields);
      this.sql(
        `UPDATE stories SET slug=@slug, headline=@headline, headline_doc=@headlineDoc, deck=@deck, deck_doc=@deckDoc,
             byline=@byline, dateline=@dateline, body=@body, body_text=@bodyText, words=@words, credit=@credit,
             copyright=@copyright, language=@language, updated_at=@now, version=@version WHERE id=@id`,
      ).run({ ...fieldParams(fields), bodyText: derived.bodyText, words: derived.words, now, version, id });
      this.writeDerived(id, fields, derived);
      this.recordRevision(id, version, fields, options, ctx, now);
      return this.mustGet(id);
    })();
  }

  private recordRevision(id: number, version: number, fields: StoryFields, options: UpdateOptions, ctx: WriteContext, now: string) {
    if (options.mode === 'autosave') {
      const last = this.sql('SELECT id, kind, author, created_at FROM revisions WHERE story_id = ? ORDER BY id DESC LIMIT 1').get(id) as
        { id: number; kind: string; author: string; created_at: string } | undefined;
      const firstOfRun = this.sql(
        `SELECT min(created_at) AS started FROM revisions WHERE story_id = ? AND kind = 'autosave'
             AND id > coalesce((SELECT max(id) FROM revisions WHERE story_id = ? AND kind != 'autosave'), 0)`,
      ).get(id, id) as { started: string | null };
      const runStarted = firstOfRun.started ? Date.parse(firstOfRun.started) : Date.now();
      if (last && last.kind === 'autosave' && last.author === ctx.author && Date.now() - runStarted < AUTOSAVE_WINDOW_MS) {
        const previous = this.sql('SELECT size FROM revisions WHERE story_id = ? AND id < ? ORDER BY id DESC LIMIT 1').get(id, last.id) as
          { size: number } | undefined;
        const size = snapshotSize(fields);
        this.sql('UPDATE revisions SET snapshot = ?, story_version = ?, size = ?, delta = ?, created_at = ? WHERE id = ?').run(
          JSON.stringify(fields),
          version,
          size,
          size - (previous?.size ?? 0),
          now,
          last.id,
        );
        return;
      }
    }
    this.insertRevision(id, version, fields, options.mode, ctx, options.note ?? '', now);
  }

  async keepConflictingCopy(id: number, patch: StoryPatch, ctx: WriteContext): Promise<number> {
    return this.db.transaction(() => {
      const current = this.mustGet(id);
      const fields = canonicalFields({ ...storyFieldsOf(current), ...patch });
      this.insertRevision(
        id,
        current.version,
        fields,
        'conflict',
        ctx,
        `Unsaved text from ${ctx.author}, kept after a conflicting save`,
        nowIso(),
      );
      return (this.sql('SELECT max(id) AS id FROM revisions WHERE story_id = ?').get(id) as { id: number }).id;
    })();
  }

  async setStatus(id: number, status: StoryStatus, ctx: WriteContext, note = '', data?: unknown): Promise<Story> {
    return this.db.transaction(() => {
      const current = this.mustGet(id);
      if (current.status === status) return current;
      const now = nowIso();
      this.sql(
        `UPDATE stories SET status = ?, status_before_spike = CASE WHEN ? = 'spiked' THEN status ELSE NULL END,
             updated_at = ? WHERE id = ?`,
      ).run(status, status, now, id);
      this.insertEvent(id, status === 'spiked' ? 'spike' : 'status', ctx, current.status, status, note, data ?? null, now);
      return this.mustGet(id);
    })();
  }

  async spike(id: number, ctx: WriteContext, note = ''): Promise<Story> {
    return this.setStatus(id, 'spiked', ctx, note);
  }

  async statusBeforeSpike(id: number): Promise<StoryStatus | null> {
    const row = this.row(id);
    if (!row) throw new AppError('not-found', `Story ${id} does not exist.`);
    return row.status === 'spiked' ? ((row.status_before_spike as StoryStatus | null) ?? 'edit') : null;
  }

  async unspike(id: number, ctx: WriteContext, note = '', to?: StoryStatus): Promise<Story> {
    return this.db.transaction(() => {
      const row = this.row(id);
      if (!row) throw new AppError('not-found', `Story ${id} does not exist.`);
      if (row.status !== 'spiked') throw new AppError('refused', `Story ${id} is not spiked.`);
      const back = to ?? (row.status_before_spike as StoryStatus | null) ?? 'edit';
      const now = nowIso();
      this.sql('UPDATE stories SET status = ?, status_before_spike = NULL, updated_at = ? WHERE id = ?').run(back, now, id);
      this.insertEvent(id, 'unspike', ctx, 'spiked', back, note, null, now);
      return this.mustGet(id);
    })();
  }

  async restoreRevision(storyId: number, revisionId: number, expectedVersion: number, ctx: WriteContext): Promise<Story> {
    const revision = await this.revision(revisionId);
    if (!revision || revision.storyId !== storyId) {
      throw new AppError('not-found', `Revision ${revisionId} does not belong to story ${storyId}.`);
    }
    const when = revision.createdAt.replace('T', ' ').slice(0, 16);
    return this.updateSync(
      storyId,
      expectedVersion,
      revision.fields,
      { mode: 'restore', note: `Restored revision ${revisionId} (${when})` },
      ctx,
    );
  }

  async recordEvent(storyId: number, kind: string, ctx: WriteContext, note = '', data?: unknown): Promise<void> {
    this.mustGet(storyId);
    this.insertEvent(storyId, kind, ctx, null, null, note, data ?? null, nowIso());
  }

  private deskRepository: SqliteDeskRepository | null = null;

  desk(): SqliteDeskRepository {
    return (this.deskRepository ??= new SqliteDeskRepository(this.db, this));
  }

  // ---- derived rows --------------------------------------------------------------------------

  private writeDerived(id: number, fields: StoryFields, derived: ReturnType<typeof deriveColumns>) {
    this.sql('DELETE FROM story_tags WHERE story_id = ?').run(id);
    const insertTag = this.sql('INSERT INTO tags (name) VALUES (?) ON CONFLICT(name) DO NOTHING');
    const tagId = this.sql('SELECT id FROM tags WHERE name = ?');
    const link = this.sql('INSERT OR IGNORE INTO story_tags (story_id, tag_id, position) VALUES (?, ?, ?)');
    fields.tags.forEach((tag, position) => {
      insertTag.run(tag);
      const row = tagId.get(tag) as { id: number };
      link.run(id, row.id, position);
    });
    this.sql('DELETE FROM story_figures WHERE story_id = ?').run(id);
    const fig = this.sql('INSERT INTO story_figures (story_id, position, media_id, caption, credit, alt) VALUES (?, ?, ?, ?, ?, ?)');
    for (const f of derived.figures) fig.run(id, f.position, f.mediaId, f.caption, f.credit, f.alt);
    this.sql('DELETE FROM story_fts WHERE rowid = ?').run(id);
    this.sql('INSERT INTO story_fts (rowid, headline, deck, body, captions, credits, tags) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      id,
      fields.headline,
      fields.deck,
      derived.bodyText,
      derived.captions,
      derived.credits,
      fields.tags.join(' '),
    );
  }

  private insertRevision(
    id: number,
    version: number,
    fields: StoryFields,
    kind: RevisionKind,
    ctx: WriteContext,
    note: string,
    now: string,
  ) {
    const previous = this.sql('SELECT size FROM revisions WHERE story_id = ? ORDER BY id DESC LIMIT 1').get(id) as
      { size: number } | undefined;
    const size = snapshotSize(fields);
    this.sql(
      `INSERT INTO revisions (story_id, kind, author, note, created_at, story_version, snapshot, size, delta)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, kind, ctx.author, note, now, version, JSON.stringify(fields), size, size - (previous?.size ?? 0));
  }

  private insertEvent(
    id: number,
    kind: string,
    ctx: WriteContext,
    from: StoryStatus | null,
    to: StoryStatus | null,
    note: string,
    data: unknown,
    now: string,
  ) {
    this.sql('INSERT INTO story_events (story_id, at, who, kind, from_status, to_status, note, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
      id,
      now,
      ctx.author,
      kind,
      from,
      to,
      note,
      data === null || data === undefined ? null : JSON.stringify(data),
    );
  }
}

interface RevisionRow {
  id: number;
  story_id: number;
  kind: RevisionKind;
  author: string;
  note: string;
  created_at: string;
  story_version: number;
  size: number;
  delta: number;
}

function revisionSummaryOf(r: RevisionRow): RevisionSummary {
  return {
    id: r.id,
    storyId: r.story_id,
    kind: r.kind,
    author: r.author,
    note: r.note,
    createdAt: r.created_at,
    storyVersion: r.story_version,
    size: r.size,
    delta: r.delta,
  };
}

function summaryOf(r: StoryRow & { tag_names: string | null }): StorySummary {
  return {
    id: r.id,
    slug: r.slug,
    status: r.status,
    headline: r.headline,
    byline: r.byline,
    agency: r.agency,
    priority: r.priority,
    words: r.words,
    tags: r.tag_names ? r.tag_names.split('\u001f') : [],
    created: r.created_at,
    updated: r.updated_at,
    version: r.version,
  };
}

function fieldParams(fields: StoryFields) {
  return {
    slug: fields.slug,
    headline: fields.headline,
    headlineDoc: fields.headlineDoc ? JSON.stringify(fields.headlineDoc) : null,
    deck: fields.deck,
    deckDoc: fields.deckDoc ? JSON.stringify(fields.deckDoc) : null,
    byline: fields.byline,
    dateline: fields.dateline,
    body: JSON.stringify(fields.body),
    credit: fields.credit,
    copyright: fields.copyright,
    language: fields.language,
  };
}
