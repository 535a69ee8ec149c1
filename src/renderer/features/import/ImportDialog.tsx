// "Import wire copy": choose or drop files, or paste copy; progress with Cancel; a summary of what
// was imported, skipped as duplicate, or refused — with the reason for each.
import { useEffect, useId, useRef, useState } from 'react';
import type { ImportFileResult } from '../../../shared/wire/model';
import type { ImportState } from './useImport';

interface Props {
  open: boolean;
  state: ImportState;
  pasted: string;
  onClose(): void;
  onFiles(files: File[]): void;
  onText(text: string, html: boolean): void;
  onCancel(): void;
  onOpenStory(id: number): void;
}

const OUTCOME_LABEL: Record<ImportFileResult['outcome'], string> = { imported: 'Imported', duplicate: 'Already here', rejected: 'Refused' };

export function ImportDialog({ open, state, pasted, onClose, onFiles, onText, onCancel, onOpenStory }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const textId = useId();

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) el.showModal();
    if (!open && el.open) el.close();
  }, [open]);

  useEffect(() => {
    if (pasted) setText(pasted);
  }, [pasted]);

  const counts = {
    imported: state.results.filter((r) => r.outcome === 'imported').length,
    duplicate: state.results.filter((r) => r.outcome === 'duplicate').length,
    rejected: state.results.filter((r) => r.outcome === 'rejected').length,
  };
  const finished = !state.running && state.results.length > 0;

  return (
    <dialog
      ref={dialog}
      className="import-dialog"
      aria-labelledby="import-title"
      onClose={onClose}
      onCancel={(e) => state.running && e.preventDefault()}
    >
      <h2 id="import-title">Import wire copy</h2>
      <p className="hint">
        NITF, NewsML, IPTC 7901, ANPA, ninjs, AP JSON, plain text or a saved web page. You can also drop files anywhere on the window.
      </p>
      <div className="import-actions">
        <button type="button" className="primary" disabled={state.running} onClick={() => fileInput.current?.click()}>
          Choose files…
        </button>
        <input
          ref={fileInput}
          type="file"
          multiple
          hidden
          aria-label="Wire files"
          onChange={(e) => {
            onFiles(Array.from(e.target.files ?? []));
            e.target.value = '';
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={textId}>Paste wire copy or a web page</label>
        <textarea id={textId} rows={6} value={text} onChange={(e) => setText(e.target.value)} disabled={state.running} />
        <div className="import-actions">
          <button type="button" disabled={state.running || !text.trim()} onClick={() => onText(text, /^\s*</.test(text))}>
            Import pasted copy
          </button>
        </div>
      </div>

      {state.running && (
        <div className="import-progress">
          <progress aria-label="Import progress" max={Math.max(1, state.total)} value={state.done} />
          <span aria-live="polite">
            {state.done} of {state.total}
            {state.current ? ` — reading ${state.current}` : ''}
          </span>
          <button type="button" onClick={onCancel} disabled={state.cancelled}>
            {state.cancelled ? 'Cancelling…' : 'Cancel'}
          </button>
        </div>
      )}

      {(finished || state.error) && (
        <section aria-label="Import summary" className="import-summary">
          <p role="status">
            {counts.imported} imported, {counts.duplicate} already here, {counts.rejected} refused
            {state.cancelled ? ' — cancelled before the end' : ''}
          </p>
          {state.error && (
            <p role="alert" className="error-text">
              {state.error}
            </p>
          )}
          <ul className="import-results">
            {state.results.map((r, i) => (
              <li key={`${r.file}-${i}`} className={`import-${r.outcome}`}>
                <span className="import-outcome">{OUTCOME_LABEL[r.outcome]}</span> <span>{r.message}</span>
                {r.storyIds[0] !== undefined && (
                  <button type="button" onClick={() => onOpenStory(r.storyIds[0]!)}>
                    Open
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="dialog-footer">
        <button type="button" onClick={onClose} disabled={state.running}>
          Close
        </button>
      </div>
    </dialog>
  );
}
