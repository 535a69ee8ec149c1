// Preferences: a dialog of sections (prefSections.tsx) with one visible save state. Every change
// is saved through settingsUpdate; the dialog says "Saving…", "Saved" or what went wrong.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Preferences, PreferencesPatch } from '../../../shared/settings/preferences';
import { call } from '../../bridge';
import { preferencesChanged } from './preferencesStore';
import { prefSections } from './prefSections';

type SaveLine = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

export function PreferencesDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [prefs, setPrefs] = useState<Preferences | null>(null);
  const [active, setActive] = useState(prefSections[0]!.id);
  const [line, setLine] = useState<SaveLine>({ kind: 'idle' });
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) {
      el.showModal();
      setLine({ kind: 'idle' });
      call('settingsGet', {}).then(
        (p) => {
          setPrefs(p);
          setLoadError(null);
          preferencesChanged(p);
        },
        (err: Error) => setLoadError(err.message),
      );
    }
    if (!open && el.open) el.close();
  }, [open]);

  const save = useCallback(async (patch: PreferencesPatch) => {
    setLine({ kind: 'saving' });
    try {
      const saved = await call('settingsUpdate', { patch });
      setPrefs(saved);
      // The editors, checks and preview follow the saved preferences at once.
      preferencesChanged(saved);
      setLine({ kind: 'saved' });
      return true;
    } catch (err) {
      setLine({ kind: 'error', message: (err as Error).message });
      return false;
    }
  }, []);

  const section = prefSections.find((s) => s.id === active) ?? prefSections[0]!;
  const Section = section.component;
  return (
    <dialog ref={dialog} aria-labelledby="prefs-title" className="prefs-dialog" onClose={onClose}>
      <h2 id="prefs-title">Preferences</h2>
      <div className="prefs-body">
        <div role="tablist" aria-label="Preference sections" aria-orientation="vertical" className="prefs-nav">
          {prefSections.map((s, i) => (
            <button
              key={s.id}
              id={`pref-tab-${s.id}`}
              type="button"
              role="tab"
              aria-selected={s.id === section.id}
              aria-controls="pref-panel"
              tabIndex={s.id === section.id ? 0 : -1}
              onClick={() => setActive(s.id)}
              onKeyDown={(e) => {
                if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
                e.preventDefault();
                const next = prefSections[(i + (e.key === 'ArrowDown' ? 1 : prefSections.length - 1)) % prefSections.length]!;
                setActive(next.id);
                document.getElementById(`pref-tab-${next.id}`)?.focus();
              }}
            >
              {s.label}
            </button>
          ))}
        </div>
        <div role="tabpanel" id="pref-panel" aria-labelledby={`pref-tab-${section.id}`} className="prefs-panel">
          {loadError && <p className="error-text">{loadError}</p>}
          {/* Remount per section and per load so each form starts from the stored values. */}
          {prefs && <Section key={`${section.id}`} prefs={prefs} save={save} />}
        </div>
      </div>
      <div className="dialog-footer">
        <p role="status" className={`prefs-save ${line.kind}`}>
          {line.kind === 'saving' ? 'Saving…' : line.kind === 'saved' ? 'Saved' : line.kind === 'error' ? `Not saved: ${line.message}` : ''}
        </p>
        <button type="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
