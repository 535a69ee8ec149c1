// The linear-time matcher for rule patterns: same matches as JavaScript's own engine, refusal of
// known catastrophic shapes, and no hang on patterns that make a backtracking engine explode.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkStory, type Rule } from '../../../src/shared/checks';
import { compileRulePattern, findAll } from '../../../src/shared/checks/regex';
import { context, inputWith, packOf } from './support';

function vmMatches(source: string, flags: string, text: string) {
  const compiled = compileRulePattern(source, flags);
  if (!compiled.ok) throw new Error(compiled.error);
  return findAll(compiled.regex, text, { steps: 1e8 }, 10_000).matches.map((m) => [m.start, m.end, ...m.groups]);
}
function nativeMatches(source: string, flags: string, text: string) {
  return [...text.matchAll(new RegExp(source, `${flags}g`))].map((m) => [m.index, m.index + m[0].length, ...Array.from(m)]);
}

describe('rule pattern matcher', () => {
  it.each([
    ['\\bTK\\b', '', 'a TK b TKTK TK'],
    ['(a|ab)(c|bcd)(d*)', '', 'abcd abcd'],
    ['colou?r', 'i', 'Color colour COLOR'],
    ['\\d{1,3}(?:,\\d{3})*', '', '1,234,567 and 12'],
    ['^MORE$', 'm', 'x\nMORE\ny\r\nMORE'],
    ['(?<=\\s)x+?', '', ' xxx x'],
    ['\\p{Lu}\\p{Ll}+', 'u', 'Ärger über Ölpreis 😀 Émile'],
    ['a*', '', 'baaac'],
    ['(?<w>\\w+)@(?<d>\\w+)', '', 'me@here you@there'],
    ['x(?!y)', '', 'xy xz x'],
    ['😀+', 'u', 'a😀😀b'],
    ['.', '', 'a😀\n'],
    ['.', 's', 'a\nb'],
    ['[^\\n.]{0,20}\\. all rights reserved', 'i', 'Copyright 2025 The AP. All Rights Reserved.'],
    ['(?:Oct|Nov)\\.? \\d{1,2}\\b', '', 'Oct 7, Nov. 12, Oct. 123'],
    ['\\Bing\\b|^$', 'm', 'sing\n\nring'],
  ])('matches /%s/%s like JavaScript does', (source, flags, text) => {
    expect(vmMatches(source, flags, text)).toEqual(nativeMatches(source, flags, text));
  });

  it('agrees with JavaScript on generated patterns and texts', () => {
    const atom = fc.constantFrom('a', 'b', '.', '\\w', '\\s', '[ab]', '[^a]', '\\d', 'x');
    const node: fc.Arbitrary<string> = fc.letrec((tie) => ({
      term: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        atom,
        fc.tuple(atom, fc.constantFrom('*', '+', '?', '{1,2}', '*?', '+?')).map(([a, q]) => a + q),
        fc.tuple(tie('alt'), fc.constantFrom('', '?', '{2}')).map(([a, q]) => `(${a})${q}`),
        fc.constantFrom('^', '$', '\\b'),
      ),
      seq: fc.array(tie('term'), { minLength: 1, maxLength: 4 }).map((t) => (t as string[]).join('')),
      alt: fc.array(tie('seq'), { minLength: 1, maxLength: 3 }).map((s) => (s as string[]).join('|')),
    })).alt as fc.Arbitrary<string>;
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'x', ' ', '1', '\n'), maxLength: 24 });
    fc.assert(
      fc.property(node, text, fc.constantFrom('', 'i', 'm'), (source, t, flags) => {
        const compiled = compileRulePattern(source, flags);
        fc.pre(compiled.ok);
        expect(vmMatches(source, flags, t)).toEqual(nativeMatches(source, flags, t));
      }),
      { numRuns: 400 },
    );
  });

  it.each([
    ['(a+)+$', /nested repetition/],
    ['(\\w+\\s?)*$', /nested repetition/],
    ['(a|a)*b', /identical branches/],
    ['(a)\\1', /backreferences/],
    ['(?<x>a)\\k<x>', /backreferences/],
    ['(?=a*)b', /lookahead\/lookbehind .* may not contain \*/],
    ['(?<=(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a))x', /too complex/],
    ['a{5000}', /repeat counts above 1000/],
    ['x'.repeat(501), /limit is 500/],
    ['(', /not a valid regular expression/],
    ['', /empty/],
  ])('refuses %s', (source, message) => {
    const compiled = compileRulePattern(source);
    expect(compiled.ok).toBe(false);
    expect(compiled.ok ? '' : compiled.error).toMatch(message);
  });

  it.each([['g'], ['y'], ['d'], ['ii']])('refuses the flags "%s"', (flags) => {
    expect(compileRulePattern('a', flags).ok).toBe(false);
  });

  it('runs a pattern that hangs a backtracking engine in linear time: (a|aa)+$ on 50,000 a’s', () => {
    // JavaScript's own engine takes exponential time here (try 40 a's natively); the matcher does not.
    const rule: Rule = { id: 'evil', kind: 'pattern', pattern: '(a|aa)+$', message: 'x', severity: 'info', fields: ['body'] };
    const t = performance.now();
    const findings = checkStory(inputWith('body', `${'a'.repeat(50_000)}!`), packOf([rule]), context());
    expect(performance.now() - t).toBeLessThan(2000);
    expect(findings.filter((f) => f.message === 'x')).toEqual([]);
  });

  it.each([
    ['a lookahead that backtracks a lot at every position', '(?=[a-z]{0,60}[a-z]{0,60}!)[a-z]'],
    ['a long bounded prefix the native engine would retry everywhere', '[a-z]{0,60}[a-z]{0,60}!'],
  ])('charges native work to the budget: %s', (_what, pattern) => {
    const compiled = compileRulePattern(pattern);
    expect(compiled.ok).toBe(true);
    const rule: Rule = { id: 'heavy', kind: 'pattern', pattern, message: 'x', severity: 'info', fields: ['body'] };
    const t = performance.now();
    const findings = checkStory(inputWith('body', 'a'.repeat(200_000)), packOf([rule]), context());
    expect(performance.now() - t).toBeLessThan(3000);
    expect(findings.every((f) => f.message !== 'x')).toBe(true);
  });

  it('stops a costly rule at its step budget and says so', () => {
    const rule: Rule = { id: 'costly', kind: 'pattern', pattern: '\\w*\\w*\\w*\\w*!', message: 'x', severity: 'info', fields: ['body'] };
    const findings = checkStory(inputWith('body', 'a'.repeat(200_000)), packOf([rule]), context({ stepsPerRule: 100_000 }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(/stopped early/);
  });
});
