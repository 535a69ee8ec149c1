// Live length of a field — user-perceived characters and words (Intl.Segmenter, so Thai, Chinese
// and Japanese count right) — against its target, shown beside the label and announced politely
// to screen readers once typing pauses (not per keystroke).
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import { countGraphemes, countWords } from '../../../shared/story/text';

export function countLabel(chars: number, words: number, target?: number): string {
  const w = `${words} ${words === 1 ? 'word' : 'words'}`;
  return target ? `${chars}/${target} · ${w}` : `${chars} ${chars === 1 ? 'char' : 'chars'} · ${w}`;
}

export function countSentence(label: string, chars: number, words: number, target?: number): string {
  const base = `${label}: ${chars} ${chars === 1 ? 'character' : 'characters'}, ${words} ${words === 1 ? 'word' : 'words'}`;
  if (!target) return `${base}.`;
  return chars > target ? `${base}, ${chars - target} over the ${target} target.` : `${base} of ${target}.`;
}

export function FieldCounter({ id, label, target }: { id: string; label: string; target?: number }) {
  const [editor] = useLexicalComposerContext();
  const [text, setText] = useState(() => editor.getEditorState().read(() => $getRoot().getTextContent()));
  const [announcement, setAnnouncement] = useState('');
  const first = useRef(true);
  useEffect(() => {
    // The field may have been loaded before this listener existed: start from what it holds now.
    setText(editor.getEditorState().read(() => $getRoot().getTextContent()));
    return editor.registerTextContentListener(setText);
  }, [editor]);
  const chars = countGraphemes(text);
  const words = countWords(text);
  const over = target !== undefined && chars > target;
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = window.setTimeout(() => setAnnouncement(countSentence(label, chars, words, target)), 1200);
    return () => window.clearTimeout(timer);
  }, [label, chars, words, target]);
  return (
    <>
      <span id={id} className={`field-count${over ? ' over' : ''}`} data-over={over || undefined}>
        {countLabel(chars, words, target)}
        {over && <span className="visually-hidden"> (over target)</span>}
      </span>
      <span className="visually-hidden" aria-live="polite">
        {announcement}
      </span>
    </>
  );
}
