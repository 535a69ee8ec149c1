// Paste into the body: the editor's own copies keep their structure; HTML from Word, Google Docs
// and web pages is cleaned (paste/cleanHtml.ts) and repaired; plain text becomes paragraphs;
// a pasted picture becomes a figure. Anything left out is said, not silently dropped.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $addUpdateTag, $getSelection, $isRangeSelection, COMMAND_PRIORITY_HIGH, PASTE_COMMAND, PASTE_TAG } from 'lexical';
import { useEffect } from 'react';
import { useBodyServices } from '../bodyServices';
import { INSERT_FIGURE_COMMAND } from '../commands';
import { imageFilesOf } from '../media/importImage';
import { $insertCleanHtml, $insertPlainText } from '../paste/insertPaste';
import { $isFromDecoratorInput } from './decoratorInput';

export function PastePlugin() {
  const [editor] = useLexicalComposerContext();
  const { notify } = useBodyServices();
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          if (!(event instanceof ClipboardEvent) || !event.clipboardData) return false;
          if ($isFromDecoratorInput(event)) return false;
          const data = event.clipboardData;
          // Copied inside Slugline's body: Lexical's own format keeps figures and formatting.
          if (data.getData('application/x-lexical-editor')) return false;
          const html = data.getData('text/html');
          const text = data.getData('text/plain');
          if (!html && !text) {
            const files = imageFilesOf(data);
            if (files.length === 0) return false;
            event.preventDefault();
            editor.dispatchCommand(INSERT_FIGURE_COMMAND, { files });
            return true;
          }
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return false;
          event.preventDefault();
          $addUpdateTag(PASTE_TAG);
          if (html) {
            const dropped = $insertCleanHtml(editor, html, selection);
            if (dropped > 0) {
              notify(
                `${dropped === 1 ? 'A picture' : `${dropped} pictures`} in the pasted text ${dropped === 1 ? 'was' : 'were'} left out: paste or drop the image file itself, or use Insert figure.`,
              );
            }
          } else {
            $insertPlainText(editor, text, selection);
          }
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor, notify],
  );
  return null;
}
