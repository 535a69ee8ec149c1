// Edits to a rule pack as pure functions, for Preferences → House style: change one rule, add or
// replace a pattern rule, remove one, and say what is wrong with a rule field by field. Every
// result is checked with the engine's own loadRulePack before it is saved.
import { loadRulePack, ruleSchema, type PatternRule, type Rule, type RulePack } from '../../../../shared/checks';
import { DEFAULT_RULE_PACK } from '../../../../shared/checks/defaultPack';

export type RuleEdit = { ok: true; pack: RulePack } | { ok: false; error: string };

function validated(pack: unknown): RuleEdit {
  const loaded = loadRulePack(pack);
  return loaded.ok ? { ok: true, pack: loaded.pack } : { ok: false, error: loaded.error };
}

/** The pack with one rule changed (enabled, severity, message…); `enabled: true` is left implicit. */
export function updateRule(pack: RulePack, id: string, patch: Partial<Pick<Rule, 'enabled' | 'severity' | 'message'>>): RuleEdit {
  const rules = pack.rules.map((rule) => {
    if (rule.id !== id) return rule;
    const next: Record<string, unknown> = { ...rule, ...patch };
    if (next['enabled'] === true) delete next['enabled'];
    return next;
  });
  return validated({ ...pack, rules });
}

/** Add a pattern rule, or replace the rule `replacing` (by id) with it in the same place. */
export function upsertPatternRule(pack: RulePack, rule: PatternRule, replacing: string | null): RuleEdit {
  const at = replacing === null ? -1 : pack.rules.findIndex((r) => r.id === replacing);
  const rules: unknown[] = [...pack.rules];
  if (at >= 0) rules[at] = rule;
  else rules.push(rule);
  return validated({ ...pack, rules });
}

export function removeRule(pack: RulePack, id: string): RuleEdit {
  return validated({ ...pack, rules: pack.rules.filter((r) => r.id !== id) });
}

/** Rules the shipped pack has: these can be switched off, not removed (Reset brings them back). */
export function isShippedRule(id: string): boolean {
  return DEFAULT_RULE_PACK.rules.some((r) => r.id === id);
}

/** What is wrong with a rule, by its field ("pattern", "fix", "id"…), in the engine's words. */
export function ruleProblems(rule: unknown, pack: RulePack, replacing: string | null): Record<string, string> {
  const problems: Record<string, string> = {};
  const parsed = ruleSchema.safeParse(rule);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? 'rule');
      problems[key] ??= issue.message;
    }
  }
  const id = (rule as { id?: unknown }).id;
  if (typeof id === 'string' && id !== replacing && pack.rules.some((r) => r.id === id)) problems['id'] ??= `a rule with id "${id}" exists`;
  return problems;
}

/** A file name for an exported pack: its name, lower-cased, safe anywhere. */
export function packFileName(pack: RulePack): string {
  const slug = pack.name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'house-style'}.json`;
}
