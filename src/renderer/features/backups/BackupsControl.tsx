// The top bar's "Backups" button and its dialog.
import { useState } from 'react';
import { BackupsDialog } from './BackupsDialog';

export function BackupsControl() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Backups
      </button>
      <BackupsDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}
