// Importing wire files: parse each (pure parsers), then store them in batches — one transaction
// per batch, one savepoint per file — reporting progress and stopping cleanly when cancelled.
import { createHash } from 'node:crypto';
import { parseWire, DEFAULT_MAX_BYTES } from '../../shared/ingest/index';
import type { ImportFileResult, ImportSummary } from '../../shared/wire/model';
import type { WriteContext } from '../db/storyRepository';
import type { PreparedFile, WireRepository } from '../db/wireRepository';

/** A file to import; bytes are read only when its turn comes (and never when it is too large). */
export interface ImportSource {
  name: string;
  size: number;
  read(): Promise<Uint8Array>;
}

export interface ImportProgress {
  done: number;
  total: number;
  file: string;
}

export interface ImportOptions {
  signal?: AbortSignal;
  onProgress?(progress: ImportProgress): void;
  /** Called after each committed batch with the stories the wire flagged (new version, kill…). */
  onFlagged?(storyIds: number[]): void;
  typography?: boolean;
  maxBytes?: number;
}

/** Files per transaction: big enough to amortise the commit, small enough for steady progress. */
const BATCH_FILES = 200;
const BATCH_MS = 250;

export function bytesSource(name: string, bytes: Uint8Array): ImportSource {
  return { name, size: bytes.byteLength, read: async () => bytes };
}

function rejected(file: string, message: string, format: string | null = null): ImportFileResult {
  return { file, outcome: 'rejected', message, format, wireItemIds: [], storyIds: [] };
}

export async function importSources(
  wire: WireRepository,
  ctx: WriteContext,
  sources: ImportSource[],
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const results: ImportFileResult[] = [];
  let pending: PreparedFile[] = [];
  let batchStarted = Date.now();
  let done = 0;
  let cancelled = false;

  const flush = async () => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    const { results: stored, flaggedStoryIds } = await wire.importBatch(batch, ctx);
    results.push(...stored);
    if (flaggedStoryIds.length) options.onFlagged?.(flaggedStoryIds);
    batchStarted = Date.now();
    // Let the event loop breathe: progress reaches the UI and a cancel call can get in.
    await new Promise((resolve) => setImmediate(resolve));
  };

  for (const source of sources) {
    options.onProgress?.({ done, total: sources.length, file: source.name });
    if (options.signal?.aborted) {
      cancelled = true;
      break;
    }
    if (source.size > maxBytes) {
      const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n >= 10 * 1024 * 1024 ? 0 : 1)} MB`;
      results.push(rejected(source.name, `${source.name}: too large to be a wire item (${mb(source.size)}; the limit is ${mb(maxBytes)})`));
    } else {
      let bytes: Uint8Array | null = null;
      try {
        bytes = await source.read();
      } catch (err) {
        results.push(rejected(source.name, `${source.name}: could not be read (${(err as Error).message})`));
      }
      if (bytes) {
        const parsed = parseWire(bytes, source.name, { typography: options.typography ?? false, maxBytes });
        if (!parsed.ok) {
          results.push(rejected(source.name, parsed.error.message));
        } else {
          pending.push({
            fileName: source.name,
            sha256: createHash('sha256').update(bytes).digest('hex'),
            raw: bytes,
            format: parsed.value.format,
            encoding: parsed.value.encoding,
            items: parsed.value.items,
          });
        }
      }
    }
    done++;
    if (pending.length >= BATCH_FILES || Date.now() - batchStarted > BATCH_MS) await flush();
  }
  await flush();
  options.onProgress?.({ done, total: sources.length, file: '' });

  const count = (outcome: ImportFileResult['outcome']) => results.filter((r) => r.outcome === outcome).length;
  return {
    files: results,
    imported: count('imported'),
    duplicates: count('duplicate'),
    rejected: count('rejected'),
    items: results.reduce((n, r) => n + r.wireItemIds.length, 0),
    cancelled,
  };
}
