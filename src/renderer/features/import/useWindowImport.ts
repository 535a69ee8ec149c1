// Files dropped anywhere on the window (outside the editors, which take images themselves) and
// copy pasted while no text field has focus are offered for import.
import { useEffect, useState } from 'react';

function isEditable(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return Boolean(el?.closest?.('input, textarea, select, [contenteditable="true"], [contenteditable=""]'));
}

export function useWindowImport(onFiles: (files: File[]) => void, onPaste: (text: string) => void) {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (e: DragEvent) => {
      if (hasFiles(e) && !e.defaultPrevented) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      depth = 0;
      setDragging(false);
      // An editor that took the drop (an image into the body) has already handled it.
      if (!hasFiles(e) || e.defaultPrevented || isEditable(e.target)) return;
      e.preventDefault();
      onFiles(Array.from(e.dataTransfer?.files ?? []));
    };
    const paste = (e: ClipboardEvent) => {
      if (isEditable(e.target) || isEditable(document.activeElement)) return;
      const data = e.clipboardData;
      const text = data?.getData('text/html') || data?.getData('text/plain') || '';
      if (data?.files.length) {
        e.preventDefault();
        onFiles(Array.from(data.files));
      } else if (text.trim()) {
        e.preventDefault();
        onPaste(text);
      }
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    window.addEventListener('paste', paste);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
      window.removeEventListener('paste', paste);
    };
  }, [onFiles, onPaste]);
  return dragging;
}
