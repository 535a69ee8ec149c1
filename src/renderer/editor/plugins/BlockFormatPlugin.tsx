// Block formatting for the body: SET_BLOCK_COMMAND (paragraph, subheads, quote; the same type
// again turns a block back into a paragraph) and the keyboard shortcuts for blocks, lists, links
// and figures. Shortcuts only dispatch commands; the handlers below and in other plugins act.
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, $isListNode, ListNode, REMOVE_LIST_COMMAND } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $getNearestNodeOfType, mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_HIGH,
  KEY_DOWN_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { useEffect } from 'react';
import { matches } from '../../features/shortcuts/shortcutList';
import { $isFromDecoratorInput } from './decoratorInput';
import { INSERT_FIGURE_COMMAND, OPEN_LINK_EDITOR_COMMAND, SET_BLOCK_COMMAND, type BlockType } from '../commands';

/** The block type at the selection's anchor: paragraph, h2, h3, quote, bullet, number. */
export function $selectedBlockType(): BlockType | 'bullet' | 'number' | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const anchor = selection.anchor.getNode();
  const list = $getNearestNodeOfType(anchor, ListNode);
  if ($isListNode(list)) return list.getListType() === 'number' ? 'number' : 'bullet';
  const block = anchor.getKey() === 'root' ? null : anchor.getTopLevelElement();
  if ($isHeadingNode(block)) return block.getTag() === 'h3' ? 'h3' : 'h2';
  if ($isQuoteNode(block)) return 'quote';
  return 'paragraph';
}

function $setBlock(type: BlockType): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  const current = $selectedBlockType();
  const target = current === type ? 'paragraph' : type;
  $setBlocksType(selection, () => {
    if (target === 'h2' || target === 'h3') return $createHeadingNode(target);
    if (target === 'quote') return $createQuoteNode();
    return $createParagraphNode();
  });
}

/** Toggle a list: the same list type again turns the items back into paragraphs. */
export function toggleList(editor: LexicalEditor, type: 'bullet' | 'number'): void {
  const current = editor.getEditorState().read($selectedBlockType);
  if (current === type) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
  else editor.dispatchCommand(type === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);
}

export function BlockFormatPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          SET_BLOCK_COMMAND,
          (type) => {
            $setBlock(type);
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            if ($isFromDecoratorInput(event)) return false;
            const act = (fn: () => void) => {
              event.preventDefault();
              fn();
              return true;
            };
            if (matches('paragraph', event)) return act(() => editor.dispatchCommand(SET_BLOCK_COMMAND, 'paragraph'));
            if (matches('heading-2', event)) return act(() => editor.dispatchCommand(SET_BLOCK_COMMAND, 'h2'));
            if (matches('heading-3', event)) return act(() => editor.dispatchCommand(SET_BLOCK_COMMAND, 'h3'));
            if (matches('quote', event)) return act(() => editor.dispatchCommand(SET_BLOCK_COMMAND, 'quote'));
            if (matches('bulleted-list', event)) return act(() => toggleList(editor, 'bullet'));
            if (matches('numbered-list', event)) return act(() => toggleList(editor, 'number'));
            if (matches('link', event)) return act(() => editor.dispatchCommand(OPEN_LINK_EDITOR_COMMAND, undefined));
            if (matches('insert-figure', event)) return act(() => editor.dispatchCommand(INSERT_FIGURE_COMMAND, undefined));
            return false;
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
    [editor],
  );
  return null;
}
