// The rulePack preference: null is the shipped pack; a stored pack is validated once and kept as
// one object (the engine caches compiled rules per object); an invalid one is refused on update
// and falls back to the default on read.
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_PACK } from '../../../src/shared/checks/defaultPack';
import { preferencesPatchSchema, readPreferences } from '../../../src/shared/settings/preferences';
import { effectiveRulePack } from '../../../src/shared/settings/rulePack';
import { rulePackOf } from '../../../src/main/services/rulePack';
import { memorySettings } from '../../../src/main/settings/settingsStore';

const mine = {
  name: 'Desk extras',
  rules: [
    {
      id: 'irregardless',
      kind: 'pattern',
      pattern: '\\birregardless\\b',
      message: 'Use “regardless”',
      severity: 'error',
      fields: ['body'],
    },
  ],
};

describe('rulePack preference', () => {
  it('is null by default, which means the shipped pack', () => {
    const prefs = readPreferences({});
    expect(prefs.rulePack).toBeNull();
    expect(effectiveRulePack(prefs)).toBe(DEFAULT_RULE_PACK);
  });

  it('keeps one pack object per stored pack, however often preferences are read', () => {
    const a = readPreferences({ rulePack: mine });
    const b = readPreferences({ rulePack: JSON.parse(JSON.stringify(mine)) });
    expect(a.rulePack?.name).toBe('Desk extras');
    expect(b.rulePack).toBe(a.rulePack);
    expect(effectiveRulePack(a)).toBe(a.rulePack);
  });

  it('refuses an invalid pack on update, with the engine’s message naming the rule', () => {
    const bad = preferencesPatchSchema.safeParse({ rulePack: { ...mine, rules: [{ ...mine.rules[0], pattern: '(a+)+$' }] } });
    expect(bad.success).toBe(false);
    expect(!bad.success && bad.error.issues[0]!.message).toContain('rulePack: rule "irregardless" (rules[0]) pattern');
  });

  it('falls back to the shipped pack when the stored one is not valid', () => {
    expect(effectiveRulePack(readPreferences({ rulePack: { name: 'x' } }))).toBe(DEFAULT_RULE_PACK);
  });

  it('is what main checks with (services/rulePack.ts)', () => {
    const settings = memorySettings();
    expect(rulePackOf(settings)).toBe(DEFAULT_RULE_PACK);
    settings.update({ rulePack: readPreferences({ rulePack: mine }).rulePack });
    expect(rulePackOf(settings).name).toBe('Desk extras');
    settings.update({ rulePack: null });
    expect(rulePackOf(settings)).toBe(DEFAULT_RULE_PACK);
  });
});
