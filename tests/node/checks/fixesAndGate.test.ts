// Applying fixes to field text, and the ready gate's waivers.
import { describe, expect, it } from 'vitest';
import { applyFix, canApplyFix, gateFindings, gateStory, waiverFor, waiverSchema, type Finding } from '../../../src/shared/checks';
import { DEFAULT_RULE_PACK } from '../../../src/shared/checks/defaultPack';
import { context, inputWith } from './support';

const finding = (extra: Partial<Finding>): Finding => ({
  rule: 'r',
  severity: 'error',
  field: 'body',
  start: 0,
  end: 0,
  message: 'm',
  fix: null,
  excerpt: '',
  ...extra,
});

describe('applyFix', () => {
  it('replaces the flagged range', () => {
    expect(applyFix('The the end', finding({ start: 0, end: 7, excerpt: 'The the', fix: 'The' }))).toBe('The end');
  });

  it('leaves the text alone when the finding is stale or has no fix', () => {
    const f = finding({ start: 4, end: 6, excerpt: 'TK', fix: 'xx' });
    expect(canApplyFix('The TK', f)).toBe(true);
    expect(applyFix('The TX', f)).toBe('The TX');
    expect(applyFix('The', f)).toBe('The');
    expect(applyFix('The TK', { ...f, fix: null })).toBe('The TK');
  });

  it.each([
    ['A\n\nMORE\n\nB', 3, 7, 'A\n\nB'],
    ['A\nMORE\nB', 2, 6, 'A\nB'],
    ['MORE\n\nB', 0, 4, 'B'],
    ['A\n\n-30-', 3, 7, 'A'],
    ['A\n\nMORE', 3, 7, 'A'],
    ['A MORE B', 2, 6, 'A  B'],
  ])('removing a whole line takes its blank line with it: %j', (text, start, end, expected) => {
    expect(applyFix(text, finding({ start, end, excerpt: text.slice(start, end), fix: '' }))).toBe(expected);
  });
});

describe('gateFindings', () => {
  const tk = finding({ rule: 'placeholder', start: 4, end: 6, excerpt: 'TK' });
  const warning = finding({ rule: 'numerals', severity: 'warning', start: 8, end: 9, excerpt: '3' });
  const noAlt1 = finding({ rule: 'figure-without-alt', field: 'alt', index: 0 });
  const noAlt2 = finding({ rule: 'figure-without-alt', field: 'alt', index: 1 });

  it('blocks on error findings only', () => {
    expect(gateFindings([tk, warning], [])).toEqual({ blocking: [tk], waived: [] });
  });

  it('a waiver (rule + field + excerpt) lets a finding through and survives a move', () => {
    const w = waiverFor(tk, 'TK is the company name here', 'Ana', '2025-10-07T10:00:00Z');
    expect(waiverSchema.parse(w)).toEqual(w);
    const moved = { ...tk, start: 40, end: 42 };
    expect(gateFindings([moved, warning], [w])).toEqual({ blocking: [], waived: [moved] });
  });

  it('a waiver does not cover a change to the flagged text, another rule or another field', () => {
    const w = waiverFor(tk, 'ok', 'Ana', 'now');
    expect(gateFindings([{ ...tk, excerpt: 'TKTK' }], [w]).blocking).toHaveLength(1);
    expect(gateFindings([{ ...tk, rule: 'other' }], [w]).blocking).toHaveLength(1);
    expect(gateFindings([{ ...tk, field: 'caption', index: 0 }], [w]).blocking).toHaveLength(1);
  });

  it('findings about an empty field are told apart by index', () => {
    const w = waiverFor(noAlt1, 'decorative image', 'Ana', 'now');
    expect(gateFindings([noAlt1, noAlt2], [w])).toEqual({ blocking: [noAlt2], waived: [noAlt1] });
  });

  it('gateStory checks and gates in one call', () => {
    const input = inputWith('body', 'The meeting is on TK.');
    const refused = gateStory(input, DEFAULT_RULE_PACK, context(), []);
    expect(refused.ok).toBe(false);
    expect(refused.blocking.map((f) => f.rule)).toEqual(['placeholder']);
    const waiver = waiverFor(refused.blocking[0]!, 'TK is the name of the band', 'Ana', '2025-10-07T10:00:00Z');
    expect(gateStory(input, DEFAULT_RULE_PACK, context(), [waiver])).toMatchObject({
      ok: true,
      blocking: [],
      waived: [{ rule: 'placeholder' }],
    });
  });

  it('a waiver needs a reason', () => {
    expect(waiverSchema.safeParse({ ...waiverFor(tk, ' ', 'Ana', 'now') }).success).toBe(false);
  });
});
