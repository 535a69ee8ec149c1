// The figure as the editor sees it: the picture, its caption (a small nested Lexical editor that
// shares the body's undo history), photo credit and alt text, and replace/remove actions.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LexicalNestedComposer } from '@lexical/react/LexicalNestedComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { useLexicalEditable } from '@lexical/react/useLexicalEditable';
import { useLexicalNodeSelection } from '@lexical/react/useLexicalNodeSelection';
import { $getNodeByKey, HISTORY_MERGE_TAG, HISTORY_PUSH_TAG, type LexicalEditor, type NodeKey } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import { mediaUrl } from '../../bridge';
import { useBodyServices } from '../bodyServices';
import { FieldCounter } from '../fields/FieldCounter';
import { importImageFile, pickImageFile } from '../media/importImage';
import { CaptionPlugin } from '../plugins/CaptionPlugin';
import { $isFigureNode, type FigureNode } from './FigureNode';

interface Props {
  nodeKey: NodeKey;
  mediaId: string | null;
  width: number | null;
  height: number | null;
  alt: string;
  credit: string;
  caption: LexicalEditor;
}

function updateFigure(editor: LexicalEditor, nodeKey: NodeKey, tag: string, fn: (node: FigureNode) => void) {
  editor.update(
    () => {
      const node = $getNodeByKey(nodeKey);
      if ($isFigureNode(node)) fn(node);
    },
    { tag },
  );
}

/** An <input> bound to a figure property: typing is one undo step per visit, not per key. */
function FigureInput(props: { nodeKey: NodeKey; label: string; value: string; set(node: FigureNode, v: string): void; hint?: string }) {
  const [editor] = useLexicalComposerContext();
  const editable = useLexicalEditable();
  const [value, setValue] = useState(props.value);
  const typedInThisVisit = useRef(false);
  // Undo, replace-all or another window changed the node: show it.
  useEffect(() => setValue(props.value), [props.value]);
  return (
    <label className="figure-input">
      <span className="field-label">{props.label}</span>
      <input
        type="text"
        value={value}
        readOnly={!editable}
        spellCheck
        data-figure-field={props.label}
        placeholder={props.hint}
        onFocus={() => (typedInThisVisit.current = false)}
        onChange={(event) => {
          const next = event.target.value;
          setValue(next);
          const tag = typedInThisVisit.current ? HISTORY_MERGE_TAG : HISTORY_PUSH_TAG;
          typedInThisVisit.current = true;
          updateFigure(editor, props.nodeKey, tag, (node) => props.set(node, next));
        }}
      />
    </label>
  );
}

export function FigureComponent({ nodeKey, mediaId, width, height, alt, credit, caption }: Props) {
  const [editor] = useLexicalComposerContext();
  const services = useBodyServices();
  const [isSelected, setSelected, clearSelection] = useLexicalNodeSelection(nodeKey);
  const [busy, setBusy] = useState(false);
  const editable = useLexicalEditable();
  const captionLabel = `caption-label-${nodeKey}`;

  const replaceImage = async () => {
    const file = await pickImageFile();
    if (!file) return;
    setBusy(true);
    try {
      const image = await importImageFile(file);
      updateFigure(editor, nodeKey, HISTORY_PUSH_TAG, (node) => node.setImage(image.id, image.width, image.height));
    } catch (err) {
      services.notify((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <figure className={`ed-figure${isSelected ? ' selected' : ''}`} aria-label="Figure" data-figure-key={nodeKey}>
      <div
        className="ed-figure-image"
        onClick={(event) => {
          if (!event.shiftKey) clearSelection();
          setSelected(true);
        }}
      >
        {mediaId ? (
          <img src={mediaUrl(mediaId)} alt={alt} width={width ?? undefined} height={height ?? undefined} draggable={false} />
        ) : (
          <p className="ed-figure-missing">No image yet.</p>
        )}
      </div>
      <div className="ed-figure-fields">
        <div className="ed-figure-caption">
          <LexicalNestedComposer initialEditor={caption}>
            <div className="field-head">
              <span id={captionLabel} className="field-label">
                Caption
              </span>
              <FieldCounter id={`caption-count-${nodeKey}`} label="Caption" target={services.captionTarget} />
            </div>
            <RichTextPlugin
              contentEditable={
                <ContentEditable
                  className="caption-editor"
                  aria-labelledby={captionLabel}
                  aria-describedby={`caption-count-${nodeKey}`}
                  spellCheck
                />
              }
              ErrorBoundary={LexicalErrorBoundary}
            />
            <HistoryPlugin externalHistoryState={services.history} />
            <CaptionPlugin onChange={services.captionChanged} />
          </LexicalNestedComposer>
        </div>
        <div className="ed-figure-row">
          <FigureInput nodeKey={nodeKey} label="Photo credit" value={credit} set={(n, v) => n.setCredit(v)} hint="Photographer / Agency" />
          <FigureInput nodeKey={nodeKey} label="Alt text" value={alt} set={(n, v) => n.setAlt(v)} hint="What the picture shows" />
        </div>
        <div className="ed-figure-actions">
          <button type="button" onClick={() => void replaceImage()} disabled={busy || !editable}>
            {busy ? 'Importing…' : mediaId ? 'Replace image…' : 'Choose image…'}
          </button>
          <button type="button" className="danger" onClick={() => updateFigure(editor, nodeKey, HISTORY_PUSH_TAG, (node) => node.remove())}>
            Remove figure
          </button>
        </div>
      </div>
    </figure>
  );
}
