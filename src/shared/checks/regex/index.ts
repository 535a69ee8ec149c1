// Rule patterns from untrusted packs: validated (syntax, length, flags, known-catastrophic shapes),
// compiled for the linear-time matcher, and searched under a step budget and a match cap.
import { compileProgram, ProgramTooLarge, type Program } from './compile';
import { parsePattern, PatternError } from './parse';
import { reviewPattern } from './safety';
import { OUT_OF_STEPS, vmSearch, type StepBudget } from './vm';

export type { StepBudget } from './vm';

export const MAX_PATTERN_LENGTH = 500;
export const ALLOWED_FLAGS = 'imsu';

export interface RuleRegex {
  source: string;
  flags: string;
  program: Program;
}

export interface RegexMatch {
  start: number;
  end: number;
  /** Group 0 (the match) and numbered groups; undefined where a group did not take part. */
  groups: (string | undefined)[];
  named: Record<string, string | undefined>;
}

export type CompileResult = { ok: true; regex: RuleRegex } | { ok: false; error: string };

export function compileRulePattern(source: string, flags = ''): CompileResult {
  if (source.length === 0) return { ok: false, error: 'pattern is empty' };
  if (source.length > MAX_PATTERN_LENGTH)
    return { ok: false, error: `pattern is ${source.length} characters long; the limit is ${MAX_PATTERN_LENGTH}` };
  for (const [k, f] of [...flags].entries()) {
    if (!ALLOWED_FLAGS.includes(f)) return { ok: false, error: `flag "${f}" is not allowed (use any of: i, m, s, u)` };
    if (flags.indexOf(f) !== k) return { ok: false, error: `flag "${f}" is given twice` };
  }
  try {
    new RegExp(source, flags);
  } catch (err) {
    return { ok: false, error: `not a valid regular expression: ${(err as Error).message}` };
  }
  try {
    const parsed = parsePattern(source, flags.includes('u'));
    const problem = reviewPattern(parsed.node);
    if (problem) return { ok: false, error: problem };
    return { ok: true, regex: { source, flags, program: compileProgram(parsed, flags) } };
  } catch (err) {
    if (err instanceof PatternError || err instanceof ProgramTooLarge) return { ok: false, error: err.message };
    throw err;
  }
}

/**
 * Every non-overlapping match, left to right, until `limit` matches or the budget runs out.
 * `outOfSteps` says the search stopped early (the caller reports it; nothing is silently dropped).
 */
export function findAll(regex: RuleRegex, text: string, budget: StepBudget, limit: number): { matches: RegexMatch[]; outOfSteps: boolean } {
  const matches: RegexMatch[] = [];
  const { program } = regex;
  let from = 0;
  while (from <= text.length && matches.length < limit) {
    const m = vmSearch(program, text, from, budget);
    if (m === OUT_OF_STEPS) return { matches, outOfSteps: true };
    if (m === null) break;
    const groups: (string | undefined)[] = [];
    for (let g = 0; g < program.groups; g++) {
      const s = m.slots[g * 2]!;
      const e = m.slots[g * 2 + 1]!;
      groups.push(s >= 0 && e >= 0 ? text.slice(s, e) : undefined);
    }
    const named: Record<string, string | undefined> = {};
    for (const [name, index] of program.groupNames) named[name] = groups[index];
    const start = m.slots[0]!;
    const end = m.slots[1]!;
    matches.push({ start, end, groups, named });
    if (end > start) from = end;
    else from = end + (program.unicode && (text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1);
  }
  return { matches, outOfSteps: false };
}
