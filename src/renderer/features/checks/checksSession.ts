// The open story's checks, shared by the three places that show them: the runner publishes each
// run's findings and the story's waivers here, the underlines plugin paints them in the editors,
// and the Checks tab and its indicator list them. One story is open per window, so one session.
import { useSyncExternalStore } from 'react';
import type { Finding } from '../../../shared/checks';
import type { WaiverRecord } from '../../../shared/workflow/schemas';
import type { StoryEditors } from '../../editor/fields/storyEditors';

export interface ChecksState {
  storyId: number | null;
  /** "checking" while a run is under way (findings shown are the previous run's). */
  status: 'idle' | 'checking' | 'done' | 'error';
  error: string | null;
  findings: readonly Finding[];
  /** The text of each place a finding is in (placeKey → text), as it was checked. */
  texts: Readonly<Record<string, string>>;
  waivers: readonly WaiverRecord[];
  /** Blocking wire flags (kill, hold, withheld) not acknowledged: they keep Ready shut too. */
  openFlags: number;
  /** The last run: the engine's time and the time from the edit settling to the findings shown. */
  timing: { engineMs: number; totalMs: number; words: number } | null;
}

const EMPTY: ChecksState = {
  storyId: null,
  status: 'idle',
  error: null,
  findings: [],
  texts: {},
  waivers: [],
  openFlags: 0,
  timing: null,
};

/** What the runner offers the panel: run again now, reload waivers after a waive or un-waive. */
export interface ChecksActions {
  rerun(): void;
  reloadWaivers(): Promise<void>;
}

class ChecksSession {
  private state: ChecksState = EMPTY;
  private readonly listeners = new Set<() => void>();
  /** The open story's editors (set by the underlines plugin, which lives among them). */
  editors: StoryEditors | null = null;
  actions: ChecksActions | null = null;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  snapshot = (): ChecksState => this.state;

  /** A story opened (or closed): its checks start from nothing. */
  reset(storyId: number | null): void {
    this.state = { ...EMPTY, storyId };
    this.emit();
  }

  update(patch: Partial<ChecksState>): void {
    this.state = { ...this.state, ...patch };
    this.emit();
  }

  /** A finding was fixed: drop it at once rather than wait for the next run. */
  dropFinding(finding: Finding): void {
    this.update({ findings: this.state.findings.filter((f) => f !== finding) });
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

export const checksSession = new ChecksSession();

export function useChecksState(): ChecksState {
  return useSyncExternalStore(checksSession.subscribe, checksSession.snapshot);
}
