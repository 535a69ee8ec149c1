// The top bar's "Import…" button and everything behind it: the dialog, window drop and paste.
import { useCallback, useState } from 'react';
import { ImportDialog } from './ImportDialog';
import { useImport } from './useImport';
import { useWindowImport } from './useWindowImport';

export function ImportControl({ onOpenStory }: { onOpenStory(id: number): void }) {
  const [open, setOpen] = useState(false);
  const [pasted, setPasted] = useState('');
  const { state, importFiles, importText, cancel, reset } = useImport();

  const startFiles = useCallback(
    (files: File[]) => {
      if (!files.length) return;
      setOpen(true);
      void importFiles(files);
    },
    [importFiles],
  );
  const offerPaste = useCallback((text: string) => {
    setPasted(text);
    setOpen(true);
  }, []);
  const dragging = useWindowImport(startFiles, offerPaste);

  return (
    <>
      <button
        type="button"
        onClick={() => {
          if (!state.running) reset();
          setOpen(true);
        }}
      >
        Import…
      </button>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop wire files to import them
        </div>
      )}
      <ImportDialog
        open={open}
        state={state}
        pasted={pasted}
        onClose={() => {
          setOpen(false);
          setPasted('');
        }}
        onFiles={startFiles}
        onText={(text, html) => void importText(text, html)}
        onCancel={() => void cancel()}
        onOpenStory={(id) => {
          setOpen(false);
          onOpenStory(id);
        }}
      />
    </>
  );
}
