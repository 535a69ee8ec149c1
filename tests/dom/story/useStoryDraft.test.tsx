// The draft's lazy editor link: editors only flag changes (markDirty) and are pulled when a save
// needs them; a save that main canonicalises (key order, trimmed text) does not look unsaved
// afterwards; a field that came back to the stored text saves nothing.
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { documentFromText } from '../../../src/shared/story/document';
import type { Story, StoryPatch } from '../../../src/shared/story/model';

const calls: Array<{ name: string; request: Record<string, unknown> }> = [];
// One stored story per test (its own id), so nothing of an earlier test can touch it.
const stories = new Map<number, Story>();
let storyId = 0;

function reorder<T>(value: T): T {
  // Main answers with the same data in another key order (zod puts known keys first).
  if (Array.isArray(value)) return value.map(reorder) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .reverse()
        .map(([k, v]) => [k, reorder(v)]),
    ) as T;
  }
  return value;
}

vi.mock('../../../src/renderer/bridge', () => ({
  CallFailure: class extends Error {},
  onAppEvent: () => () => {},
  call: async (name: string, request: Record<string, unknown>) => {
    calls.push({ name, request });
    const id = request['id'] as number;
    const stored = stories.get(id)!;
    if (name === 'storyGet') return stored;
    if (name === 'storyUpdate') {
      const next = reorder({ ...stored, ...(request['patch'] as StoryPatch), version: stored.version + 1 });
      stories.set(id, next);
      return next;
    }
    throw new Error(`unexpected call ${name}`);
  },
}));

const { useStoryDraft } = await import('../../../src/renderer/features/story/useStoryDraft');

// Each test's hook is unmounted, so its timers and sources cannot reach the next test.
afterEach(cleanup);

beforeEach(() => {
  calls.length = 0;
  storyId++;
  stories.set(storyId, {
    id: storyId,
    slug: 'ferry',
    status: 'edit',
    version: 1,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    wireItemId: null,
    agency: null,
    priority: null,
    headline: 'Ferry crew rescued',
    headlineDoc: null,
    deck: '',
    deckDoc: null,
    byline: '',
    dateline: '',
    body: documentFromText('First paragraph.'),
    credit: '',
    copyright: '',
    language: 'en',
    tags: [],
  });
});

async function opened() {
  const id = storyId;
  const hook = renderHook(() => useStoryDraft(id, 20));
  await waitFor(() => expect(hook.result.current.saveState.kind).toBe('saved'));
  return hook;
}

const updates = () => calls.filter((c) => c.name === 'storyUpdate' && c.request['id'] === storyId);

describe('useStoryDraft with lazily pulled editors', () => {
  it('marks dirty without pulling, then pulls once and saves the patch', async () => {
    const { result } = await opened();
    let pending: StoryPatch | null = null;
    const pull = vi.fn(() => {
      const patch = pending;
      pending = null;
      return patch;
    });
    act(() => void result.current.registerSource({ storyId, pull }));
    pending = { body: documentFromText('First paragraph, edited.') };
    act(() => result.current.markDirty());
    expect(result.current.saveState.kind).toBe('dirty');
    expect(pull).not.toHaveBeenCalled();
    await waitFor(() => expect(result.current.saveState.kind).toBe('saved'));
    expect(updates()).toHaveLength(1);
    expect(updates()[0]!.request['patch']).toEqual({ body: documentFromText('First paragraph, edited.') });
    // Main's answer has its keys in another order: still saved, and no second save follows.
    await new Promise((done) => setTimeout(done, 100));
    expect(updates()).toHaveLength(1);
    expect(result.current.saveState.kind).toBe('saved');
  });

  it('never pulls an editor left over from another story', async () => {
    const { result } = await opened();
    const stale = vi.fn(() => ({ headline: 'from another story' }));
    act(() => void result.current.registerSource({ storyId: storyId + 1000, pull: stale }));
    await act(() => result.current.flush());
    expect(stale).not.toHaveBeenCalled();
    expect(updates()).toHaveLength(0);
  });

  it('flush and sync pull at once', async () => {
    const { result } = await opened();
    let pending: StoryPatch | null = { headline: 'Ferry crew rescued at dawn' };
    act(() => void result.current.registerSource({ storyId, pull: () => ((p) => ((pending = null), p))(pending) }));
    expect(result.current.sync()?.headline).toBe('Ferry crew rescued at dawn');
    await act(() => result.current.flush());
    expect(updates().map((u) => u.request['patch'])).toEqual([{ headline: 'Ferry crew rescued at dawn' }]);
  });

  it('an edit that comes back to the stored text saves nothing and shows Saved', async () => {
    const { result } = await opened();
    act(() => void result.current.registerSource({ storyId, pull: () => ({ headline: 'Ferry crew rescued' }) }));
    act(() => result.current.markDirty());
    await waitFor(() => expect(result.current.saveState.kind).toBe('saved'));
    expect(updates()).toHaveLength(0);
  });
});
