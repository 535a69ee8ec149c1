// The preview of a credit normalisation: every change it would make, figure by figure, before
// anything is written. Applying sends these same rows back, and each lands only if still true.
import type { CreditDictionary } from './dictionary';
import { normaliseCredit } from './normalise';
import type { CreditChange } from './schemas';

export interface FigureCredit {
  storyId: number;
  version: number;
  index: number;
  headline: string;
  credit: string;
}

export function planCreditChanges(figures: readonly FigureCredit[], dictionary: CreditDictionary): CreditChange[] {
  const changes: CreditChange[] = [];
  for (const f of figures) {
    const fix = normaliseCredit(f.credit, dictionary);
    if (fix)
      changes.push({
        storyId: f.storyId,
        version: f.version,
        index: f.index,
        headline: f.headline,
        before: f.credit,
        after: fix.credit,
        reason: fix.reason,
      });
  }
  return changes;
}
