// Typographic normalisation, a house setting applied after repair: straight quotes to curly ones
// (opening or closing from context, apostrophes, '90s), -- to an em dash, ... to an ellipsis and
// runs of spaces to one. URLs, e-mail addresses and code-like tokens are never touched.
import type { Edit } from './edits';

const PROTECTED = [
  /\b(?:https?|ftp):\/\/[^\s<>"]+/giu,
  /\bwww\.[^\s<>"]+/giu,
  /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu,
  /`[^`\n]*`/gu,
  // Tokens that read as code, paths or options: identifiers with _ or ::, x=y, a/b/c, <tag>,
  // {braces}, --flags.
  /(?<![^\s([{])(?:[^\s]*[\\{}<>=_|][^\s]*|[^\s]*\/[^\s]*\/[^\s]*|--?[A-Za-z][\w-]*)/gu,
];

/** Elided words that start with an apostrophe ('tis, 'em, 'n'). */
const ELISION = /^(?:tis|twas|em|n|cause|cos|til|bout|round)\b/iu;

function protectedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const re of PROTECTED) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      spans.push([m.index, m.index + m[0].length]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  return spans;
}

const isSpace = (c: string | undefined) => c === undefined || /\s/u.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const OPENERS = '([{\u2014\u2013-/\u201c\u2018\u00ab\u201e';

function opensAfter(prev: string | undefined): boolean {
  return isSpace(prev) || OPENERS.includes(prev ?? '');
}

export function typographyEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  const spans = protectedSpans(text);
  let s = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    while (s < spans.length && (spans[s]?.[1] ?? 0) <= i) s++;
    const span = spans[s];
    if (span && span[0] <= i) {
      i = span[1] - 1;
      continue;
    }
    const c = text[i];
    const prev = i > 0 ? text[i - 1] : undefined;
    const next = text[i + 1];
    if (c === '"') {
      edits.push({ start: i, end: i + 1, to: opensAfter(prev) && !isSpace(next) ? '\u201c' : '\u201d', rule: 'typography:quotes' });
    } else if (c === "'") {
      let to: string;
      if (isWordChar(prev) && isWordChar(next)) to = '\u2019';
      else if (opensAfter(prev)) {
        const rest = text.slice(i + 1, i + 8);
        to = /^\d/u.test(rest) || ELISION.test(rest) ? '\u2019' : isSpace(next) ? '\u2019' : '\u2018';
      } else to = '\u2019';
      edits.push({ start: i, end: i + 1, to, rule: 'typography:quotes' });
    } else if (c === '-' && next === '-') {
      let j = i + 2;
      if (text[j] === '-') j++;
      if (text[j] !== '-' && prev !== '-') {
        edits.push({ start: i, end: j, to: '\u2014', rule: 'typography:dash' });
        i = j - 1;
      } else {
        while (text[j] === '-') j++;
        i = j - 1;
      }
    } else if (c === '.' && next === '.' && text[i + 2] === '.' && text[i + 3] !== '.' && prev !== '.') {
      edits.push({ start: i, end: i + 3, to: '\u2026', rule: 'typography:ellipsis' });
      i += 2;
    } else if (c === ' ' && next === ' ' && prev !== undefined && prev !== '\n' && prev !== ' ') {
      let j = i + 1;
      while (text[j] === ' ') j++;
      if (j < n && text[j] !== '\n' && text[j] !== '\r') edits.push({ start: i, end: j, to: ' ', rule: 'typography:spaces' });
      i = j - 1;
    }
  }
  return edits;
}
