// One story being edited: the last saved version, the draft on screen, and the autosave loop.
// Saves are coalesced (one in flight at a time), never block typing, and a version conflict keeps
// both texts: main files ours as a "conflict" revision and we show theirs beside it.
// Editors stay off the typing path: they call `markDirty()` per change and are *pulled* (their
// state serialised) only when a save, flush or dirty check needs the fields.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Story, StoryFields, StoryPatch } from '../../../shared/story/model';
import { call, CallFailure, onAppEvent } from '../../bridge';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saved'; at: string }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; theirs: Story; message: string };

export const FIELD_KEYS = [
  'slug',
  'headline',
  'headlineDoc',
  'deck',
  'deckDoc',
  'byline',
  'dateline',
  'body',
  'credit',
  'copyright',
  'language',
  'tags',
] as const satisfies ReadonlyArray<keyof StoryFields>;

export function fieldsOf(story: Story): StoryFields {
  const out = {} as Record<string, unknown>;
  for (const key of FIELD_KEYS) out[key] = story[key];
  return out as StoryFields;
}

/** The fields of `draft` that differ from `base` (compared as JSON: documents are plain data). */
export function changedFields(base: StoryFields, draft: StoryFields): StoryPatch {
  const patch: Record<string, unknown> = {};
  for (const key of FIELD_KEYS) {
    // Same object: unchanged, without serialising a long body twice.
    if (base[key] === draft[key]) continue;
    if (JSON.stringify(base[key]) !== JSON.stringify(draft[key])) patch[key] = draft[key];
  }
  return patch as StoryPatch;
}

/** An editor whose state is serialised lazily: asked for its changed fields only when needed. */
export interface DraftSource {
  /** The story the editor shows: a source left over from the previous story is never pulled into the next. */
  storyId: number;
  /** The fields changed since the last pull (null when nothing changed). Must be cheap when clean. */
  pull(): StoryPatch | null;
}

export interface StoryDraft {
  story: Story | null;
  draft: StoryFields | null;
  loadError: string | null;
  saveState: SaveState;
  /** Bumps whenever the draft is replaced from outside the editor (load, reload, conflict). */
  generation: number;
  setFields(patch: StoryPatch): void;
  /** An editor changed: show "Unsaved changes" and restart the autosave timer, serialising nothing. */
  markDirty(): void;
  /** Register an editor that is pulled before every save, flush and dirty check. */
  registerSource(source: DraftSource): () => void;
  /** Hear about every edit as it happens (nothing is serialised): the publish preview debounces on it. */
  onEdit(listener: () => void): () => void;
  /** Pull every editor now and return the current fields (what a save would send). */
  sync(): StoryFields | null;
  /** Save now as a named revision (Ctrl/Cmd+S). */
  saveRevision(note?: string): Promise<void>;
  /** Write pending edits immediately (switching stories, closing the window). */
  flush(): Promise<void>;
  /** After a conflict: take the stored version, or write ours over it on purpose. */
  resolveConflict(choice: 'theirs' | 'mine'): Promise<void>;
  /** Replace the story after another action changed it (status, restore...). */
  adopt(story: Story): void;
}

export function useStoryDraft(id: number | null, autosaveDelayMs = 800): StoryDraft {
  const [story, setStory] = useState<Story | null>(null);
  const [draft, setDraft] = useState<StoryFields | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [loadError, setLoadError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const replaced = () => setGeneration((g) => g + 1);

  // Refs mirror state so the save loop always sees the latest values without re-subscribing.
  const base = useRef<Story | null>(null);
  const current = useRef<StoryFields | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<number | null>(null);
  const conflicted = useRef(false);
  const sources = useRef(new Set<DraftSource>());
  const editListeners = useRef(new Set<() => void>());

  /** Bring editors' pending changes into the draft (serialising only those that changed). */
  const pull = useCallback(() => {
    if (!current.current) return;
    let merged: StoryFields | null = null;
    for (const source of sources.current) {
      if (source.storyId !== base.current?.id) continue;
      const patch = source.pull();
      if (patch) merged = { ...(merged ?? current.current), ...patch } as StoryFields;
    }
    if (merged) {
      current.current = merged;
      setDraft(merged);
    }
  }, []);

  const clearTimer = () => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
  };

  const isDirty = useCallback(() => {
    pull();
    if (!base.current || !current.current) return false;
    return Object.keys(changedFields(fieldsOf(base.current), current.current)).length > 0;
  }, [pull]);

  const save = useCallback(
    async (mode: 'autosave' | 'save', note?: string): Promise<void> => {
      clearTimer();
      if (inFlight.current) {
        await inFlight.current;
        if (mode === 'autosave' && !isDirty()) return;
      }
      // User Timing marks: the benchmark reads the save round trip (serialise, send, store) from them.
      performance.mark('slugline:save-start');
      pull();
      const saved = base.current;
      const mine = current.current;
      if (!saved || !mine || conflicted.current) return;
      const patch = changedFields(fieldsOf(saved), mine);
      if (mode === 'autosave' && Object.keys(patch).length === 0) {
        // An edit that came back to the stored text (typed and undone): nothing to save.
        setSaveState((state) => (state.kind === 'dirty' ? { kind: 'saved', at: saved.updatedAt } : state));
        return;
      }
      setSaveState({ kind: 'saving' });
      const run = (async () => {
        try {
          const updated = await call('storyUpdate', { id: saved.id, version: saved.version, patch, mode, ...(note ? { note } : {}) });
          if (base.current?.id !== saved.id) return;
          base.current = updated;
          // Fields not edited since they were sent take the stored form (main canonicalises: key
          // order, trimmed headline, tags), so comparing against it later does not see a change.
          if (current.current) {
            const adopted: Record<string, unknown> = { ...current.current };
            for (const key of Object.keys(patch) as Array<keyof StoryFields>) {
              if (current.current[key] === mine[key]) adopted[key] = updated[key];
            }
            current.current = adopted as StoryFields;
          }
          setStory(updated);
          if (isDirty()) {
            setSaveState({ kind: 'dirty' });
            timer.current = window.setTimeout(() => void save('autosave'), autosaveDelayMs);
          } else {
            setSaveState({ kind: 'saved', at: updated.updatedAt });
          }
          performance.measure(`slugline:${mode}`, 'slugline:save-start');
          performance.clearMarks('slugline:save-start');
        } catch (err) {
          if (err instanceof CallFailure && err.code === 'conflict') {
            const theirs = (err.details as { current?: Story } | undefined)?.current;
            conflicted.current = true;
            if (theirs) setSaveState({ kind: 'conflict', theirs, message: err.message });
            else setSaveState({ kind: 'error', message: err.message });
          } else {
            setSaveState({ kind: 'error', message: `Not saved: ${(err as Error).message}` });
            // Keep trying: the edit stays on screen and is retried until it lands.
            timer.current = window.setTimeout(() => void save('autosave'), Math.max(autosaveDelayMs, 3000));
          }
        }
      })();
      inFlight.current = run;
      try {
        await run;
      } finally {
        if (inFlight.current === run) inFlight.current = null;
      }
    },
    [autosaveDelayMs, isDirty, pull],
  );

  const flush = useCallback(async () => {
    if (timer.current !== null || isDirty()) await save('autosave');
    else if (inFlight.current) await inFlight.current;
  }, [save, isDirty]);

  // Load the story; flush the previous one first so switching never drops an edit.
  useEffect(() => {
    let cancelled = false;
    const previous = flush();
    conflicted.current = false;
    setLoadError(null);
    if (id === null) {
      base.current = null;
      current.current = null;
      setStory(null);
      setDraft(null);
      setSaveState({ kind: 'idle' });
      return;
    }
    void previous.then(async () => {
      try {
        const loaded = await call('storyGet', { id });
        if (cancelled) return;
        base.current = loaded;
        current.current = fieldsOf(loaded);
        setStory(loaded);
        setDraft(current.current);
        replaced();
        setSaveState({ kind: 'saved', at: loaded.updatedAt });
      } catch (err) {
        if (!cancelled) setLoadError((err as Error).message);
      }
    });
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  // Another window saved this story: follow it when we have nothing unsaved.
  useEffect(
    () =>
      onAppEvent((event) => {
        if (event.type !== 'story-changed' || event.id !== base.current?.id) return;
        if (event.version <= base.current.version && event.status === base.current.status) return;
        if (isDirty() || inFlight.current) return;
        void call('storyGet', { id: event.id }).then((fresh) => {
          if (base.current?.id !== fresh.id || isDirty() || inFlight.current) return;
          base.current = fresh;
          current.current = fieldsOf(fresh);
          setStory(fresh);
          setDraft(current.current);
          replaced();
          setSaveState({ kind: 'saved', at: fresh.updatedAt });
        });
      }),
    [isDirty],
  );

  // Closing the window or tab with unsaved edits: save, and ask the browser to wait.
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!isDirty() && !inFlight.current) return;
      void save('autosave');
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [save, isDirty]);

  const setFields = useCallback(
    (patch: StoryPatch) => {
      if (!current.current) return;
      current.current = { ...current.current, ...patch } as StoryFields;
      setDraft(current.current);
      for (const listener of editListeners.current) listener();
      if (conflicted.current) return;
      setSaveState({ kind: 'dirty' });
      clearTimer();
      timer.current = window.setTimeout(() => void save('autosave'), autosaveDelayMs);
    },
    [save, autosaveDelayMs],
  );

  const markDirty = useCallback(() => {
    for (const listener of editListeners.current) listener();
    if (!current.current || conflicted.current) return;
    // Same state object when already dirty, so React does not re-render per keystroke.
    setSaveState((state) => (state.kind === 'dirty' ? state : { kind: 'dirty' }));
    clearTimer();
    timer.current = window.setTimeout(() => void save('autosave'), autosaveDelayMs);
  }, [save, autosaveDelayMs]);

  const registerSource = useCallback((source: DraftSource) => {
    sources.current.add(source);
    return () => {
      sources.current.delete(source);
    };
  }, []);

  const onEdit = useCallback((listener: () => void) => {
    editListeners.current.add(listener);
    return () => {
      editListeners.current.delete(listener);
    };
  }, []);

  const sync = useCallback(() => {
    pull();
    return current.current;
  }, [pull]);

  const resolveConflict = useCallback(
    async (choice: 'theirs' | 'mine') => {
      const state = saveState;
      if (state.kind !== 'conflict') return;
      conflicted.current = false;
      base.current = state.theirs;
      setStory(state.theirs);
      if (choice === 'theirs') {
        current.current = fieldsOf(state.theirs);
        setDraft(current.current);
        replaced();
        setSaveState({ kind: 'saved', at: state.theirs.updatedAt });
      } else {
        await save('save', 'Kept my version over a newer save elsewhere');
      }
    },
    [saveState, save],
  );

  const adopt = useCallback(
    (next: Story) => {
      if (base.current?.id !== next.id) return;
      const pending = isDirty() && current.current ? changedFields(fieldsOf(base.current), current.current) : {};
      base.current = next;
      current.current = { ...fieldsOf(next), ...pending } as StoryFields;
      setStory(next);
      setDraft(current.current);
      replaced();
    },
    [isDirty],
  );

  return {
    story,
    draft,
    loadError,
    saveState,
    generation,
    setFields,
    markDirty,
    registerSource,
    onEdit,
    sync,
    saveRevision: (note?: string) => save('save', note),
    flush,
    resolveConflict,
    adopt,
  };
}
