// Property tests: the repair never throws, is idempotent, leaves ASCII and clean text of many
// scripts alone, always returns well-formed Unicode, and its repairs revert to the input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repairText, revertRepairs } from '../../../../src/shared/ingest/repair';
import { damage } from './damage';
import { SENTENCES } from './sentences';

const isWellFormed = (s: string) => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u.test(s);

/** Text made of printable ASCII, spaces and line breaks. */
const asciiText = fc.string({ unit: fc.constantFrom(...' \n\tabcdefXYZ0189.,;:!?"\'()-—'.replace('—', '').split('')), maxLength: 200 });
/** Clean words of several scripts, joined by spaces. */
const cleanWords = fc
  .array(fc.constantFrom(...SENTENCES.flatMap((s) => s.text.split(' '))), { minLength: 1, maxLength: 12 })
  .map((w) => w.join(' '));
/** Anything at all, including lone surrogates and controls. */
const anyText = fc.string({ unit: 'binary', maxLength: 120 });
/** Mojibake mixed with clean text. */
const mixed = fc
  .tuple(
    cleanWords,
    fc.constantFrom('cp1252', 'latin-1', 'cp1250', 'cp1251', 'mac-roman', 'cp437', 'win874', 'cp1252-dropped' as const),
    cleanWords,
  )
  .map(([a, kind, b]) => `${a} ${damage(b, kind)}`);

describe('repairText properties', () => {
  it('never throws and always returns well-formed Unicode', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, mixed), (s) => {
        const r = repairText(s);
        expect(isWellFormed(r.text)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never changes ASCII text without control characters', () => {
    fc.assert(
      fc.property(asciiText, (s) => {
        expect(repairText(s).text).toBe(s);
      }),
      { numRuns: 300 },
    );
  });

  it('never changes clean text drawn from many scripts', () => {
    fc.assert(
      fc.property(cleanWords, (s) => {
        expect(repairText(s).text).toBe(s);
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(mixed, cleanWords, anyText), (s) => {
        const once = repairText(s).text;
        expect(repairText(once).text).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  it('reverting the reported repairs in reverse order gives back the input', () => {
    fc.assert(
      fc.property(fc.oneof(mixed, anyText), fc.boolean(), (s, typography) => {
        const r = repairText(s, { typography });
        for (const rep of r.repairs) expect(r.text.slice(rep.start, rep.end)).toBe(rep.to);
        expect(revertRepairs(r.text, r.repairs)).toBe(s);
      }),
      { numRuns: 400 },
    );
  });

  it('stays fast on pathological input', () => {
    const nasty = 'Ã'.repeat(50_000) + 'â€'.repeat(50_000) + 'เธ'.repeat(30_000);
    const t = performance.now();
    repairText(nasty);
    expect(performance.now() - t).toBeLessThan(5_000);
  });

  it('stays linear on one long line of thousands of damaged words', () => {
    // Each word is a cluster of its own: choosing among them must not compare every pair.
    for (const word of ['Ã© ', 'Ã© Ð¡ â€™ ‚Äô ├╝ ', 'Ã  Å  Ð  ']) {
      const line = word.repeat(Math.ceil(150_000 / word.length));
      const t = performance.now();
      repairText(line);
      expect(performance.now() - t, JSON.stringify(word)).toBeLessThan(5_000);
    }
  });
});
