// The search box's query language, turned into a safe FTS5 MATCH expression.
//   words          all must match (AND)           "exact phrase"   phrase
//   word*          prefix                          -word            must not match
//   a OR b         either                          headline:word    only in that field
// User text never reaches FTS5 syntax directly: every term is quoted.

export const SEARCH_FIELDS = ['headline', 'deck', 'body', 'captions', 'credits', 'tags'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

export interface SearchTerm {
  text: string;
  phrase: boolean;
  prefix: boolean;
  negate: boolean;
  field: SearchField | null;
  /** Joined to the previous term with OR instead of AND. */
  or: boolean;
}

const MAX_TERMS = 32;

export function parseSearchQuery(input: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  const re = /(-)?(?:([a-z]+):)?(?:"([^"]*)"?|([^\s"]+))/gi;
  let pendingOr = false;
  for (const match of input.matchAll(re)) {
    if (terms.length >= MAX_TERMS) break;
    const [, minus, fieldName, phrase, word] = match;
    if (word === 'OR') {
      pendingOr = terms.length > 0;
      continue;
    }
    const field =
      fieldName && (SEARCH_FIELDS as readonly string[]).includes(fieldName.toLowerCase()) ? (fieldName.toLowerCase() as SearchField) : null;
    let text = phrase !== undefined ? phrase : fieldName && !field ? `${fieldName}:${word ?? ''}` : (word ?? '');
    let prefix = false;
    if (phrase === undefined && text.endsWith('*')) {
      prefix = true;
      text = text.replace(/\*+$/, '');
    }
    // Keep letters, numbers and inner punctuation the tokenizer would split on anyway.
    text = text.replace(/[\u0000-\u001f"]/g, ' ').trim();
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    terms.push({ text, phrase: phrase !== undefined, prefix, negate: Boolean(minus), field, or: pendingOr });
    pendingOr = false;
  }
  return terms;
}

function quote(term: SearchTerm): string {
  const body = `"${term.text.replace(/"/g, '""')}"${term.prefix ? '*' : ''}`;
  return term.field ? `${term.field} : ${body}` : body;
}

/** FTS5 MATCH expression, or null when the query has no positive term to search for. */
export function toFtsMatch(terms: SearchTerm[]): string | null {
  const positive = terms.filter((t) => !t.negate);
  if (positive.length === 0) return null;
  const groups: string[][] = [];
  for (const term of positive) {
    if (term.or && groups.length) groups[groups.length - 1]!.push(quote(term));
    else groups.push([quote(term)]);
  }
  let expr = groups.map((g) => (g.length > 1 ? `(${g.join(' OR ')})` : g[0]!)).join(' AND ');
  for (const term of terms.filter((t) => t.negate)) expr = `(${expr}) NOT ${quote(term)}`;
  return expr;
}
