// Only real edits count: typing, formatting, blocks and undo are changes; moving the caret,
// Lexical re-marking nodes (a transform registered after load) and a paragraph's selection format are not.
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isTextNode,
  createEditor,
  HISTORIC_TAG,
  TextNode,
  type LexicalEditor,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { hasContentChange } from '../../../src/renderer/editor/fields/contentChange';

function setup(): { editor: LexicalEditor; changes: boolean[] } {
  const editor = createEditor({
    namespace: 'test',
    onError: (e) => {
      throw e;
    },
  });
  editor.update(
    () => $getRoot().append($createParagraphNode().append($createTextNode('Ferry '), $createTextNode('crew').toggleFormat('bold'))),
    {
      discrete: true,
    },
  );
  const changes: boolean[] = [];
  editor.registerUpdateListener((update) => {
    if (update.dirtyLeaves.size || update.dirtyElements.size) changes.push(hasContentChange(update));
  });
  return { editor, changes };
}

describe('hasContentChange', () => {
  it('typing is a change', () => {
    const { editor, changes } = setup();
    editor.update(
      () => {
        const text = $getRoot().getFirstDescendant();
        if ($isTextNode(text)) text.setTextContent('Ferry boat ');
      },
      { discrete: true },
    );
    expect(changes).toEqual([true]);
  });

  it('a format is a change', () => {
    const { editor, changes } = setup();
    editor.update(
      () => {
        const text = $getRoot().getFirstDescendant();
        if ($isTextNode(text)) text.toggleFormat('italic');
      },
      { discrete: true },
    );
    expect(changes).toEqual([true]);
  });

  it('a new block is a change', () => {
    const { editor, changes } = setup();
    editor.update(() => $getRoot().append($createParagraphNode()), { discrete: true });
    expect(changes).toEqual([true]);
  });

  it('moving the caret (even into bold text, which updates the paragraph format) is not', () => {
    const { editor, changes } = setup();
    editor.update(
      () => {
        const bold = $getRoot().getLastDescendant();
        if ($isTextNode(bold)) bold.select(1, 1);
      },
      { discrete: true },
    );
    editor.update(
      () => {
        const paragraph = $getRoot().getFirstChild();
        if (paragraph && 'setTextFormat' in paragraph) (paragraph as unknown as { setTextFormat(f: number): void }).setTextFormat(1);
      },
      { discrete: true },
    );
    expect(changes.every((c) => !c)).toBe(true);
  });

  it('nodes marked dirty without a change (a transform registered after load) are not', () => {
    const { editor, changes } = setup();
    editor.registerNodeTransform(TextNode, () => {});
    editor.update(
      () =>
        $getRoot()
          .getAllTextNodes()
          .forEach((n) => n.markDirty()),
      { discrete: true },
    );
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.every((c) => !c)).toBe(true);
  });

  it('undo and redo (a whole state put back) are changes', () => {
    const { editor, changes } = setup();
    const before = editor.getEditorState();
    editor.update(() => $getRoot().append($createParagraphNode()), { discrete: true });
    editor.setEditorState(before, { tag: HISTORIC_TAG });
    expect(changes).toEqual([true, true]);
  });
});
