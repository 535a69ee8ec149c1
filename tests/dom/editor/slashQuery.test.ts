// Choosing a block from the slash menu leaves none of the typed "/query" behind, even when the
// menu handed over only part of it (a match one keystroke old under fast typing).
import { $createParagraphNode, $createTextNode, $getRoot, createEditor, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $removeSlashQueryBeforeCaret } from '../../../src/renderer/editor/plugins/SlashMenuPlugin';

function editorWith(parts: string[]): LexicalEditor {
  const editor = createEditor({
    namespace: 'test',
    onError: (e) => {
      throw e;
    },
  });
  editor.update(
    () => {
      const paragraph = $createParagraphNode();
      const nodes = parts.map((p) => $createTextNode(p));
      // Keep the pieces apart, as a split for the menu leaves them.
      nodes.forEach((n, i) => (i % 2 ? n.toggleFormat('bold') : n));
      paragraph.append(...nodes);
      $getRoot().append(paragraph);
      nodes.at(-1)!.select();
    },
    { discrete: true },
  );
  return editor;
}

function run(parts: string[]): string {
  const editor = editorWith(parts);
  editor.update(() => $removeSlashQueryBeforeCaret(), { discrete: true });
  return editor.getEditorState().read(() => $getRoot().getTextContent());
}

describe('removing what is left of the slash query', () => {
  it('removes "/query" before the caret, also across split text nodes', () => {
    expect(run(['Intro ', '/h3'])).toBe('Intro ');
    expect(run(['/h', '3'])).toBe('');
    expect(run(['Intro /q', 'uo'])).toBe('Intro ');
  });

  it('leaves ordinary text alone: no slash, a space after the slash, or a long run', () => {
    expect(run(['Plain words'])).toBe('Plain words');
    expect(run(['and/or more'])).toBe('and/or more');
    expect(run(['x/', 'abcdefghijklmnopqrstuvwxyz'])).toBe('x/abcdefghijklmnopqrstuvwxyz');
  });
});
