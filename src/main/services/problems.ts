// The problem index behind the desk's "has problems" filter: each story's error findings not
// waived, computed by the checks after it is written (debounced) and swept in the background for
// stories never checked or checked under other rules. Flags are counted live in SQL.
import { gateFindings } from '../../shared/checks';
import type { AppEvent } from '../../shared/contract/events';
import { waiverOfRecord } from '../../shared/workflow/waivers';
import type { StoryRepository } from '../db/storyRepository';
import type { FindingsSource } from './readyGate';

export interface ProblemIndex {
  refresh(storyId: number): Promise<void>;
  /** Refresh up to `limit` stories that are out of date; returns how many were refreshed. */
  refreshStale(limit: number): Promise<number>;
  /** Follow story events and sweep in the background; returns how to stop. */
  follow(subscribe: (listener: (event: AppEvent) => void) => () => void): () => void;
  /**
   * Called by every desk read (cheap): starts following events on the first one (when the index
   * was given `subscribe`), and sweeps again when the rules or preferences changed.
   */
  nudge(): void;
}

const DEBOUNCE_MS = 1500;
const BATCH = 100;

export interface ProblemIndexDeps {
  repo: StoryRepository;
  source: FindingsSource;
  /** Some stories' error counts changed (once per refresh or sweep batch): lists should reload. */
  onChanged?: () => void;
  /** Where story events come from, for following them once the desk is first read. */
  subscribe?: (listener: (event: AppEvent) => void) => () => void;
}

export function createProblemIndex(deps: ProblemIndexDeps): ProblemIndex {
  const desk = deps.repo.desk();
  const timers = new Map<number, ReturnType<typeof setTimeout>>();
  let sweeping = false;
  let following = false;
  let lastSignature = '';

  /** Recompute one story; true when its error count changed. */
  async function refreshWith(storyId: number, signature: string): Promise<boolean> {
    const story = await deps.repo.get(storyId);
    if (!story) return false;
    const [findings, waivers] = await Promise.all([deps.source.findings(story), desk.waivers(storyId)]);
    const { blocking, waived } = gateFindings(findings, waivers.map(waiverOfRecord));
    const warnings = findings.filter((f) => f.severity === 'warning' && !waived.includes(f)).length;
    return desk.setProblems(storyId, story.version, signature, blocking.length, warnings);
  }

  async function refreshStale(limit: number): Promise<number> {
    const signature = deps.source.signature();
    const ids = await desk.problemsToRefresh(signature, limit);
    let changed = false;
    for (const id of ids) if (await refreshWith(id, signature)) changed = true;
    if (changed) deps.onChanged?.();
    return ids.length;
  }

  function sweep(): void {
    if (sweeping || !following) return;
    sweeping = true;
    const step = () => {
      refreshStale(BATCH).then(
        (n) => {
          // Yield between batches so calls are never held up by a long sweep.
          if (n > 0 && following) setTimeout(step, 10).unref?.();
          else sweeping = false;
        },
        () => {
          // The database closed under us (the app is quitting): stop quietly.
          sweeping = false;
        },
      );
    };
    setTimeout(step, 0).unref?.();
  }

  const schedule = (id: number) => {
    clearTimeout(timers.get(id));
    const timer = setTimeout(() => {
      timers.delete(id);
      refreshWith(id, deps.source.signature()).then(
        (changed) => changed && deps.onChanged?.(),
        () => undefined,
      );
    }, DEBOUNCE_MS);
    timer.unref?.();
    timers.set(id, timer);
  };

  const index: ProblemIndex = {
    async refresh(id) {
      if (await refreshWith(id, deps.source.signature())) deps.onChanged?.();
    },
    refreshStale,
    follow(subscribe) {
      following = true;
      lastSignature = deps.source.signature();
      const off = subscribe((event) => {
        if (event.type === 'story-changed') schedule(event.id);
        // Our own "problems" news must not start another sweep.
        else if (event.type === 'stories-changed' && event.reason !== 'problems') sweep();
      });
      sweep();
      return () => {
        following = false;
        off();
        for (const t of timers.values()) clearTimeout(t);
        timers.clear();
      };
    },
    nudge() {
      if (!following && deps.subscribe) index.follow(deps.subscribe);
      if (!following) return;
      const signature = deps.source.signature();
      if (signature !== lastSignature) {
        lastSignature = signature;
        sweep();
      }
    },
  };
  return index;
}
