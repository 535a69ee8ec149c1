// Captions & credits: one table of every figure in every story, filtered by status, agency and
// problem, edited in place, with credit normalisation for one, a selection or all — previewed.
import { useState } from 'react';
import {
  FIGURE_PROBLEM_LABELS,
  FIGURE_PROBLEMS,
  type CreditChange,
  type CreditsApplyResult,
  type FigureProblem,
  type FigureQuery,
  type FigureRow,
} from '../../../shared/credits/schemas';
import { STATUS_LABELS, STORY_STATUSES, type StoryStatus } from '../../../shared/story/model';
import { call, CallFailure } from '../../bridge';
import { CreditPreviewDialog } from './CreditPreviewDialog';
import { FigureGrid, rowKey, type EditableField } from './FigureGrid';
import { useFigures } from './useFigures';

interface Props {
  onClose(): void;
  onOpenStory(id: number): void;
}

export function CaptionsView({ onClose, onOpenStory }: Props) {
  const [status, setStatus] = useState<StoryStatus | ''>('');
  const [agency, setAgency] = useState('');
  const [problem, setProblem] = useState<FigureProblem | ''>('');
  const [text, setText] = useState('');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [preview, setPreview] = useState<CreditChange[] | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const query: FigureQuery = {
    ...(status ? { status: [status] } : {}),
    ...(agency.trim() ? { agency: agency.trim() } : {}),
    ...(problem ? { problem } : {}),
    ...(text.trim() ? { text: text.trim() } : {}),
    limit: 500,
  };
  const figures = useFigures(query);

  const toggle = (key: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  const save = async (row: FigureRow, field: EditableField, value: string, version: number) => {
    try {
      figures.replace(await call('figureUpdate', { storyId: row.storyId, version, index: row.index, [field]: value }));
      return { ok: true as const };
    } catch (err) {
      return { ok: false as const, message: (err as Error).message, conflict: err instanceof CallFailure && err.code === 'conflict' };
    }
  };

  const startPreview = async (which: 'selected' | 'all') => {
    setMessage(null);
    try {
      const { limit: _l, ...filter } = query;
      const request =
        which === 'all'
          ? { all: true, filter }
          : { figures: figures.rows.filter((r) => selected.has(rowKey(r))).map((r) => ({ storyId: r.storyId, index: r.index })) };
      setPreview((await call('creditsPreview', request)).changes);
    } catch (err) {
      setMessage({ text: (err as Error).message, error: true });
    }
  };

  const applied = (result: CreditsApplyResult | null) => {
    setPreview(null);
    if (!result) return;
    const refused = result.refused.length ? ` ${result.refused.length} not applied: ${result.refused.map((r) => r.message).join(' ')}` : '';
    setMessage({
      text: `Applied ${result.applied.length} credit change${result.applied.length === 1 ? '' : 's'}.${refused}`,
      error: result.refused.length > 0,
    });
    setSelected(new Set());
    figures.reload();
  };

  return (
    <main className="captions-view" aria-label="Captions and credits">
      <div className="captions-head">
        <h2>Captions &amp; credits</h2>
        <button type="button" onClick={onClose}>
          Back to the desk
        </button>
      </div>
      <div className="captions-tools">
        <input
          type="search"
          aria-label="Search figures"
          placeholder="Search captions, credits, alt text"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <select aria-label="Status" value={status} onChange={(e) => setStatus(e.target.value as StoryStatus | '')}>
          <option value="">All active</option>
          {STORY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
        <input type="text" aria-label="Agency" placeholder="Agency" value={agency} onChange={(e) => setAgency(e.target.value)} />
        <select aria-label="Problem" value={problem} onChange={(e) => setProblem(e.target.value as FigureProblem | '')}>
          <option value="">Any figure</option>
          {FIGURE_PROBLEMS.map((p) => (
            <option key={p} value={p}>
              {FIGURE_PROBLEM_LABELS[p]}
            </option>
          ))}
        </select>
        <button type="button" disabled={selected.size === 0} onClick={() => void startPreview('selected')}>
          Normalise credits of selected ({selected.size})
        </button>
        <button type="button" disabled={figures.total === 0} onClick={() => void startPreview('all')}>
          Normalise all shown credits
        </button>
      </div>
      <p className="list-count" aria-live="polite">
        {figures.loading && figures.rows.length === 0
          ? 'Loading…'
          : figures.error
            ? figures.error
            : `${figures.total} figure${figures.total === 1 ? '' : 's'}${figures.total > figures.rows.length ? ` (first ${figures.rows.length} shown)` : ''}`}
      </p>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error-text' : 'ok-text'}>
          {message.text}
        </p>
      )}
      <p className="hint">Arrow keys move between cells · Enter edits · Enter or Tab saves · Escape cancels · Space selects a row</p>
      <div className="captions-grid-wrap">
        <FigureGrid
          rows={figures.rows}
          selected={selected}
          onToggle={toggle}
          onSave={save}
          onOpenStory={onOpenStory}
          onReload={figures.reload}
        />
      </div>
      <CreditPreviewDialog changes={preview} onClose={applied} />
    </main>
  );
}
