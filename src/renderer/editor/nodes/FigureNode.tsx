// A figure in the body: the image (a media library id), its caption as a small nested editor,
// and the photo credit and alt text as plain properties — one copy each, never body text.
// Exported JSON is exactly the stored `figure` block (src/shared/story/document.ts).
import {
  $getEditor,
  $getRoot,
  $applyNodeReplacement,
  createEditor,
  DecoratorNode,
  ParagraphNode,
  type EditorConfig,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
} from 'lexical';
import type { JSX } from 'react';
import { documentFromText, type FigureNodeJSON, type StoryDocument } from '../../../shared/story/document';
import { FigureComponent } from './FigureComponent';

export interface FigurePayload {
  mediaId: string | null;
  width: number | null;
  height: number | null;
  alt?: string;
  credit?: string;
  /** The caption document; a new figure starts with one empty paragraph. */
  caption?: StoryDocument;
  key?: NodeKey;
}

export type SerializedFigureNode = FigureNodeJSON & SerializedLexicalNode;

/** The caption editor: paragraphs of text (bold/italic allowed), nothing else. */
export function createCaptionEditor(caption: StoryDocument, parentEditor: LexicalEditor | null): LexicalEditor {
  const editor = createEditor({
    namespace: 'slugline-caption',
    nodes: [ParagraphNode],
    ...(parentEditor ? { parentEditor } : {}),
    onError: (error) => {
      throw error;
    },
  });
  // An empty root (no paragraphs) cannot be set as a state; it stays as created (empty).
  if (caption.root.children.length > 0) editor.setEditorState(editor.parseEditorState(caption as never));
  return editor;
}

export class FigureNode extends DecoratorNode<JSX.Element> {
  __mediaId: string | null;
  __width: number | null;
  __height: number | null;
  __alt: string;
  __credit: string;
  __caption: LexicalEditor;

  static override getType(): string {
    return 'figure';
  }

  static override clone(node: FigureNode): FigureNode {
    return new FigureNode(node.__mediaId, node.__width, node.__height, node.__alt, node.__credit, node.__caption, node.__key);
  }

  static override importJSON(json: Record<string, unknown>): FigureNode {
    // Stored documents were validated by main; still, read each field defensively.
    const text = (v: unknown) => (typeof v === 'string' ? v : '');
    const size = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : null);
    const caption = json['caption'] as StoryDocument | undefined;
    return $createFigureNode({
      mediaId: typeof json['mediaId'] === 'string' ? json['mediaId'] : null,
      width: size(json['width']),
      height: size(json['height']),
      alt: text(json['alt']),
      credit: text(json['credit']),
      caption: caption && Array.isArray(caption.root?.children) ? caption : documentFromText(''),
    });
  }

  constructor(
    mediaId: string | null,
    width: number | null,
    height: number | null,
    alt: string,
    credit: string,
    caption: LexicalEditor,
    key?: NodeKey,
  ) {
    super(key);
    this.__mediaId = mediaId;
    this.__width = width;
    this.__height = height;
    this.__alt = alt;
    this.__credit = credit;
    this.__caption = caption;
  }

  override exportJSON(): SerializedFigureNode {
    return {
      type: 'figure',
      version: 1,
      mediaId: this.__mediaId,
      width: this.__width,
      height: this.__height,
      alt: this.__alt,
      credit: this.__credit,
      caption: this.__caption.getEditorState().toJSON() as unknown as StoryDocument,
    };
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const div = document.createElement('div');
    div.className = 'ed-figure-host';
    return div;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }

  /** Plain text of the figure is its caption, so copying a figure keeps its words. */
  override getTextContent(): string {
    return this.__caption.getEditorState().read(() => $getRoot().getTextContent());
  }

  getMediaId(): string | null {
    return this.getLatest().__mediaId;
  }
  getAlt(): string {
    return this.getLatest().__alt;
  }
  getCredit(): string {
    return this.getLatest().__credit;
  }
  getCaptionEditor(): LexicalEditor {
    return this.getLatest().__caption;
  }

  setImage(mediaId: string | null, width: number | null, height: number | null): this {
    const writable = this.getWritable();
    writable.__mediaId = mediaId;
    writable.__width = width;
    writable.__height = height;
    return writable;
  }
  setAlt(alt: string): this {
    const writable = this.getWritable();
    writable.__alt = alt;
    return writable;
  }
  setCredit(credit: string): this {
    const writable = this.getWritable();
    writable.__credit = credit;
    return writable;
  }

  override decorate(): JSX.Element {
    return (
      <FigureComponent
        nodeKey={this.__key}
        mediaId={this.__mediaId}
        width={this.__width}
        height={this.__height}
        alt={this.__alt}
        credit={this.__credit}
        caption={this.__caption}
      />
    );
  }
}

export function $createFigureNode(payload: FigurePayload): FigureNode {
  const caption = createCaptionEditor(payload.caption ?? documentFromText(''), $getEditor());
  return $applyNodeReplacement(
    new FigureNode(payload.mediaId, payload.width, payload.height, payload.alt ?? '', payload.credit ?? '', caption, payload.key),
  );
}

export function $isFigureNode(node: LexicalNode | null | undefined): node is FigureNode {
  return node instanceof FigureNode;
}
