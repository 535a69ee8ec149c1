// One editable grid cell (caption, credit or alt text): Enter edits, Enter or Tab saves, Escape
// cancels. The save writes the figure into its story body with the version check; a conflict or
// refusal shows why and keeps the typed text in the cell, never losing it.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

export type SaveResult = { ok: true } | { ok: false; message: string; conflict: boolean };

interface Props {
  value: string;
  /** The story version the row shows; an edit is saved against the version it started from. */
  version: number;
  label: string;
  editing: boolean;
  multiline?: boolean;
  onStartEdit(): void;
  onStopEdit(move: 'none' | 'next' | 'previous' | 'down'): void;
  onSave(value: string, version: number): Promise<SaveResult>;
  onReload(): void;
}

export function EditableCell({ value, version, label, editing, multiline, onStartEdit, onStopEdit, onSave, onReload }: Props) {
  const [text, setText] = useState(value);
  const [problem, setProblem] = useState<{ message: string; conflict: boolean } | null>(null);
  const [saving, setSaving] = useState(false);
  const input = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  // The version the edit started from: a change saved elsewhere meanwhile is a conflict, even if
  // the table has already reloaded the row underneath the edit. "Reload row" accepts theirs.
  const [base, setBase] = useState<number | null>(null);
  const latest = useRef(version);
  // After "Reload row", the row's fresh version is on its way: a save made before it arrives
  // would be checked against the old one and conflict again, so it waits for it (a few seconds at most).
  const reloading = useRef<{ from: number; arrived: Promise<void>; resolve(): void } | null>(null);
  useEffect(() => {
    latest.current = version;
    if (reloading.current && version !== reloading.current.from) {
      reloading.current.resolve();
      reloading.current = null;
    }
  }, [version]);

  useEffect(() => {
    if (editing) {
      setBase((b) => b ?? latest.current);
      input.current?.focus();
      input.current?.select();
    }
  }, [editing]);
  // A fresh value from the server replaces the text only when nothing typed is pending.
  useEffect(() => {
    if (!editing && !problem) setText(value);
  }, [value, editing, problem]);

  const commit = async (move: 'none' | 'next' | 'previous' | 'down') => {
    if (text === value && !problem) {
      setBase(null);
      onStopEdit(move);
      return;
    }
    setSaving(true);
    const pending = reloading.current;
    if (pending) await Promise.race([pending.arrived, new Promise((r) => setTimeout(r, 5000))]);
    const result = await onSave(text, base ?? latest.current);
    setSaving(false);
    if (result.ok) {
      setProblem(null);
      setBase(null);
      onStopEdit(move);
    } else setProblem({ message: result.message, conflict: result.conflict });
  };

  const onKey = (e: KeyboardEvent<HTMLElement>) => {
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      setText(value);
      setProblem(null);
      setBase(null);
      onStopEdit('none');
    } else if (e.key === 'Enter' && !(multiline && e.shiftKey)) {
      e.preventDefault();
      void commit('down');
    } else if (e.key === 'Tab') {
      e.preventDefault();
      void commit(e.shiftKey ? 'previous' : 'next');
    }
  };

  if (!editing && !problem) {
    return (
      <span className={`cell-text${value ? '' : ' empty'}`} onDoubleClick={onStartEdit}>
        {value || '—'}
      </span>
    );
  }
  const common = {
    ref: input,
    'aria-label': label,
    value: text,
    disabled: saving,
    onChange: (e: { target: { value: string } }) => setText(e.target.value),
    onKeyDown: onKey,
    'aria-invalid': problem ? true : undefined,
  };
  return (
    <span className="cell-edit">
      {multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
      {problem && (
        <span role="alert" className="cell-problem">
          {problem.message}{' '}
          {problem.conflict && (
            <button
              type="button"
              onClick={() => {
                setBase(null);
                let resolve = () => {};
                const arrived = new Promise<void>((r) => (resolve = r));
                reloading.current = { from: latest.current, arrived, resolve };
                onReload();
              }}
            >
              Reload row
            </button>
          )}
        </span>
      )}
    </span>
  );
}
