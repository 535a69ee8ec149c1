// What the captions manager flags on a figure: no credit, no alt text, a credit the dictionary
// does not know or that is not in house form, and a caption that only repeats the headline.
// These are view filters; the house-style rules that block publication live in shared/checks.
import type { CreditDictionary } from './dictionary';
import { classifyCredit } from './normalise';
import type { FigureProblem } from './schemas';

/** Text reduced for comparison: case, quote style, punctuation and spacing do not count. */
function comparable(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A caption that only repeats the headline: equal to it, or containing it when the headline has
 * at least `minWords` words. Also the checks' captionRepeatsHeadline rule, so the two agree.
 */
export function captionRepeatsHeadline(caption: string, headline: string, minWords = 4): boolean {
  const h = comparable(headline);
  const c = comparable(caption);
  if (!h || !c) return false;
  return c === h || (h.split(' ').length >= minWords && ` ${c} `.includes(` ${h} `));
}

export function figureProblems(
  figure: { caption: string; credit: string; alt: string },
  headline: string,
  dictionary: CreditDictionary,
): FigureProblem[] {
  const out: FigureProblem[] = [];
  const credit = classifyCredit(figure.credit, dictionary);
  if (credit === 'empty') out.push('no-credit');
  if (credit === 'unknown') out.push('unknown-credit');
  if (credit === 'variant') out.push('variant-credit');
  if (!figure.alt.trim()) out.push('no-alt');
  if (captionRepeatsHeadline(figure.caption, headline)) out.push('caption-repeats-headline');
  return out;
}
