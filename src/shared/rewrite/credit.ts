// The house rewrite credit rule: by the share of the body that is rewritten, the byline and credit
// line a story should carry, and whether the ones it carries contradict the rule. The copy desk's
// checks engine calls creditContradiction; the Wire tab shows both.
import type { Preferences } from '../settings/preferences';

export type CreditRules = Preferences['creditRules'];
export type CreditBand = 'agency' | 'mixed' | 'staff';

export interface CreditSuggestion {
  band: CreditBand;
  /** Suggested byline; empty when the house has no staff byline set and no name was given. */
  byline: string;
  /** Suggested credit line (the agency, which is always credited for wire copy). */
  credit: string;
}

export interface CreditOptions {
  /** The wire item's own byline ("By Ines Okafor"): an agency byline for copy run as sent. */
  wireByline?: string | null;
  /** Staff byline to suggest when the house rule leaves it empty (e.g. "By " + the editor's name). */
  staffByline?: string;
  /** The desk's credit dictionary, when known: does this name stand for the agency? */
  isAgency?(name: string): boolean;
}

const bare = (s: string) =>
  s
    .replace(/^\s*by\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
const pct = (share: number) => `${Math.round(share * 100)}%`;

export function creditBand(share: number, rules: CreditRules): CreditBand {
  if (share < rules.agencyBelow) return 'agency';
  if (share <= rules.staffAbove) return 'mixed';
  return 'staff';
}

export function creditSuggestion(share: number, agency: string, rules: CreditRules, options: CreditOptions = {}): CreditSuggestion {
  const band = creditBand(share, rules);
  const credit = agency.trim();
  switch (band) {
    case 'agency':
      return { band, byline: options.wireByline?.trim() || credit, credit };
    case 'mixed':
      return { band, byline: rules.mixedByline.trim(), credit };
    case 'staff':
      return { band, byline: rules.staffByline.trim() || options.staffByline?.trim() || '', credit };
  }
}

function namesAgency(text: string, agency: string, options: CreditOptions): boolean {
  const t = bare(text);
  const a = bare(agency);
  if (!t) return false;
  if (a && (t === a || t.split(/\s*(?:[,;&/]|\band\b)\s*/).some((part) => part === a))) return true;
  if (a && t.includes(a) && a.length >= 3) return true;
  return options.isAgency?.(text.trim()) ?? false;
}

/**
 * Why the story's byline or credit contradicts the rule for this share, or null when they agree.
 * Written for the editor who reads it in the Wire tab or in the copy desk's findings.
 */
export function creditContradiction(
  story: { byline: string; credit: string },
  share: number,
  agency: string,
  rules: CreditRules,
  options: CreditOptions = {},
): string | null {
  if (!Number.isFinite(share)) return null;
  const band = creditBand(share, rules);
  const byline = story.byline.trim();
  const mixed = rules.mixedByline.trim();
  const isMixed = !!byline && !!mixed && bare(byline) === bare(mixed);
  const isWireByline = !!byline && !!options.wireByline && bare(byline) === bare(options.wireByline);
  const agencyName = agency.trim();
  const byAgency = isWireByline || namesAgency(byline, agencyName, options);
  const shown = (s: string) => `“${s}”`;

  if (band === 'agency') {
    if (!byline || byAgency) return null;
    const who = options.wireByline?.trim()
      ? `the agency's (${shown(options.wireByline.trim())})`
      : `the agency (${agencyName || 'the wire'})`;
    return `Only ${pct(share)} of the body is rewritten: the byline should be ${who}, not ${shown(byline)}.`;
  }
  if (band === 'mixed') {
    if (!mixed || isMixed) return null;
    return `${pct(share)} of the body is rewritten: the byline should be ${shown(mixed)}${byline ? `, not ${shown(byline)}` : ''}.`;
  }
  if (!byline || byAgency || isMixed) {
    return `${pct(share)} of the body is rewritten: it should carry a staff byline${byline ? `, not ${shown(byline)}` : ''}.`;
  }
  if (agencyName && !namesAgency(story.credit, agencyName, options)) {
    return `${pct(share)} of the body is rewritten: the credit line should still name the agency (${agencyName}).`;
  }
  return null;
}
