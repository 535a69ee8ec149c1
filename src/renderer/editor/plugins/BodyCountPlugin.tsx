// The body's word count beside its label. Counting 20,000 words is real work, so it runs once
// typing pauses, when the browser is idle — never on the keystroke itself.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { useEffect, useState } from 'react';
import { countWords } from '../../../shared/story/text';
import { $isFigureNode } from '../nodes/FigureNode';

function $bodyText(): string {
  // Captions are not the story's words (the same rule as documentText in src/shared/story/text.ts).
  return $getRoot()
    .getChildren()
    .filter((block) => !$isFigureNode(block))
    .map((block) => block.getTextContent())
    .join('\n\n');
}

const idle = (fn: () => void): (() => void) => {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(fn, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(fn, 0);
  return () => window.clearTimeout(handle);
};

export function BodyCountPlugin({ id }: { id: string }) {
  const [editor] = useLexicalComposerContext();
  const [words, setWords] = useState<number | null>(null);
  useEffect(() => {
    let timer: number | null = null;
    // Even the first count waits for an idle moment: opening a long story must not wait for it.
    let cancelIdle: (() => void) | null = idle(() => setWords(countWords(editor.getEditorState().read($bodyText))));
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      if (timer !== null) window.clearTimeout(timer);
      cancelIdle?.();
      timer = window.setTimeout(() => {
        cancelIdle = idle(() => setWords(countWords(editor.getEditorState().read($bodyText))));
      }, 600);
    });
    return () => {
      unregister();
      if (timer !== null) window.clearTimeout(timer);
      cancelIdle?.();
    };
  }, [editor]);
  return (
    <span id={id} className="field-count">
      {words === null ? '' : `${words} ${words === 1 ? 'word' : 'words'}`}
    </span>
  );
}
