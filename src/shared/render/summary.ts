// Short plain-text forms of a story for <title>, the meta description and social cards: cut at a
// word boundary with an ellipsis, by user-perceived characters so an emoji is never split.
import { cleanText } from './escape';
import type { RenderStory } from './types';
import { inlineText } from '../story/text';
import type { StoryDocument } from '../story/document';

/** Graphemes are what a reader counts; fall back to code points where Segmenter is missing. */
const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;

/** The first `limit` graphemes (stops early: segmenting a whole long paragraph is slow). */
// Latin text without combining marks: every UTF-16 unit is one grapheme, no segmenter needed.
const SIMPLE = /^[\u0020-\u02FF\u2010-\u2027\u2030-\u205E\u20A0-\u20CF]*$/;

function graphemes(text: string, limit: number): string[] {
  if (!segmenter) return Array.from(text).slice(0, limit);
  const out: string[] = [];
  for (const s of segmenter.segment(text)) {
    if (out.length === limit) break;
    out.push(s.segment);
  }
  return out;
}

const NOT_ONE_LINE = /[^\S ]| {2}|^ | $/;

/** Clean (escape.ts) and collapse runs of white space into single spaces, so emptiness is what a reader sees. */
export function oneLine(text: string): string {
  const clean = cleanText(text);
  return NOT_ONE_LINE.test(clean) ? clean.replace(/\s+/g, ' ').trim() : clean;
}

/** At most `max` graphemes, ending on a word boundary with "…" when shortened. */
export function truncate(text: string, max: number): string {
  const line = oneLine(text);
  if (line.length <= max) return line; // UTF-16 length bounds the grapheme count from above
  let cut: string;
  if (SIMPLE.test(line)) {
    cut = line.slice(0, max - 1); // longer than max units, and each unit is one grapheme
  } else {
    const g = graphemes(line, max + 1);
    if (g.length <= max) return line;
    cut = g.slice(0, max - 1).join('');
  }
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** Plain text of a one-paragraph-ish document (headline, deck): paragraphs joined by spaces. */
export function docLine(doc: StoryDocument): string {
  return oneLine(
    doc.root.children
      .map((b) => (b.type === 'paragraph' || b.type === 'heading' || b.type === 'quote' ? inlineText(b.children) : ''))
      .join(' '),
  );
}

export function headlineText(story: RenderStory): string {
  return oneLine(story.headlineDoc ? docLine(story.headlineDoc) || story.headline : story.headline);
}

export function deckText(story: RenderStory): string {
  return oneLine(story.deckDoc ? docLine(story.deckDoc) || story.deck : story.deck);
}

/** Meta description: the deck, else the first paragraph with text. */
export function descriptionOf(story: RenderStory, max = 160): string {
  const deck = deckText(story);
  if (deck) return truncate(deck, max);
  for (const block of story.body.root.children) {
    if (block.type === 'paragraph') {
      const text = oneLine(inlineText(block.children));
      if (text) return truncate(text, max);
    }
  }
  return '';
}
