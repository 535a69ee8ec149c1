// "Waive…": a small modal asking why a finding is right as it stands. The reason is required and
// goes, with who and when, into the story's waivers and history (findingWaive in main).
import { useEffect, useId, useRef, useState } from 'react';
import type { Finding } from '../../../shared/checks';
import { call } from '../../bridge';
import { placeLabel } from './places';

export function WaiveDialog(props: { storyId: number; finding: Finding; onDone(waived: boolean): void }) {
  const { storyId, finding, onDone } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
  }, []);

  const waive = async () => {
    setBusy(true);
    setError(null);
    try {
      await call('findingWaive', {
        storyId,
        rule: finding.rule,
        field: finding.field,
        ...(finding.index !== undefined ? { index: finding.index } : {}),
        excerpt: finding.excerpt,
        reason: reason.trim(),
      });
      onDone(true);
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} className="waive-dialog" aria-labelledby={`${id}-title`} onClose={() => onDone(false)}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (reason.trim()) void waive();
        }}
      >
        <h2 id={`${id}-title`}>Waive this finding</h2>
        <p>
          <span className="finding-place">{placeLabel(finding)}</span> {finding.message}
          {finding.excerpt && <q className="finding-excerpt">{finding.excerpt}</q>}
        </p>
        <label className="waive-reason">
          <span>Reason (required; kept in the story’s history). Enter waives.</span>
          <textarea
            value={reason}
            rows={3}
            maxLength={1000}
            autoFocus
            required
            onChange={(e) => setReason(e.target.value)}
            onKeyDown={(e) => {
              // Enter waives (a reason is a sentence); Shift+Enter starts a new line.
              if (e.key !== 'Enter' || e.shiftKey) return;
              e.preventDefault();
              e.currentTarget.form?.requestSubmit();
            }}
          />
        </label>
        {error && (
          <p role="alert" className="error-text">
            {error}
          </p>
        )}
        <div className="dialog-footer">
          <button type="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy || !reason.trim()}>
            {busy ? 'Waiving…' : 'Waive'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
