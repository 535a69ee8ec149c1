// The Tags field: a one-line Lexical editor of tag tokens with autocomplete from the database.
import type { HistoryState } from '@lexical/history';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { PlainTextPlugin } from '@lexical/react/LexicalPlainTextPlugin';
import { memo, useMemo } from 'react';
import type { StoryDraft } from '../../features/story/useStoryDraft';
import { TagNode, canonicalTags } from '../nodes/TagNode';
import { $tagsOf, useTagsBehaviour } from '../plugins/TagsPlugin';
import { editorTheme } from '../theme';
import { DraftFieldPlugin, type FieldCodec } from './DraftFieldPlugin';

export const tagsCodec: FieldCodec = {
  toState: (value) => ({
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: null,
          format: '',
          indent: 0,
          textFormat: 0,
          textStyle: '',
          children: (value as string[]).map((text) => ({ type: 'tag', text, format: 0, style: '', mode: 'token', detail: 0, version: 1 })),
        },
      ],
    },
  }),
  toPatch: (state) => ({ tags: canonicalTags(state.read($tagsOf)) }),
};

function TagsEditable() {
  const [editor] = useLexicalComposerContext();
  const { suggest, pick, listboxId } = useTagsBehaviour(editor, 'tags-suggestions');
  const open = suggest.options.length > 0;
  return (
    <div className="tags-wrap">
      <PlainTextPlugin
        contentEditable={
          <ContentEditable
            id="field-tags"
            className="line-editor tags-editor"
            aria-labelledby="label-tags"
            aria-describedby="tags-help"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={open}
            aria-controls={listboxId}
            aria-activedescendant={open && suggest.active >= 0 ? `${listboxId}-${suggest.active}` : undefined}
            spellCheck
          />
        }
        ErrorBoundary={LexicalErrorBoundary}
      />
      <ul id={listboxId} role="listbox" aria-label="Tag suggestions" className="tag-suggestions" hidden={!open}>
        {suggest.options.map((option, i) => (
          <li
            key={option}
            id={`${listboxId}-${i}`}
            role="option"
            aria-selected={i === suggest.active}
            className={i === suggest.active ? 'active' : ''}
            // mousedown, not click: the editor keeps the focus.
            onMouseDown={(event) => {
              event.preventDefault();
              pick(option);
            }}
          >
            {option}
          </li>
        ))}
      </ul>
    </div>
  );
}

export const TagsField = memo(function TagsField(props: {
  storyId: number;
  value: string[];
  draft: Pick<StoryDraft, 'markDirty' | 'registerSource' | 'generation'>;
  history: HistoryState;
}) {
  const { storyId, value, draft, history } = props;
  const initialConfig = useMemo(
    () => ({
      namespace: 'slugline-tags',
      theme: editorTheme,
      nodes: [TagNode],
      onError: (error: Error) => {
        throw error;
      },
      // Loaded by DraftFieldPlugin before the first paint.
      editorState: null,
    }),
    [],
  );
  return (
    <div className="field line-field tags-field">
      <LexicalComposer initialConfig={initialConfig}>
        <div className="field-head">
          <label id="label-tags" className="field-label" htmlFor="field-tags">
            Tags
          </label>
          <span id="tags-help" className="field-hint">
            Comma or Enter adds a tag
          </span>
        </div>
        <TagsEditable />
        <HistoryPlugin externalHistoryState={history} />
        <DraftFieldPlugin field="tags" draft={draft} storyId={storyId} value={value} codec={tagsCodec} history={history} />
      </LexicalComposer>
    </div>
  );
});
