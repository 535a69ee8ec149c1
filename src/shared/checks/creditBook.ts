// The credit dictionary from preferences as a lookup: is a credit the house form, a known variant
// of one, or unknown? Shared by the credit checks and anything that normalises credits.
import type { CheckPreferences } from './types';

export type CreditLookup = { kind: 'house'; house: string } | { kind: 'variant'; house: string } | { kind: 'unknown' };

export interface CreditBook {
  lookup(credit: string): CreditLookup;
}

const key = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

const books = new WeakMap<CheckPreferences['creditDictionary'], CreditBook>();

export function creditBook(dictionary: CheckPreferences['creditDictionary']): CreditBook {
  const cached = books.get(dictionary);
  if (cached) return cached;
  const houseForms = new Set(dictionary.map((e) => e.house));
  const byKey = new Map<string, string>();
  // House forms first so a variant can never shadow a house form written in another case.
  for (const e of dictionary) byKey.set(key(e.house), e.house);
  for (const e of dictionary) if (!byKey.has(key(e.variant))) byKey.set(key(e.variant), e.house);
  const book: CreditBook = {
    lookup(credit) {
      const trimmed = credit.replace(/\s+/g, ' ').trim();
      if (houseForms.has(trimmed)) return { kind: 'house', house: trimmed };
      const house = byKey.get(key(trimmed));
      return house ? { kind: 'variant', house } : { kind: 'unknown' };
    },
  };
  books.set(dictionary, book);
  return book;
}
