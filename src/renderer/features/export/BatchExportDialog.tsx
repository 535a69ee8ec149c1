// Batch export: the stories selected on the desk, or every Ready story, into the export folder
// (single files or a folder with shared assets/), with progress, Cancel between stories and a
// summary. Optionally moves each exported story to Published through the workflow (in its history).
import { useEffect, useId, useRef, useState } from 'react';
import { ExportTarget, subfolderOf, useExportInfo, type ExportTargetValue } from './ExportTarget';
import { BatchSummaryView } from './BatchSummaryView';
import { useBatchExport } from './useBatchExport';

interface Props {
  open: boolean;
  /** The desk's selection, in desk order. */
  selectedIds: readonly number[];
  onClose(): void;
  onOpenStory(id: number): void;
}

export function BatchExportDialog({ open, selectedIds, onClose, onOpenStory }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [scope, setScope] = useState<'selection' | 'ready'>('ready');
  const [target, setTarget] = useState<ExportTargetValue>({ format: 'folder', subfolder: '' });
  const [markPublished, setMarkPublished] = useState(false);
  const [asked, setAsked] = useState(false);
  const { state, start, cancel, reset } = useBatchExport();
  const info = useExportInfo(open);
  const group = useId();
  const { subfolder, problem } = subfolderOf(target);

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) {
      if (!state.running) reset();
      setScope(selectedIds.length ? 'selection' : 'ready');
      el.showModal();
    }
    if (!open && el.open) el.close();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the scope is chosen when the dialog opens
  }, [open]);

  const run = () => {
    setAsked(markPublished);
    void start({
      scope: scope === 'selection' ? { kind: 'selection', ids: [...selectedIds] } : { kind: 'ready' },
      format: target.format,
      ...(subfolder ? { subfolder } : {}),
      markPublished,
    });
  };

  return (
    <dialog
      ref={dialog}
      className="export-dialog batch-dialog"
      aria-labelledby="batch-title"
      onClose={onClose}
      onCancel={(e) => state.running && e.preventDefault()}
    >
      <h2 id="batch-title">Batch export</h2>
      <fieldset className="export-scope" disabled={state.running}>
        <legend>Stories</legend>
        <label>
          <input
            type="radio"
            name={group}
            checked={scope === 'selection'}
            disabled={!selectedIds.length}
            onChange={() => setScope('selection')}
          />
          <span>
            {selectedIds.length
              ? `The ${selectedIds.length} ${selectedIds.length === 1 ? 'story' : 'stories'} selected on the desk`
              : 'Stories selected on the desk'}
            {!selectedIds.length && <span className="muted"> (none yet: select them in the list with Ctrl/⌘+click or Space)</span>}
          </span>
        </label>
        <label>
          <input type="radio" name={group} checked={scope === 'ready'} onChange={() => setScope('ready')} />
          <span>Every Ready story</span>
        </label>
      </fieldset>
      <ExportTarget value={target} onChange={setTarget} folder={info?.folder ?? null} disabled={state.running} />
      <label className="check">
        <input type="checkbox" checked={markPublished} disabled={state.running} onChange={(e) => setMarkPublished(e.target.checked)} />
        <span>Mark exported stories Published (recorded in each story’s history)</span>
      </label>
      <p className="hint">Each story passes the ready gate first; a story it refuses is listed with its findings and not written.</p>
      <div className="export-actions">
        <button type="button" className="primary" disabled={state.running || problem !== null} onClick={run}>
          Export stories
        </button>
      </div>

      {state.running && (
        <div className="import-progress">
          <progress aria-label="Export progress" max={Math.max(1, state.total)} value={state.done} />
          <span aria-live="polite">
            {state.total ? `${state.done} of ${state.total}` : 'Starting…'}
            {state.last ? ` — ${state.last}` : ''}
          </span>
          <button type="button" onClick={() => void cancel()} disabled={state.cancelling}>
            {state.cancelling ? 'Cancelling…' : 'Cancel'}
          </button>
        </div>
      )}
      {state.error && (
        <p role="alert" className="error-text">
          Not exported: {state.error}
        </p>
      )}
      {state.summary && (
        <BatchSummaryView
          summary={state.summary}
          markPublished={asked}
          onOpenStory={(id) => {
            dialog.current?.close();
            onOpenStory(id);
          }}
        />
      )}
      <div className="dialog-footer">
        <button type="button" onClick={() => dialog.current?.close()} disabled={state.running}>
          Close
        </button>
      </div>
    </dialog>
  );
}
