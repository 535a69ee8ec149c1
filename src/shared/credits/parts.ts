// Structured credit parts and where they go: the photographer (IPTC Creator / By-line 2:80,
// schema.org `creator`), the credit line as printed (IPTC Credit Line 2:110, `creditText`) and the
// copyright notice (IPTC 2:116, `copyrightNotice`). The media table keeps the same three.
import { creditBook, tidy, type CreditDictionary } from './dictionary';
import { normaliseCredit } from './normalise';

export interface CreditParts {
  /** The photographer or other creator ("Jane Doe"); empty when the credit names only an agency. */
  creator: string;
  /** The credit line in house form, as printed under the picture ("Jane Doe/AP"). */
  creditLine: string;
  /** The agency or source named in the credit ("AP"), when the dictionary knows it. */
  agency: string;
}

/** Split a credit into its parts, reading it in house form first. */
export function creditParts(credit: string, dictionary: CreditDictionary): CreditParts {
  const line = normaliseCredit(credit, dictionary)?.credit ?? tidy(credit);
  if (!line) return { creator: '', creditLine: '', agency: '' };
  const book = creditBook(dictionary);
  const whole = book.lookup(line);
  if (whole.kind !== 'unknown') return { creator: '', creditLine: line, agency: whole.house };
  const pieces = line.split('/').map(tidy).filter(Boolean);
  const last = pieces[pieces.length - 1] ?? '';
  const found = pieces.length >= 2 ? book.lookup(last) : { kind: 'unknown' as const };
  if (found.kind !== 'unknown') return { creator: pieces.slice(0, -1).join('/'), creditLine: line, agency: found.house };
  // Unknown: a bare name is most likely the photographer; anything else stays a credit line only.
  return { creator: pieces.length === 1 ? line : '', creditLine: line, agency: '' };
}

/** IPTC fields read from an image (iptc.ts) → the credit the desk shows, in house form. */
export function creditFromIptc(fields: { creator?: string; credit?: string; source?: string }, dictionary: CreditDictionary): string {
  const given = tidy(fields.credit ?? '');
  const creator = tidy(fields.creator ?? '');
  const source = tidy(fields.source ?? '');
  // A credit line that is only the agency loses the photographer: put the name back in front.
  const base = given && creator && !given.includes(creator) ? `${creator}/${given}` : given || [creator, source].filter(Boolean).join('/');
  return normaliseCredit(base, dictionary)?.credit ?? base;
}

export interface SchemaOrgCredit {
  creator?: { '@type': 'Person' | 'Organization'; name: string };
  creditText?: string;
  copyrightNotice?: string;
}

/** schema.org ImageObject properties for a figure's credit (the export's JSON-LD uses these). */
export function schemaOrgCredit(parts: CreditParts, copyrightNotice = ''): SchemaOrgCredit {
  const out: SchemaOrgCredit = {};
  if (parts.creator) out.creator = { '@type': 'Person', name: parts.creator };
  else if (parts.agency) out.creator = { '@type': 'Organization', name: parts.agency };
  if (parts.creditLine) out.creditText = parts.creditLine;
  if (tidy(copyrightNotice)) out.copyrightNotice = tidy(copyrightNotice);
  return out;
}
