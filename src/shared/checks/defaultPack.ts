// The shipped default rule pack (resources/rules/default.json), validated once, for the renderer
// bundle and Node alike. A broken shipped pack is a build defect, so it throws.
import defaultPackJson from '../../../resources/rules/default.json';
import { loadRulePack, type RulePack } from './schema';

function load(): RulePack {
  const result = loadRulePack(defaultPackJson);
  if (!result.ok) throw new Error(`resources/rules/default.json is not a valid rule pack: ${result.error}`);
  return result.pack;
}

export const DEFAULT_RULE_PACK: RulePack = load();
