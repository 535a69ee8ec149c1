// The workflow's rules as data: which status moves are allowed, which need a note, which pass
// the ready gate. Pure, so the desk's buttons, main's service and the CLI agree on one matrix.
import { STORY_STATUSES, type StoryStatus } from '../story/model';

/** The forward order of the desk; spiked sits outside it. */
export const WORKFLOW_ORDER: readonly StoryStatus[] = ['wire', 'edit', 'copy', 'ready', 'published'];

/** Names the CLI accepts (the stored names themselves, plus a few a person will type). */
const STATUS_ALIASES: Record<string, StoryStatus> = {
  wire: 'wire',
  edit: 'edit',
  'in-edit': 'edit',
  copy: 'copy',
  'copy-desk': 'copy',
  ready: 'ready',
  published: 'published',
  publish: 'published',
  spiked: 'spiked',
  spike: 'spiked',
};

export function parseStatusName(name: string): StoryStatus | null {
  return STATUS_ALIASES[name.trim().toLowerCase()] ?? null;
}

export type MoveKind = 'forward' | 'back' | 'spike' | 'restore';

export type MoveVerdict = { allowed: true; kind: MoveKind; needsNote: boolean; gated: boolean } | { allowed: false; reason: string };

const rank = (s: StoryStatus) => WORKFLOW_ORDER.indexOf(s);

/**
 * May a story move from `from` to `to`?
 * - forward: any later stage up to Ready (a small desk may skip the copy desk); Published only
 *   from Ready, so nothing reaches the page without passing the gate on the way.
 * - back: to any earlier stage, with a note saying why (the next person needs to know).
 * - spike: from anywhere, restorable; restore: from Spiked to any stage but Published.
 * Moves into Ready and Published pass the ready gate.
 */
export function checkMove(from: StoryStatus, to: StoryStatus): MoveVerdict {
  if (from === to) return { allowed: false, reason: `The story is already ${STATUS_PHRASES[to]}.` };
  const gated = to === 'ready' || to === 'published';
  if (to === 'spiked') return { allowed: true, kind: 'spike', needsNote: false, gated: false };
  if (from === 'spiked') {
    if (to === 'published') return { allowed: false, reason: 'A spiked story cannot be published directly; restore it to Ready first.' };
    return { allowed: true, kind: 'restore', needsNote: false, gated };
  }
  if (rank(to) > rank(from)) {
    if (to === 'published' && from !== 'ready') return { allowed: false, reason: 'Only a story that is Ready can be published.' };
    return { allowed: true, kind: 'forward', needsNote: false, gated };
  }
  return { allowed: true, kind: 'back', needsNote: true, gated: false };
}

/** How a status reads in a sentence ("already in edit"). */
export const STATUS_PHRASES: Record<StoryStatus, string> = {
  wire: 'on the wire',
  edit: 'in edit',
  copy: 'on the copy desk',
  ready: 'ready',
  published: 'published',
  spiked: 'spiked',
};

/** The usual next step from a status (the desk's primary button), or null at the end. */
export function nextStatus(from: StoryStatus): StoryStatus | null {
  if (from === 'spiked' || from === 'published') return null;
  return WORKFLOW_ORDER[rank(from) + 1] ?? null;
}

/** Every status a story may move to from `from`, in desk order (spiked last). */
export function movesFrom(from: StoryStatus): StoryStatus[] {
  return STORY_STATUSES.filter((to) => checkMove(from, to).allowed);
}
