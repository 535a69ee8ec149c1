// Showing matches without touching the documents: CSS Custom Highlights paint every match and the
// current one (no spans are inserted, so nothing reaches the saved text), and the current match
// is scrolled into view. Figure inputs cannot hold highlights, so the current one is outlined.
import type { TextMatch } from './findEngine';
import type { Segment, TextRun } from './storyText';

const ALL = 'find-match';
const CURRENT = 'find-current';
/** Painting tens of thousands of ranges costs more than it shows. */
const MAX_PAINTED = 2000;

function domPoint(segment: Extract<Segment, { kind: 'text' }>, offset: number, atEnd: boolean): [Node, number] | null {
  const runs = segment.runs;
  let run: TextRun | undefined;
  for (const r of runs) {
    if (atEnd ? offset > r.start && offset <= r.end : offset >= r.start && offset < r.end) {
      run = r;
      break;
    }
  }
  if (!run) return null;
  const element = segment.editor.getElementByKey(run.key);
  const text = element?.firstChild;
  if (!text || text.nodeType !== Node.TEXT_NODE) return null;
  return [text, Math.min(offset - run.start, text.textContent?.length ?? 0)];
}

export function rangeOf(segment: Segment, match: TextMatch): Range | null {
  if (segment.kind !== 'text') return null;
  const start = domPoint(segment, match.start, false);
  const end = domPoint(segment, match.end, true);
  if (!start || !end) return null;
  const range = document.createRange();
  try {
    range.setStart(start[0], start[1]);
    range.setEnd(end[0], end[1]);
  } catch {
    return null;
  }
  return range;
}

function figureInput(segment: Extract<Segment, { kind: 'figure' }>): HTMLInputElement | null {
  const host = segment.editor.getElementByKey(segment.figureKey);
  const label = segment.prop === 'credit' ? 'Photo credit' : 'Alt text';
  return host?.querySelector<HTMLInputElement>(`input[data-figure-field="${label}"]`) ?? null;
}

function supported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

export function clearHighlights(): void {
  if (supported()) {
    CSS.highlights.delete(ALL);
    CSS.highlights.delete(CURRENT);
  }
  for (const el of Array.from(document.querySelectorAll('.find-current-input'))) el.classList.remove('find-current-input');
}

/** Paint the matches and the current one; scroll the current one into view when asked. */
export function showMatches(segments: readonly Segment[], matches: readonly TextMatch[], current: number, scroll: boolean): void {
  clearHighlights();
  const all: Range[] = [];
  for (const match of matches.slice(0, MAX_PAINTED)) {
    const segment = segments[match.segment];
    const range = segment ? rangeOf(segment, match) : null;
    if (range) all.push(range);
  }
  const active = matches[current];
  const segment = active ? segments[active.segment] : undefined;
  let target: Element | null = null;
  if (active && segment?.kind === 'text') {
    const range = rangeOf(segment, active);
    if (range && supported()) {
      const current = new Highlight(range);
      // Painted over the "all matches" colour, whatever the registration order.
      current.priority = 1;
      CSS.highlights.set(CURRENT, current);
    }
    const node = range?.startContainer;
    target = node ? (node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element)) : null;
  } else if (segment?.kind === 'figure') {
    target = figureInput(segment);
    target?.classList.add('find-current-input');
  }
  if (supported() && all.length) CSS.highlights.set(ALL, new Highlight(...all));
  if (scroll && target) target.scrollIntoView({ block: 'center', inline: 'nearest' });
}
