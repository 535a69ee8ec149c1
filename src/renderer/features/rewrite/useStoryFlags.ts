// The flags the wire raised on a story (newer version, kill, hold…), shared by the Wire tab and
// its indicator on the tab strip, and refreshed when main says the story was flagged.
import { useCallback, useEffect, useState } from 'react';
import type { StoryFlag } from '../../../shared/wire/model';
import { call, onAppEvent } from '../../bridge';

type Listener = (flags: StoryFlag[]) => void;
const cache = new Map<number, StoryFlag[]>();
const listeners = new Map<number, Set<Listener>>();

async function refresh(storyId: number): Promise<void> {
  try {
    const { flags } = await call('storyFlags', { storyId });
    cache.set(storyId, flags);
    for (const listener of listeners.get(storyId) ?? []) listener(flags);
  } catch {
    // A story that is gone has no flags to show; the editor reports the missing story itself.
  }
}

// One subscription for the whole window, not one per component.
let subscribed = false;
function subscribe(): void {
  if (subscribed) return;
  subscribed = true;
  onAppEvent((event) => {
    if (event.type === 'story-flagged') for (const id of event.storyIds) if (listeners.has(id)) void refresh(id);
  });
}

export function useStoryFlags(storyId: number): { flags: StoryFlag[]; reload(): Promise<void> } {
  const [flags, setFlags] = useState<StoryFlag[]>(() => cache.get(storyId) ?? []);
  useEffect(() => {
    subscribe();
    setFlags(cache.get(storyId) ?? []);
    const set = listeners.get(storyId) ?? new Set<Listener>();
    listeners.set(storyId, set);
    set.add(setFlags);
    void refresh(storyId);
    return () => {
      set.delete(setFlags);
      if (set.size === 0) listeners.delete(storyId);
    };
  }, [storyId]);
  const reload = useCallback(() => refresh(storyId), [storyId]);
  return { flags, reload };
}

/** Unacknowledged flags that stop publication (kill, hold, withheld) and newer versions. */
export function openFlags(flags: readonly StoryFlag[]): { blocking: StoryFlag[]; updates: StoryFlag[]; other: StoryFlag[] } {
  const open = flags.filter((f) => !f.acknowledgedAt);
  return {
    blocking: open.filter((f) => f.kind === 'kill' || f.kind === 'hold' || f.kind === 'withheld'),
    updates: open.filter((f) => f.kind === 'update'),
    other: open.filter((f) => f.kind === 'correction'),
  };
}
