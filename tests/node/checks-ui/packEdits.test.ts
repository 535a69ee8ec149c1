// Preferences → House style's edits to a pack: each result passes loadRulePack or says why not.
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_PACK } from '../../../src/shared/checks/defaultPack';
import type { PatternRule } from '../../../src/shared/checks';
import {
  isShippedRule,
  packFileName,
  removeRule,
  ruleProblems,
  updateRule,
  upsertPatternRule,
} from '../../../src/renderer/features/checks/prefs/packEdits';

const council: PatternRule = {
  id: 'council-capital',
  kind: 'pattern',
  pattern: '\\bthe Council\\b',
  message: 'Lower-case “council”',
  severity: 'warning',
  fields: ['body'],
  fix: 'the council',
};

describe('pack edits', () => {
  it('switches a rule off and on again (on is left implicit)', () => {
    const off = updateRule(DEFAULT_RULE_PACK, 'doubled-word', { enabled: false });
    expect(off.ok && off.pack.rules.find((r) => r.id === 'doubled-word')?.enabled).toBe(false);
    const on = off.ok ? updateRule(off.pack, 'doubled-word', { enabled: true }) : off;
    expect(on.ok && 'enabled' in on.pack.rules.find((r) => r.id === 'doubled-word')!).toBe(false);
  });

  it('changes severity and message, and refuses an empty message', () => {
    const edited = updateRule(DEFAULT_RULE_PACK, 'placeholder', { severity: 'warning', message: 'Unfinished: {match}' });
    expect(edited.ok && edited.pack.rules[0]).toMatchObject({ severity: 'warning', message: 'Unfinished: {match}' });
    const empty = updateRule(DEFAULT_RULE_PACK, 'placeholder', { message: '' });
    expect(empty.ok).toBe(false);
    expect(!empty.ok && empty.error).toContain('rule "placeholder" (rules[0]) message');
  });

  it('adds a pattern rule at the end, and replaces one in place when edited', () => {
    const added = upsertPatternRule(DEFAULT_RULE_PACK, council, null);
    expect(added.ok && added.pack.rules.at(-1)!.id).toBe('council-capital');
    const renamed = added.ok ? upsertPatternRule(added.pack, { ...council, id: 'council' }, 'council-capital') : added;
    expect(renamed.ok && renamed.pack.rules.map((r) => r.id).slice(-2)).toEqual(['us-style', 'council']);
    const removed = renamed.ok ? removeRule(renamed.pack, 'council') : renamed;
    expect(removed.ok && removed.pack.rules).toHaveLength(DEFAULT_RULE_PACK.rules.length);
  });

  it('names each problem by its field: a slow pattern, a fix group that does not exist, a taken id', () => {
    expect(ruleProblems({ ...council, pattern: '(a+)+$' }, DEFAULT_RULE_PACK, null)['pattern']).toContain('nested repetition');
    expect(ruleProblems({ ...council, fix: '$2' }, DEFAULT_RULE_PACK, null)['fix']).toContain('$2');
    expect(ruleProblems({ ...council, id: 'placeholder' }, DEFAULT_RULE_PACK, null)['id']).toContain('exists');
    expect(ruleProblems({ ...council, id: 'placeholder' }, DEFAULT_RULE_PACK, 'placeholder')).toEqual({});
    expect(ruleProblems({ ...council, fields: [] }, DEFAULT_RULE_PACK, null)['fields']).toBeTruthy();
    expect(ruleProblems(council, DEFAULT_RULE_PACK, null)).toEqual({});
  });

  it('knows the shipped rules, and names an exported file after the pack', () => {
    expect(isShippedRule('placeholder')).toBe(true);
    expect(isShippedRule('council-capital')).toBe(false);
    expect(packFileName(DEFAULT_RULE_PACK)).toBe('slugline-house-style.json');
    expect(packFileName({ name: '  ***  ', rules: [] })).toBe('house-style.json');
  });
});
