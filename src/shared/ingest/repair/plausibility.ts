// How plausible a stretch of text is as real writing: a "weirdness" count over character classes
// (C1 controls, script changes inside a word, symbols glued to letters, stray case changes...).
// A mojibake repair is kept only when it makes the text clearly less weird.
import { Cls, Script, classOf, classTable, rarityTable, scriptTable } from './charclass';
// Local copies: an imported enum is a getter call per access under a CJS transform (tsx, vitest).
const K = { ...Cls };
const S = { ...Script };

/** Classes that look out of place right next to a letter inside a word. */
function isOddNextToLetter(k: Cls, cp: number): boolean {
  switch (k) {
    case K.Symbol:
    case K.ModSymbol:
    case K.Number:
    case K.C1:
    case K.Box:
    case K.PrivateUse:
    case K.Unassigned:
    case K.Replacement:
      return true;
    case K.Math:
    case K.Currency:
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
  return isOddNextToLetter(k, cp) && k !== K.C1 && k !== K.Replacement && k !== K.Unassigned;
}

function isLetter(k: Cls): boolean {
  return k === K.Upper || k === K.Lower || k === K.Uncased;
}

function scriptOf(cp: number): number {
  if (cp < 0x10000) return scriptTable()[cp] ?? 0;
  if (cp >= 0x20000 && cp < 0x32000) return S.Cjk;
  return S.OtherBase + 199;
}

function rarityOf(cp: number): number {
  if (cp < 0x10000) return rarityTable()[cp] ?? 0;
  // Emoji and CJK extensions are everyday text; the rest of the astral planes are not.
  return (cp >= 0x1f300 && cp < 0x1fb00) || (cp >= 0x20000 && cp < 0x32000) ? 0 : 2;
}

function unaryCost(k: Cls, cp: number): number {
  switch (k) {
    case K.C1:
      return 6;
    case K.Control:
      return cp === 0x09 || cp === 0x0a || cp === 0x0d ? 0 : 4;
    case K.PrivateUse:
      return 4;
    case K.Unassigned:
      return 5;
    case K.Surrogate:
      return 10;
    case K.Replacement:
      return 2;
    case K.ModSymbol:
      // The acute accent also stands in for an apostrophe or a closing quote ("lá´´").
      return cp < 0x80 ? 0 : cp === 0xb4 ? 1 : 2;
    case K.ModLetter:
      return rarityOf(cp) === 2 ? 3 : 1;
    case K.Box:
      return 0.5;
    case K.Upper:
    case K.Lower:
    case K.Uncased: {
      const r = rarityOf(cp);
      return r === 2 ? 4 : r === 1 ? 1 : 0;
    }
    default:
      return 0;
  }
}

let UNARY: Float32Array | null = null;
let CLASSES: Uint8Array | null = null;

/** The cost of each BMP character on its own, computed once: weirdness reads it per character. */
function unaryTable(): Float32Array {
  if (UNARY) return UNARY;
  const table = new Float32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) table[c] = unaryCost(classOf(c), c);
  UNARY = table;
  return table;
}

/** Weirdness of the first `n` code points of `cps` (a small window: context + candidate +
 * context). */
export function weirdness(cps: ArrayLike<number>, n: number = cps.length): number {
  const unary = unaryTable();
  const cls = CLASSES ?? (CLASSES = classTable());
  let total = 0;
  let prevK: Cls = K.Space;
  let prevCp = 0x20;
  for (let i = 0; i < n; i++) {
    const cp = cps[i] ?? 0x20;
    let k: Cls;
    if (cp >= 0 && cp < 0x10000) {
      k = cls[cp] as Cls;
      total += unary[cp] ?? 0;
    } else {
      k = classOf(cp);
      total += unaryCost(k, cp);
    }
    // Spaces cost nothing next to anything but a combining mark after them.
    if (i > 0) total += prevK === K.Space ? (k === K.Mark ? 2 : 0) : k === K.Space ? 0 : pairCost(prevK, prevCp, k, cp);
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
    if (sa !== sb) {
      if (sa === S.Cjk || sb === S.Cjk) return 2;
      // A small Greek letter inside a Latin word is scientific notation ("IL2Rγc", "PPARγ").
      if ((sa === S.Greek && a === K.Lower && sb === S.Latin) || (sb === S.Greek && b === K.Lower && sa === S.Latin)) return 1;
      return 3;
    }
    // A capital right after a small letter inside a word ("bÅ“uf", "rÃ©"); ASCII camel case is fine.
    if (a === K.Lower && b === K.Upper && bcp >= 0x80) return 2;
    // An accented small letter before a capital: a capital read as two characters ("ZURĂśCK").
    if (a === K.Lower && b === K.Upper && acp >= 0x80) return 1.5;
    return 0;
  }
  if (aL && isOddNextToLetter(b, bcp)) return 1;
  if (bL && isOddNextToLetter(a, acp)) return 1;
  if (b === K.Mark) {
    if (aL) {
      const sm = scriptOf(bcp);
      // A script's own mark on another script's letter ("ขึ" decoded to CJK + Thai mark).
      if (sm !== 0 && sm !== scriptOf(acp)) return 3;
      return scriptOf(acp) === S.Latin || scriptOf(acp) === S.Cyrillic ? 1 : 0;
    }
    return a === K.Mark ? 0 : 2;
  }
  if (a === K.Mark && bL && scriptOf(acp) !== 0 && scriptOf(acp) !== scriptOf(bcp)) return 3;
  // Non-ASCII punctuation glued inside a word ("TÃ¡bor", "Ã§a"): inverted marks open a word,
  // the middle dot joins Catalan "l·l", dashes join datelines ("MALMÖ—Swedish"), and an
  // ellipsis or full stop may end one ("CAMPEÃ…").
  if (aL && b === K.Punct && bcp >= 0x80 && !isJoiningPunct(bcp) && !isWordFinalPunct(bcp)) return 1;
  if (bL && a === K.Punct && acp >= 0x80 && !isJoiningPunct(acp) && acp !== 0xa1 && acp !== 0xbf) return 1;
  if (aL && b === K.OpenQuote) return 2;
  if (b === K.OpenQuote && (a === K.CloseQuote || (a === K.Punct && acp >= 0x80))) return 1;
  if (a === K.CloseQuote && bL) return 1;
  if (isSymbolish(a, acp) && isSymbolish(b, bcp) && a !== b) return 1;
  if (a === K.ModLetter && bL) return 1;
  return 0;
}

export { isLetter, scriptOf, rarityOf };
