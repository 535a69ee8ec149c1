// Shapes that decide a token without weighing the whole line: some spellings never occur in real
// text ("â™«", "ï¿½", "Ã" standing alone before a word), so the token is evident damage; others do
// occur in real text ("AHÅ™" a brand and its trademark sign, "√π" maths, "∆°"), so the token is
// guarded: repaired only in a line that other damage in the same code page has proven.
import { Cls, Script as ScriptEnum, classOf } from './charclass';
import { VIETNAMESE_GROUP } from './lossy';
import { isLetter, rarityOf, scriptOf } from './plausibility';
import { TokenKind, type Token } from './tokens';
import { isSpaceCode, type LineView } from './view';
// Local copies: an imported enum is a getter call per access under a CJS transform (tsx, vitest).
const K = { ...Cls };
const Script = { ...ScriptEnum };

const A_TILDE = 0xc3;

/** Blocks of punctuation and symbols whose UTF-8 spelling, read in a single-byte page, is three
 * characters no language writes: general punctuation to miscellaneous symbols and arrows, CJK
 * punctuation, fullwidth forms and the replacement character. */
function isSymbolBlock(cp: number): boolean {
  return (
    (cp >= 0x2000 && cp < 0x2c00) ||
    (cp >= 0x3000 && cp < 0x3040) ||
    (cp >= 0xfe30 && cp < 0xfe50) ||
    (cp >= 0xff00 && cp < 0xfff0) ||
    cp === 0xfffd
  );
}

/** Characters after Â, Ã or Ă that only UTF-8 continuation bytes explain (ftfy's list, minus the
 * ones all-caps Portuguese puts after Ã: guillemets, quotes, dashes, the ellipsis). */
const AFTER_A_LEAD = new Set([...'€ƒ‚„†‡ˆ‰‹Œ•˜œŸ¡¢£¤¥¦§¨ª¬¯°±²³µ¶·¸¹º¼½¾¿'].map((c) => c.charCodeAt(0)));
/** Number-like signs no word puts right after an accented capital ("Î³", "Ì¶", "Ã°"). */
const AFTER_CAPITAL = new Set([...'°±²³µ¶§¹¼½¾'].map((c) => c.charCodeAt(0)));
const TRADEMARKS = new Set([0x2122, 0xae, 0xa9]);

function isUpper(cp: number): boolean {
  return cp >= 0 && classOf(cp) === K.Upper;
}
function isLatinUpper(cp: number): boolean {
  return isUpper(cp) && scriptOf(cp) === Script.Latin;
}
function isLower(cp: number): boolean {
  return cp >= 0 && classOf(cp) === K.Lower;
}

/** Lead C3 + space read as "à" (C3 A0): the lead stands alone as a word or ends a small-letter
 * word, and a word or another space follows ("Ã la", "voilÃ le", and the same in Windows-1251
 * "cittГ " or Windows-874). All-caps text has capitals around it ("ALEMÃ É", "S Ã O"). */
function isGraveA(text: string, t: Token, view: LineView): boolean {
  if (t.kind !== TokenKind.Altered || t.got !== 1 || t.lead !== 0xc3) return false;
  const prev = view.decodedBefore(t.start);
  if (isLower(prev)) {
    // Genuine text has no capital right after a small letter; Thai "ร" after Thai is just Thai.
    if (scriptOf(prev) === scriptOf(text.charCodeAt(t.start)) && !isUpper(text.charCodeAt(t.start))) return false;
  } else {
    if (!isUpper(text.charCodeAt(t.start))) return false;
    if (prev === 0x20) {
      if (isUpper(view.decodedBefore(t.start - 1))) return false;
    } else if (!(prev < 0 || prev === 0x27 || prev === 0x2019 || prev === 0x28)) return false;
  }
  const next = view.decodedAt(t.end);
  return next === 0x20 || (next >= 0 && isLetter(classOf(next)));
}

/** In Vietnamese "à" sits inside words: the space after it was the no-break space's own byte. */
function insideVietnameseWord(t: Token, view: LineView): boolean {
  return t.cp === 0xe0 && (view.groups & VIETNAMESE_GROUP) !== 0 && isLetter(classOf(view.decodedBefore(t.start)));
}

function isLetterOrMark(c: number): boolean {
  return c >= 0 && (isLetter(classOf(c)) || classOf(c) === K.Mark);
}

/** Scripts written without spaces between words, where a space taken by a repair joins nothing. */
function isSpaceless(cp: number): boolean {
  return (
    (cp >= 0x0e00 && cp < 0x0f00) ||
    (cp >= 0x1000 && cp < 0x10a0) ||
    (cp >= 0x1780 && cp < 0x1800) ||
    (cp >= 0x3040 && cp < 0x3100) ||
    (cp >= 0x3400 && cp < 0xa000)
  );
}

/** Whether a space standing for the byte A0 of this token fits its place: the decoded character
 * must be a likely one, and taking the space must not glue two words together ("TÅkaidÅ line" is
 * "Tōkaidō line", not "TōkaidŠline"); only "à" keeps a space after it (see keepsSpace). A
 * no-break space must not complete a sequence of a further layer ("â€" + NBSP is a dagger, not
 * the closing quote "â€" lost its last byte from). */
export function alteredFits(text: string, t: Token, view: LineView): boolean {
  const k = classOf(t.cp);
  if (t.cp === 0xa0) {
    const prev = view.decodedBefore(t.start);
    return !(prev >= 0x80 && (prev < 0xa0 || classOf(prev) === K.Currency || classOf(prev) === K.Symbol || classOf(prev) === K.Punct));
  }
  if (rarityOf(t.cp) > 1) return false;
  const letterish = isLetter(k) || k === K.Digit;
  const symbol = k === K.Symbol || k === K.Math || k === K.Punct || k === K.Space || k === K.Box;
  if (!letterish && !symbol) return false;
  // A letter belongs with the letters around it ("Ð у" is "Ру"; Thai "้น " is not "鹠").
  if (isLetter(k)) {
    const before = view.decodedBefore(t.start);
    const after = view.decodedAt(t.end);
    if ((isLetterOrMark(before) || isLetterOrMark(after)) && scriptOf(before) !== scriptOf(t.cp) && scriptOf(after) !== scriptOf(t.cp))
      return false;
  }
  if (t.space !== t.end - 1 || keepsSpace(text, t, view)) return true;
  if (insideVietnameseWord(t, view)) return true;
  const next = view.decodedAt(t.end);
  if (next < 0 || !isLetter(classOf(next))) return true;
  // A symbol is never glued to the word after it ("โ€ " + a Thai word is "”" and a space, not
  // a dagger).
  if (!letterish) return false;
  // Inside a run of damage the space was no word break ("×œ× ×ž×œ" is "לנמל").
  if (isSpaceless(next) || (view.isDecodedAt(t.start - 1) && view.isDecodedAt(t.end))) return true;
  const prev = view.decodedBefore(t.start);
  return prev < 0 || !(isLetter(classOf(prev)) || classOf(prev) === K.Digit);
}

// After "à" the space was the no-break space itself in Portuguese contractions ("às", "àquele").
const NO_SPACE_AFTER_A_GRAVE = /^(?:s(?=[\s.,;:!?)]|$)|quel[ae]s?\b|quilo\b)/u;

/** "Ã" + space before a word was "à" + space (the no-break space's byte was lost and the word
 * space stayed), except in Portuguese contractions like "às" and "àquele". */
export function keepsSpace(text: string, t: Token, view: LineView): boolean {
  if (t.kind !== TokenKind.Altered || t.cp !== 0xe0 || t.space !== t.end - 1 || insideVietnameseWord(t, view)) return false;
  const rest = text.slice(t.end, Math.min(view.lineEnd, t.end + 8));
  return rest.length > 0 && !isSpaceCode(rest.charCodeAt(0)) && !NO_SPACE_AFTER_A_GRAVE.test(rest);
}

/** True when the token's own spelling proves it is damage. */
export function isEvident(text: string, t: Token, view: LineView): boolean {
  if (t.kind === TokenKind.Lossy) return t.lead === 0xe2 && (t.second === 0x80 || t.second === 0x81);
  if (t.kind === TokenKind.Altered) return isGraveA(text, t, view);
  if (t.kind !== TokenKind.Full || t.cp < 0) return false;
  const n = t.end - t.start;
  if (t.lead >= 0xe0 && t.lead < 0xf0 && n === 3) {
    // Punctuation, currency, letterlike and maths (U+2000-U+223F) spelled with E2: what the
    // rule always was. Beyond that, a symbol is evident when its spelling is not three letters
    // (genuine Thai or Cyrillic can spell a symbol with three letters: "โจท", "вії").
    if (t.lead === 0xe2 && t.second >= 0x80 && t.second <= 0x88) return true;
    if (!isSymbolBlock(t.cp) || isLetter(classOf(t.cp)) || classOf(t.cp) === K.Mark) return false;
    for (let i = t.start; i < t.end; i++) if (!isLetter(classOf(text.charCodeAt(i)))) return true;
    return false;
  }
  if (n !== 2) return false;
  const first = text.charCodeAt(t.start);
  const second = text.charCodeAt(t.start + 1);
  if (first === A_TILDE && second === 0xa0) {
    // "Ã" + no-break space is "à", except at the end of an all-caps word before no small letter.
    return !(isUpper(view.decodedBefore(t.start)) && !isLower(view.decodedAt(t.end)));
  }
  if (first === 0xc2 || first === A_TILDE || first === 0x102) return AFTER_A_LEAD.has(second);
  return first >= 0xc0 && first < 0xdf && isUpper(first) && AFTER_CAPITAL.has(second);
}

/** True when the word around the token has two or more capitals and no small letter outside it. */
function inCapsWord(text: string, t: Token, view: LineView): boolean {
  const a = view.wordStart(t.start, t.end);
  const b = view.wordEnd();
  let caps = 0;
  for (let i = a; i < b; i++) {
    // Only the word's own letters count, not the characters of other damage in it.
    if ((i >= t.start && i < t.end) || view.isDecodedAt(i)) continue;
    const k = classOf(text.charCodeAt(i));
    if (k === K.Lower) return false;
    if (k === K.Upper) caps++;
  }
  return caps >= 2;
}

/** True when the token spells something real text also writes: it needs other damage in the line. */
export function isGuarded(text: string, t: Token, view: LineView): boolean {
  if (t.kind !== TokenKind.Full || t.evident) return false;
  const first = text.charCodeAt(t.start);
  const last = text.charCodeAt(t.end - 1);
  const prev = view.decodedBefore(t.start);
  // A trademark sign after an all-caps name ending in an accented capital: "AHÅ™", "DATĂ™".
  // Only Windows-1252's "Ã" before Windows punctuation, read as a capital, is too common a
  // spelling of damage to keep ("OÃ™" is "OÙ").
  const before = view.origBefore(t.start);
  if (t.end - t.start === 2 && TRADEMARKS.has(last) && isLatinUpper(first) && isLatinUpper(before) && !view.isDecodedAt(t.start - 1)) {
    return !(first === A_TILDE && isUpper(t.cp));
  }
  // A small letter read inside an all-caps word ("MÄ£ÄM" is leetspeak, not "MģāM"): damage of
  // capitals reads as capitals ("ZURÃœCK" is "ZURÜCK").
  // (A Greek letter among capitals is notation: "IL-2Rγ", "TNF-α".)
  if (isLower(t.cp) && t.cp >= 0x80 && scriptOf(t.cp) === Script.Latin && inCapsWord(text, t, view)) return true;
  // Symbols on their own, touching no letter, read as a letter or a quote: maths ("√π" is not
  // "ù"), emoticons ("¬´" is not "«"), signs ("∆°" is not "ơ"). Read as a number or a maths
  // sign ("¬±0.1", "┬╛ of") they are left to the score.
  if (!isLetter(classOf(first))) {
    const next = view.decodedAt(t.end);
    const letterPrev = prev >= 0 && isLetter(classOf(prev));
    const letterNext = next >= 0 && isLetter(classOf(next));
    const k = classOf(t.cp);
    const wordlike = isLetter(k) || k === K.Punct || k === K.OpenQuote || k === K.CloseQuote || k === K.Apostrophe;
    const touching = view.isDecodedAt(t.start - 1) || view.isDecodedAt(t.end);
    if (!letterPrev && !letterNext && wordlike && !touching) return true;
  }
  return false;
}
