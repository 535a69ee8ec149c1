// A key pressed straight after the selection changed on screen acts on what is on screen, even
// when Lexical has not yet heard of the change (its `selectionchange` is still queued): here the
// browser's selection is moved without any event, and Backspace must delete what it covers.
import { registerRichText } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, createEditor, type LexicalEditor } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import { registerSelectionSync } from '../../../src/renderer/editor/plugins/SelectionSyncPlugin';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  document.body.innerHTML = '';
});

function editorWith(text: string, sync: boolean): { editor: LexicalEditor; root: HTMLElement } {
  const root = document.createElement('div');
  root.contentEditable = 'true';
  document.body.append(root);
  const editor = createEditor({
    namespace: 'selection-sync-test',
    onError: (e) => {
      throw e;
    },
  });
  editor.setRootElement(root);
  cleanups.push(registerRichText(editor));
  if (sync) cleanups.push(registerSelectionSync(editor));
  editor.update(
    () => {
      const paragraph = $createParagraphNode().append($createTextNode(text));
      $getRoot().clear().append(paragraph);
      paragraph.selectStart();
    },
    { discrete: true },
  );
  return { editor, root };
}

/** Select the first `length` characters on screen only, as the browser does on Shift+Arrow. */
function selectOnScreen(root: HTMLElement, length: number): void {
  const text = root.querySelector('span')!.firstChild!;
  const range = document.createRange();
  range.setStart(text, 0);
  range.setEnd(text, length);
  const selection = window.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

/** The text once Lexical has committed what the key did (commits run in a microtask). */
async function textOf(editor: LexicalEditor): Promise<string> {
  await new Promise((done) => setTimeout(done, 0));
  return editor.getEditorState().read(() => $getRoot().getTextContent());
}

describe('selection sync before keys', () => {
  it('Backspace deletes the text highlighted on screen', async () => {
    const { editor, root } = editorWith('NORTH BAY (STW) - Ferries sailed again.', true);
    selectOnScreen(root, 'NORTH BAY (STW) - '.length);
    root.dispatchEvent(new KeyboardEvent('keydown', { key: 'Backspace', bubbles: true, cancelable: true }));
    expect(await textOf(editor)).toBe('Ferries sailed again.');
  });

  it('without it, Lexical acts on its own older selection (if this starts failing, Lexical fixed it upstream)', async () => {
    const { editor, root } = editorWith('NORTH BAY (STW) - Ferries sailed again.', false);
    selectOnScreen(root, 'NORTH BAY (STW) - '.length);
    root.dispatchEvent(new KeyboardEvent('keydown', { key: 'Backspace', bubbles: true, cancelable: true }));
    expect(await textOf(editor)).toBe('NORTH BAY (STW) - Ferries sailed again.');
  });
});
