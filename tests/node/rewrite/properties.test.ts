// Properties of the rewrite tools over generated text: the share is a fraction with fixed points,
// diffs reassemble both sides, and body edits splice exactly the text they were asked to.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyWireChange, diffWords, replaceTextRange, rewriteShare, sidesOf, threeWay } from '../../../src/shared/rewrite';
import { documentOf, paragraph, textRun } from '../../../src/shared/story/document';
import { documentText } from '../../../src/shared/story/text';

const inline = fc.constantFrom(' ', ' ', ', ', '. ', ' “', '” ');
const word = (letters: string) => fc.string({ unit: fc.constantFrom(...letters.split('')), minLength: 1, maxLength: 8 });
const separator = fc.constantFrom(' ', ' ', ' ', ', ', '. ', '\n\n', ' “', '” ', ' — ');
const textOf = (letters: string, minWords = 0) =>
  fc.array(fc.tuple(word(letters), separator), { minLength: minWords, maxLength: 60 }).map((parts) =>
    parts
      .map(([w, s]) => w + s)
      .join('')
      .trim(),
  );
const anyText = fc.oneof(
  textOf('abcdefghijklmnopqrstuvwxyzÀéß'),
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

describe('rewriteShare properties', () => {
  it('is a fraction, and the counts add up', () => {
    fc.assert(
      fc.property(anyText, anyText, (story, wire) => {
        const r = rewriteShare(story, wire);
        expect(r.share).toBeGreaterThanOrEqual(0);
        expect(r.share).toBeLessThanOrEqual(1);
        expect(r.newWords + r.keptWords).toBe(r.words);
        expect(r.quoted.keptWords).toBeLessThanOrEqual(r.quoted.words);
        expect(r.quoted.words).toBeLessThanOrEqual(r.words);
      }),
    );
  });

  it('is 0 for identical texts', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(rewriteShare(text, text).share).toBe(0);
      }),
    );
  });

  it('is 1 for a story that shares no word with the wire', () => {
    fc.assert(
      fc.property(textOf('abcdefghijklm', 1), textOf('nopqrstuvwxyz'), (story, wire) => {
        expect(rewriteShare(story, wire).share).toBe(1);
      }),
    );
  });
});

describe('diffWords properties', () => {
  it('segments reassemble both sides exactly', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const segments = diffWords(a, b);
        expect(sidesOf(segments)).toEqual({ a, b });
        expect(segments.every((s) => s.text.length > 0)).toBe(true);
      }),
    );
  });

  it('segments reassemble related texts (one edited from the other)', () => {
    const edited = textOf('abcdef', 1).chain((a) =>
      fc.tuple(fc.constant(a), fc.array(fc.tuple(fc.nat(a.length), fc.nat(6), textOf('abcxyz')), { maxLength: 4 })),
    );
    fc.assert(
      fc.property(edited, ([a, edits]) => {
        let b = a;
        for (const [at, cut, insert] of edits) b = b.slice(0, at) + insert + b.slice(at + cut);
        expect(sidesOf(diffWords(a, b))).toEqual({ a, b });
      }),
    );
  });
});

describe('body edit properties', () => {
  // Paragraph text without blank lines, so each generated paragraph stays one block.
  const paragraphText = fc.array(fc.tuple(word('abcdefg'), inline), { minLength: 1, maxLength: 20 }).map((ps) =>
    ps
      .map(([w, s]) => w + s)
      .join('')
      .trim(),
  );
  const paragraphs = fc.array(paragraphText, { minLength: 1, maxLength: 5 });
  /** Offsets inside a paragraph (never between the two newlines that separate blocks). */
  const inBlock = (text: string, at: number) => (text[at - 1] === '\n' && text[at] === '\n' ? at - 1 : at);
  it('replacing a range splices exactly that range of the text', () => {
    fc.assert(
      fc.property(paragraphs, fc.nat(), fc.nat(), textOf('xyz'), (ps, x, y, insert) => {
        const doc = documentOf(ps.map((p) => paragraph(p ? [textRun(p)] : [])));
        const text = documentText(doc);
        const start = inBlock(text, x % (text.length + 1));
        const end = inBlock(text, start + (y % (text.length - start + 1)));
        const out = replaceTextRange(doc, start, end, insert);
        expect(out).not.toBeNull();
        expect(documentText(out!)).toBe(text.slice(0, start) + insert + text.slice(end));
      }),
    );
  });

  it('an applied wire change puts the newer passage into the story and never throws', () => {
    fc.assert(
      fc.property(textOf('abcdefgh', 3), textOf('abcdefgh', 3), (base, newer) => {
        const story = base;
        const doc = documentOf(story.split(/\n\n+/).map((p) => paragraph([textRun(p)])));
        for (const change of threeWay(base, newer, documentText(doc))) {
          const out = applyWireChange(doc, change);
          if (out) expect(documentText(out)).toContain(change.edit!.to.trim());
        }
      }),
    );
  });
});
