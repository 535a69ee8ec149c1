// The preview bar's "Export HTML…" button and its dialog, for the open story.
import { useState } from 'react';
import type { SideTabProps } from '../side/SidePanel';
import { ExportDialog } from './ExportDialog';

export function ExportControl({ story, draft }: Pick<SideTabProps, 'story' | 'draft'>) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="primary" onClick={() => setOpen(true)}>
        Export HTML…
      </button>
      <ExportDialog story={story} draft={draft} open={open} onClose={() => setOpen(false)} />
    </>
  );
}
