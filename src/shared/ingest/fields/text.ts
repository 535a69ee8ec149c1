// Small text helpers shared by the field extractors: whitespace, headline markers, copyright lines,
// and "is this blank".
import { HEURISTIC_WINDOW } from '../limits';

/** Collapse ASCII whitespace runs to one space and trim (NBSP is kept: it is meaningful text). */
export function collapse(s: string | null | undefined): string {
  const t = s ?? '';
  // Most text has nothing to collapse: test first, so the common case does not copy the string.
  return (NEEDS_COLLAPSE.test(t) ? t.replace(/[\t\n\r\f\v ]+/g, ' ') : t).trim();
}
const NEEDS_COLLAPSE = /[\t\n\r\f\v]| {2}/;

/** Collapsed text or null when nothing is left. */
export function clean(s: string | null | undefined): string | null {
  const t = collapse(s);
  return t ? t : null;
}

/** Nothing but whitespace, NBSP and zero-width characters. */
export function isBlank(s: string): boolean {
  return /^[\s\u00a0\u200b-\u200d\u2060\ufeff]*$/.test(s);
}

/**
 * Headline as the manifest defines it: whitespace collapsed, trailing teletype markers
 * (`<`, `=`, ` =`, `+`) and ANSA's ">>>ANSA/" flash prefix removed.
 */
export function cleanHeadline(s: string | null | undefined): string | null {
  let t = collapse(s);
  t = t.replace(/(?:\s*[<=+])+$/, '').trim();
  t = t.replace(/^>{2,}\s*[A-Za-z]{2,12}\s*\/\s*/, '');
  return t || null;
}

/** Strip the trailing "=" (and spaces) teletype formats put after a by-line. */
export function cleanByline(s: string | null | undefined): string | null {
  const t = collapse(s)
    .replace(/(?:\s*[=<])+$/, '')
    .replace(/[,;]\s*$/, '')
    .trim();
  return t || null;
}

/** Caption credits follow one rule set for every format: see captions.ts. */
export { splitCaptionCredit } from './captions';

/** A paragraph that is only a copyright notice ("© ANA-MPA …", "(©NTB)", "(c)2018 The …"). */
export function isCopyrightLine(s: string): boolean {
  const t = collapse(s);
  return t.length <= HEURISTIC_WINDOW && /^(?:[-–•*]\s*)?\(?\s*(?:©|\(c\)|copyright\b)/i.test(t);
}

/** Unique, non-empty strings in first-seen order. */
export function unique(values: (string | null | undefined)[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    const t = collapse(v);
    if (t && !seen.has(t)) {
      seen.add(t);
      out.push(t);
    }
  }
  return out;
}

/** Case- and space-insensitive comparison key. */
export function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const norm = (s: string): string =>
    collapse(s)
      .toLowerCase()
      .replace(/[\s\u00a0]+/g, ' ')
      .replace(/[.:;,!?]+$/, '');
  return norm(a) === norm(b);
}
