// Search snippets made from a story's text and the parsed query: the words the index matched,
// wrapped in <mark>, with a little context. Done here rather than with FTS5's snippet(), which
// re-reads the term's whole index for every row and cost more than the search itself.
import { escapeHtmlText } from '../ingest/inline';
import type { SearchTerm } from './query';

/** Text folded the way the index folds it (case and diacritics), with a map back to the original. */
function fold(text: string): { folded: string; origin: (i: number) => number } {
  // Plain ASCII (most English copy) folds in place: offsets do not move.
  if (/^[\x00-\x7f]*$/.test(text)) return { folded: text.toLowerCase(), origin: (i) => i };
  let folded = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const piece = text[i]!.normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase();
    for (let k = 0; k < piece.length; k++) map.push(i);
    folded += piece;
  }
  map.push(text.length);
  return { folded, origin: (i) => map[i]! };
}

/** Longest stretch of a field searched for a match: enough for any lead, bounded for 20,000-word bodies. */
const MAX_SCAN = 60_000;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern for every positive term: phrase words separated by anything, prefixes open-ended. */
function termPattern(terms: readonly SearchTerm[]): RegExp | null {
  const parts: string[] = [];
  for (const t of terms) {
    if (t.negate) continue;
    const words = fold(t.text)
      .folded.split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .map(escapeRegExp);
    if (!words.length) continue;
    parts.push(`${words.join('[^\\p{L}\\p{N}]+')}${t.prefix ? '[\\p{L}\\p{N}]*' : ''}`);
  }
  if (!parts.length) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

export interface SnippetOptions {
  /** Characters of context before the first match (the window is about three times this). */
  context?: number;
}

/**
 * A short excerpt of the first text (in the order given) that contains a match, escaped as HTML
 * with <mark> around every match inside the excerpt; '' when nothing matches.
 */
export function highlightSnippet(texts: readonly string[], terms: readonly SearchTerm[], options: SnippetOptions = {}): string {
  const pattern = termPattern(terms);
  if (!pattern) return '';
  const context = options.context ?? 60;
  for (const raw of texts) {
    const text = raw.slice(0, MAX_SCAN).replace(/\s+/g, ' ');
    const { folded, origin } = fold(text);
    const hits = [...folded.matchAll(pattern)].map((m) => [origin(m.index), origin(m.index + m[0].length)] as const);
    if (!hits.length) continue;
    let start = Math.max(0, hits[0]![0] - context);
    if (start > 0) start = text.indexOf(' ', start) + 1 || start;
    let end = Math.min(text.length, hits[0]![1] + context * 2);
    if (end < text.length) end = text.lastIndexOf(' ', end) > hits[0]![1] ? text.lastIndexOf(' ', end) : end;
    let html = start > 0 ? '…' : '';
    let at = start;
    for (const [s, e] of hits) {
      if (s < at || e > end) continue;
      html += `${escapeHtmlText(text.slice(at, s))}<mark>${escapeHtmlText(text.slice(s, e))}</mark>`;
      at = e;
    }
    html += escapeHtmlText(text.slice(at, end)) + (end < text.length ? '…' : '');
    return html.trim();
  }
  return '';
}
