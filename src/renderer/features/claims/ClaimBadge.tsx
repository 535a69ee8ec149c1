// The claim state above the story pane: "Being edited by X" (read-only here), a stale claim with
// "Take over", and what a takeover did with the other seat's text. Nothing when this seat holds it.
import { useEffect, useState } from 'react';
import { useClaim } from './ClaimContext';

function ago(iso: string, now: number): string {
  const seconds = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  return seconds < 90 ? `${seconds} s ago` : `${Math.round(seconds / 60)} min ago`;
}

export function ClaimBadge({ storyId }: { storyId: number | null }) {
  const claim = useClaim(storyId);
  const [now, setNow] = useState(() => Date.now());
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 15_000);
    return () => window.clearInterval(timer);
  }, []);
  if (storyId === null) return null;
  const state = claim.state;
  if (!claim.heldByOther && !claim.notice && !claim.error) return null;
  return (
    // A live region but not role="status": the story bar's save state is the page's status.
    <div className={`claim-badge${claim.heldByOther ? ' held' : ''}`} aria-live="polite">
      {claim.heldByOther && state && (
        <p>
          {claim.canTakeOver ? (
            <>
              <strong>{state.holder}</strong> was editing this story but has not been heard from since{' '}
              {state.heartbeatAt ? ago(state.heartbeatAt, now) : 'a while'}.
            </>
          ) : (
            <>
              <strong>Being edited by {state.holder}</strong> — read only here.
            </>
          )}
        </p>
      )}
      {claim.heldByOther && claim.canTakeOver && (
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void claim.takeOver().finally(() => setBusy(false));
          }}
        >
          Take over
        </button>
      )}
      {claim.notice && <p className="claim-notice">{claim.notice}</p>}
      {claim.error && <p className="error-text">{claim.error}</p>}
    </div>
  );
}
