// The open story's editors seen as the checks' places: each place's lines (find and replace's
// segments, with their Lexical text runs), the figure input behind a photo credit or alt text, the
// tag node behind a tag. Jump, fix and the underlines all start here, so they agree on positions.
import { $getRoot, $isElementNode, type LexicalEditor, type LexicalNode, type NodeKey } from 'lexical';
import type { Finding } from '../../../shared/checks';
import type { StoryEditors } from '../../editor/fields/storyEditors';
import { $isFigureNode } from '../../editor/nodes/FigureNode';
import { $isTagNode } from '../../editor/nodes/TagNode';
import { storySegments, type Segment } from '../find/storyText';
import { alignLines, piecesOf, type LinePiece } from './lineMap';
import { placeKey } from './places';

export type TextSegment = Extract<Segment, { kind: 'text' }>;

export interface EditorPlace {
  /** The editor that holds the place's text (a caption's own editor for a caption). */
  editor: LexicalEditor;
  /** The place's lines in order (empty lines are left out, as find leaves them out). */
  lines: TextSegment[];
  /** Photo credit and alt text live on the figure node, edited through an <input>. */
  figure?: { key: NodeKey; prop: 'credit' | 'alt'; text: string };
  /** A tag is one node of the Tags field. */
  tag?: { key: NodeKey; text: string };
}

function $nodesInOrder(node: LexicalNode, keep: (n: LexicalNode) => boolean, out: LexicalNode[]): void {
  if (keep(node)) out.push(node);
  if ($isElementNode(node)) for (const child of node.getChildren()) $nodesInOrder(child, keep, out);
}

/** Every place of the open story, by placeKey. Reads the editors' current states. */
export function readPlaces(editors: StoryEditors): Map<string, EditorPlace> {
  const places = new Map<string, EditorPlace>();
  const registered = editors.list();
  for (const entry of registered) {
    if (entry.id !== 'tags') places.set(entry.id, { editor: entry.editor, lines: [] });
  }

  // Figures in body order: their caption editors, and their credit and alt text.
  const body = editors.get('body')?.editor;
  const captionIndex = new Map<LexicalEditor, number>();
  const figureIndex = new Map<NodeKey, number>();
  if (body) {
    body.getEditorState().read(() => {
      $getRoot()
        .getChildren()
        .filter($isFigureNode)
        .forEach((figure, index) => {
          const caption = figure.getCaptionEditor();
          captionIndex.set(caption, index);
          figureIndex.set(figure.getKey(), index);
          places.set(placeKey({ field: 'caption', index }), { editor: caption, lines: [] });
          for (const prop of ['credit', 'alt'] as const) {
            const text = prop === 'credit' ? figure.getCredit() : figure.getAlt();
            const field = prop === 'credit' ? 'photoCredit' : 'alt';
            places.set(placeKey({ field, index }), { editor: body, lines: [], figure: { key: figure.getKey(), prop, text } });
          }
        });
    });
  }

  for (const segment of storySegments(registered)) {
    if (segment.kind !== 'text') continue;
    const caption = captionIndex.get(segment.editor);
    const key = caption !== undefined ? placeKey({ field: 'caption', index: caption }) : segment.field;
    places.get(key)?.lines.push(segment);
  }

  const tags = editors.get('tags')?.editor;
  if (tags) {
    tags.getEditorState().read(() => {
      const nodes: LexicalNode[] = [];
      $nodesInOrder($getRoot(), $isTagNode, nodes);
      nodes.forEach((node, index) =>
        places.set(placeKey({ field: 'tags', index }), {
          editor: tags,
          lines: [],
          tag: { key: node.getKey(), text: node.getTextContent() },
        }),
      );
    });
  }
  return places;
}

/** A finding's parts on the place's lines, or null when the place's text is not what was checked. */
export function locate(place: EditorPlace, fieldText: string, finding: Pick<Finding, 'start' | 'end'>): LinePiece[] | null {
  const texts = place.lines.map((l) => l.text);
  const starts = alignLines(fieldText, texts);
  return starts ? piecesOf(starts, texts, finding.start, finding.end) : null;
}

/** A position inside a line as a Lexical text point (node key and offset in that node). */
export function pointIn(line: TextSegment, offset: number, atEnd: boolean): { key: NodeKey; offset: number } | null {
  const runs = line.runs;
  const run =
    runs.find((r) => (atEnd ? offset > r.start && offset <= r.end : offset >= r.start && offset < r.end)) ??
    (atEnd ? runs.find((r) => offset === r.start) : runs.find((r) => offset === r.end));
  return run ? { key: run.key, offset: offset - run.start } : null;
}

/** The <input> a figure's photo credit or alt text is edited in. */
export function figureInput(body: LexicalEditor, figure: NonNullable<EditorPlace['figure']>): HTMLInputElement | null {
  const host = body.getElementByKey(figure.key);
  const label = figure.prop === 'credit' ? 'Photo credit' : 'Alt text';
  return host?.querySelector<HTMLInputElement>(`input[data-figure-field="${label}"]`) ?? null;
}
