// The body: rich text with subheads, lists, quotes, links and figures, markdown shortcuts, a slash
// menu and a toolbar; body and captions share one undo history. Linked to the draft lazily.
import type { HistoryState } from '@lexical/history';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { memo, useCallback, useMemo, useRef, useState } from 'react';
import type { StoryDocument } from '../../../shared/story/document';
import type { StoryDraft } from '../../features/story/useStoryDraft';
import { BodyServicesContext, type BodyServices } from '../bodyServices';
import { isAllowedLinkUrl } from '../linkUrl';
import { BODY_NODES } from '../nodes/bodyNodes';
import { BlockFormatPlugin } from '../plugins/BlockFormatPlugin';
import { BodyCountPlugin } from '../plugins/BodyCountPlugin';
import { FigurePlugin } from '../plugins/FigurePlugin';
import { LinkDialogPlugin } from '../plugins/LinkDialogPlugin';
import { BODY_TRANSFORMERS } from '../plugins/markdownTransformers';
import { PastePlugin } from '../plugins/PastePlugin';
import { SlashMenuPlugin } from '../plugins/SlashMenuPlugin';
import { ToolbarPlugin } from '../plugins/ToolbarPlugin';
import { editorTheme } from '../theme';
import { bodyCodec } from './codecs';
import { DraftFieldPlugin } from './DraftFieldPlugin';
import { SelectionSyncPlugin } from '../plugins/SelectionSyncPlugin';

export const BodyField = memo(function BodyField(props: {
  storyId: number;
  value: StoryDocument;
  draft: Pick<StoryDraft, 'markDirty' | 'registerSource' | 'generation'>;
  history: HistoryState;
  captionTarget: number;
}) {
  const { storyId, value, draft, history, captionTarget } = props;
  const [notice, setNotice] = useState<string | null>(null);
  const [frame, setFrame] = useState<HTMLDivElement | null>(null);
  const captionChanged = useRef<() => void>(() => {});
  const initialConfig = useMemo(
    () => ({
      namespace: 'slugline-body',
      theme: editorTheme,
      nodes: BODY_NODES,
      onError: (error: Error) => {
        throw error;
      },
      // Loaded by DraftFieldPlugin before the first paint.
      editorState: null,
    }),
    [],
  );
  const notify = useCallback((message: string) => setNotice(message), []);
  const onCaptionChanged = useCallback(() => captionChanged.current(), []);
  const services = useMemo<BodyServices>(
    () => ({ history, notify, captionTarget, captionChanged: onCaptionChanged }),
    [history, notify, captionTarget, onCaptionChanged],
  );
  return (
    <section className="field body-field">
      <LexicalComposer initialConfig={initialConfig}>
        <BodyServicesContext.Provider value={services}>
          <div className="field-head body-head">
            <span id="label-body" className="field-label">
              Body
            </span>
            <BodyCountPlugin id="count-body" />
          </div>
          <div className="body-frame" ref={setFrame}>
            <ToolbarPlugin />
            <LinkDialogPlugin />
            {notice && (
              <div className="body-notice" role="alert">
                <span>{notice}</span>
                <button type="button" aria-label="Dismiss message" onClick={() => setNotice(null)}>
                  ×
                </button>
              </div>
            )}
            <RichTextPlugin
              contentEditable={
                <ContentEditable
                  id="field-body"
                  className="body-editor"
                  aria-labelledby="label-body"
                  aria-describedby="count-body"
                  aria-multiline
                  spellCheck
                  aria-placeholder="Write the story. Type / for blocks."
                  placeholder={<div className="body-placeholder">Write the story. Type / for blocks, ## for a subhead.</div>}
                />
              }
              ErrorBoundary={LexicalErrorBoundary}
            />
          </div>
          <HistoryPlugin externalHistoryState={history} />
          <SelectionSyncPlugin />
          <ListPlugin />
          <LinkPlugin validateUrl={isAllowedLinkUrl} />
          <MarkdownShortcutPlugin transformers={BODY_TRANSFORMERS} />
          <SlashMenuPlugin parent={frame} />
          <BlockFormatPlugin />
          <FigurePlugin />
          <PastePlugin />
          <DraftFieldPlugin
            field="body"
            draft={draft}
            storyId={storyId}
            value={value}
            codec={bodyCodec}
            history={history}
            changedRef={captionChanged}
          />
        </BodyServicesContext.Provider>
      </LexicalComposer>
    </section>
  );
});
