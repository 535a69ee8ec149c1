// The triage lets clean text skip every step: it must never miss what a step would change.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { c1Edits, controlEdits, invisibleEdits } from '../../../../src/shared/ingest/repair/controls';
import { applyEdits } from '../../../../src/shared/ingest/repair/edits';
import { mojibakeEdits } from '../../../../src/shared/ingest/repair/mojibake';
import { lineHasCandidates } from '../../../../src/shared/ingest/repair/tokens';
import { afterEdits, triage } from '../../../../src/shared/ingest/repair/triage';
import { damage } from './damage';
import { SENTENCES } from './sentences';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

/** Clean and damaged sentences, controls, marks and astral characters, on several lines. */
const text = fc
  .array(
    fc.oneof(
      fc.constantFrom(...SENTENCES.map((s) => s.text)),
      fc
        .constantFrom(...SENTENCES.map((s) => s.text))
        .chain((s) =>
          fc
            .constantFrom('cp1252', 'latin-1', 'cp1250', 'cp1251', 'mac-roman', 'cp437', 'win874', 'cp1252-dropped' as const)
            .map((k) => damage(s, k)),
        ),
      fc.string({
        unit: fc.constantFrom(
          'a',
          ' ',
          'Ã',
          'Â',
          'â',
          '€',
          '\u00a0',
          '\u0081',
          '\u0093',
          '\u200b',
          'e\u0301',
          '\ud83d\ude00',
          '\ud800',
          '\ufffd',
          '?',
        ),
      }),
    ),
    { maxLength: 5 },
  )
  .map((lines) => lines.join('\n'));

describe('triage', () => {
  it('finds a start in every line where some page has a token', () => {
    fc.assert(
      fc.property(text, (s) => {
        const { starts } = triage(s);
        let lineStart = 0;
        for (const line of s.split('\n')) {
          const lineEnd = lineStart + line.length;
          if (lineHasCandidates(s, lineStart, lineEnd)) expect(starts.some((p) => p >= lineStart && p < lineEnd)).toBe(true);
          lineStart = lineEnd + 1;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('says "clean" only where the control steps and NFC would change nothing', () => {
    fc.assert(
      fc.property(text, (s) => {
        const found = triage(s);
        if (!found.suspect) expect([...c1Edits(s), ...controlEdits(s), ...invisibleEdits(s)]).toEqual([]);
        if (!found.unstable) expect(s.normalize('NFC')).toBe(s);
        if (!found.lone) expect(LONE_SURROGATE.test(s)).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it('carried past the mojibake edits, agrees with a fresh look at the result', () => {
    fc.assert(
      fc.property(text, (s) => {
        const found = triage(s);
        const edits = mojibakeEdits(s, found.starts);
        const carried = afterEdits(found, s, edits);
        const fresh = triage(applyEdits(s, edits));
        if (carried) expect([carried.suspect, carried.unstable]).toEqual([fresh.suspect, fresh.unstable]);
      }),
      { numRuns: 400 },
    );
  });
});
