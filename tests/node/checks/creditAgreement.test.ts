// The Checks panel and the captions manager read the same credit dictionary the same way: a
// credit the manager would normalise is one the check offers to fix, to the same house form.
import { describe, expect, it } from 'vitest';
import { normaliseCredit } from '../../../src/shared/credits/normalise';
import { defaultPreferences } from '../../../src/shared/settings/preferences';
import { context, packOf } from './support';
import { checkStory } from '../../../src/shared/checks';
import { DEFAULT_RULE_PACK } from '../../../src/shared/checks/defaultPack';
import { sampleInput } from './ruleFixtures';

const dictionary = defaultPreferences().creditDictionary;
const rule = DEFAULT_RULE_PACK.rules.find((r) => r.id === 'credit-not-in-dictionary')!;

describe('credit dictionary: checks and captions manager agree', () => {
  const spellings = ['The-CNN-Wire', 'the CNN wire', '(CNN)', 'CNN  Wire', 'cnn wire.', 'Agence France-Presse', 'agence france presse'];
  it.each(spellings)('%s', (credit) => {
    const manager = normaliseCredit(credit, dictionary);
    const findings = checkStory(sampleInput({ field: 'credit', text: credit }), packOf([rule]), context()).filter(
      (f) => f.rule === rule.id,
    );
    expect(manager, 'the captions manager recognises it').not.toBeNull();
    expect(findings.map((f) => f.fix)).toEqual([manager!.credit]);
  });
});
