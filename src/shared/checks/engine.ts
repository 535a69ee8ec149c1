// The rule engine: runs every enabled rule of a pack over the fields it names and returns findings
// with offsets into each field's plain text. Pure and synchronous; safe on untrusted packs (pattern
// rules run on the linear-time matcher under a step budget, every rule under a findings cap).
import { BUILTIN_CHECKS, type Hit } from './builtins';
import { expandFixTemplate, interpolateMessage } from './fixes';
import { compileRulePattern, findAll, type RuleRegex, type StepBudget } from './regex';
import { DEFAULT_FINDINGS_PER_RULE, MAX_FINDINGS_PER_RULE, type Rule, type RulePack } from './schema';
import { makeSubject, type FieldText, type Subject } from './subject';
import { CHECK_FIELDS, MAX_EXCERPT, type CheckContext, type CheckField, type CheckInput, type Finding } from './types';

/** Matcher steps a pattern rule may spend in one check run: a plain rule needs under 1M on a 20,000-word story; a hostile one stops within ~150 ms. */
export const DEFAULT_RULE_STEPS = 4_000_000;

type Produce = (
  ft: FieldText,
  subject: Subject,
  context: CheckContext,
  budget: StepBudget,
  limit: number,
) => { hits: (Hit & { groups?: Record<string, string | undefined> })[]; outOfSteps?: boolean };

interface CompiledRule {
  produce: Produce | null;
  error?: string;
  exceptions: RegExp[];
}

const compiledRules = new WeakMap<Rule, CompiledRule>();

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compileRule(rule: Rule): CompiledRule {
  const cached = compiledRules.get(rule);
  if (cached) return cached;
  const exceptions = (rule.exceptions ?? []).map((phrase) => new RegExp(escapeRegExp(phrase), 'giu'));
  let compiled: CompiledRule;
  if (rule.kind === 'pattern') {
    const result = compileRulePattern(rule.pattern, rule.flags ?? '');
    if (!result.ok) compiled = { produce: null, error: result.error, exceptions };
    else {
      const regex: RuleRegex = result.regex;
      compiled = {
        exceptions,
        produce(ft, _subject, _context, budget, limit) {
          const { matches, outOfSteps } = findAll(regex, ft.text, budget, limit);
          return {
            outOfSteps,
            hits: matches.map((m) => {
              const groups: Record<string, string | undefined> = { ...m.named };
              m.groups.forEach((g, n) => n > 0 && (groups[String(n)] = g));
              return { start: m.start, end: m.end, fix: rule.fix !== undefined ? expandFixTemplate(rule.fix, m) : null, groups };
            }),
          };
        },
      };
    }
  } else {
    const check = BUILTIN_CHECKS.get(rule.check);
    const params = check?.params.safeParse(rule.params ?? {});
    if (!check || !params?.success)
      compiled = { produce: null, error: check ? 'invalid parameters' : `unknown check "${rule.check}"`, exceptions };
    else {
      const wantsFix = rule.fix !== undefined && check.fixers.includes(rule.fix);
      compiled = {
        exceptions,
        produce(ft, subject, context) {
          const hits = check.run(ft.text, { params: params.data, field: ft.field, index: ft.index, subject, context });
          return { hits: wantsFix ? hits : hits.map((h) => ({ ...h, fix: null })) };
        },
      };
    }
  }
  compiledRules.set(rule, compiled);
  return compiled;
}

/** Ranges of the rule's exception phrases in a text; a hit inside one is not a finding. */
function exceptionRanges(patterns: RegExp[], text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const re of patterns) for (const m of text.matchAll(re)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

export interface CheckOptions {
  /** Only these fields (e.g. the one being edited); cross-field checks still read the others. */
  fields?: readonly CheckField[];
}

function notice(rule: Rule, field: CheckField, index: number | undefined, message: string): Finding {
  return {
    rule: rule.id,
    severity: 'info',
    field,
    ...(index !== undefined ? { index } : {}),
    start: 0,
    end: 0,
    message,
    fix: null,
    excerpt: '',
    notice: true,
  };
}

export function checkStory(input: CheckInput, pack: RulePack, context: CheckContext, options: CheckOptions = {}): Finding[] {
  const subject = makeSubject(input);
  const limit = Math.min(pack.maxFindingsPerRule ?? DEFAULT_FINDINGS_PER_RULE, MAX_FINDINGS_PER_RULE);
  const only = options.fields ? new Set(options.fields) : null;
  const findings: Finding[] = [];
  const order = new Map<string, number>(pack.rules.map((r, i) => [r.id, i]));

  for (const rule of pack.rules) {
    if (rule.enabled === false) continue;
    const fields = rule.fields.filter((f) => !only || only.has(f));
    if (fields.length === 0) continue;
    const compiled = compileRule(rule);
    if (!compiled.produce) {
      findings.push(notice(rule, fields[0]!, undefined, `Rule “${rule.id}” was not run: ${compiled.error}`));
      continue;
    }
    const budget: StepBudget = { steps: context.stepsPerRule ?? DEFAULT_RULE_STEPS };
    let count = 0;
    fieldLoop: for (const field of fields) {
      for (const ft of subject.texts(field)) {
        const { hits, outOfSteps } = compiled.produce(ft, subject, context, budget, limit - count + 1);
        const skip = compiled.exceptions.length ? exceptionRanges(compiled.exceptions, ft.text) : [];
        for (const hit of hits) {
          const start = Math.max(0, Math.min(hit.start, ft.text.length));
          const end = Math.max(start, Math.min(hit.end, ft.text.length));
          if (skip.some(([s, e]) => s <= start && end <= e && e > s)) continue;
          if (count >= limit) {
            findings.push(notice(rule, field, ft.index, `Rule “${rule.id}”: only the first ${limit} findings are shown`));
            break fieldLoop;
          }
          count++;
          const excerpt = ft.text.slice(start, Math.min(end, start + MAX_EXCERPT));
          const fix = hit.fix ?? null;
          const message = interpolateMessage(rule.message, { ...hit.groups, ...hit.vars, match: excerpt, fix: fix ?? '' });
          findings.push({
            rule: rule.id,
            severity: rule.severity,
            field,
            ...(ft.index !== undefined ? { index: ft.index } : {}),
            start,
            end,
            message,
            fix,
            excerpt,
          });
        }
        if (outOfSteps) {
          findings.push(notice(rule, field, ft.index, `Rule “${rule.id}” stopped early: its pattern costs too much on this text`));
          break fieldLoop;
        }
      }
    }
  }
  const fieldOrder = (f: CheckField) => CHECK_FIELDS.indexOf(f);
  return findings.sort(
    (a, b) =>
      fieldOrder(a.field) - fieldOrder(b.field) ||
      (a.index ?? -1) - (b.index ?? -1) ||
      a.start - b.start ||
      a.end - b.end ||
      (order.get(a.rule) ?? 0) - (order.get(b.rule) ?? 0),
  );
}
