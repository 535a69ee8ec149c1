// Rewriting one figure node inside a story body: the captions manager's edits and credit
// normalisation land here, as a new body the repository writes with its version check.
import { documentFromText, type FigureNodeJSON, type StoryDocument } from '../story/document';
import { documentText } from '../story/text';

export interface FigureChange {
  caption?: string;
  credit?: string;
  alt?: string;
}

/** The figure at `index` (body order), or null. */
export function figureAt(body: StoryDocument, index: number): FigureNodeJSON | null {
  let n = 0;
  for (const block of body.root.children) {
    if (block.type !== 'figure') continue;
    if (n === index) return block;
    n++;
  }
  return null;
}

/**
 * A new body with the figure at `index` changed, or null when there is no such figure. A caption
 * given as text replaces the caption document only when its text differs, so formatting in an
 * unchanged caption (italics in a title) survives a credit edit.
 */
export function withFigureChange(body: StoryDocument, index: number, change: FigureChange): StoryDocument | null {
  let n = -1;
  let found = false;
  const children = body.root.children.map((block) => {
    if (block.type !== 'figure' || ++n !== index) return block;
    found = true;
    const next: FigureNodeJSON = { ...block };
    if (change.credit !== undefined) next.credit = change.credit.replace(/\s+/g, ' ').trim();
    if (change.alt !== undefined) next.alt = change.alt.replace(/\s+/g, ' ').trim();
    if (change.caption !== undefined && change.caption.trim() !== documentText(block.caption).trim()) {
      next.caption = documentFromText(change.caption.replace(/\s+/g, ' ').trim());
    }
    return next;
  });
  return found ? { ...body, root: { ...body.root, children } } : null;
}
