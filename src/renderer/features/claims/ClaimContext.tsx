// The open story's claim: claimed when it opens, a heartbeat every 30 s carrying the unsaved
// draft (so a takeover can keep it), released on switching or closing; other seats' claims
// followed through claim-changed events. useClaim(storyId) is how editors learn to be read-only.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ClaimDraft, ClaimState } from '../../../shared/workflow/schemas';
import { call, onAppEvent } from '../../bridge';
import { mySeat } from './seat';

export const HEARTBEAT_MS = 30_000;

export interface ClaimView {
  storyId: number | null;
  state: ClaimState | null;
  /** Someone else holds the story: show it read-only. */
  heldByOther: boolean;
  holder: string | null;
  canTakeOver: boolean;
  takeOver(): Promise<void>;
  /** A sentence about what just happened (a takeover, text kept), for the badge. */
  notice: string | null;
  error: string | null;
}

const idle: ClaimView = {
  storyId: null,
  state: null,
  heldByOther: false,
  holder: null,
  canTakeOver: false,
  takeOver: async () => undefined,
  notice: null,
  error: null,
};

const ClaimContext = createContext<ClaimView>(idle);

interface Props {
  storyId: number | null;
  /** The seat's unsaved text for the story, sent with each beat while this seat holds it. */
  draftOf(storyId: number): ClaimDraft | null;
  children: ReactNode;
}

export function ClaimProvider({ storyId, draftOf, children }: Props) {
  const [state, setState] = useState<ClaimState | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const draftRef = useRef(draftOf);
  useEffect(() => {
    draftRef.current = draftOf;
  }, [draftOf]);
  const held = useRef(false);

  const beat = useCallback(async (id: number) => {
    try {
      // Only the holder sends text; a seat that has just lost the story sends what it still has,
      // and main keeps it as a revision.
      const draft = held.current ? draftRef.current(id) : null;
      const next = await call('storyClaim', { id, seat: mySeat(), ...(draft ? { draft } : {}) });
      if (held.current && !next.mine) {
        setNotice(
          `${next.holder ?? 'Someone'} took over this story.${next.keptRevisionId ? ` Your unsaved text is kept as revision ${next.keptRevisionId} in History.` : ''}`,
        );
      }
      held.current = next.mine;
      setState((prev) => (prev?.storyId === id || prev === null ? next : prev));
      setError(null);
    } catch (err) {
      setError(`Could not reach Slugline to hold this story: ${(err as Error).message}`);
    }
  }, []);

  useEffect(() => {
    setState(null);
    setNotice(null);
    held.current = false;
    if (storyId === null) return;
    void beat(storyId);
    const timer = window.setInterval(() => void beat(storyId), HEARTBEAT_MS);
    const off = onAppEvent((event) => {
      if (event.type === 'claim-changed' && event.storyId === storyId && event.seat !== mySeat()) void beat(storyId);
    });
    return () => {
      window.clearInterval(timer);
      off();
      if (held.current) void call('storyRelease', { id: storyId, seat: mySeat() }).catch(() => undefined);
      held.current = false;
    };
  }, [storyId, beat]);

  const takeOver = useCallback(async () => {
    if (storyId === null) return;
    try {
      const result = await call('storyTakeOver', { id: storyId, seat: mySeat() });
      held.current = result.claim.mine;
      setState(result.claim);
      setNotice(
        result.previousHolder
          ? `You took over from ${result.previousHolder}.${result.keptRevisionId ? ` Their unsaved text is kept as revision ${result.keptRevisionId} in History.` : ''}`
          : null,
      );
      setError(null);
    } catch (err) {
      setError((err as Error).message);
    }
  }, [storyId]);

  const view = useMemo<ClaimView>(() => {
    const current = state && state.storyId === storyId ? state : null;
    const heldByOther = !!current && !current.mine && current.holder !== null;
    return {
      storyId,
      state: current,
      heldByOther,
      holder: current?.holder ?? null,
      canTakeOver: !!current?.canTakeOver,
      takeOver,
      notice,
      error,
    };
  }, [state, storyId, takeOver, notice, error]);

  return <ClaimContext.Provider value={view}>{children}</ClaimContext.Provider>;
}

/**
 * The claim on a story as this seat sees it. `heldByOther`: show the story read-only;
 * `canTakeOver`: the holder has been silent for 2 minutes and `takeOver()` may be offered.
 */
export function useClaim(storyId: number | null): ClaimView {
  const view = useContext(ClaimContext);
  return view.storyId === storyId ? view : { ...idle, storyId };
}
