// Rule packs are untrusted JSON: hostile or broken packs are refused with a message that names the
// rule and the problem; good ones load.
import { describe, expect, it } from 'vitest';
import { loadRulePack } from '../../../src/shared/checks';

const rule = (extra: Record<string, unknown> = {}) => ({
  id: 'r1',
  kind: 'pattern',
  pattern: 'TK',
  message: 'm',
  severity: 'error',
  fields: ['body'],
  ...extra,
});
const pack = (...rules: unknown[]) => ({ name: 'p', rules });

function refused(value: unknown): string {
  const result = loadRulePack(value);
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.error;
}

describe('loadRulePack', () => {
  it('loads a good pack, from a value or from JSON text', () => {
    const good = pack(rule(), {
      id: 'dd',
      kind: 'check',
      check: 'doubledWords',
      message: 'd',
      severity: 'warning',
      fields: ['body'],
      fix: 'removeDouble',
    });
    expect(loadRulePack(good).ok).toBe(true);
    expect(loadRulePack(JSON.stringify(good)).ok).toBe(true);
  });

  it.each([
    ['not JSON', '{"name": ', /not valid JSON/],
    ['an array', [], /JSON object/],
    ['null', null, /JSON object/],
    ['a pack without rules', { name: 'p' }, /rules/],
    ['unknown top-level keys', { ...pack(rule()), extra: 1 }, /extra/],
    ['a duplicate rule id', pack(rule(), rule()), /rule "r1" \(rules\[1\]\) id: rule id "r1" is used twice/],
    ['a bad rule id', pack(rule({ id: 'Bad Id!' })), /rule id is 1-64 lower-case/],
    ['an unknown severity', pack(rule({ severity: 'fatal' })), /rule "r1" \(rules\[0\]\) severity/],
    ['an unknown field', pack(rule({ fields: ['sidebar'] })), /fields/],
    ['no fields', pack(rule({ fields: [] })), /fields/],
    ['a field twice', pack(rule({ fields: ['body', 'body'] })), /listed twice/],
    ['an over-long pattern', pack(rule({ pattern: 'a'.repeat(501) })), /at most 500 characters/],
    ['nested quantifiers (ReDoS)', pack(rule({ pattern: '(a+)+$' })), /rule "r1" \(rules\[0\]\) pattern: nested repetition/],
    ['a backreference', pack(rule({ pattern: '(\\w+) \\1' })), /backreferences/],
    ['an unbounded lookbehind', pack(rule({ pattern: '(?<=a+)b' })), /may not contain/],
    ['an invalid pattern', pack(rule({ pattern: '[a-' })), /not a valid regular expression/],
    ['the g flag', pack(rule({ flags: 'g' })), /flag "g" is not allowed/],
    ['a fix naming a missing group', pack(rule({ fix: '$2' })), /refers to \$2/],
    ['a fix naming a missing named group', pack(rule({ fix: '$<word>' })), /refers to \$<word>/],
    ['an unknown check', pack({ id: 'c', kind: 'check', check: 'rm -rf', message: 'm', severity: 'info', fields: ['body'] }), /check/],
    [
      'bad check parameters',
      pack({ id: 'c', kind: 'check', check: 'maxLength', params: { max: 'ten' }, message: 'm', severity: 'info', fields: ['body'] }),
      /params/,
    ],
    [
      'unknown check parameters',
      pack({ id: 'c', kind: 'check', check: 'doubledWords', params: { evil: true }, message: 'm', severity: 'info', fields: ['body'] }),
      /params/,
    ],
    [
      'a fixer the check lacks',
      pack({ id: 'c', kind: 'check', check: 'mojibake', fix: 'curlyQuotes', message: 'm', severity: 'info', fields: ['body'] }),
      /no fixer "curlyQuotes" \(it offers: repairMojibake\)/,
    ],
    ['an unknown rule kind', pack({ ...rule(), kind: 'script', code: 'alert(1)' }), /kind/],
    ['too many rules', pack(...Array.from({ length: 501 }, (_, i) => rule({ id: `r${i}` }))), /rules/],
    ['an over-long message', pack(rule({ message: 'm'.repeat(301) })), /message/],
    ['a findings cap above the limit', { ...pack(rule()), maxFindingsPerRule: 1_000_000 }, /maxFindingsPerRule/],
    ['a huge JSON text', JSON.stringify({ name: 'p', rules: [], description: 'x'.repeat(1_100_000) }), /too large/],
  ])('refuses %s', (_what, value, message) => {
    expect(refused(value)).toMatch(message);
  });

  it('lists several problems at once, capped', () => {
    const error = refused(pack(...Array.from({ length: 8 }, (_, i) => rule({ id: `r${i}`, pattern: '(a*)*' }))));
    expect(error.match(/\(rules\[\d\]\)/g)).toHaveLength(5);
    expect(error).toMatch(/… and 3 more problems/);
  });
});
