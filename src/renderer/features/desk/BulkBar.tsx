// Bulk actions on the selected stories: move them to a status (with a note, needed to move back)
// or add/remove a tag. Each story goes through the same rules; the summary says what moved and,
// for each refusal, why (findings and wire flags included).
import { useState } from 'react';
import { STATUS_LABELS, STORY_STATUSES, type StoryStatus } from '../../../shared/story/model';
import type { BulkStatusResult, BulkTagResult, Refusal } from '../../../shared/workflow/schemas';
import { call } from '../../bridge';

export type BulkSummaryData = { text: string; refused: Refusal[] };

/** What the last bulk action did; stays until dismissed, even when the moved stories left the view. */
export function BulkSummary({ summary, onDismiss }: { summary: BulkSummaryData; onDismiss(): void }) {
  return (
    <div className="bulk-summary" role="status">
      <p>{summary.text}</p>
      {summary.refused.length > 0 && (
        <ul className="bulk-refused" aria-label="Refused">
          {summary.refused.map((r) => (
            <li key={r.id}>
              <strong>{r.headline || `Story ${r.id}`}</strong>: {r.message}
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}

export function BulkBar({ ids, onDone, onClear }: { ids: number[]; onDone(summary: BulkSummaryData): void; onClear(): void }) {
  const [status, setStatus] = useState<StoryStatus>('copy');
  const [note, setNote] = useState('');
  const [tag, setTag] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (work: () => Promise<BulkSummaryData>) => {
    setBusy(true);
    setError(null);
    try {
      onDone(await work());
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const move = () =>
    run(async () => {
      const r: BulkStatusResult = await call('storyBulkStatus', { ids, status, ...(note.trim() ? { note: note.trim() } : {}) });
      return {
        text: `Moved ${r.moved.length} of ${ids.length} to ${STATUS_LABELS[status]}.${r.refused.length ? ` ${r.refused.length} refused:` : ''}`,
        refused: r.refused,
      };
    });
  const retag = (mode: 'add' | 'remove') =>
    run(async () => {
      const r: BulkTagResult = await call('storyBulkTag', { ids, [mode]: [tag.trim()] });
      const verb = mode === 'add' ? 'Tagged' : 'Untagged';
      return {
        text: `${verb} ${r.changed.length} of ${ids.length} “${tag.trim()}”${r.unchanged.length ? ` (${r.unchanged.length} already so)` : ''}.${r.refused.length ? ` ${r.refused.length} refused:` : ''}`,
        refused: r.refused,
      };
    });

  return (
    <section className="bulk-bar" aria-label="Bulk actions">
      <div className="bulk-head">
        <strong>{ids.length} selected</strong>
        <button type="button" onClick={onClear}>
          Clear selection
        </button>
      </div>
      <div className="bulk-row">
        <select aria-label="Move selected to" value={status} onChange={(e) => setStatus(e.target.value as StoryStatus)}>
          {STORY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
        <button type="button" className="primary" disabled={busy || ids.length === 0} onClick={() => void move()}>
          Move
        </button>
      </div>
      <input
        type="text"
        aria-label="Note for the move"
        placeholder="Note (needed to move back)"
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <div className="bulk-row">
        <input type="text" aria-label="Tag for selected" placeholder="Tag" value={tag} onChange={(e) => setTag(e.target.value)} />
        <button type="button" disabled={busy || !tag.trim()} onClick={() => void retag('add')}>
          Add tag
        </button>
        <button type="button" disabled={busy || !tag.trim()} onClick={() => void retag('remove')}>
          Remove tag
        </button>
      </div>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </section>
  );
}
