// The top bar's "Batch export…" button and its dialog.
import { useState } from 'react';
import { BatchExportDialog } from './BatchExportDialog';

export function BatchExportControl({ selectedIds, onOpenStory }: { selectedIds: readonly number[]; onOpenStory(id: number): void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Batch export…
      </button>
      <BatchExportDialog open={open} selectedIds={selectedIds} onClose={() => setOpen(false)} onOpenStory={onOpenStory} />
    </>
  );
}
