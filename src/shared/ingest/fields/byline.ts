// By-lines: tell a by-line from a sub-headline dressed as one (ANSA puts its subtitle in
// <byline>), and split "By X" from a title line or element.
import { collapse } from './text';

const BY_WORD = /^(?:by|von|par|por|di|av|door|de|af|przez|od)\s+\p{Lu}/iu;
const NAME_CONNECTORS = new Set([
  'and',
  'und',
  'et',
  'y',
  'e',
  'og',
  'och',
  'en',
  'de',
  'da',
  'di',
  'del',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'du',
  'in',
  'aus',
  'for',
  'with',
  'the',
  'of',
]);

/** Does this text read like a by-line (names, agency codes, initials) rather than a sentence? */
export function looksLikeByline(s: string | null | undefined): boolean {
  const t = collapse(s);
  if (!t || t.length > 160) return false;
  if (BY_WORD.test(t)) return true;
  if (/^[\p{Ll}]{1,5}(?:\/[\p{Ll}]{1,5})+$/u.test(t)) return true; // initials: daa/mt/msr
  const words = t
    .replace(/[,/()|]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length > 8) return false;
  const lower = words.filter((w) => /^\p{Ll}/u.test(w) && !NAME_CONNECTORS.has(w.toLowerCase()));
  return lower.length <= 1;
}

/** "By Meredith Jameson," → "By Meredith Jameson". */
export function trimByline(s: string | null | undefined): string | null {
  const t = collapse(s)
    .replace(/[\s,;:=]+$/, '')
    .trim();
  return t || null;
}

/** The agency a by-line ends with ("Von Christian Hollmann, dpa" → "dpa", "Martin Hardenberger/TT" → "TT"). */
export function agencyFromByline(s: string | null | undefined): string | null {
  const m = /(?:,\s*|\/)(dpa|AP|AFP|Reuters|TT|NTB|ANSA|EFE|APA|SDA|ATS|Belga|ANP|AAP|PA|Kyodo)\s*$/.exec(collapse(s));
  return m ? m[1]! : null;
}
