// Find and replace as pure functions over plain text: compile the query (match case, whole word,
// regular expression — an invalid one is a message, never a throw), list the matches in each
// piece of text with their offsets, and plan replacements (with $1, $<name>, $& in regex mode).

export interface FindOptions {
  matchCase: boolean;
  wholeWord: boolean;
  regex: boolean;
}

export type CompiledQuery = { ok: true; regex: RegExp; options: FindOptions } | { ok: false; error: string };

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
  try {
    return { ok: true, regex: new RegExp(source, `g${options.matchCase ? '' : 'i'}u`), options };
  } catch (err) {
    const reason = (err as Error).message.replace(/^Invalid regular expression: /, '').replace(/^\/.*\/[a-z]*: /, '');
    return { ok: false, error: `Not a valid regular expression: ${reason}` };
  }
}

/** Every non-empty, non-overlapping match in each text, in order. */
export function findMatches(texts: readonly string[], compiled: CompiledQuery, limit = MAX_MATCHES): TextMatch[] {
  if (!compiled.ok) return [];
  const matches: TextMatch[] = [];
  const regex = new RegExp(compiled.regex.source, compiled.regex.flags);
  texts.forEach((text, segment) => {
    if (matches.length >= limit || !text) return;
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
      if (m[0].length === 0) {
        // An empty match (e.g. /a*/) is not something to replace; step past it.
        regex.lastIndex = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
        if (regex.lastIndex > text.length) break;
        continue;
      }
      matches.push({ segment, start: m.index, end: m.index + m[0].length, groups: Array.from(m), named: m.groups });
      if (matches.length >= limit) return;
    }
  });
  return matches;
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
