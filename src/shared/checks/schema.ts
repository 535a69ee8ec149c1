// Rule packs are data and untrusted (users import them): this is the schema they must pass, with
// every pattern compiled and reviewed and every check's parameters and fixer validated at load.
import { z } from 'zod';
import { BUILTIN_CHECK_NAMES, BUILTIN_CHECKS } from './builtins';
import { compileRulePattern, MAX_PATTERN_LENGTH } from './regex';
import { CHECK_FIELDS, SEVERITIES } from './types';

/** Findings one rule may report per check run, at most (a pack may set a lower cap). */
export const MAX_FINDINGS_PER_RULE = 1000;
export const DEFAULT_FINDINGS_PER_RULE = 200;
export const MAX_RULES = 500;
/** Largest rule pack accepted as JSON text. */
export const MAX_PACK_CHARS = 1_000_000;

const base = {
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'a rule id is 1-64 lower-case letters, digits, ".", "_" or "-"'),
  description: z.string().max(1000).optional(),
  message: z.string().min(1).max(300),
  severity: z.enum(SEVERITIES),
  fields: z
    .array(z.enum(CHECK_FIELDS))
    .min(1)
    .max(CHECK_FIELDS.length)
    .refine((f) => new Set(f).size === f.length, 'a field is listed twice'),
  enabled: z.boolean().optional(),
  /** Phrases in which a match is not a problem ("had had"): a finding inside one is dropped. */
  exceptions: z.array(z.string().min(1).max(200)).max(200).optional(),
};

const patternRuleSchema = z
  .object({
    ...base,
    kind: z.literal('pattern'),
    pattern: z.string().min(1).max(MAX_PATTERN_LENGTH, `a pattern may be at most ${MAX_PATTERN_LENGTH} characters`),
    flags: z.string().max(4).optional(),
    /** Replacement template: $& the match, $1…$9 groups, $<name> named groups, $$ a dollar sign. */
    fix: z.string().max(500).optional(),
  })
  .strict()
  .superRefine((rule, ctx) => {
    const compiled = compileRulePattern(rule.pattern, rule.flags ?? '');
    if (!compiled.ok) {
      ctx.addIssue({ code: 'custom', path: ['pattern'], message: compiled.error });
      return;
    }
    const { program } = compiled.regex;
    for (const ref of rule.fix?.matchAll(/\$(\d{1,2}|<([^>]*)>)/g) ?? []) {
      const known = ref[2] !== undefined ? program.groupNames.has(ref[2]) : Number(ref[1]) < program.groups;
      if (!known)
        ctx.addIssue({ code: 'custom', path: ['fix'], message: `the fix refers to ${ref[0]}, which the pattern does not capture` });
    }
  });

const checkRuleSchema = z
  .object({
    ...base,
    kind: z.literal('check'),
    check: z.enum(BUILTIN_CHECK_NAMES),
    params: z.record(z.string(), z.unknown()).optional(),
    /** A fixer the check offers (see each check's `fixers`). */
    fix: z.string().max(64).optional(),
  })
  .strict()
  .superRefine((rule, ctx) => {
    const check = BUILTIN_CHECKS.get(rule.check)!;
    const params = check.params.safeParse(rule.params ?? {});
    if (!params.success) {
      const issue = params.error.issues[0]!;
      const where = issue.path.length ? `params.${issue.path.join('.')}` : 'params';
      ctx.addIssue({ code: 'custom', path: ['params'], message: `${where}: ${issue.message}` });
    }
    if (rule.fix !== undefined && !check.fixers.includes(rule.fix)) {
      const offered = check.fixers.length ? `it offers: ${check.fixers.join(', ')}` : 'it has no fixer';
      ctx.addIssue({ code: 'custom', path: ['fix'], message: `check "${rule.check}" has no fixer "${rule.fix}" (${offered})` });
    }
  });

export const ruleSchema = z.discriminatedUnion('kind', [patternRuleSchema, checkRuleSchema]);

export const rulePackSchema = z
  .object({
    name: z.string().min(1).max(100),
    description: z.string().max(2000).optional(),
    version: z.number().int().min(1).max(1_000_000).optional(),
    maxFindingsPerRule: z.number().int().min(1).max(MAX_FINDINGS_PER_RULE).optional(),
    rules: z.array(ruleSchema).max(MAX_RULES),
  })
  .strict()
  .superRefine((pack, ctx) => {
    const seen = new Set<string>();
    pack.rules.forEach((rule, i) => {
      if (seen.has(rule.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `rule id "${rule.id}" is used twice` });
      seen.add(rule.id);
    });
  });

export type Rule = z.infer<typeof ruleSchema>;
export type PatternRule = Extract<Rule, { kind: 'pattern' }>;
export type CheckRule = Extract<Rule, { kind: 'check' }>;
export type RulePack = z.infer<typeof rulePackSchema>;

/** Where an issue is, for a person: `rule "double-hyphen" (rules[3]) pattern`. */
function describePath(path: PropertyKey[], input: unknown): string {
  if (path[0] === 'rules' && typeof path[1] === 'number') {
    const raw = (input as { rules?: unknown[] }).rules?.[path[1]];
    const id =
      raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string' ? `rule "${(raw as { id: string }).id}"` : 'rule';
    const rest = path.slice(2).join('.');
    return `${id} (rules[${path[1]}])${rest ? ` ${rest}` : ''}`;
  }
  return path.length ? path.join('.') : 'rule pack';
}

/** Validates an untrusted rule pack (a parsed JSON value, or JSON text). Errors name the rule and field. */
export function loadRulePack(json: unknown): { ok: true; pack: RulePack } | { ok: false; error: string } {
  let value = json;
  if (typeof json === 'string') {
    if (json.length > MAX_PACK_CHARS)
      return { ok: false, error: `rule pack is too large (${json.length} characters; the limit is ${MAX_PACK_CHARS})` };
    try {
      value = JSON.parse(json);
    } catch (err) {
      return { ok: false, error: `rule pack is not valid JSON: ${(err as Error).message}` };
    }
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return { ok: false, error: 'a rule pack is a JSON object with "name" and "rules"' };
  const parsed = rulePackSchema.safeParse(value);
  if (parsed.success) return { ok: true, pack: parsed.data };
  const issues = parsed.error.issues;
  const lines = issues.slice(0, 5).map((issue) => `${describePath(issue.path, value)}: ${issue.message}`);
  if (issues.length > 5) lines.push(`… and ${issues.length - 5} more problems`);
  return { ok: false, error: lines.join('; ') };
}
