// What the app needs from the wire store: keep originals, link versions and advisories, raise
// flags on stories. No SQLite in sight (see storyRepository.ts for why).
import type { ParsedItem, WireFormat } from '../../shared/ingest/types';
import type { ImportFileResult, StoryFlag, WireItemView } from '../../shared/wire/model';
import type { RepairRevertStore } from './repairReverts';
import type { WriteContext } from './storyRepository';

/** One file, already parsed, ready to be stored with its items. */
export interface PreparedFile {
  fileName: string;
  sha256: string;
  raw: Uint8Array;
  format: WireFormat;
  encoding: string;
  items: ParsedItem[];
}

export interface BatchResult {
  results: ImportFileResult[];
  /** Stories that were told something (new version, kill…): their editors get an event. */
  flaggedStoryIds: number[];
}

export interface WireRepository {
  /**
   * Store each file with its items and the stories made from them. Each file is all-or-nothing:
   * a file that fails leaves no trace, and the others in the batch are still stored.
   */
  importBatch(files: PreparedFile[], ctx: WriteContext): Promise<BatchResult>;
  get(id: number): Promise<WireItemView | null>;
  /** The original bytes of the file an item came from. */
  raw(id: number): Promise<{ fileName: string; encoding: string; bytes: Uint8Array } | null>;
  flags(storyId: number): Promise<StoryFlag[]>;
  acknowledgeFlag(flagId: number, ctx: WriteContext, note: string): Promise<StoryFlag>;
  /** Text repairs editors reverted on wire items (the rewrite view). */
  reverts(): RepairRevertStore;
}
