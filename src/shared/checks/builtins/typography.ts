// Typography: straight quotes, double hyphens and three dots where house typography wants curly
// quotes, an em dash and an ellipsis. Each hit carries the typographic replacement.
import { z } from 'zod';
import { defineCheck, matchesOf, type Hit } from './types';

const noParams = z.object({}).strict().prefault({});

const LETTER = /[\p{L}\p{M}]/u;
const DIGIT = /\p{Nd}/u;
/** After these (or at the start) a quote opens. */
const OPENS_AFTER = /[\s([{\u2014\u2013\u201C\u2018\u00AB\u2039/-]/u;
/** Contractions that start with an apostrophe: 'n', 'em, 'til, 'tis, 'twas, 'cause, 'bout. */
const LEADING_APOSTROPHE = /^(?:n'|em\b|til\b|tis\b|twas\b|cause\b|bout\b)/iu;

const isLetter = (ch: string | undefined) => ch !== undefined && LETTER.test(ch);
const isDigit = (ch: string | undefined) => ch !== undefined && DIGIT.test(ch);
const opensAfter = (ch: string | undefined) => ch === undefined || OPENS_AFTER.test(ch);

/** The curly form of the straight quote at `i`, or null for primes (6'2", 12") which stay as they are. */
export function curlyFor(text: string, i: number): string | null {
  const ch = text[i];
  const prev = i > 0 ? text[i - 1] : undefined;
  const next = text[i + 1];
  if (ch === "'") {
    if (isDigit(prev)) return isLetter(next) ? '\u2019' : null; // 1990's → ’; 6' (feet) stays
    if (opensAfter(prev)) {
      if (isDigit(next) || LEADING_APOSTROPHE.test(text.slice(i + 1, i + 7))) return '\u2019'; // '90s, 'em
      return '\u2018';
    }
    return '\u2019';
  }
  if (isDigit(prev) && !isLetter(next)) return null; // 12" (inches)
  return opensAfter(prev) ? '\u201C' : '\u201D';
}

export const straightQuotes = defineCheck({
  name: 'straightQuotes',
  summary: 'Straight quotes (" and \') where typography wants curly quotes and apostrophes',
  params: noParams,
  fixers: ['curlyQuotes'],
  run(text) {
    const hits: Hit[] = [];
    for (const m of matchesOf(/["']/g, text)) {
      const i = m.index;
      const fix = curlyFor(text, i);
      if (fix !== null) hits.push({ start: i, end: i + 1, fix });
    }
    return hits;
  },
});

export const dashes = defineCheck({
  name: 'dashes',
  summary: 'Two or three hyphens standing for a dash',
  params: z
    .object({ spaced: z.boolean().default(true) })
    .strict()
    .prefault({}),
  fixers: ['emDash'],
  run(text, { params }) {
    const hits: Hit[] = [];
    for (const m of matchesOf(/[ \t\u00A0]*(?<![-<!])-{2,3}(?![->])[ \t\u00A0]*/g, text)) {
      const start = m.index;
      const end = start + m[0].length;
      const atStart = start === 0 || text[start - 1] === '\n';
      const atEnd = end === text.length || text[end] === '\n';
      const space = params.spaced ? ' ' : '';
      hits.push({ start, end, fix: `${atStart ? '' : space}\u2014${atEnd ? '' : space}` });
    }
    return hits;
  },
});

export const ellipsis = defineCheck({
  name: 'ellipsis',
  summary: 'Three dots where typography wants an ellipsis (…)',
  params: noParams,
  fixers: ['ellipsis'],
  run(text) {
    const hits: Hit[] = [];
    for (const m of matchesOf(/(?<!\.)(?:\.{3,4}|\. \. \.(?: \.)?)(?![.\d])/g, text)) {
      const four = m[0].replace(/ /g, '').length === 4;
      hits.push({ start: m.index, end: m.index + m[0].length, fix: four ? '.\u2026' : '\u2026' });
    }
    return hits;
  },
});
