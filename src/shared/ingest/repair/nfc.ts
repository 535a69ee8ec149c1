// Unicode NFC, reported piece by piece: only the stretches that normalisation changes become
// repairs, so an editor sees "é (decomposed) -> é" rather than a whole-text replacement.
import type { Edit } from './edits';

/** Edits that bring `text` to NFC. Splitting before ASCII characters is safe: an ASCII character
 * never composes with what precedes it, so each stretch normalises on its own. */
export function nfcEdits(text: string): Edit[] {
  if (text.normalize('NFC') === text) return [];
  const edits: Edit[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    // A stretch: one optional ASCII base followed by non-ASCII characters.
    let j = i + 1;
    while (j < n && text.charCodeAt(j) >= 0x80) j++;
    if (j - i > 1 || text.charCodeAt(i) >= 0x80) {
      const piece = text.slice(i, j);
      const norm = piece.normalize('NFC');
      if (norm !== piece) edits.push({ start: i, end: j, to: norm, rule: 'nfc' });
    }
    i = j;
  }
  return edits;
}
