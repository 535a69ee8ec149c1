// The keyboard shortcuts overlay (? outside a text field, or Ctrl/Cmd+/): every shortcut from
// shortcutList, grouped, in a modal dialog that returns the focus where it was when closed.
import { useEffect, useRef } from 'react';
import { SHORTCUTS, type Shortcut } from './shortcutList';

export function ShortcutsOverlay({ onClose }: { onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = dialog.current;
    const previous = document.activeElement as HTMLElement | null;
    if (el && !el.open) el.showModal();
    return () => previous?.focus?.();
  }, []);
  const groups = new Map<Shortcut['group'], Shortcut[]>();
  for (const s of SHORTCUTS) groups.set(s.group, [...(groups.get(s.group) ?? []), s]);
  return (
    <dialog
      ref={dialog}
      className="shortcuts-dialog"
      aria-labelledby="shortcuts-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        // A click on the backdrop (the dialog element itself) closes it.
        if (event.target === dialog.current) onClose();
      }}
    >
      <div className="shortcuts-head">
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <button type="button" onClick={onClose} aria-label="Close keyboard shortcuts" autoFocus>
          Close
        </button>
      </div>
      <div className="shortcuts-groups">
        {[...groups].map(([group, list]) => (
          <section key={group} aria-labelledby={`shortcut-group-${group.replace(/\W+/g, '-')}`}>
            <h3 id={`shortcut-group-${group.replace(/\W+/g, '-')}`}>{group}</h3>
            <dl>
              {list.map((s) => (
                <div key={s.id} className="shortcut-line">
                  <dt>{s.label}</dt>
                  <dd>
                    {s.keys.map((keys, i) => (
                      <span key={keys}>
                        {i > 0 && <span className="shortcut-or"> or </span>}
                        <kbd>{keys}</kbd>
                      </span>
                    ))}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <p className="shortcuts-foot">
        Markdown also works in the body as you type: **bold**, *italic*, ## subhead, &gt; quote, - list, 1. list.
      </p>
    </dialog>
  );
}
