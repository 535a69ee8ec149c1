// Keeps a field to one line of text: Enter never adds a paragraph (it may move on to the next
// field), pasted or dropped line breaks become spaces, and only the allowed formats survive
// (italics in headline and deck, nothing elsewhere). Pasted text goes through text repair.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $createTextNode,
  $formatText,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  COMMAND_PRIORITY_CRITICAL,
  COMMAND_PRIORITY_HIGH,
  FORMAT_TEXT_COMMAND,
  INSERT_LINE_BREAK_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  IS_ITALIC,
  KEY_ENTER_COMMAND,
  LineBreakNode,
  PASTE_COMMAND,
  RootNode,
  TabNode,
  TextNode,
  type TextFormatType,
} from 'lexical';
import { useEffect } from 'react';
import { repairText } from '../../../shared/ingest/repair';

/** One line of clean text from whatever was pasted. */
export function singleLineText(raw: string): string {
  return repairText(raw.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').replace(/\t/g, ' ')).text;
}

export function SingleLinePlugin({ allowItalic, onEnter }: { allowItalic: boolean; onEnter?: (shift: boolean) => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const formatMask = allowItalic ? IS_ITALIC : 0;
    return mergeRegister(
      editor.registerCommand(
        KEY_ENTER_COMMAND,
        (event) => {
          event?.preventDefault();
          onEnter?.(Boolean(event?.shiftKey));
          return true;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
      editor.registerCommand(INSERT_PARAGRAPH_COMMAND, () => true, COMMAND_PRIORITY_CRITICAL),
      editor.registerCommand(INSERT_LINE_BREAK_COMMAND, () => true, COMMAND_PRIORITY_CRITICAL),
      editor.registerCommand(
        FORMAT_TEXT_COMMAND,
        (format: TextFormatType) => {
          // Plain-text editors have no format handler of their own: italics are applied here.
          const selection = $getSelection();
          if (format === 'italic' && allowItalic && $isRangeSelection(selection)) $formatText(selection, 'italic');
          return true;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          if (!(event instanceof ClipboardEvent) || !event.clipboardData) return false;
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return false;
          event.preventDefault();
          selection.insertRawText(singleLineText(event.clipboardData.getData('text/plain')));
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      // Whatever got in some other way (drop, IME, a future command) is folded back to one line.
      editor.registerNodeTransform(LineBreakNode, (node) => {
        node.replace($createTextNode(' '));
      }),
      editor.registerNodeTransform(TabNode, (node) => {
        node.replace($createTextNode(' '));
      }),
      editor.registerNodeTransform(TextNode, (node) => {
        const format = node.getFormat();
        if ((format & ~formatMask) !== 0) node.setFormat(format & formatMask);
        if (node.getStyle()) node.setStyle('');
      }),
      editor.registerNodeTransform(RootNode, (root) => {
        const blocks = root.getChildren();
        if (blocks.length <= 1) return;
        const first = blocks[0]!;
        if (!$isElementNode(first)) return;
        for (const block of blocks.slice(1)) {
          if ($isElementNode(block)) {
            first.append($createTextNode(' '), ...block.getChildren());
          }
          block.remove();
        }
      }),
    );
  }, [editor, allowItalic, onEnter]);
  return null;
}
