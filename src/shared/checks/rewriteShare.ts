// A quick estimate of how much of a story is rewritten, for the rewrite credit rule when the
// editor's own figure (a word-level diff, issue 4) is not passed in: the share of body words not
// covered by any three-word run that also occurs in the wire text. Linear in the text length.

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

function words(text: string): string[] {
  return Array.from(text.toLowerCase().matchAll(WORD), (m) => m[0]);
}

/** Share (0..1) of the body's words that are new, or null when there is nothing to compare. */
export function estimateRewriteShare(bodyText: string, wireText: string | null | undefined): number | null {
  if (!wireText) return null;
  const body = words(bodyText);
  const wire = words(wireText);
  if (body.length === 0 || wire.length === 0) return null;
  const n = Math.min(3, body.length, wire.length);
  const grams = new Set<string>();
  for (let i = 0; i + n <= wire.length; i++) grams.add(wire.slice(i, i + n).join(' '));
  const covered = new Uint8Array(body.length);
  for (let i = 0; i + n <= body.length; i++) {
    if (grams.has(body.slice(i, i + n).join(' '))) covered.fill(1, i, i + n);
  }
  let taken = 0;
  for (const c of covered) taken += c;
  return 1 - taken / body.length;
}
