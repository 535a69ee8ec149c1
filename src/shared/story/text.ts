// Plain text views of a story document: for search, word counts, checks and diffs.
// Blocks are separated by "\n\n" so paragraph boundaries survive in the text.
import type { BlockNodeJSON, FigureNodeJSON, InlineNodeJSON, ListNodeJSON, StoryDocument } from './document';

export function inlineText(children: readonly InlineNodeJSON[]): string {
  let out = '';
  for (const node of children) {
    if (node.type === 'text') out += node.text;
    else if (node.type === 'linebreak') out += '\n';
    else if (node.type === 'tab') out += '\t';
    else out += inlineText(node.children);
  }
  return out;
}

function listText(list: ListNodeJSON): string[] {
  const lines: string[] = [];
  for (const item of list.children) {
    // An item's own text comes first, then any list nested inside it, in document order.
    const inline = item.children.filter((c): c is InlineNodeJSON => c.type !== 'list');
    if (inline.length) lines.push(inlineText(inline));
    for (const child of item.children) if (child.type === 'list') lines.push(...listText(child));
  }
  return lines;
}

/** Text of one block; figures give their caption (the body text proper does not include it). */
export function blockText(block: BlockNodeJSON): string {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
    case 'quote':
      return inlineText(block.children);
    case 'list':
      return listText(block).join('\n');
    case 'figure':
      return documentText(block.caption);
  }
}

/** Body text without captions: the words of the story itself. */
export function documentText(doc: StoryDocument): string {
  return doc.root.children
    .filter((b) => b.type !== 'figure')
    .map(blockText)
    .join('\n\n');
}

export function figuresOf(doc: StoryDocument): FigureNodeJSON[] {
  return doc.root.children.filter((b): b is FigureNodeJSON => b.type === 'figure');
}

export function captionsText(doc: StoryDocument): string {
  return figuresOf(doc)
    .map((f) => documentText(f.caption))
    .join('\n');
}

const wordSegmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'word' }) : null;
const graphemeSegmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;

// Scripts written without spaces between words need the dictionary-based segmenter; everything
// else is counted with a single pass over letter/number runs, which gives the same count as
// Intl.Segmenter's word-like segments for spaced scripts and is many times faster.
const UNSPACED = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
// A word: letters/numbers (with combining marks), joined by an apostrophe or full stop between
// letters or digits (don't, U.S, 3.5), a colon between letters, a comma between digits (1,000).
const SPACED_WORD = /[\p{L}\p{N}\p{M}_]+(?:(?:['’.][\p{L}\p{N}\p{M}_]+)|(?::[\p{L}\p{M}]+)|(?:[,;]\p{N}[\p{L}\p{N}\p{M}_]*))*/gu;

/** Words as a reader counts them: Intl.Segmenter semantics, so Thai, Chinese and Japanese count right. */
export function countWords(text: string): number {
  if (!text) return 0;
  if (!UNSPACED.test(text) || !wordSegmenter) {
    let n = 0;
    SPACED_WORD.lastIndex = 0;
    while (SPACED_WORD.exec(text)) n++;
    return n;
  }
  let n = 0;
  for (const seg of wordSegmenter.segment(text)) if (seg.isWordLike) n++;
  return n;
}

/** User-perceived characters (grapheme clusters), so an emoji or a Thai syllable counts once. */
export function countGraphemes(text: string): number {
  if (!text) return 0;
  if (!graphemeSegmenter) return Array.from(text).length;
  let n = 0;
  for (const _ of graphemeSegmenter.segment(text)) n++;
  return n;
}
