// Fixes and messages: expanding a pattern rule's replacement template, filling a message's
// {placeholders}, and applying a finding's fix to the field text it was found in.
import type { RegexMatch } from './regex';
import { MAX_EXCERPT, type Finding } from './types';

/** A pattern rule's fix for one match, with JavaScript's replace() syntax ($&, $1, $<name>, $$). */
export function expandFixTemplate(template: string, match: RegexMatch): string {
  return template.replace(/\$(\$|&|\d{1,2}|<([^>]*)>)/g, (whole, token: string, name: string | undefined) => {
    if (token === '$') return '$';
    if (token === '&') return match.groups[0] ?? '';
    if (name !== undefined) return match.named[name] ?? '';
    const n = Number(token);
    if (n >= 1 && n < match.groups.length) return match.groups[n] ?? '';
    return whole;
  });
}

/** Fills {name} placeholders; unknown names stay as written so a typo in a rule is visible. */
export function interpolateMessage(template: string, vars: Record<string, string | number | undefined>): string {
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, key: string) => {
    const value = vars[key];
    return value === undefined ? whole : String(value);
  });
}

/** True when the finding still describes this text (the flagged excerpt is where it was). */
export function canApplyFix(fieldText: string, finding: Finding): boolean {
  return (
    finding.fix !== null &&
    finding.start <= finding.end &&
    finding.end <= fieldText.length &&
    fieldText.slice(finding.start, Math.min(finding.end, finding.start + MAX_EXCERPT)) === finding.excerpt
  );
}

const isBlank = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n';

/**
 * The field text with the finding's fix applied. A stale finding (the text changed since it was
 * found) leaves the text as it is. Removing a whole line or paragraph (wire furniture) also removes
 * the blank line it leaves, so "A\n\nMORE\n\nB" becomes "A\n\nB", not "A\n\n\n\nB".
 */
export function applyFix(fieldText: string, finding: Finding): string {
  if (!canApplyFix(fieldText, finding)) return fieldText;
  const fix = finding.fix!;
  const text = fieldText.slice(0, finding.start) + fix + fieldText.slice(finding.end);
  if (fix !== '') return text;
  const at = finding.start;
  let a = at;
  let b = at;
  while (a > 0 && isBlank(text[a - 1])) a--;
  while (b < text.length && isBlank(text[b])) b++;
  const left = text.slice(a, at);
  const right = text.slice(at, b);
  const aloneOnLine = (a === 0 || left.includes('\n')) && (b === text.length || right.includes('\n'));
  if (!aloneOnLine || (a === 0 && b === text.length && a === b)) return text;
  const count = (s: string) => s.split('\n').length - 1;
  const join = a === 0 || b === text.length ? '' : '\n'.repeat(Math.max(count(left), count(right)));
  return text.slice(0, a) + join + text.slice(b);
}
