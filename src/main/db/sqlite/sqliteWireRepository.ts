// WireRepository over better-sqlite3. A batch is one transaction; each file inside it is a
// savepoint, so one bad file rolls back alone and nothing half-imported is ever committed.
import { AppError } from '../../../shared/contract/result';
import type { ParsedItem } from '../../../shared/ingest/types';
import { storyFieldsFromItem } from '../../../shared/story/fromParsed';
import type { ImportFileResult, StoryFlag, WireItemView, FlagKind } from '../../../shared/wire/model';
import type { Db } from '../connection';
import type { WriteContext } from '../storyRepository';
import type { RepairRevertStore } from '../repairReverts';
import type { BatchResult, PreparedFile, WireRepository } from '../wireRepository';
import { SqliteRepairReverts } from './sqliteRepairReverts';
import { nowIso, type SqliteStoryRepository } from './sqliteStoryRepository';
import { statementCache, type Prepare } from './statements';

/** A write-thru under the same slug within this window is a new version of the same story. */
const WRITE_THRU_WINDOW_MS = 48 * 3600 * 1000;

class DuplicateFile extends Error {}

interface ItemRow {
  id: number;
  file_id: number;
  item_index: number;
  parsed: string;
  agency: string | null;
  agency_id: string | null;
  version: string | null;
  slug: string | null;
  headline: string;
  advisory: string | null;
  received_at: string;
  previous_id: number | null;
  concerns_id: number | null;
}

/** Agency priority as a number for sorting: 1 = flash … 7 = deferred. */
export function priorityNumber(raw: string | null): number | null {
  if (!raw) return null;
  const text = raw.trim().toLowerCase();
  if (/^\d+$/.test(text)) return Math.min(9, Number(text));
  const letters: Record<string, number> = { f: 1, b: 2, u: 3, r: 5, d: 7, a: 4 };
  return letters[text[0] ?? ''] ?? null;
}

function versionNumber(v: string | null): number | null {
  if (!v) return null;
  const m = /(\d+)(?!.*\d)/.exec(v);
  return m ? Number(m[1]) : null;
}

export class SqliteWireRepository implements WireRepository {
  private readonly sql: Prepare;
  constructor(
    private readonly db: Db,
    private readonly stories: SqliteStoryRepository,
  ) {
    this.sql = statementCache(db);
  }

  async importBatch(files: PreparedFile[], ctx: WriteContext): Promise<BatchResult> {
    const flagged = new Set<number>();
    const results = this.db.transaction(() =>
      files.map((file): ImportFileResult => {
        try {
          return this.db.transaction(() => this.importOne(file, ctx, flagged))();
        } catch (err) {
          if (err instanceof DuplicateFile) {
            return { file: file.fileName, outcome: 'duplicate', message: err.message, format: file.format, wireItemIds: [], storyIds: [] };
          }
          const message = `${file.fileName}: could not be stored (${(err as Error).message})`;
          return { file: file.fileName, outcome: 'rejected', message, format: file.format, wireItemIds: [], storyIds: [] };
        }
      }),
    )();
    return { results, flaggedStoryIds: [...flagged] };
  }

  private importOne(file: PreparedFile, ctx: WriteContext, flagged: Set<number>): ImportFileResult {
    const existing = this.sql('SELECT id, received_at FROM wire_files WHERE sha256 = ?').get(file.sha256) as
      { id: number; received_at: string } | undefined;
    if (existing)
      throw new DuplicateFile(
        `${file.fileName}: already imported (same file received ${existing.received_at.slice(0, 16).replace('T', ' ')})`,
      );
    const now = nowIso();
    const fileId = Number(
      this.sql('INSERT INTO wire_files (sha256, file_name, raw, format, encoding, received_at) VALUES (?, ?, ?, ?, ?, ?)').run(
        file.sha256,
        file.fileName,
        Buffer.from(file.raw),
        file.format,
        file.encoding,
        now,
      ).lastInsertRowid,
    );
    const wireItemIds: number[] = [];
    const storyIds: number[] = [];
    let duplicates = 0;
    file.items.forEach((item, index) => {
      const agency = item.agency?.trim() || null;
      const agencyId = item.agency_id?.trim() || null;
      const version = item.version?.trim() || null;
      if (agencyId && this.findItem(agency, agencyId, version, item.advisory)) {
        duplicates++;
        return;
      }
      const previous = this.findPrevious(agency, agencyId, item.slug, version, now);
      const concerns = item.advisory ? this.findPrevious(agency, agencyId, item.slug, null, now, true) : null;
      const itemId = Number(
        this.sql(
          `INSERT INTO wire_items (file_id, item_index, parsed, agency, agency_id, version, slug, headline, advisory, received_at, previous_id, concerns_id)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(
          fileId,
          index,
          JSON.stringify(item),
          agency,
          agencyId,
          version,
          item.slug?.trim() || null,
          item.headline,
          item.advisory,
          now,
          item.advisory ? null : (previous?.id ?? null),
          concerns?.id ?? null,
        ).lastInsertRowid,
      );
      wireItemIds.push(itemId);
      const advisoryKind = advisoryFlag(item);
      if (advisoryKind && concerns) {
        // A notice about an item we have: flag every story made from it; no new story to edit.
        for (const storyId of this.storiesOfChain(concerns.id)) {
          this.raiseFlag(storyId, advisoryKind, itemId, advisoryMessage(advisoryKind, item), now);
          flagged.add(storyId);
        }
        return;
      }
      const story = this.stories.createSync(
        {
          status: 'wire',
          wireItemId: itemId,
          agency,
          priority: priorityNumber(item.priority),
          fields: storyFieldsFromItem(item),
          revisionKind: 'import',
        },
        ctx,
      );
      storyIds.push(story.id);
      if (advisoryKind) {
        this.raiseFlag(story.id, advisoryKind, itemId, advisoryMessage(advisoryKind, item), now);
      }
      if (previous && !item.advisory) {
        const newer = versionNumber(version);
        const older = versionNumber(previous.version);
        if (newer === null || older === null || newer > older) {
          for (const storyId of this.storiesOfChain(previous.id)) {
            const label = version ? `version ${version}` : 'a newer version';
            this.raiseFlag(storyId, 'update', itemId, `The wire sent ${label} of this item: ${item.headline}`, now);
            flagged.add(storyId);
          }
        }
      }
    });
    if (duplicates > 0 && wireItemIds.length === 0) {
      throw new DuplicateFile(`${file.fileName}: every item in it was already imported (same agency id and version)`);
    }
    const note = duplicates ? ` (${duplicates} duplicate item${duplicates > 1 ? 's' : ''} skipped)` : '';
    return {
      file: file.fileName,
      outcome: 'imported',
      message: `${file.fileName}: ${wireItemIds.length} item${wireItemIds.length === 1 ? '' : 's'} imported as ${file.format}${note}`,
      format: file.format,
      wireItemIds,
      storyIds,
    };
  }

  /** The same agency item (id, version, and kind: a kill notice may reuse the item's id). */
  private findItem(agency: string | null, agencyId: string, version: string | null, advisory: string | null): ItemRow | undefined {
    return this.sql('SELECT * FROM wire_items WHERE agency IS ? AND agency_id = ? AND version IS ? AND advisory IS ? LIMIT 1').get(
      agency,
      agencyId,
      version,
      advisory,
    ) as ItemRow | undefined;
  }

  /** The latest earlier item this one follows: same agency id, or a write-thru under the same slug. */
  private findPrevious(
    agency: string | null,
    agencyId: string | null,
    slug: string | null,
    version: string | null,
    now: string,
    anyVersion = false,
  ): ItemRow | undefined {
    if (agencyId) {
      const byId = this.sql(
        `SELECT * FROM wire_items WHERE agency IS ? AND agency_id = ? AND (? OR version IS NOT ?) AND advisory IS NULL
           ORDER BY id DESC LIMIT 1`,
      ).get(agency, agencyId, anyVersion ? 1 : 0, version) as ItemRow | undefined;
      if (byId) return byId;
    }
    const cleanSlug = slug?.trim();
    if (!cleanSlug || !agency) return undefined;
    const since = new Date(Date.parse(now) - WRITE_THRU_WINDOW_MS).toISOString();
    return this.sql(
      `SELECT * FROM wire_items WHERE agency = ? AND slug = ? COLLATE NOCASE AND received_at >= ? AND advisory IS NULL
         ORDER BY id DESC LIMIT 1`,
    ).get(agency, cleanSlug, since) as ItemRow | undefined;
  }

  /** Stories made from this item or any earlier version of it. */
  private storiesOfChain(itemId: number): number[] {
    const rows = this.sql(
      `WITH RECURSIVE chain(id) AS (SELECT ? UNION SELECT w.previous_id FROM wire_items w JOIN chain c ON w.id = c.id WHERE w.previous_id IS NOT NULL)
         SELECT s.id FROM stories s JOIN chain c ON s.wire_item_id = c.id`,
    ).all(itemId) as Array<{ id: number }>;
    return rows.map((r) => r.id);
  }

  private raiseFlag(storyId: number, kind: FlagKind, wireItemId: number, message: string, now: string): void {
    this.sql('INSERT INTO story_flags (story_id, kind, wire_item_id, message, created_at) VALUES (?, ?, ?, ?, ?)').run(
      storyId,
      kind,
      wireItemId,
      message,
      now,
    );
  }

  async get(id: number): Promise<WireItemView | null> {
    const row = this.sql(
      'SELECT i.*, f.file_name, f.format, f.encoding FROM wire_items i JOIN wire_files f ON f.id = i.file_id WHERE i.id = ?',
    ).get(id) as (ItemRow & { file_name: string; format: WireItemView['format']; encoding: string }) | undefined;
    if (!row) return null;
    const newer = this.sql('SELECT id FROM wire_items WHERE previous_id = ? ORDER BY id').all(id) as Array<{ id: number }>;
    const stories = this.sql('SELECT id FROM stories WHERE wire_item_id = ? ORDER BY id').all(id) as Array<{ id: number }>;
    return {
      id: row.id,
      fileName: row.file_name,
      format: row.format,
      encoding: row.encoding,
      receivedAt: row.received_at,
      itemIndex: row.item_index,
      agency: row.agency,
      agencyId: row.agency_id,
      version: row.version,
      slug: row.slug,
      headline: row.headline,
      advisory: row.advisory,
      item: JSON.parse(row.parsed) as ParsedItem,
      previousId: row.previous_id,
      newerIds: newer.map((r) => r.id),
      concernsId: row.concerns_id,
      storyIds: stories.map((r) => r.id),
    };
  }

  async raw(id: number) {
    const row = this.sql(
      'SELECT f.file_name, f.encoding, f.raw FROM wire_items i JOIN wire_files f ON f.id = i.file_id WHERE i.id = ?',
    ).get(id) as { file_name: string; encoding: string; raw: Buffer } | undefined;
    return row ? { fileName: row.file_name, encoding: row.encoding, bytes: new Uint8Array(row.raw) } : null;
  }

  async flags(storyId: number): Promise<StoryFlag[]> {
    const rows = this.sql('SELECT * FROM story_flags WHERE story_id = ? ORDER BY id DESC').all(storyId) as FlagRow[];
    return rows.map(flagOf);
  }

  private revertStore: RepairRevertStore | null = null;

  reverts(): RepairRevertStore {
    return (this.revertStore ??= new SqliteRepairReverts(this.db));
  }

  async acknowledgeFlag(flagId: number, ctx: WriteContext, note: string): Promise<StoryFlag> {
    const row = this.sql('SELECT * FROM story_flags WHERE id = ?').get(flagId) as FlagRow | undefined;
    if (!row) throw new AppError('not-found', `Flag ${flagId} does not exist.`);
    if (row.acknowledged_at) return flagOf(row);
    const now = nowIso();
    this.db.transaction(() => {
      this.sql('UPDATE story_flags SET acknowledged_by = ?, acknowledged_at = ?, ack_note = ? WHERE id = ?').run(
        ctx.author,
        now,
        note,
        flagId,
      );
      this.sql("INSERT INTO story_events (story_id, at, who, kind, note, data) VALUES (?, ?, ?, 'flag-ack', ?, ?)").run(
        row.story_id,
        now,
        ctx.author,
        note || `Acknowledged: ${row.message}`,
        JSON.stringify({ flagId, kind: row.kind }),
      );
    })();
    return flagOf(this.sql('SELECT * FROM story_flags WHERE id = ?').get(flagId) as FlagRow);
  }
}

interface FlagRow {
  id: number;
  story_id: number;
  kind: FlagKind;
  wire_item_id: number | null;
  message: string;
  created_at: string;
  acknowledged_by: string | null;
  acknowledged_at: string | null;
  ack_note: string;
}

function flagOf(r: FlagRow): StoryFlag {
  return {
    id: r.id,
    storyId: r.story_id,
    kind: r.kind,
    wireItemId: r.wire_item_id,
    message: r.message,
    createdAt: r.created_at,
    acknowledgedBy: r.acknowledged_by,
    acknowledgedAt: r.acknowledged_at,
    ackNote: r.ack_note,
  };
}

function advisoryFlag(item: ParsedItem): FlagKind | null {
  switch (item.advisory) {
    case 'kill':
    case 'canceled':
      return 'kill';
    case 'withheld':
      return 'withheld';
    case 'hold':
      return 'hold';
    case 'correction':
    case 'substitute':
    case 'eds-note':
      return 'correction';
    default:
      return null;
  }
}

function advisoryMessage(kind: FlagKind, item: ParsedItem): string {
  const detail = (item.ednote ?? item.headline).replace(/\s+/g, ' ').trim().slice(0, 300);
  const what = {
    kill: 'KILL: the agency withdrew this item',
    withheld: 'WITHHELD: the agency withheld this item',
    hold: 'HOLD: do not publish yet',
    correction: 'CORRECTION from the agency',
    update: 'Newer version',
  }[kind];
  return detail ? `${what} — ${detail}` : what;
}
