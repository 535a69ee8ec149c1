// Find and replace as pure functions over plain text: compile the query (match case, whole word,
// regular expression — an invalid one is a message, never a throw), list the matches in each
// piece of text with their offsets, and plan replacements (with $1, $<name>, $& in regex mode).
// Typed regular expressions run on the checks engine's linear-time matcher under a step budget,
// so no pattern can freeze the editor (the browser's engine backtracks without limit).
import { compileRulePattern, findAll, type RuleRegex } from '../../../shared/checks/regex';

export interface FindOptions {
  matchCase: boolean;
  wholeWord: boolean;
  regex: boolean;
}

export type CompiledQuery = { ok: true; regex: RuleRegex; options: FindOptions } | { ok: false; error: string };

/** Matcher steps one search may take across all fields before it stops and says so. */
export const FIND_STEP_BUDGET = 20_000_000;

/** A match inside one piece of text (a line of a field, a caption paragraph, a photo credit…). */
export interface TextMatch {
  segment: number;
  start: number;
  end: number;
  /** The matched text and its groups, for regex replacements. */
  groups: Array<string | undefined>;
  named: Record<string, string | undefined> | undefined;
}

/** Past this many matches the list stops (the count says "at least"). */
export const MAX_MATCHES = 5000;

const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}_]';

function escapeRegExp(text: string): string {
  // Only syntax characters: with the u flag any other escape ("\-") is an error.
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

export function compileQuery(query: string, options: FindOptions): CompiledQuery {
  if (!query) return { ok: false, error: '' };
  const core = options.regex ? query : escapeRegExp(query);
  const source = options.wholeWord ? `(?<!${WORD_CHAR})(?:${core})(?!${WORD_CHAR})` : core;
  const compiled = compileRulePattern(source, options.matchCase ? 'u' : 'iu');
  if (!compiled.ok) {
    if (!/^not a valid regular expression/i.test(compiled.error))
      return { ok: false, error: `This pattern cannot be searched safely: ${compiled.error}` };
    const reason = compiled.error
      .replace(/^not a valid regular expression: /, '')
      .replace(/^Invalid regular expression: /, '')
      .replace(/^\/.*\/[a-z]*: /, '');
    return { ok: false, error: `Not a valid regular expression: ${reason}` };
  }
  return { ok: true, regex: compiled.regex, options };
}

/** Every non-empty, non-overlapping match in each text, in order (see `findMatchesWithin` for the budget). */
export function findMatches(texts: readonly string[], compiled: CompiledQuery, limit = MAX_MATCHES): TextMatch[] {
  return findMatchesWithin(texts, compiled, limit).matches;
}

/** Matches, and whether the search stopped early because the pattern was too costly. */
export function findMatchesWithin(
  texts: readonly string[],
  compiled: CompiledQuery,
  limit = MAX_MATCHES,
  budget = { steps: FIND_STEP_BUDGET },
): { matches: TextMatch[]; stopped: boolean } {
  if (!compiled.ok) return { matches: [], stopped: false };
  const matches: TextMatch[] = [];
  for (const [segment, text] of texts.entries()) {
    if (matches.length >= limit) break;
    if (!text) continue;
    const found = findAll(compiled.regex, text, budget, limit - matches.length);
    for (const m of found.matches) {
      // An empty match (e.g. /a*/) is not something to replace.
      if (m.end > m.start) matches.push({ segment, start: m.start, end: m.end, groups: m.groups, named: m.named });
    }
    if (found.outOfSteps) return { matches, stopped: true };
  }
  return { matches, stopped: false };
}

/** The text a match is replaced with: literal, or with $-references expanded in regex mode. */
export function replacementText(match: TextMatch, replacement: string, options: FindOptions): string {
  if (!options.regex) return replacement;
  return replacement.replace(/\$(\$|&|\d{1,2}|<([^>]+)>)/g, (whole, ref: string, name: string | undefined) => {
    if (ref === '$') return '$';
    if (ref === '&') return match.groups[0] ?? '';
    if (name !== undefined) return match.named?.[name] ?? (match.named && name in match.named ? '' : whole);
    const index = Number(ref);
    if (index >= 1 && index < match.groups.length) return match.groups[index] ?? '';
    return whole;
  });
}

export interface PlannedEdit {
  segment: number;
  start: number;
  end: number;
  text: string;
}

/**
 * Edits for replacing `matches`, grouped by text and ordered from the end of each text to its
 * start, so applying them one after another never shifts an offset still to be used.
 */
export function planReplacements(matches: readonly TextMatch[], replacement: string, options: FindOptions): PlannedEdit[] {
  return matches
    .map((m) => ({ segment: m.segment, start: m.start, end: m.end, text: replacementText(m, replacement, options) }))
    .sort((a, b) => a.segment - b.segment || b.start - a.start);
}

/** Apply planned edits to plain strings (used for property fields and to check plans in tests). */
export function applyEdits(texts: readonly string[], edits: readonly PlannedEdit[]): string[] {
  const out = [...texts];
  for (const edit of edits) {
    const text = out[edit.segment] ?? '';
    out[edit.segment] = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  }
  return out;
}
