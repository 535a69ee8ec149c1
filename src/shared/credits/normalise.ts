// Photo and agency credits in house form. The dictionary (data, in preferences) maps whole
// credits and agency names; a few structural patterns put the photographer first and the agency
// last ("AP Photo/Jane Doe", "Jane Doe (AP)" → "Jane Doe/AP"). Unknown credits are left alone.
import { creditBook, tidy, type CreditBook, type CreditDictionary } from './dictionary';

export interface CreditPattern {
  id: string;
  /** What the pattern recognises, for the preview's "why". */
  example: string;
  /** Named groups `agency` and `name`; only applied when `agency` is a known agency. */
  pattern: RegExp;
}

const PHOTO_WORD = String.raw`(?:photos?|fotos?|pictures?|pix|images?)`;

export const CREDIT_PATTERNS: readonly CreditPattern[] = [
  {
    id: 'agency-photo-name',
    example: 'AP Photo/NAME → NAME/AP',
    pattern: new RegExp(String.raw`^(?<agency>[^/]+?)\s+${PHOTO_WORD}\s*(?:/|:|\bby\b)\s*(?<name>[^/]+)$`, 'iu'),
  },
  {
    id: 'photo-by-name-agency',
    example: 'Photo: NAME/AP → NAME/AP',
    pattern: new RegExp(String.raw`^${PHOTO_WORD}\s*(?::|\bby\b)\s*(?<name>[^/]+?)\s*/\s*(?<agency>[^/]+)$`, 'iu'),
  },
  { id: 'name-bracket-agency', example: 'NAME (AP) → NAME/AP', pattern: /^(?<name>[^()/]+?)\s*\((?<agency>[^()/]+)\)$/u },
  { id: 'name-for-agency', example: 'NAME for AP → NAME/AP', pattern: /^(?<name>[^/]+?)\s+for\s+(?<agency>[^/]+)$/iu },
  { id: 'name-slash-agency', example: 'NAME / Associated Press → NAME/AP', pattern: /^(?<name>[^/]+?)\s*\/\s*(?<agency>[^/]+)$/u },
  { id: 'agency-slash-name', example: 'AP/NAME → NAME/AP', pattern: /^(?<agency>[^/]+?)\s*\/\s*(?<name>[^/]+)$/u },
];

export interface CreditFix {
  credit: string;
  /** Why, for the preview: "dictionary: CNN Wire → CNN" or the pattern's example. */
  reason: string;
}

const PHOTO_SUFFIX = new RegExp(String.raw`\s+${PHOTO_WORD}$`, 'iu');

/** An agency part's house form, also when written "AP Photo" or "Reuters Pictures". */
function agencyHouse(book: CreditBook, text: string): string | null {
  const direct = book.lookup(text);
  if (direct.kind !== 'unknown') return direct.house;
  const bare = text.replace(PHOTO_SUFFIX, '');
  if (bare !== text) {
    const found = book.lookup(bare);
    if (found.kind !== 'unknown') return found.house;
  }
  return null;
}

function structural(book: CreditBook, credit: string): CreditFix | null {
  for (const p of CREDIT_PATTERNS) {
    const m = p.pattern.exec(credit);
    const agencyText = m?.groups?.['agency'];
    const nameText = m?.groups?.['name'];
    if (!agencyText || !nameText) continue;
    const house = agencyHouse(book, agencyText);
    const name = tidy(nameText);
    // "AP/Reuters" names two agencies, not a photographer: leave it to a person.
    if (!house || !name || agencyHouse(book, name) !== null) continue;
    return { credit: `${name}/${house}`, reason: p.example };
  }
  return null;
}

/**
 * The house form of a credit, or null when it already is one or is not recognised.
 * Order: the whole credit in the dictionary, then the structural patterns.
 */
export function normaliseCredit(credit: string, dictionary: CreditDictionary): CreditFix | null {
  const clean = tidy(credit);
  if (!clean) return null;
  const book = creditBook(dictionary);
  const whole = book.lookup(clean);
  let fix: CreditFix | null = null;
  if (whole.kind === 'variant') fix = { credit: whole.house, reason: `dictionary: ${clean} → ${whole.house}` };
  else if (whole.kind === 'unknown') {
    const agency = agencyHouse(book, clean);
    fix = agency ? { credit: agency, reason: `agency: ${clean} → ${agency}` } : structural(book, clean);
  }
  if (!fix && clean !== credit) fix = { credit: clean, reason: 'spacing' };
  return fix && fix.credit !== credit ? fix : null;
}

export type CreditClass = 'empty' | 'house' | 'variant' | 'unknown';

/**
 * Is a credit empty, in house form, a variant the dictionary or patterns can fix, or unknown?
 * "Jane Doe/AP" is house form: the agency part is a house form and the rest is a name.
 */
export function classifyCredit(credit: string, dictionary: CreditDictionary): CreditClass {
  const clean = tidy(credit);
  if (!clean) return 'empty';
  if (normaliseCredit(clean, dictionary)) return 'variant';
  const book = creditBook(dictionary);
  if (book.lookup(clean).kind === 'house') return 'house';
  const parts = clean.split('/').map(tidy);
  const last = parts[parts.length - 1] ?? '';
  if (parts.length >= 2 && book.lookup(last).kind === 'house') return 'house';
  return 'unknown';
}
