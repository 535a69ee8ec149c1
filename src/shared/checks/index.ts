// House-style checks: the public API (rule engine, rule-pack schema, fixes, the ready gate).
export { checkStory, DEFAULT_RULE_STEPS, type CheckOptions } from './engine';
export { applyFix, canApplyFix } from './fixes';
export { gateFindings, gateStory, waiverFor, waiverSchema, waives, type Waiver } from './gate';
export { checkInputFromParsedItem, checkInputFromStory } from './inputs';
export {
  loadRulePack,
  ruleSchema,
  rulePackSchema,
  MAX_FINDINGS_PER_RULE,
  type Rule,
  type RulePack,
  type PatternRule,
  type CheckRule,
} from './schema';
export { BUILTIN_CHECKS } from './builtins';
export {
  CHECK_FIELDS,
  SEVERITIES,
  type CheckContext,
  type CheckField,
  type CheckInput,
  type CheckPreferences,
  type Finding,
  type Severity,
} from './types';
