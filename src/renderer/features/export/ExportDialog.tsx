// "Export HTML…" for the open story: single file or folder, into the export folder (optionally a
// subfolder), after the ready gate. The result names the files written; Electron offers "Show in
// folder", the browser mode a Download of the single-file page. A refusal lists the findings.
import { useEffect, useRef, useState } from 'react';
import type { CallResponse } from '../../../shared/contract/calls';
import type { Story } from '../../../shared/story/model';
import { call, transport } from '../../bridge';
import type { StoryDraft } from '../story/useStoryDraft';
import { downloadHtml } from '../../ui/download';
import { ExportTarget, subfolderOf, useExportInfo, type ExportTargetValue } from './ExportTarget';
import { GateFindings, openTabAfter } from './GateFindings';
import { exportProblem, type ExportProblem } from './refusal';

type State =
  | { kind: 'idle' }
  | { kind: 'working'; what: string }
  | { kind: 'done'; result: CallResponse<'exportStory'> }
  | { kind: 'downloaded'; fileName: string; warnings: string[] }
  | ExportProblem;

interface Props {
  story: Story;
  draft: StoryDraft;
  open: boolean;
  onClose(): void;
}

export function ExportDialog({ story, draft, open, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [target, setTarget] = useState<ExportTargetValue>({ format: 'single', subfolder: '' });
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [revealError, setRevealError] = useState<string | null>(null);
  const info = useExportInfo(open);
  const { subfolder, problem } = subfolderOf(target);
  const working = state.kind === 'working';

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) {
      setState({ kind: 'idle' });
      setRevealError(null);
      el.showModal();
    }
    if (!open && el.open) el.close();
  }, [open]);

  const run = async (what: string, work: () => Promise<State>) => {
    setState({ kind: 'working', what });
    try {
      // The export reads the stored story: unsaved edits are saved first.
      await draft.flush();
      setState(await work());
    } catch (err) {
      setState(exportProblem(err));
    }
  };
  const exportNow = () =>
    run('Exporting…', async () => ({
      kind: 'done',
      result: await call('exportStory', { id: story.id, format: target.format, ...(subfolder ? { subfolder } : {}) }),
    }));
  const download = () =>
    run('Preparing the download…', async () => {
      const page = await call('exportPage', { id: story.id });
      downloadHtml(page.fileName, page.html);
      return { kind: 'downloaded', fileName: page.fileName, warnings: page.warnings };
    });
  const reveal = (file: string) =>
    call('exportReveal', { file }).then(
      () => setRevealError(null),
      (err: Error) => setRevealError(err.message),
    );

  return (
    <dialog
      ref={dialog}
      className="export-dialog"
      aria-labelledby="export-title"
      onClose={onClose}
      onCancel={(e) => working && e.preventDefault()}
    >
      <h2 id="export-title">Export HTML</h2>
      <p className="hint">“{story.headline || 'Untitled'}” as a publish-ready page: exactly what the preview shows.</p>
      <ExportTarget value={target} onChange={setTarget} folder={info?.folder ?? null} disabled={working} />
      <div className="export-actions">
        <button type="button" className="primary" disabled={working || problem !== null} onClick={() => void exportNow()}>
          Export
        </button>
        {transport === 'http' && (
          <button type="button" disabled={working} onClick={() => void download()}>
            Download single file
          </button>
        )}
      </div>

      <div className="export-result" aria-live="polite">
        {state.kind === 'working' && <p role="status">{state.what}</p>}
        {state.kind === 'done' && (
          <section aria-label="Export result">
            <p role="status" className="ok-text">
              Exported {state.result.files.length === 1 ? 'the page' : `the page and ${state.result.files.length - 1} picture(s)`}.
            </p>
            <ul className="written-files" aria-label="Files written">
              {state.result.files.map((f) => (
                <li key={f}>
                  <code>{f}</code>
                </li>
              ))}
            </ul>
            {info?.canReveal && (
              <button type="button" onClick={() => void reveal(state.result.page)}>
                Show in folder
              </button>
            )}
            {revealError && <p className="error-text">{revealError}</p>}
            <Warnings warnings={state.result.warnings} />
          </section>
        )}
        {state.kind === 'downloaded' && (
          <section aria-label="Export result">
            <p role="status" className="ok-text">
              Downloaded {state.fileName} (your browser saves it in its downloads folder).
            </p>
            <Warnings warnings={state.warnings} />
          </section>
        )}
        {state.kind === 'refused' && (
          <section aria-label="Export refused" className="export-refused">
            <p role="alert" className="error-text">
              {state.message} Fix or waive them, then export again.
            </p>
            <GateFindings findings={state.findings} onOpenTab={openTabAfter(() => dialog.current?.close())} />
          </section>
        )}
        {state.kind === 'error' && (
          <p role="alert" className="error-text">
            Not exported: {state.message}
          </p>
        )}
      </div>
      <div className="dialog-footer">
        <button type="button" onClick={() => dialog.current?.close()} disabled={working}>
          Close
        </button>
      </div>
    </dialog>
  );
}

function Warnings({ warnings }: { warnings: string[] }) {
  if (!warnings.length) return null;
  return (
    <ul className="export-warnings" aria-label="Export warnings">
      {warnings.map((w, i) => (
        <li key={i}>{w}</li>
      ))}
    </ul>
  );
}
