// Typographic normalisation: curly quotes by context, dashes, ellipses, spaces; never inside URLs
// or code-like tokens; every change reported.
import { describe, expect, it } from 'vitest';
import { normalizeTypography, repairText, revertRepairs } from '../../../../src/shared/ingest/repair';

const typo = (s: string) => normalizeTypography(s).text;

describe('normalizeTypography', () => {
  it('curls double and single quotes, nested', () => {
    expect(typo("He said \"it's 'fine' now\".")).toBe('He said “it’s ‘fine’ now”.');
    expect(typo('"Yes," she said.')).toBe('“Yes,” she said.');
  });
  it('treats decade and elision apostrophes as apostrophes', () => {
    expect(typo("music of the '90s and rock 'n' roll")).toBe('music of the ’90s and rock ’n’ roll');
    expect(typo("the players' union")).toBe('the players’ union');
  });
  it('turns -- into an em dash and ... into an ellipsis', () => {
    expect(typo('wait -- no... yes')).toBe('wait — no… yes');
    expect(typo('a--b')).toBe('a—b');
  });
  it('collapses doubled spaces between words, not indentation', () => {
    expect(typo('one  two   three')).toBe('one two three');
    expect(typo('  indented')).toBe('  indented');
  });
  it('leaves URLs, e-mail addresses and code-like tokens alone', () => {
    const s = 'See https://example.com/a--b...c?q="x" and run --dry-run with x="y" or `a--b` (mail a--b@example.org)';
    expect(typo(s)).toBe('See https://example.com/a--b...c?q="x" and run --dry-run with x="y" or `a--b` (mail a--b@example.org)');
  });
  it('reports each change with its rule, reversibly', () => {
    const s = 'He said "no"... -- twice';
    const r = normalizeTypography(s);
    expect(r.repairs.map((x) => x.rule)).toEqual(['typography:quotes', 'typography:quotes', 'typography:ellipsis', 'typography:dash']);
    expect(revertRepairs(r.text, r.repairs)).toBe(s);
  });
  it('runs after repair only when asked', () => {
    expect(repairText('â€œHiâ€\u009d -- "there"').text).toBe('“Hi” -- "there"');
    const r = repairText('â€œHiâ€\u009d -- "there"', { typography: true });
    expect(r.text).toBe('“Hi” — “there”');
    expect(revertRepairs(r.text, r.repairs)).toBe('â€œHiâ€\u009d -- "there"');
  });
});
