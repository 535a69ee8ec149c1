// What the rewrite view needs to remember about a wire item's text repairs: which ones an editor
// reverted, who and when. No SQLite in sight (see storyRepository.ts for why).
import type { WriteContext } from './storyRepository';

export interface RepairRevert {
  /** Index in the parsed item's `repairs`. */
  repairIndex: number;
  by: string;
  at: string;
}

export interface RepairRevertStore {
  list(wireItemId: number): Promise<RepairRevert[]>;
  /** Mark one repair reverted (or put it back). Idempotent; returns the item's reverts after. */
  set(wireItemId: number, repairIndex: number, reverted: boolean, ctx: WriteContext): Promise<RepairRevert[]>;
}
