// The part of both export dialogs that says where files go: single file or folder, and an
// optional subfolder of the export folder, checked as it is typed with the contract's own rule.
import { useEffect, useId, useState } from 'react';
import { subfolderProblem } from '../../../shared/contract/calls';
import { call } from '../../bridge';

export type ExportFormat = 'single' | 'folder';

export interface ExportTargetValue {
  format: ExportFormat;
  subfolder: string;
}

/** The subfolder to send (trimmed; none when empty) and what is wrong with it, if anything. */
export function subfolderOf(value: ExportTargetValue): { subfolder?: string; problem: string | null } {
  const name = value.subfolder.trim();
  if (!name) return { problem: null };
  return { subfolder: name, problem: subfolderProblem(name) };
}

export function useExportInfo(open: boolean): { folder: string; canReveal: boolean } | null {
  const [info, setInfo] = useState<{ folder: string; canReveal: boolean } | null>(null);
  useEffect(() => {
    if (!open) return;
    let live = true;
    call('exportInfo', {}).then(
      (i) => live && setInfo(i),
      () => live && setInfo(null),
    );
    return () => {
      live = false;
    };
  }, [open]);
  return info;
}

interface Props {
  value: ExportTargetValue;
  onChange(value: ExportTargetValue): void;
  folder: string | null;
  disabled?: boolean;
}

export function ExportTarget({ value, onChange, folder, disabled = false }: Props) {
  const group = useId();
  const subId = useId();
  const { problem } = subfolderOf(value);
  return (
    <>
      <fieldset className="export-format" disabled={disabled}>
        <legend>Write</legend>
        <label>
          <input type="radio" name={group} checked={value.format === 'single'} onChange={() => onChange({ ...value, format: 'single' })} />
          <span>
            <strong>Single file</strong> — one self-contained page, pictures inside it
          </span>
        </label>
        <label>
          <input type="radio" name={group} checked={value.format === 'folder'} onChange={() => onChange({ ...value, format: 'folder' })} />
          <span>
            <strong>Folder</strong> — the page plus an <code>assets/</code> folder with the pictures
          </span>
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor={subId}>Subfolder (optional)</label>
        <input
          id={subId}
          type="text"
          value={value.subfolder}
          disabled={disabled}
          aria-invalid={problem ? true : undefined}
          aria-describedby={`${subId}-hint`}
          placeholder="e.g. late-edition"
          onChange={(e) => onChange({ ...value, subfolder: e.target.value })}
        />
        <p id={`${subId}-hint`} className={problem ? 'error-text' : 'hint'}>
          {problem ??
            `Into ${folder ?? 'the export folder'}${value.subfolder.trim() ? `/${value.subfolder.trim()}` : ''} (set in Preferences → Publishing).`}
        </p>
      </div>
    </>
  );
}
