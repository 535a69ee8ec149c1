// Project-written sentences: clean text stays exactly as it is, and generated mojibake of it (the
// corpus recipe, from the code page tables) is repaired, single and doubled.
import { describe, expect, it } from 'vitest';
import { repairText } from '../../../../src/shared/ingest/repair';
import { damage, isLossy, type DamageKind } from './damage';
import { SENTENCES } from './sentences';

const LOSSLESS: DamageKind[] = ['cp1252', 'latin-1', 'cp1250', 'cp1251', 'mac-roman', 'cp437', 'win874', 'cp1252-dropped'];

describe('clean text in many scripts', () => {
  it.each(SENTENCES.map((s) => [s.lang, s.text]))('%s is left alone', (_lang, text) => {
    const r = repairText(text);
    expect(r.text).toBe(text);
    expect(r.repairs).toEqual([]);
  });
});

describe('generated mojibake', () => {
  for (const kind of LOSSLESS) {
    it(`${kind}: every lossless damage is repaired`, () => {
      const failures: string[] = [];
      for (const s of SENTENCES) {
        const damaged = damage(s.text, kind);
        if (damaged === s.text || isLossy(s.text, kind)) continue;
        if (repairText(damaged).text !== s.text) failures.push(`${s.lang}: ${damaged}`);
      }
      expect(failures, failures.join('\n')).toEqual([]);
    });
  }

  it('no-break spaces flattened to spaces in the damage are restored', () => {
    const failures: string[] = [];
    for (const kind of ['cp1252', 'latin-1', 'cp1250', 'cp1251', 'win874'] as const) {
      for (const s of SENTENCES) {
        const damaged = damage(s.text, kind);
        if (!damaged.includes('\u00a0') || isLossy(s.text, kind)) continue;
        const flat = damaged.replace(/\u00a0/gu, ' ');
        if (repairText(flat).text !== s.text) failures.push(`${kind} ${s.lang}: ${flat}`);
      }
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });

  it('lost bytes are guessed right most of the time', () => {
    let total = 0;
    let right = 0;
    for (const kind of ['cp1252-dropped', 'win874'] as const) {
      for (const s of SENTENCES) {
        if (!isLossy(s.text, kind)) continue;
        total++;
        if (repairText(damage(s.text, kind)).text === s.text) right++;
      }
    }
    expect(right / total).toBeGreaterThanOrEqual(0.5);
  });

  it.each([
    ['cp1252', 'cp1252'],
    ['cp1252', 'latin-1'],
    ['mac-roman', 'mac-roman'],
    ['cp1251', 'cp1251'],
    ['cp1252', 'cp1251'],
    ['win874', 'cp1252'],
    ['cp1252', 'win874'],
  ] as const)('double damage %s then %s is undone', (first, second) => {
    const failures: string[] = [];
    for (const s of SENTENCES) {
      const once = damage(s.text, first);
      if (isLossy(s.text, first) || isLossy(once, second)) continue;
      const out = repairText(damage(once, second));
      if (out.text !== s.text) failures.push(`${s.lang}: ${out.text}`);
      else if (out.repairs.some((r) => !r.rule.startsWith('mojibake:'))) failures.push(`${s.lang}: rule`);
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });

  it('names the rule and reports offsets in the output', () => {
    const r = repairText('Toyotaâ€™s profit rose to Â¥5 trillion.');
    expect(r.text).toBe('Toyota’s profit rose to ¥5 trillion.');
    expect(r.repairs.map((x) => [x.rule, x.from, x.to])).toEqual([
      ['mojibake:cp1252', 'â€™', '’'],
      ['mojibake:cp1252', 'Â¥', '¥'],
    ]);
    for (const x of r.repairs) expect(r.text.slice(x.start, x.end)).toBe(x.to);
  });

  it('marks double damage as such', () => {
    const r = repairText('Toyota' + damage(damage('’', 'cp1252'), 'cp1252') + 's profit');
    expect(r.text).toBe('Toyota’s profit');
    expect(r.repairs[0]?.rule).toBe('mojibake:double');
  });
});

describe('control and invisible characters', () => {
  it('strips agency controls and stray C1, keeps tabs and line breaks', () => {
    expect(repairText('\u0001HEADLINE\u0002\tbody\r\nend\u0003\u0004').text).toBe('HEADLINE\tbody\r\nend');
  });
  it('reads C1 punctuation as Windows-1252', () => {
    expect(repairText('\u0093Yes\u0094, she said\u0085').text).toBe('“Yes”, she said…');
  });
  it('strips stray zero-width and bidi marks but keeps the meaningful ones', () => {
    expect(repairText('Pre\u200bsident\u200e Macron\ufeff').text).toBe('President Macron');
    const emoji = 'Thanks 👩\u200d⚕️';
    expect(repairText(emoji).text).toBe(emoji);
    const persian = 'می\u200cخواهم';
    expect(repairText(persian).text).toBe(persian);
    const hebrew = 'הכנסת \u200fאישרה';
    expect(repairText(hebrew).text).toBe(hebrew);
  });
  it('applies NFC and reports it', () => {
    const r = repairText('Cafe\u0301 de Flore');
    expect(r.text).toBe('Café de Flore');
    expect(r.repairs.map((x) => x.rule)).toEqual(['nfc']);
  });
});
