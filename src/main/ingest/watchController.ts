// Keeps the watch folder from preferences running (Electron and browser mode): starts it,
// restarts it when the preference changes, and remembers the latest results for the UI.
import { existsSync, statSync } from 'node:fs';
import type { ImportFileResult } from '../../shared/wire/model';
import type { WriteContext } from '../db/storyRepository';
import type { ImportJobs } from './importJobs';
import { watchFolder, type WatchFolder } from './watchFolder';

export interface WatchController {
  configure(folder: string): Promise<void>;
  status(): { folder: string; active: boolean; error: string | null; recent: ImportFileResult[] };
  close(): Promise<void>;
}

export function createWatchController(jobs: ImportJobs, ctx: () => WriteContext, typography: () => boolean): WatchController {
  let current: WatchFolder | null = null;
  let folder = '';
  let error: string | null = null;
  const recent: ImportFileResult[] = [];
  let jobCounter = 0;

  return {
    async configure(next) {
      if (next === folder && (current || !next)) return;
      await current?.close();
      current = null;
      folder = next;
      error = null;
      if (!next) return;
      if (!existsSync(next) || !statSync(next).isDirectory()) {
        error = `${next}: the watch folder does not exist or is not a folder`;
        return;
      }
      current = watchFolder(next, {
        importFiles: (sources) => jobs.run(`watch-${++jobCounter}-${Date.now()}`, sources, ctx(), typography()),
        onResult: (result) => {
          recent.unshift(result);
          recent.splice(50);
        },
        onError: (message) => {
          error = message;
        },
      });
      await current.ready;
    },
    status: () => ({ folder, active: current !== null, error, recent: [...recent] }),
    async close() {
      await current?.close();
      current = null;
    },
  };
}
