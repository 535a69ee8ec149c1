// The body's formatting toolbar: one tab stop (arrow keys move between buttons, as a toolbar
// should), each button dispatching a command. Its state follows the selection without
// re-rendering unless a button's state really changes.
import { $isLinkNode } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalEditable } from '@lexical/react/useLexicalEditable';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
} from 'lexical';
import { useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { keysOf, type ShortcutId } from '../../features/shortcuts/shortcutList';
import { INSERT_FIGURE_COMMAND, OPEN_LINK_EDITOR_COMMAND, SET_BLOCK_COMMAND } from '../commands';
import { $selectedBlockType, toggleList } from './BlockFormatPlugin';

interface Button {
  id: string;
  label: string;
  text: string;
  shortcut: ShortcutId;
  pressed?: boolean;
  disabled?: boolean;
  run(): void;
}

export function ToolbarPlugin() {
  const [editor] = useLexicalComposerContext();
  const [bold, setBold] = useState(false);
  const [italic, setItalic] = useState(false);
  const [link, setLink] = useState(false);
  const [block, setBlock] = useState<string | null>('paragraph');
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const [focusIndex, setFocusIndex] = useState(0);
  const refs = useRef<Array<HTMLButtonElement | null>>([]);
  const editable = useLexicalEditable();

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          editorState.read(() => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return;
            // Plain values: React skips the render when nothing changed.
            setBold(selection.hasFormat('bold'));
            setItalic(selection.hasFormat('italic'));
            setBlock($selectedBlockType());
            setLink($findMatchingParent(selection.anchor.getNode(), $isLinkNode) !== null);
          });
        }),
        editor.registerCommand(CAN_UNDO_COMMAND, (v) => (setCanUndo(v), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (v) => (setCanRedo(v), false), COMMAND_PRIORITY_LOW),
      ),
    [editor],
  );

  const buttons: Button[] = [
    {
      id: 'bold',
      label: 'Bold',
      text: 'B',
      shortcut: 'bold',
      pressed: bold,
      run: () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold'),
    },
    {
      id: 'italic',
      label: 'Italic',
      text: 'I',
      shortcut: 'italic',
      pressed: italic,
      run: () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic'),
    },
    {
      id: 'link',
      label: 'Link',
      text: 'Link',
      shortcut: 'link',
      pressed: link,
      run: () => editor.dispatchCommand(OPEN_LINK_EDITOR_COMMAND, undefined),
    },
    {
      id: 'h2',
      label: 'Heading 2',
      text: 'H2',
      shortcut: 'heading-2',
      pressed: block === 'h2',
      run: () => editor.dispatchCommand(SET_BLOCK_COMMAND, 'h2'),
    },
    {
      id: 'h3',
      label: 'Heading 3',
      text: 'H3',
      shortcut: 'heading-3',
      pressed: block === 'h3',
      run: () => editor.dispatchCommand(SET_BLOCK_COMMAND, 'h3'),
    },
    {
      id: 'quote',
      label: 'Quote',
      text: '“ ”',
      shortcut: 'quote',
      pressed: block === 'quote',
      run: () => editor.dispatchCommand(SET_BLOCK_COMMAND, 'quote'),
    },
    {
      id: 'ul',
      label: 'Bulleted list',
      text: '• List',
      shortcut: 'bulleted-list',
      pressed: block === 'bullet',
      run: () => toggleList(editor, 'bullet'),
    },
    {
      id: 'ol',
      label: 'Numbered list',
      text: '1. List',
      shortcut: 'numbered-list',
      pressed: block === 'number',
      run: () => toggleList(editor, 'number'),
    },
    {
      id: 'figure',
      label: 'Insert figure',
      text: 'Figure…',
      shortcut: 'insert-figure',
      run: () => editor.dispatchCommand(INSERT_FIGURE_COMMAND, undefined),
    },
    {
      id: 'undo',
      label: 'Undo',
      text: '↶',
      shortcut: 'undo',
      disabled: !canUndo,
      run: () => editor.dispatchCommand(UNDO_COMMAND, undefined),
    },
    {
      id: 'redo',
      label: 'Redo',
      text: '↷',
      shortcut: 'redo',
      disabled: !canRedo,
      run: () => editor.dispatchCommand(REDO_COMMAND, undefined),
    },
  ];

  const onKeyDown = (event: ReactKeyboardEvent) => {
    const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    let next = -1;
    if (delta) next = (focusIndex + delta + buttons.length) % buttons.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = buttons.length - 1;
    if (next < 0) return;
    event.preventDefault();
    setFocusIndex(next);
    refs.current[next]?.focus();
  };

  return (
    <div role="toolbar" aria-label="Formatting" aria-controls="field-body" className="body-toolbar" onKeyDown={onKeyDown}>
      {buttons.map((b, i) => (
        <button
          key={b.id}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          className={`tb-${b.id}${b.pressed ? ' active' : ''}`}
          aria-label={b.label}
          aria-pressed={b.pressed === undefined ? undefined : b.pressed}
          aria-disabled={b.disabled || !editable || undefined}
          title={`${b.label} (${keysOf(b.shortcut)})`}
          tabIndex={i === focusIndex ? 0 : -1}
          // Keep the caret and selection in the body while clicking.
          onMouseDown={(event) => event.preventDefault()}
          onFocus={() => setFocusIndex(i)}
          onClick={() => {
            if (!b.disabled && editable) b.run();
          }}
        >
          {b.text}
        </button>
      ))}
    </div>
  );
}
