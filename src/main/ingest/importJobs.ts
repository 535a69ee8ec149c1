// Running imports: each has a job id the caller chose, reports progress as events, can be
// cancelled between files, and tells the desk what changed when it ends.
import type { ImportSummary } from '../../shared/wire/model';
import type { WriteContext } from '../db/storyRepository';
import type { WireRepository } from '../db/wireRepository';
import type { EventBus } from '../services/events';
import { importSources, type ImportSource } from './importer';

export interface ImportJobs {
  run(jobId: string, sources: ImportSource[], ctx: WriteContext, typography: boolean): Promise<ImportSummary>;
  cancel(jobId: string): boolean;
}

export function createImportJobs(wire: WireRepository, events: EventBus): ImportJobs {
  const running = new Map<string, AbortController>();
  return {
    async run(jobId, sources, ctx, typography) {
      const controller = new AbortController();
      running.set(jobId, controller);
      try {
        const summary = await importSources(wire, ctx, sources, {
          signal: controller.signal,
          typography,
          onProgress: (p) => events.emit({ type: 'import-progress', jobId, ...p }),
          onFlagged: (storyIds) => events.emit({ type: 'story-flagged', storyIds }),
        });
        if (summary.imported > 0) events.emit({ type: 'stories-changed', reason: `imported ${summary.items} wire items` });
        return summary;
      } finally {
        running.delete(jobId);
      }
    },
    cancel(jobId) {
      const controller = running.get(jobId);
      controller?.abort();
      return Boolean(controller);
    },
  };
}
