// Figures in the body: INSERT_FIGURE_COMMAND (asks for an image, or takes dropped/pasted files),
// images dropped onto the body, and Backspace/Delete removing a selected figure. Images go to
// main's media library first; the figure stores only the library id.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getNearestNodeFromDOMNode,
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isNodeSelection,
  $isParagraphNode,
  $isRangeSelection,
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_HIGH,
  DRAGOVER_COMMAND,
  DROP_COMMAND,
  KEY_BACKSPACE_COMMAND,
  KEY_DELETE_COMMAND,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import { useEffect } from 'react';
import { useBodyServices } from '../bodyServices';
import { INSERT_FIGURE_COMMAND } from '../commands';
import { imageFilesOf, importImageFile, pickImageFile } from '../media/importImage';
import { $createFigureNode, $isFigureNode } from '../nodes/FigureNode';
import { $isFromDecoratorInput } from './decoratorInput';

/** The top-level block holding the caret (figures go after it), or null for "at the end". */
function $anchorBlockKey(): NodeKey | null {
  const selection = $getSelection();
  if ($isRangeSelection(selection)) {
    const node = selection.anchor.getNode();
    const top = node.getKey() === 'root' ? null : node.getTopLevelElement();
    return top ? top.getKey() : null;
  }
  if ($isNodeSelection(selection)) {
    const node = selection.getNodes()[0];
    return node ? (node.getTopLevelElement()?.getKey() ?? null) : null;
  }
  return null;
}

/** Insert figures after a block (an empty paragraph is replaced), with a paragraph to type in after. */
function insertFigures(editor: LexicalEditor, afterKey: NodeKey | null, images: Array<{ id: string; width: number; height: number }>) {
  editor.update(() => {
    const figures = images.map((image) => $createFigureNode({ mediaId: image.id, width: image.width, height: image.height }));
    const block = afterKey ? $getNodeByKey(afterKey) : null;
    let last = figures[figures.length - 1];
    if (!last) return;
    if (block && $isParagraphNode(block) && block.getTextContentSize() === 0) {
      block.replace(figures[0]!);
      for (let i = 1; i < figures.length; i++) figures[i - 1]!.insertAfter(figures[i]!);
    } else if (block) {
      let previous = block;
      for (const figure of figures) {
        previous.insertAfter(figure);
        previous = figure;
      }
    } else {
      $getRoot().append(...figures);
    }
    last = figures[figures.length - 1]!;
    const next = last.getNextSibling();
    if (!next || !$isElementNode(next)) {
      const paragraph = $createParagraphNode();
      last.insertAfter(paragraph);
      paragraph.select();
    } else {
      next.selectStart();
    }
  });
}

export function FigurePlugin() {
  const [editor] = useLexicalComposerContext();
  const { notify } = useBodyServices();

  useEffect(() => {
    const importAndInsert = async (files: File[], afterKey: NodeKey | null) => {
      const images: Array<{ id: string; width: number; height: number }> = [];
      const problems: string[] = [];
      for (const file of files) {
        try {
          images.push(await importImageFile(file));
        } catch (err) {
          problems.push((err as Error).message);
        }
      }
      if (images.length) insertFigures(editor, afterKey, images);
      if (problems.length) notify(problems.join(' '));
    };

    return mergeRegister(
      editor.registerCommand(
        INSERT_FIGURE_COMMAND,
        (payload) => {
          const afterKey = $anchorBlockKey();
          if (payload?.files?.length) {
            void importAndInsert(payload.files, afterKey);
          } else {
            // Opened from a key press or click, so the browser lets the file dialog open.
            void pickImageFile().then((file) => (file ? importAndInsert([file], afterKey) : undefined));
          }
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerCommand(
        DRAGOVER_COMMAND,
        (event) => {
          if (!event.dataTransfer?.types.includes('Files')) return false;
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        DROP_COMMAND,
        (event) => {
          const files = imageFilesOf(event.dataTransfer);
          if (files.length === 0) return false;
          event.preventDefault();
          // Drop after the block under the pointer.
          const target = event.target instanceof Node ? $getNearestNodeFromDOMNode(event.target) : null;
          const top = target && target.getKey() !== 'root' ? target.getTopLevelElement() : null;
          void importAndInsert(files, top ? top.getKey() : $anchorBlockKey());
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      ...[KEY_BACKSPACE_COMMAND, KEY_DELETE_COMMAND].map((command) =>
        editor.registerCommand(
          command,
          (event) => {
            if ($isFromDecoratorInput(event)) return false;
            const selection = $getSelection();
            if (!$isNodeSelection(selection)) return false;
            const figures = selection.getNodes().filter($isFigureNode);
            if (figures.length === 0) return false;
            event?.preventDefault();
            for (const figure of figures) figure.remove();
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
    );
  }, [editor, notify]);

  return null;
}
