// Properties of the engine with the default pack on generated text: it never throws, every finding
// points inside its field, and applying a fix then checking again does not report the same thing
// at the same place.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFix, checkStory, type CheckInput, type Finding } from '../../../src/shared/checks';
import { DEFAULT_RULE_PACK } from '../../../src/shared/checks/defaultPack';
import { makeSubject } from '../../../src/shared/checks/subject';
import { INDEXED_FIELDS } from '../../../src/shared/checks/types';
import { defaultPreferences } from '../../../src/shared/settings/preferences';
import { documentOf } from '../../../src/shared/story/document';
import { figureOf, paragraphsOf } from './support';

// Pieces that trigger rules, so generated text exercises them (and their fixes) often.
const piece = fc.constantFrom(
  'the',
  'The',
  'the the',
  ' ',
  '  ',
  '"',
  "'",
  '--',
  '...',
  '3',
  '12',
  'twelve',
  'five',
  '%',
  ' percent',
  'per cent',
  'October',
  'Oct.',
  ' 7',
  'US',
  'U.S.',
  'TK',
  'MORE',
  '\n',
  '\n\n',
  'Ã©',
  'â€™',
  'โ€',
  '\uFFFD',
  '\u0092',
  '(',
  ')',
  '[',
  '“',
  '”',
  '‘',
  '’',
  'WASHINGTON (AP) — ',
  'Eds: note',
  '-30-',
  'Copyright 2025 The AP. All rights reserved.',
  'é',
  '😀',
  'ก',
  'a',
  '.',
  ',',
  'XX',
  '[[x]]',
  'CNN Wire',
  'AP',
  ' 5 ',
  'years old',
);
const text = fc.oneof(
  { weight: 3, arbitrary: fc.array(piece, { maxLength: 40 }).map((a) => a.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 80 }) },
);
const contextArb = fc.record({
  rewriteShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
  usStyle: fc.constantFrom('U.S.' as const, 'US' as const),
});

function inputOf(body: string, headline: string, caption: string, credit: string, alt: string, tag: string): CheckInput {
  return {
    headline,
    deck: caption,
    byline: credit,
    dateline: alt,
    body: documentOf([...paragraphsOf(body), figureOf({ caption, credit, alt })]),
    credit,
    copyright: tag,
    tags: [tag],
    agency: 'AP',
    wireText: caption,
  };
}

const run = (input: CheckInput, ctx: { rewriteShare?: number; usStyle: 'U.S.' | 'US' }) =>
  checkStory(input, DEFAULT_RULE_PACK, {
    preferences: { ...defaultPreferences(), usStyle: ctx.usStyle },
    rewriteShare: ctx.rewriteShare ?? null,
  });

describe('checks on generated text', () => {
  it('never throw, and every finding lies inside its field text', () => {
    fc.assert(
      fc.property(text, text, text, text, text, text, contextArb, (body, headline, caption, credit, alt, tag, ctx) => {
        const input = inputOf(body, headline, caption, credit, alt, tag);
        const subject = makeSubject(input);
        for (const f of run(input, ctx)) {
          const fieldText = subject.texts(f.field)[f.index ?? 0]?.text;
          expect(fieldText, `${f.rule} on ${f.field}`).toBeDefined();
          expect(INDEXED_FIELDS.has(f.field)).toBe(f.index !== undefined);
          expect(0 <= f.start && f.start <= f.end && f.end <= fieldText!.length).toBe(true);
          expect(fieldText!.slice(f.start, f.start + f.excerpt.length)).toBe(f.excerpt);
          expect(['error', 'warning', 'info']).toContain(f.severity);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('applying a fix and checking again does not report the same finding at the same place', () => {
    const same = (a: Finding, b: Finding) => a.rule === b.rule && a.excerpt === b.excerpt;
    fc.assert(
      fc.property(text, text, contextArb, (body, headline, ctx) => {
        const input = inputOf(body, headline, 'A caption.', 'Jane Doe/AP', 'Alt text', 'tag');
        const before = run(input, ctx);
        for (const f of before.filter((x) => x.fix !== null && (x.field === 'body' || x.field === 'headline')).slice(0, 12)) {
          const fieldText = makeSubject(input).texts(f.field)[0]!.text;
          const fixed = applyFix(fieldText, f);
          const next =
            f.field === 'body'
              ? {
                  ...input,
                  body: documentOf([...paragraphsOf(fixed), figureOf({ caption: 'A caption.', credit: 'Jane Doe/AP', alt: 'Alt text' })]),
                }
              : { ...input, headline: fixed };
          const after = run(next, ctx).filter((x) => x.field === f.field);
          const samePlace = after.some((x) => same(x, f) && x.start === f.start);
          const fewer = after.filter((x) => same(x, f)).length < before.filter((x) => x.field === f.field && same(x, f)).length;
          expect(!samePlace || fewer, `${f.rule} “${f.excerpt}” → “${f.fix}” in ${JSON.stringify(fieldText)}`).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
