// The watch folder: files dropped into it are imported within about a second of being fully
// written, then moved to processed/ or error/ (with a .reason.txt saying why).
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import type { ImportFileResult, ImportSummary } from '../../shared/wire/model';
import { fileSource, WATCH_SUBFOLDERS } from './fileSources';
import type { ImportSource } from './importer';

export interface WatchFolder {
  folder: string;
  /** Resolves once the initial scan is done and the watcher is live. */
  ready: Promise<void>;
  close(): Promise<void>;
}

export interface WatchOptions {
  importFiles(sources: ImportSource[]): Promise<ImportSummary>;
  onResult?(result: ImportFileResult): void;
  onError?(message: string): void;
}

async function freeName(folder: string, name: string): Promise<string> {
  const ext = extname(name);
  const stem = basename(name, ext);
  for (let n = 0; ; n++) {
    const candidate = join(folder, n === 0 ? name : `${stem}-${n}${ext}`);
    try {
      await stat(candidate);
    } catch {
      return candidate;
    }
  }
}

export function watchFolder(folder: string, options: WatchOptions): WatchFolder {
  let watcher: FSWatcher | null = null;
  let queue: Promise<void> = Promise.resolve();

  const handle = async (path: string) => {
    let size: number;
    try {
      size = (await stat(path)).size;
    } catch {
      return; // gone already
    }
    const summary = await options.importFiles([fileSource(path, size)]);
    for (const result of summary.files) {
      options.onResult?.(result);
      const target = result.outcome === 'rejected' ? 'error' : 'processed';
      const destination = await freeName(join(folder, target), basename(path));
      try {
        await rename(path, destination);
        if (result.outcome !== 'imported') await writeFile(`${destination}.reason.txt`, `${result.message}\n`, 'utf8');
      } catch (err) {
        options.onError?.(`${basename(path)}: imported, but could not be moved to ${target}/ (${(err as Error).message})`);
      }
    }
  };

  const ready = (async () => {
    for (const sub of WATCH_SUBFOLDERS) await mkdir(join(folder, sub), { recursive: true });
    watcher = watch(folder, {
      depth: 0,
      ignoreInitial: false,
      awaitWriteFinish: { stabilityThreshold: 400, pollInterval: 100 },
      ignored: (path: string) => {
        const name = basename(path);
        return (
          path !== folder &&
          (name.startsWith('.') || name.endsWith('.reason.txt') || (WATCH_SUBFOLDERS as readonly string[]).includes(name))
        );
      },
    });
    watcher.on('add', (path) => {
      // One file at a time, in arrival order.
      queue = queue.then(() => handle(path)).catch((err: unknown) => options.onError?.(`${basename(path)}: ${(err as Error).message}`));
    });
    watcher.on('error', (err) => options.onError?.(`watch folder ${folder}: ${(err as Error).message}`));
    await new Promise<void>((resolve) => watcher!.once('ready', () => resolve()));
  })();

  return {
    folder,
    ready,
    async close() {
      await ready.catch(() => undefined);
      await watcher?.close();
      await queue;
    },
  };
}
