// A one-line Lexical field (headline, deck, byline, dateline, credit, copyright): label, live
// count, plain-text editing with italics where allowed, and a lazy link to the story draft.
import type { HistoryState } from '@lexical/history';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { PlainTextPlugin } from '@lexical/react/LexicalPlainTextPlugin';
import { memo, useMemo } from 'react';
import type { StoryDraft } from '../../features/story/useStoryDraft';
import { SingleLinePlugin } from '../plugins/SingleLinePlugin';
import { editorTheme } from '../theme';
import { CODECS } from './codecs';
import { DraftFieldPlugin } from './DraftFieldPlugin';
import { FieldCounter } from './FieldCounter';
import { FIELD_LABELS, type FieldId } from './storyEditors';
import { SelectionSyncPlugin } from '../plugins/SelectionSyncPlugin';

type LineField = Exclude<FieldId, 'body' | 'tags'>;

export interface SingleLineFieldProps {
  field: LineField;
  storyId: number;
  value: unknown;
  draft: Pick<StoryDraft, 'markDirty' | 'registerSource' | 'generation'>;
  history: HistoryState;
  italic?: boolean;
  /** Length target in characters; counts are shown when given or when `counted`. */
  target?: number;
  counted?: boolean;
  className?: string;
  onEnter?: (field: LineField, shift: boolean) => void;
}

export const SingleLineField = memo(function SingleLineField(props: SingleLineFieldProps) {
  const { field, storyId, value, draft, history, italic = false, target, counted, className, onEnter } = props;
  const codec = CODECS[field];
  const label = FIELD_LABELS[field];
  const labelId = `label-${field}`;
  const countId = `count-${field}`;
  const initialConfig = useMemo(
    () => ({
      namespace: `slugline-${field}`,
      theme: editorTheme,
      onError: (error: Error) => {
        throw error;
      },
      // Loaded by DraftFieldPlugin before the first paint.
      editorState: null,
    }),
    [field],
  );
  const enter = useMemo(() => (onEnter ? (shift: boolean) => onEnter(field, shift) : undefined), [onEnter, field]);
  return (
    <div className={`field line-field ${className ?? ''}`}>
      <LexicalComposer initialConfig={initialConfig}>
        <div className="field-head">
          <label id={labelId} className="field-label" htmlFor={`field-${field}`}>
            {label}
          </label>
          {(target !== undefined || counted) && <FieldCounter id={countId} label={label} target={target} />}
        </div>
        <PlainTextPlugin
          contentEditable={
            <ContentEditable
              id={`field-${field}`}
              className="line-editor"
              aria-labelledby={labelId}
              aria-describedby={target !== undefined || counted ? countId : undefined}
              aria-multiline={false}
              spellCheck
              data-field={field}
            />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
        <HistoryPlugin externalHistoryState={history} />
        <SelectionSyncPlugin />
        <SingleLinePlugin allowItalic={italic} onEnter={enter} />
        <DraftFieldPlugin field={field} draft={draft} storyId={storyId} value={value} codec={codec} history={history} />
      </LexicalComposer>
    </div>
  );
});
