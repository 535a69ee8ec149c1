// The preview of a credit normalisation: every change, figure by figure (story, before → after,
// why), each one can be left out; nothing is written until "Apply". Applying writes only the
// figures that still read as previewed, and says which were refused and why.
import { useEffect, useRef, useState } from 'react';
import type { CreditChange, CreditsApplyResult } from '../../../shared/credits/schemas';
import { call } from '../../bridge';

const keyOf = (c: CreditChange) => `${c.storyId}:${c.index}`;

export function CreditPreviewDialog({
  changes,
  onClose,
}: {
  changes: CreditChange[] | null;
  onClose(result: CreditsApplyResult | null): void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [skipped, setSkipped] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (changes && !el.open) {
      setSkipped(new Set());
      setError(null);
      el.showModal();
    }
    if (!changes && el.open) el.close();
  }, [changes]);

  const chosen = (changes ?? []).filter((c) => !skipped.has(keyOf(c)));
  const apply = async () => {
    setBusy(true);
    try {
      const result = await call('creditsApply', {
        changes: chosen.map(({ storyId, version, index, before, after }) => ({ storyId, version, index, before, after })),
      });
      onClose(result);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} aria-labelledby="credit-preview-title" className="wide-dialog" onClose={() => onClose(null)}>
      <h2 id="credit-preview-title">Normalise credits: preview</h2>
      {changes && changes.length === 0 ? (
        <p>Every credit here is already in house form (or not one the dictionary knows). Nothing to change.</p>
      ) : (
        <>
          <p className="hint">
            {changes?.length ?? 0} change{changes?.length === 1 ? '' : 's'}. Untick any you want to leave as they are; nothing is written
            until you apply.
          </p>
          <table className="preview-table" aria-label="Credit changes">
            <thead>
              <tr>
                <th scope="col">Apply</th>
                <th scope="col">Story</th>
                <th scope="col">Now</th>
                <th scope="col">Becomes</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {(changes ?? []).map((c) => {
                const key = keyOf(c);
                return (
                  <tr key={key}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`Apply “${c.before}” → “${c.after}” in “${c.headline || 'Untitled'}”`}
                        checked={!skipped.has(key)}
                        onChange={(e) =>
                          setSkipped((s) => {
                            const next = new Set(s);
                            if (e.target.checked) next.delete(key);
                            else next.add(key);
                            return next;
                          })
                        }
                      />
                    </td>
                    <td>
                      {c.headline || 'Untitled story'} <span className="muted">(figure {c.index + 1})</span>
                    </td>
                    <td>
                      <del>{c.before}</del>
                    </td>
                    <td>
                      <ins>{c.after}</ins>
                    </td>
                    <td className="muted">{c.reason}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      <div className="dialog-footer">
        <button type="button" onClick={() => onClose(null)}>
          Cancel
        </button>
        <button type="button" className="primary" disabled={busy || chosen.length === 0} onClick={() => void apply()}>
          Apply {chosen.length} change{chosen.length === 1 ? '' : 's'}
        </button>
      </div>
    </dialog>
  );
}
