// Who holds a story open for editing. A seat (one window or tab) claims a story when it opens it
// and beats every 30 s with its unsaved draft; other seats see "Being edited by X". A claim not
// heard from for 2 minutes is stale and can be taken over: the previous holder's last draft is
// kept as a `takeover` revision in the same transaction, and text a displaced seat sends later is
// kept the same way. Nothing a seat typed is ever dropped. The clock is injected for tests.
import { AppError } from '../../shared/contract/result';
import type { StoryPatch } from '../../shared/story/model';
import type { ClaimDraft, ClaimState } from '../../shared/workflow/schemas';
import type { ClaimRecord, DeskRepository } from '../db/deskRepository';

export const HEARTBEAT_MS = 30_000;
export const STALE_AFTER_MS = 120_000;

export interface ClaimRequest {
  id: number;
  seat: string;
  holder: string;
  draft?: ClaimDraft | null;
  /** When the beat was taken, if earlier than now (never later: a seat cannot make itself fresher). */
  beatAt?: string;
}

export interface ClaimChange {
  storyId: number;
  holder: string | null;
  seat: string | null;
}

export interface Claims {
  claim(request: ClaimRequest): Promise<ClaimState>;
  release(id: number, seat: string): Promise<boolean>;
  takeOver(
    id: number,
    seat: string,
    holder: string,
  ): Promise<{ claim: ClaimState; previousHolder: string | null; keptRevisionId: number | null }>;
  /** The holder's name when another live seat holds the story (bulk actions leave it alone). */
  heldElsewhere(id: number, seat?: string): Promise<string | null>;
  staleBefore(): string;
}

const hasText = (draft: ClaimDraft | null | undefined): draft is ClaimDraft => !!draft && Object.keys(draft.patch as StoryPatch).length > 0;

export function createClaims(deps: { desk: DeskRepository; now?: () => Date; onChange?: (change: ClaimChange) => void }): Claims {
  const now = deps.now ?? (() => new Date());
  const desk = deps.desk;
  const isStale = (c: ClaimRecord, at: Date) => at.getTime() - Date.parse(c.heartbeatAt) > STALE_AFTER_MS;

  const stateOf = (storyId: number, c: ClaimRecord | null, seat: string, at: Date, keptRevisionId: number | null = null): ClaimState => {
    if (!c) return { storyId, mine: false, holder: null, heartbeatAt: null, stale: false, canTakeOver: false, keptRevisionId };
    const mine = c.seat === seat;
    const stale = !mine && isStale(c, at);
    return { storyId, mine, holder: c.holder, heartbeatAt: c.heartbeatAt, stale, canTakeOver: stale, keptRevisionId };
  };

  return {
    async claim({ id, seat, holder, draft, beatAt }) {
      const at = now();
      const beat = beatAt && Date.parse(beatAt) < at.getTime() ? new Date(Date.parse(beatAt)).toISOString() : at.toISOString();
      // Two tries: a concurrent beat or takeover between our read and write is simply re-read.
      for (let attempt = 0; attempt < 2; attempt++) {
        const current = await desk.claim(id);
        if (!current || current.seat === seat) {
          const next: ClaimRecord = {
            storyId: id,
            seat,
            holder,
            claimedAt: current?.claimedAt ?? at.toISOString(),
            heartbeatAt: beat,
            draft: hasText(draft) ? draft : null,
          };
          const expected = current ? { seat: current.seat, heartbeatAt: current.heartbeatAt } : null;
          if (!(await desk.putClaim(next, expected))) continue;
          if (!current) deps.onChange?.({ storyId: id, holder, seat });
          return stateOf(id, next, seat, at);
        }
        // Someone else holds it. If this seat still has text (it held the story and was taken
        // over, or typed before it knew), that text is kept — never applied, never dropped.
        const kept = hasText(draft)
          ? await desk.keepDraft(id, {
              patch: draft.patch,
              author: holder,
              note: `Unsaved text from ${holder}, kept because ${current.holder} holds the story`,
            })
          : null;
        return stateOf(id, current, seat, at, kept);
      }
      throw new AppError('conflict', 'The claim on this story changed twice while claiming it; try again.');
    },

    async release(id, seat) {
      const dropped = await desk.dropClaim(id, seat);
      if (dropped) deps.onChange?.({ storyId: id, holder: null, seat: null });
      return dropped;
    },

    async takeOver(id, seat, holder) {
      const at = now();
      const current = await desk.claim(id);
      const next: ClaimRecord = { storyId: id, seat, holder, claimedAt: at.toISOString(), heartbeatAt: at.toISOString(), draft: null };
      if (!current || current.seat === seat) {
        const state = await this.claim({ id, seat, holder });
        return { claim: state, previousHolder: null, keptRevisionId: null };
      }
      if (!isStale(current, at)) {
        const seconds = Math.max(0, Math.round((at.getTime() - Date.parse(current.heartbeatAt)) / 1000));
        throw new AppError(
          'refused',
          `${current.holder} is editing this story (heard from ${seconds} s ago). It can be taken over after ${STALE_AFTER_MS / 60_000} minutes without a heartbeat.`,
          { holder: current.holder, heartbeatAt: current.heartbeatAt },
        );
      }
      const keep = hasText(current.draft)
        ? { patch: current.draft.patch, author: current.holder, note: `Unsaved text from ${current.holder}, kept when ${holder} took over` }
        : null;
      const moved = await desk.transferClaim(
        next,
        { seat: current.seat, heartbeatAt: current.heartbeatAt },
        keep,
        { author: holder },
        `${holder} took over from ${current.holder}.`,
      );
      if (!moved.ok) throw new AppError('conflict', `${current.holder}'s seat answered just now; the story was not taken over.`);
      deps.onChange?.({ storyId: id, holder, seat });
      return { claim: stateOf(id, next, seat, at), previousHolder: current.holder, keptRevisionId: moved.revisionId };
    },

    async heldElsewhere(id, seat) {
      const c = await desk.claim(id);
      return c && c.seat !== seat && !isStale(c, now()) ? c.holder : null;
    },

    staleBefore: () => new Date(now().getTime() - STALE_AFTER_MS).toISOString(),
  };
}
