// Where search results and social cards cut a page's title and description: the limits, in one
// place, and the cut itself (the renderer's truncate(), so the marker sits where the text ends).
import { oneLine, truncate } from '../../../shared/render/summary';

/** About what Google shows (~60 / ~160) and what social cards show (~70 / ~200), in characters. */
export const SNIPPET_LIMITS = {
  search: { title: 60, description: 160 },
  social: { title: 70, description: 200 },
} as const;

export interface Cut {
  /** What the result shows, ending in "…" when cut. */
  shown: string;
  /** The part kept, without the ellipsis; `rest` is what is left out. */
  kept: string;
  rest: string;
  cut: boolean;
  /** The whole text's length in user-perceived characters. */
  length: number;
  limit: number;
}

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;

export function graphemeCount(text: string): number {
  if (!segmenter) return Array.from(text).length;
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

export function cutAt(text: string, limit: number): Cut {
  const full = oneLine(text);
  const shown = truncate(full, limit);
  const cut = shown !== full;
  // truncate() keeps a prefix of the line (then adds "…"), so the rest is what follows it.
  const kept = cut ? shown.slice(0, -1) : full;
  return { shown, kept, rest: full.slice(kept.length), cut, length: graphemeCount(full), limit };
}
