// Repetition slips: a word typed twice ("the the", also across a line break) and doubled spaces.
// Legitimate doubles ("had had", "that that") are the rule's `exceptions`, which are data.
import { z } from 'zod';
import { defineCheck, matchesOf, type Hit } from './types';

// Words are runs of letters: Latin, Greek, Cyrillic and the other spaced scripts up to U+1FFF, and
// Hangul; unspaced scripts (Thai, Chinese, Japanese) have no doubled words to find. The text is
// walked by character code and neighbouring words of equal length compared in place: a 20,000-word
// story has 20,000 words, and a match object or a lower-cased copy for each is what made this slow.
const isLetter = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x1fff && c !== 0xd7 && c !== 0xf7) || (c >= 0xac00 && c <= 0xd7af);
/** A word touching one of these is part of something else ("don't", "the-ory", "3rd"). */
const isJoiner = (c: number) => (c >= 48 && c <= 57) || c === 39 || c === 0x2019 || c === 45;
const isSpace = (c: number) => c === 32 || c === 9 || c === 0xa0;

/** Spaces with at most one line break between `from` and `to` (not a paragraph break). */
function isGap(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) breaks++;
    else if (!isSpace(c)) return false;
  }
  return breaks <= 1;
}

function sameWord(text: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) {
    const x = text.charCodeAt(a + k);
    const y = text.charCodeAt(b + k);
    if (x === y) continue;
    if (x < 128 && y < 128) {
      if ((x | 32) !== (y | 32)) return false; // ASCII letters differ only in bit 5 by case
      continue;
    }
    return text.slice(a, a + length).toLowerCase() === text.slice(b, b + length).toLowerCase();
  }
  return true;
}

export const doubledWords = defineCheck({
  name: 'doubledWords',
  summary: 'A word typed twice in a row ("the the"), also across a line break',
  params: z.object({}).strict().prefault({}),
  fixers: ['removeDouble'],
  vars: ['word'],
  run(text) {
    const hits: Hit[] = [];
    const free = (start: number, end: number) => !isJoiner(text.charCodeAt(start - 1)) && !isJoiner(text.charCodeAt(end));
    let prevStart = -1;
    let prevEnd = -1;
    let run: Hit | null = null;
    const n = text.length;
    for (let i = 0; i < n;) {
      if (!isLetter(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      while (i < n && isLetter(text.charCodeAt(i))) i++;
      const end = i;
      const doubled =
        prevEnd >= 0 &&
        end - start === prevEnd - prevStart &&
        isGap(text, prevEnd, start) &&
        free(start, end) &&
        free(prevStart, prevEnd) &&
        sameWord(text, prevStart, start, end - start);
      if (doubled) {
        // "the the the" is one slip: extend the run while the word keeps repeating.
        if (run && run.end === prevEnd) run.end = end;
        else {
          const word = text.slice(prevStart, prevEnd);
          run = { start: prevStart, end, fix: word, vars: { word } };
          hits.push(run);
        }
      }
      prevStart = start;
      prevEnd = end;
    }
    return hits;
  },
});

export const doubledSpaces = defineCheck({
  name: 'doubledSpaces',
  summary: 'Two or more spaces between words',
  params: z.object({}).strict().prefault({}),
  fixers: ['singleSpace'],
  run(text) {
    const hits: Hit[] = [];
    for (const m of matchesOf(/[ \u00A0]{2,}/g, text)) {
      const end = m.index + m[0].length;
      // Between words only: indentation and trailing spaces are not doubled spaces.
      if (m.index > 0 && end < text.length && /\S/.test(text[m.index - 1]!) && /\S/.test(text[end]!))
        hits.push({ start: m.index, end, fix: ' ' });
    }
    return hits;
  },
});
