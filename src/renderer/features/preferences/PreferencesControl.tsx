// The top bar's "Preferences" button (Ctrl/Cmd+,) and its dialog.
import { useEffect, useState } from 'react';
import { PreferencesDialog } from './PreferencesDialog';

export function PreferencesControl() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key === ',') {
        event.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} aria-keyshortcuts="Control+,">
        Preferences
      </button>
      <PreferencesDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}
