// Inside a figure's caption editor: only bold and italic, pasted text arrives as clean paragraphs,
// and every edit marks the body as changed (captions are saved inside the body document).
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $createTextNode,
  $getSelection,
  $insertNodes,
  $isRangeSelection,
  COMMAND_PRIORITY_CRITICAL,
  COMMAND_PRIORITY_HIGH,
  FORMAT_TEXT_COMMAND,
  IS_BOLD,
  IS_ITALIC,
  PASTE_COMMAND,
  TextNode,
  type TextFormatType,
} from 'lexical';
import { useEffect } from 'react';
import { repairText } from '../../../shared/ingest/repair';
import { registerContentChangeListener } from '../fields/contentChange';
import { useStoryEditors } from '../fields/storyEditors';

const CAPTION_FORMATS = IS_BOLD | IS_ITALIC;

export function CaptionPlugin({ onChange }: { onChange: () => void }) {
  const [editor] = useLexicalComposerContext();
  const editors = useStoryEditors();
  useEffect(() => editors?.history.intercept(editor), [editors, editor]);
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          FORMAT_TEXT_COMMAND,
          (format: TextFormatType) => format !== 'bold' && format !== 'italic',
          COMMAND_PRIORITY_CRITICAL,
        ),
        editor.registerCommand(
          PASTE_COMMAND,
          (event) => {
            if (!(event instanceof ClipboardEvent) || !event.clipboardData) return false;
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return false;
            event.preventDefault();
            const text = repairText(event.clipboardData.getData('text/plain')).text;
            const paragraphs = text
              .split(/\r?\n\s*\r?\n/)
              .map((p) => p.replace(/\s*\r?\n\s*/g, ' ').trim())
              .filter(Boolean);
            if (paragraphs.length <= 1) selection.insertText(paragraphs[0] ?? '');
            else $insertNodes(paragraphs.map((p) => $createParagraphNode().append($createTextNode(p))));
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerNodeTransform(TextNode, (node) => {
          const format = node.getFormat();
          if ((format & ~CAPTION_FORMATS) !== 0) node.setFormat(format & CAPTION_FORMATS);
          if (node.getStyle()) node.setStyle('');
        }),
        registerContentChangeListener(editor, onChange),
      ),
    [editor, onChange],
  );
  return null;
}
