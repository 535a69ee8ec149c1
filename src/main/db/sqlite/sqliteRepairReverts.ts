// RepairRevertStore over better-sqlite3: one row per reverted repair of a wire item.
import type { Db } from '../connection';
import type { RepairRevert, RepairRevertStore } from '../repairReverts';
import type { WriteContext } from '../storyRepository';
import { nowIso } from './sqliteStoryRepository';

interface Row {
  repair_index: number;
  reverted_by: string;
  reverted_at: string;
}

export class SqliteRepairReverts implements RepairRevertStore {
  constructor(private readonly db: Db) {}

  private listSync(wireItemId: number): RepairRevert[] {
    const rows = this.db
      .prepare('SELECT repair_index, reverted_by, reverted_at FROM wire_repair_reverts WHERE wire_item_id = ? ORDER BY repair_index')
      .all(wireItemId) as Row[];
    return rows.map((r) => ({ repairIndex: r.repair_index, by: r.reverted_by, at: r.reverted_at }));
  }

  async list(wireItemId: number): Promise<RepairRevert[]> {
    return this.listSync(wireItemId);
  }

  async set(wireItemId: number, repairIndex: number, reverted: boolean, ctx: WriteContext): Promise<RepairRevert[]> {
    return this.db.transaction(() => {
      if (reverted) {
        // First revert wins: reverting again does not rewrite who did it.
        this.db
          .prepare('INSERT OR IGNORE INTO wire_repair_reverts (wire_item_id, repair_index, reverted_by, reverted_at) VALUES (?, ?, ?, ?)')
          .run(wireItemId, repairIndex, ctx.author, nowIso());
      } else {
        this.db.prepare('DELETE FROM wire_repair_reverts WHERE wire_item_id = ? AND repair_index = ?').run(wireItemId, repairIndex);
      }
      return this.listSync(wireItemId);
    })();
  }
}
