// How plausible a stretch of text is as real writing: a "weirdness" count over character classes
// (C1 controls, script changes inside a word, symbols glued to letters, stray case changes...).
// A mojibake repair is kept only when it makes the text clearly less weird.
import { Cls, Script, classOf, rarityTable, scriptTable } from './charclass';

/** Classes that look out of place right next to a letter inside a word. */
function isOddNextToLetter(k: Cls, cp: number): boolean {
  switch (k) {
    case Cls.Symbol:
    case Cls.ModSymbol:
    case Cls.Number:
    case Cls.C1:
    case Cls.Box:
    case Cls.PrivateUse:
    case Cls.Unassigned:
    case Cls.Replacement:
      return true;
    case Cls.Math:
    case Cls.Currency:
      return cp >= 0x80;
    default:
      return false;
  }
}

function isJoiningPunct(cp: number): boolean {
  return cp === 0xb7 || (cp >= 0x2010 && cp <= 0x2015) || cp === 0x2027;
}

function isWordFinalPunct(cp: number): boolean {
  return cp === 0x2026 || cp === 0x3001 || cp === 0x3002 || cp === 0x203c || cp === 0x2047 || cp === 0x2048 || cp === 0x2049;
}

function isSymbolish(k: Cls, cp: number): boolean {
  return isOddNextToLetter(k, cp) && k !== Cls.C1 && k !== Cls.Replacement && k !== Cls.Unassigned;
}

function isLetter(k: Cls): boolean {
  return k === Cls.Upper || k === Cls.Lower || k === Cls.Uncased;
}

function scriptOf(cp: number): number {
  if (cp < 0x10000) return scriptTable()[cp] ?? 0;
  if (cp >= 0x20000 && cp < 0x32000) return Script.Cjk;
  return Script.OtherBase + 199;
}

function rarityOf(cp: number): number {
  if (cp < 0x10000) return rarityTable()[cp] ?? 0;
  // Emoji and CJK extensions are everyday text; the rest of the astral planes are not.
  return (cp >= 0x1f300 && cp < 0x1fb00) || (cp >= 0x20000 && cp < 0x32000) ? 0 : 2;
}

function unaryCost(k: Cls, cp: number): number {
  switch (k) {
    case Cls.C1:
      return 6;
    case Cls.Control:
      return cp === 0x09 || cp === 0x0a || cp === 0x0d ? 0 : 4;
    case Cls.PrivateUse:
      return 4;
    case Cls.Unassigned:
      return 5;
    case Cls.Surrogate:
      return 10;
    case Cls.Replacement:
      return 2;
    case Cls.ModSymbol:
      return cp < 0x80 ? 0 : 2;
    case Cls.ModLetter:
      return 1;
    case Cls.Box:
      return 0.5;
    case Cls.Upper:
    case Cls.Lower:
    case Cls.Uncased: {
      const r = rarityOf(cp);
      return r === 2 ? 3 : r === 1 ? 1 : 0;
    }
    default:
      return 0;
  }
}

/** Weirdness of the code points `cps` (a small window: context + candidate + context). */
export function weirdness(cps: readonly number[]): number {
  let total = 0;
  let prevK: Cls = Cls.Space;
  let prevCp = 0x20;
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i] ?? 0x20;
    const k = classOf(cp);
    total += unaryCost(k, cp);
    if (i > 0) total += pairCost(prevK, prevCp, k, cp);
    prevK = k;
    prevCp = cp;
  }
  return total;
}

function pairCost(a: Cls, acp: number, b: Cls, bcp: number): number {
  const aL = isLetter(a);
  const bL = isLetter(b);
  if (aL && bL) {
    const sa = scriptOf(acp);
    const sb = scriptOf(bcp);
    if (sa !== sb) return sa === Script.Cjk || sb === Script.Cjk ? 2 : 3;
    // A capital right after a small letter inside a word ("bÅ“uf", "rÃ©"); ASCII camel case is fine.
    if (a === Cls.Lower && b === Cls.Upper && bcp >= 0x80) return 2;
    return 0;
  }
  if (aL && isOddNextToLetter(b, bcp)) return 1;
  if (bL && isOddNextToLetter(a, acp)) return 1;
  if (b === Cls.Mark) {
    if (aL) {
      const sm = scriptOf(bcp);
      // A script's own mark on another script's letter ("ขึ" decoded to CJK + Thai mark).
      if (sm !== 0 && sm !== scriptOf(acp)) return 3;
      return scriptOf(acp) === Script.Latin || scriptOf(acp) === Script.Cyrillic ? 1 : 0;
    }
    return a === Cls.Mark ? 0 : 2;
  }
  if (a === Cls.Mark && bL && scriptOf(acp) !== 0 && scriptOf(acp) !== scriptOf(bcp)) return 3;
  // Non-ASCII punctuation glued inside a word ("TÃ¡bor", "Ã§a"): inverted marks open a word,
  // the middle dot joins Catalan "l·l", dashes join datelines ("MALMÖ—Swedish"), and an
  // ellipsis or full stop may end one ("CAMPEÃ…").
  if (aL && b === Cls.Punct && bcp >= 0x80 && !isJoiningPunct(bcp) && !isWordFinalPunct(bcp)) return 1;
  if (bL && a === Cls.Punct && acp >= 0x80 && !isJoiningPunct(acp) && acp !== 0xa1 && acp !== 0xbf) return 1;
  if (aL && b === Cls.OpenQuote) return 2;
  if (b === Cls.OpenQuote && (a === Cls.CloseQuote || (a === Cls.Punct && acp >= 0x80))) return 1;
  if (a === Cls.CloseQuote && bL) return 1;
  if (isSymbolish(a, acp) && isSymbolish(b, bcp) && a !== b) return 1;
  if (a === Cls.ModLetter && bL) return 1;
  return 0;
}

/** Gives the weirdness of `before + middle + after` without allocating a joined string. */
export function windowWeirdness(before: number, middle: readonly number[], after: number): number {
  const cps: number[] = [];
  if (before >= 0) cps.push(before);
  for (const cp of middle) cps.push(cp);
  if (after >= 0) cps.push(after);
  return weirdness(cps);
}

export { isLetter, scriptOf, rarityOf };
