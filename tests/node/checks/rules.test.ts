// Every rule of the shipped default pack against its fixtures: the failing texts are flagged at
// the right place with the right fix, the passing ones are not, and every rule has fixtures.
import { describe, expect, it } from 'vitest';
import { applyFix, checkStory, loadRulePack, type CheckField, type Finding } from '../../../src/shared/checks';
import { DEFAULT_RULE_PACK } from '../../../src/shared/checks/defaultPack';
import defaultJson from '../../../resources/rules/default.json';
import { makeSubject } from '../../../src/shared/checks/subject';
import { RULE_FIXTURES, sampleInput, type Sample } from './ruleFixtures';
import { context, packOf } from './support';

function run(ruleId: string, sample: Sample): Finding[] {
  const rule = DEFAULT_RULE_PACK.rules.find((r) => r.id === ruleId)!;
  return checkStory(sampleInput(sample), packOf([rule]), context(sample.context)).filter((f) => f.rule === ruleId);
}

function fieldText(sample: Sample, field: CheckField, index = 0): string {
  return makeSubject(sampleInput(sample)).texts(field)[
    field === 'caption' || field === 'photoCredit' || field === 'alt' || field === 'tags' ? index : 0
  ]!.text;
}

describe('the default rule pack', () => {
  it('is a valid rule pack (resources/rules/default.json)', () => {
    const loaded = loadRulePack(defaultJson);
    expect(loaded.ok ? '' : loaded.error).toBe('');
    expect(DEFAULT_RULE_PACK.rules.length).toBeGreaterThanOrEqual(25);
  });

  it('has a passing and a failing fixture for every rule, and no fixture for a rule it lacks', () => {
    const ids = DEFAULT_RULE_PACK.rules.map((r) => r.id);
    const missing = ids.filter((id) => !RULE_FIXTURES[id] || RULE_FIXTURES[id].pass.length === 0 || RULE_FIXTURES[id].fail.length === 0);
    expect(missing).toEqual([]);
    expect(Object.keys(RULE_FIXTURES).filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('gives every rule with an obvious fix a fixer', () => {
    const withFix = DEFAULT_RULE_PACK.rules.filter((r) => r.fix !== undefined).map((r) => r.id);
    for (const id of [
      'straight-quotes',
      'double-hyphen',
      'three-dots',
      'doubled-word',
      'doubled-space',
      'percent',
      'month-abbreviation',
      'us-style',
      'wire-more',
      'wire-end-mark',
      'wire-dateline',
      'wire-copyright',
      'mojibake',
      'credit-not-in-dictionary',
      'numerals',
    ]) {
      expect(withFix).toContain(id);
    }
  });
});

describe.each(DEFAULT_RULE_PACK.rules.map((r) => r.id))('rule %s', (id) => {
  const fixture = RULE_FIXTURES[id];
  if (!fixture) return;

  it.each(fixture.pass.map((s, i) => [i, s] as const))('passes sample %i', (_i, sample) => {
    expect(run(id, sample)).toEqual([]);
  });

  it.each(fixture.fail.map((s, i) => [i, s] as const))('flags sample %i at the right place', (_i, sample) => {
    const findings = run(id, sample);
    const field = sample.on ?? sample.field ?? 'body';
    const finding = findings.find((f) => f.excerpt === sample.excerpt && f.field === field);
    expect(finding, `findings: ${JSON.stringify(findings)}`).toBeDefined();
    const text = fieldText(sample, field, finding!.index);
    expect(text.slice(finding!.start, finding!.end)).toBe(sample.excerpt);
    expect(finding!.message).not.toMatch(/\{[a-z]+\}/i);
    if (sample.fix !== undefined) expect(finding!.fix).toBe(sample.fix);
    if (sample.fixed !== undefined) expect(applyFix(text, finding!)).toBe(sample.fixed);
  });
});
