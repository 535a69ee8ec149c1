// The engine: offsets into each field's plain text (body blocks joined by "\n\n", figures and
// tags by index), rule options (enabled, exceptions, fields), messages, caps and ordering.
import { describe, expect, it } from 'vitest';
import { checkStory, type Rule } from '../../../src/shared/checks';
import { DEFAULT_RULE_PACK } from '../../../src/shared/checks/defaultPack';
import { documentOf, heading, list, paragraph, quote, textRun } from '../../../src/shared/story/document';
import { documentText } from '../../../src/shared/story/text';
import { cleanInput, context, figureOf, inputWith, packOf, paragraphsOf } from './support';

const tk: Rule = {
  id: 'tk',
  kind: 'pattern',
  pattern: '\\bTK\\b',
  message: 'Placeholder {match}',
  severity: 'error',
  fields: ['body', 'caption', 'headline', 'tags'],
};

describe('checkStory', () => {
  it('a clean story has no findings under the default pack', () => {
    expect(checkStory(cleanInput(), DEFAULT_RULE_PACK, context())).toEqual([]);
  });

  it('gives offsets into the body text as documentText builds it, across block types', () => {
    const body = documentOf([
      heading('h2', [textRun('A TK heading')]),
      paragraph([textRun('First '), textRun('TK', 1), { type: 'linebreak' }, textRun('after break TK')]),
      figureOf({ caption: 'Caption TK here' }),
      list('bullet', [[textRun('item TK')], [textRun('second')]]),
      quote([textRun('quoted TK')]),
    ]);
    const text = documentText(body);
    const findings = checkStory({ body }, packOf([tk]), context());
    const inBody = findings.filter((f) => f.field === 'body');
    expect(inBody).toHaveLength(5);
    for (const f of inBody) expect(text.slice(f.start, f.end)).toBe('TK');
    expect(findings.find((f) => f.field === 'caption')).toMatchObject({ index: 0, start: 8, end: 10, excerpt: 'TK' });
  });

  it('numbers figures in body order for caption, photo credit and alt, and tags by position', () => {
    const body = documentOf([figureOf({ caption: 'fine' }), ...paragraphsOf('Text.'), figureOf({ caption: 'TK' })]);
    const findings = checkStory({ body, tags: ['ok', 'TK'] }, packOf([tk]), context());
    expect(findings.map((f) => [f.field, f.index])).toEqual([
      ['caption', 1],
      ['tags', 1],
    ]);
  });

  it('skips disabled rules and honours exception phrases containing the match', () => {
    const off = checkStory(inputWith('body', 'A TK.'), packOf([{ ...tk, enabled: false }]), context());
    expect(off).toEqual([]);
    const excepted = checkStory(inputWith('body', 'The TK Maxx store and a TK.'), packOf([{ ...tk, exceptions: ['tk maxx'] }]), context());
    expect(excepted.map((f) => f.start)).toEqual([24]);
  });

  it('checks only the requested fields when asked (live checking of the field being edited)', () => {
    const input = { ...inputWith('body', 'A TK.'), headline: 'TK' };
    expect(checkStory(input, packOf([tk]), context(), { fields: ['headline'] }).map((f) => f.field)).toEqual(['headline']);
  });

  it('fills message placeholders: {match}, groups by number and name, check variables', () => {
    const rule: Rule = {
      id: 'utilise',
      kind: 'pattern',
      pattern: '\\b(?<verb>utili[sz]e)(s|d)?\\b',
      flags: 'i',
      message: '“{match}”: {verb}/{2} → use',
      fix: 'use$2',
      severity: 'warning',
      fields: ['body'],
    };
    const [f] = checkStory(inputWith('body', 'They utilised it.'), packOf([rule]), context());
    expect(f).toMatchObject({ message: '“utilised”: utilise/d → use', fix: 'used', excerpt: 'utilised' });
  });

  it('offers no fix when the rule names none, even where the check has one', () => {
    const rule: Rule = { id: 'dd', kind: 'check', check: 'doubledWords', message: 'double', severity: 'warning', fields: ['body'] };
    expect(checkStory(inputWith('body', 'the the end'), packOf([rule]), context())[0]!.fix).toBeNull();
  });

  it('caps findings per rule and says so instead of dropping them silently', () => {
    const findings = checkStory(inputWith('body', 'TK '.repeat(50)), packOf([tk], { maxFindingsPerRule: 10 }), context());
    expect(findings.filter((f) => f.severity === 'error')).toHaveLength(10);
    expect(findings.find((f) => f.severity === 'info')).toMatchObject({ notice: true, start: 0, end: 0 });
    expect(findings.find((f) => f.severity === 'info')?.message).toMatch(/only the first 10 findings/);
  });

  it('sorts findings by field, figure, position and rule order', () => {
    const input = { ...inputWith('body', 'x TK y  z'), headline: 'TK' };
    const space: Rule = { id: 'sp', kind: 'check', check: 'doubledSpaces', message: 's', severity: 'info', fields: ['body'] };
    const findings = checkStory(input, packOf([space, tk]), context());
    expect(findings.map((f) => `${f.field}:${f.start}:${f.rule}`)).toEqual(['headline:0:tk', 'body:2:tk', 'body:6:sp']);
  });

  it('runs the default pack on a 20,000-word story within every rule’s step budget', () => {
    const sentence =
      'Officials said the 3 contractors who bid for the harbour work -- led by Smith Marine -- expect to start on October 7. ';
    const body = documentOf(paragraphsOf(Array.from({ length: 1100 }, () => sentence.repeat(1)).join('\n\n')));
    const findings = checkStory({ ...cleanInput(), body }, DEFAULT_RULE_PACK, context());
    expect(findings.filter((f) => /stopped early|not run/.test(f.message))).toEqual([]);
    expect(findings.some((f) => /only the first 200 findings/.test(f.message))).toBe(true);
  });

  it('reports a rule whose pattern cannot run (a pack that skipped validation) as a note', () => {
    const bad = { ...tk, pattern: '(a+)+$' } as Rule;
    const [f] = checkStory(inputWith('body', 'aaa'), packOf([bad]), context());
    expect(f).toMatchObject({ rule: 'tk', severity: 'info' });
    expect(f!.message).toMatch(/not run: nested repetition/);
  });
});
