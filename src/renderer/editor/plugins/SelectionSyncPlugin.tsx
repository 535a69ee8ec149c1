// Lexical learns where the selection is from `selectionchange` events, which the browser queues
// and coalesces; a key pressed straight after Shift+Arrow (Backspace, Ctrl/Cmd+K, Ctrl/Cmd+B…)
// can otherwise act on Lexical's older copy — deleting nothing, or linking half the highlight.
// Before any key is handled, Lexical's selection is brought in line with the one on screen.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createRangeSelectionFromDom,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_CRITICAL,
  getNearestEditorFromDOMNode,
  KEY_DOWN_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { useEffect } from 'react';

/** Keep `editor`'s selection in line with the browser's before each key; returns the unregister. */
export function registerSelectionSync(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    KEY_DOWN_COMMAND,
    () => {
      if (editor.isComposing()) return false;
      const dom = editor.getRootElement()?.ownerDocument.defaultView?.getSelection() ?? null;
      // Only a selection in this editor itself (not in a caption editor nested inside it).
      if (!dom?.anchorNode || !dom.focusNode) return false;
      if (getNearestEditorFromDOMNode(dom.anchorNode) !== editor || getNearestEditorFromDOMNode(dom.focusNode) !== editor) return false;
      const shown = $createRangeSelectionFromDom(dom, editor);
      const current = $getSelection();
      // Same place: keep Lexical's own selection, which also carries a pending format (Ctrl+I
      // with nothing selected italicises what is typed next).
      const samePlace = $isRangeSelection(current) && shown && current.anchor.is(shown.anchor) && current.focus.is(shown.focus);
      if (shown && !samePlace) $setSelection(shown);
      // Never handles the key itself: the usual handlers run next, on the right selection.
      return false;
    },
    COMMAND_PRIORITY_CRITICAL,
  );
}

export function SelectionSyncPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerSelectionSync(editor), [editor]);
  return null;
}
