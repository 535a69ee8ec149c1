// The credit dictionary (preferences: variant → house form) as a lookup. Keys ignore case,
// spacing, hyphens and wrapping brackets, so "The-CNN-Wire", "the CNN wire" and "(CNN)" meet.
export interface CreditEntry {
  variant: string;
  house: string;
}
export type CreditDictionary = readonly CreditEntry[];

export type CreditLookup = { kind: 'house'; house: string } | { kind: 'variant'; house: string } | { kind: 'unknown' };

/** The comparison key of a credit (or a part of one). */
export function creditKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/^[\s([{]+|[\s)\]}.,;:]+$/g, '')
    .replace(/[\s\-‐‑–_]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Collapse runs of spaces and trim: the only change ever made to text we do not recognise. */
export function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export interface CreditBook {
  lookup(text: string): CreditLookup;
  /** House forms, as written in the dictionary. */
  houseForms: ReadonlySet<string>;
}

const books = new WeakMap<CreditDictionary, CreditBook>();

export function creditBook(dictionary: CreditDictionary): CreditBook {
  const cached = books.get(dictionary);
  if (cached) return cached;
  const houseForms = new Set(dictionary.map((e) => tidy(e.house)));
  const byKey = new Map<string, string>();
  // House forms first, so a variant can never shadow a house form spelt another way.
  for (const house of houseForms) byKey.set(creditKey(house), house);
  for (const e of dictionary) if (!byKey.has(creditKey(e.variant))) byKey.set(creditKey(e.variant), tidy(e.house));
  const book: CreditBook = {
    houseForms,
    lookup(text) {
      const clean = tidy(text);
      if (!clean) return { kind: 'unknown' };
      if (houseForms.has(clean)) return { kind: 'house', house: clean };
      const house = byKey.get(creditKey(clean));
      return house ? { kind: 'variant', house } : { kind: 'unknown' };
    },
  };
  books.set(dictionary, book);
  return book;
}

/** Dictionary rows from imported JSON: an array of {variant, house}, or an object variant → house. */
export function parseDictionaryJson(json: unknown): { ok: true; entries: CreditEntry[] } | { ok: false; error: string } {
  const rows: unknown[] = Array.isArray(json)
    ? json
    : json && typeof json === 'object'
      ? Object.entries(json as Record<string, unknown>).map(([variant, house]) => ({ variant, house }))
      : [];
  if (rows.length === 0) return { ok: false, error: 'Expected a list of {"variant": …, "house": …} rows.' };
  const entries: CreditEntry[] = [];
  for (const [i, row] of rows.entries()) {
    const r = row as Partial<CreditEntry> | null;
    const variant = typeof r?.variant === 'string' ? tidy(r.variant) : '';
    const house = typeof r?.house === 'string' ? tidy(r.house) : '';
    if (!variant || !house) return { ok: false, error: `Row ${i + 1}: needs a "variant" and a "house" text.` };
    if (variant.length > 200 || house.length > 200) return { ok: false, error: `Row ${i + 1}: longer than 200 characters.` };
    entries.push({ variant, house });
  }
  if (entries.length > 5000) return { ok: false, error: `${entries.length} rows; the dictionary holds at most 5,000.` };
  return { ok: true, entries };
}
