// Edits to a story document (Lexical JSON) addressed by offsets in its plain text, so the rewrite
// tools can put a wire passage into the body without a live editor. The text is exactly
// documentText(doc); only paragraphs, subheads and quotes are edited — a range touching a list or
// spanning a figure is refused (null) and the caller offers the text to copy instead.
import { paragraph, textRun, type BlockNodeJSON, type InlineNodeJSON, type StoryDocument, type TextNodeJSON } from '../story/document';
import { blockText, inlineText } from '../story/text';

export interface BlockSpan {
  /** Index in doc.root.children. */
  rootIndex: number;
  start: number;
  end: number;
  /** Paragraph, subhead or quote: inline children we can cut and splice. */
  editable: boolean;
}

export interface BodyProjection {
  text: string;
  blocks: BlockSpan[];
}

/** The body's text (identical to documentText) and where each block sits in it. */
export function bodyProjection(doc: StoryDocument): BodyProjection {
  const blocks: BlockSpan[] = [];
  let text = '';
  doc.root.children.forEach((block, rootIndex) => {
    if (block.type === 'figure') return;
    if (blocks.length) text += '\n\n';
    const start = text.length;
    text += blockText(block);
    blocks.push({ rootIndex, start, end: text.length, editable: block.type !== 'list' });
  });
  return { text, blocks };
}

/** The block holding offset `at` (a boundary offset belongs to the block it ends or starts). */
export function blockAt(projection: BodyProjection, at: number): number {
  return projection.blocks.findIndex((b) => b.start <= at && at <= b.end);
}

type InlineBlock = Extract<BlockNodeJSON, { type: 'paragraph' | 'heading' | 'quote' }>;

function cloneText(node: TextNodeJSON, text: string): TextNodeJSON {
  return { ...node, text };
}

/** The inline nodes covering [from, to) of inlineText(children), formats and links kept. */
export function sliceInline(children: readonly InlineNodeJSON[], from: number, to: number): InlineNodeJSON[] {
  const out: InlineNodeJSON[] = [];
  let at = 0;
  for (const node of children) {
    const len =
      node.type === 'text' ? node.text.length : node.type === 'link' || node.type === 'autolink' ? inlineText(node.children).length : 1;
    const s = Math.max(from, at);
    const e = Math.min(to, at + len);
    if (s < e || (len === 0 && s === e && from <= at && at < to)) {
      if (node.type === 'text') out.push(cloneText(node, node.text.slice(s - at, e - at)));
      else if (node.type === 'link' || node.type === 'autolink') {
        const inner = sliceInline(node.children, s - at, e - at);
        if (inner.length) out.push({ ...node, children: inner as typeof node.children });
      } else out.push(node);
    }
    at += len;
  }
  return out;
}

/** Format bits of the text at offset `at` (the character before it, else after): new text blends in. */
function formatAt(children: readonly InlineNodeJSON[], at: number): number {
  let pos = 0;
  let before: number | null = null;
  let after: number | null = null;
  for (const node of children) {
    if (node.type !== 'text') {
      pos += node.type === 'link' || node.type === 'autolink' ? inlineText(node.children).length : 1;
      continue;
    }
    const end = pos + node.text.length;
    if (pos < at && at <= end) before = node.format ?? 0;
    if (after === null && pos <= at && at < end) after = node.format ?? 0;
    pos = end;
  }
  return before ?? after ?? 0;
}

/** Plain text → inline nodes: single line breaks become linebreak nodes. */
function textNodes(text: string, format: number): InlineNodeJSON[] {
  const out: InlineNodeJSON[] = [];
  text.split('\n').forEach((line, i) => {
    if (i) out.push({ type: 'linebreak', version: 1 });
    if (line) out.push(textRun(line, format));
  });
  return out;
}

/** Merge neighbouring text runs that look the same (what Lexical would do on load). */
function normalise(nodes: InlineNodeJSON[]): InlineNodeJSON[] {
  const out: InlineNodeJSON[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (node.type === 'text' && !node.text) continue;
    if (
      node.type === 'text' &&
      last?.type === 'text' &&
      (last.format ?? 0) === (node.format ?? 0) &&
      (last.style ?? '') === (node.style ?? '')
    ) {
      out[out.length - 1] = cloneText(last, last.text + node.text);
    } else out.push(node);
  }
  return out;
}

/**
 * Replace [start, end) of the body text with `text` ("\n\n" in it starts new paragraphs).
 * Returns the new document, or null when the range cannot be edited safely.
 */
export function replaceTextRange(doc: StoryDocument, start: number, end: number, text: string): StoryDocument | null {
  const projection = bodyProjection(doc);
  if (start < 0 || end < start || end > projection.text.length) return null;
  const ai = blockAt(projection, start);
  // An end on a boundary belongs to the earlier block, so a range never reaches into the next one.
  const bi = blockAt(projection, end);
  if (ai < 0 || bi < 0) return null;
  const a = projection.blocks[ai]!;
  const b = projection.blocks[bi]!;
  if (!projection.blocks.slice(ai, bi + 1).every((s) => s.editable)) return null;
  // A figure between the two blocks is not in the text: replacing across it would delete it.
  if (b.rootIndex - a.rootIndex !== bi - ai) return null;

  const first = doc.root.children[a.rootIndex] as InlineBlock;
  const last = doc.root.children[b.rootIndex] as InlineBlock;
  const format = formatAt(first.children, start - a.start);
  const prefix = sliceInline(first.children, 0, start - a.start);
  const suffix = sliceInline(last.children, end - b.start, Number.MAX_SAFE_INTEGER);
  const pieces = text.split(/\n{2,}/);
  const built: BlockNodeJSON[] = pieces.map((piece, i) => {
    const children = [...(i === 0 ? prefix : []), ...textNodes(piece, format), ...(i === pieces.length - 1 ? suffix : [])];
    return paragraph(normalise(children));
  });
  // The block type (subhead, quote) stays with the block that keeps the original's words.
  const keeper = prefix.length || !suffix.length ? 0 : built.length - 1;
  const model = keeper === 0 ? first : last;
  built[keeper] = { ...model, children: (built[keeper] as InlineBlock).children } as BlockNodeJSON;
  const children = [...doc.root.children.slice(0, a.rootIndex), ...built, ...doc.root.children.slice(b.rootIndex + 1)];
  return { ...doc, root: { ...doc.root, children } } satisfies StoryDocument;
}
