// Connects one Lexical editor to the story draft without serialising on the typing path: an edit
// only flags the field and calls markDirty(); the draft pulls (serialises) it when saving.
// Loading is tagged so it never counts as an edit, and a field whose export equals what was loaded
// reports no change — so opening a story, or Lexical normalising it, never triggers a save.
import type { HistoryState } from '@lexical/history';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { CLEAR_HISTORY_COMMAND, type EditorState, type LexicalEditor } from 'lexical';
import { createContext, useContext, useEffect, useLayoutEffect, useRef } from 'react';
import type { StoryPatch } from '../../../shared/story/model';
import type { StoryDraft } from '../../features/story/useStoryDraft';
import { LOAD_TAG, registerContentChangeListener } from './contentChange';
import { useStoryEditors, type FieldId } from './storyEditors';

/** How one field maps between the draft and an editor state. */
export interface FieldCodec {
  /** The editor state (serialised) that shows `value`. */
  toState(value: unknown): unknown;
  /** The story fields an editor state stands for. */
  toPatch(state: EditorState): StoryPatch;
}

/** Marks a field as edited from outside its own editor's updates (its captions' editors). */
export const FieldChangedContext = createContext<(() => void) | null>(null);

export function useFieldChanged(): () => void {
  return useContext(FieldChangedContext) ?? (() => {});
}

/** Replace an editor's content with a value from the draft: not an edit, and not undoable. */
export function loadEditor(editor: LexicalEditor, serialised: unknown): void {
  const state = editor.parseEditorState(serialised as Parameters<LexicalEditor['parseEditorState']>[0]);
  editor.setEditorState(state, { tag: LOAD_TAG });
  editor.dispatchCommand(CLEAR_HISTORY_COMMAND, undefined);
}

interface Props {
  field: FieldId;
  draft: Pick<StoryDraft, 'markDirty' | 'registerSource' | 'generation'>;
  storyId: number;
  /** The draft's current value of this field (compared by reference, then as JSON). */
  value: unknown;
  codec: FieldCodec;
  history: HistoryState;
  /** Set by the body so caption editors can flag it; see FieldChangedContext. */
  changedRef?: { current: () => void };
}

export function DraftFieldPlugin({ field, draft, storyId, value, codec, history, changedRef }: Props) {
  const [editor] = useLexicalComposerContext();
  const editors = useStoryEditors();
  const pending = useRef(false);
  const baseline = useRef<{ value: unknown; state: EditorState; json: string | null }>({
    value,
    state: editor.getEditorState(),
    json: null,
  });
  const { markDirty, registerSource, generation } = draft;

  // The composer starts empty; the field's value is loaded here, before the first paint, from the
  // object itself (no JSON text round trip: on a 20,000-word body that is real time).
  useLayoutEffect(() => {
    loadEditor(editor, codec.toState(baseline.current.value));
    baseline.current = { value: baseline.current.value, state: editor.getEditorState(), json: null };
  }, [editor, codec]);

  useLayoutEffect(() => {
    if (!changedRef) return;
    changedRef.current = () => {
      pending.current = true;
      markDirty();
    };
  }, [changedRef, markDirty]);

  useEffect(() => editors?.register({ id: field, editor, history }), [editors, field, editor, history]);

  useEffect(
    () =>
      registerContentChangeListener(editor, () => {
        pending.current = true;
        markDirty();
      }),
    [editor, markDirty],
  );

  useEffect(
    () =>
      registerSource({
        storyId,
        pull() {
          if (!pending.current) return null;
          pending.current = false;
          const state = editor.getEditorState();
          const base = baseline.current;
          if (state === base.state) return null;
          const patch = codec.toPatch(state);
          const json = JSON.stringify(patch);
          // Back to exactly what the draft already holds (typed and undone, or only Lexical's
          // normalisation of what was loaded): no change, and the draft keeps the stored form.
          base.json ??= JSON.stringify(codec.toPatch(base.state));
          if (json === base.json) return null;
          baseline.current = { value: base.value, state, json };
          return patch;
        },
      }),
    [registerSource, storyId, editor, codec],
  );

  // The draft was replaced from outside (another window's save, a restore, a conflict resolved):
  // reload this field only if its value really changed, so a caret elsewhere is left alone.
  useEffect(() => {
    if (value === baseline.current.value) return;
    const next = codec.toState(value);
    const current = editor.getEditorState();
    const nextJson = JSON.stringify(codec.toPatch(editor.parseEditorState(next as never)));
    if (JSON.stringify(codec.toPatch(current)) === nextJson) {
      // Our own text came back (pulled, saved, adopted): keep the editor as it is.
      baseline.current = { value, state: current, json: nextJson };
      pending.current = false;
      return;
    }
    loadEditor(editor, next);
    pending.current = false;
    baseline.current = { value, state: editor.getEditorState(), json: nextJson };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the draft is replaced
  }, [generation]);

  return null;
}
