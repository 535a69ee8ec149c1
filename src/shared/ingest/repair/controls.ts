// Control and invisible characters: C1 controls left over from Windows text read as Latin-1 get
// their Windows (or, between letters, Mac) meaning back; agency framing controls and stray
// zero-width or bidi marks go; joiners and marks that a script or an emoji needs stay.
import { Cls, Script, classOf } from './charclass';
import { CODEPAGE_TABLES } from './codepages.generated';
import type { Edit } from './edits';
import { scriptOf } from './plausibility';
// Local copies: an imported enum is a getter call per access under a CJS transform (tsx, vitest).
const K = { ...Cls };
const S = { ...Script };

const ELISION_AFTER = /^(?:s|t|d|m|n|ll|re|ve)(?![\p{L}])/iu;
const ELISION_BEFORE = /(?:^|[^\p{L}])(?:[ldjcmnst]|qu)$/iu;

function cpAt(text: string, i: number): number {
  if (i < 0 || i >= text.length) return -1;
  const c = text.charCodeAt(i);
  // Step back over a low surrogate so the neighbour is a whole code point.
  if (c >= 0xdc00 && c < 0xe000 && i > 0) return text.codePointAt(i - 1) ?? c;
  return text.codePointAt(i) ?? c;
}

/** C1 controls (U+0080-U+009F) not consumed by a mojibake repair: Windows-1252 bytes shown as
 * Latin-1. Between two letters a Mac Roman letter fits better than Windows punctuation
 * ("tur\x92stico" is "turístico"), unless the punctuation is an apostrophe of an elision. */
export function c1Edits(text: string): Edit[] {
  const edits: Edit[] = [];
  const cp1252 = CODEPAGE_TABLES['cp1252'];
  const mac = CODEPAGE_TABLES['mac-roman'];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 || c >= 0xa0) continue;
    const win = cp1252[c] ?? c;
    const macLetter = mac[c] ?? -1;
    const prev = cpAt(text, i - 1);
    const next = cpAt(text, i + 1);
    const betweenLetters = prev >= 0 && next >= 0 && classOf(prev) === K.Lower && classOf(next) === K.Lower;
    if (betweenLetters && macLetter >= 0 && classOf(macLetter) === K.Lower && (win === c || classOf(win) !== K.Lower)) {
      const elision =
        win === 0x2019 && (ELISION_AFTER.test(text.slice(i + 1, i + 4)) || ELISION_BEFORE.test(text.slice(Math.max(0, i - 3), i)));
      if (!elision) {
        edits.push({ start: i, end: i + 1, to: String.fromCharCode(macLetter), rule: 'mojibake:mac-roman' });
        continue;
      }
    }
    if (win !== c) edits.push({ start: i, end: i + 1, to: String.fromCharCode(win), rule: 'mojibake:cp1252' });
  }
  return edits;
}

function isStrippedControl(c: number): boolean {
  if (c < 0x20) return c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x1a;
  return c === 0x7f || (c >= 0x80 && c < 0xa0);
}

function pushMerged(edits: Edit[], start: number, end: number, rule: string): void {
  const last = edits[edits.length - 1];
  if (last && last.end === start && last.rule === rule && last.to === '') last.end = end;
  else edits.push({ start, end, to: '', rule });
}

/** Agency and other control characters (SOH, STX, ETX, EOT, SYN, DEL, leftover C1...). Tab, line
 * breaks and SUB (which marks a character a converter could not map) stay. */
export function controlEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (let i = 0; i < text.length; i++) {
    if (isStrippedControl(text.charCodeAt(i))) pushMerged(edits, i, i + 1, 'control-chars');
  }
  return edits;
}

function isRtl(cp: number): boolean {
  return (cp >= 0x0590 && cp < 0x0900) || (cp >= 0xfb1d && cp < 0xfe00) || (cp >= 0xfe70 && cp < 0xfefd) || (cp >= 0x10800 && cp < 0x10fff);
}

function isEmojiPart(cp: number): boolean {
  return (
    (cp >= 0x1f000 && cp < 0x1fb00) ||
    (cp >= 0x2600 && cp < 0x27c0) ||
    (cp >= 0x2190 && cp < 0x21ff) ||
    (cp >= 0x2300 && cp < 0x23ff) ||
    cp === 0xfe0f ||
    cp === 0x2640 ||
    cp === 0x2642 ||
    cp === 0x2695 ||
    cp === 0x2764 ||
    (cp >= 0xe0020 && cp < 0xe0080)
  );
}

/** Scripts whose letters join or stack, where ZWJ/ZWNJ carry meaning (Arabic, Persian, Indic...). */
function isJoiningScript(cp: number): boolean {
  if (cp < 0) return false;
  const k = classOf(cp);
  if (k !== K.Uncased && k !== K.Mark) return false;
  const s = scriptOf(cp);
  return s !== S.Cjk && s !== S.Hebrew;
}

/** Scripts written without spaces, where a zero-width space marks a word break. */
function isSpacelessScript(cp: number): boolean {
  return (cp >= 0x0e00 && cp < 0x0f00) || (cp >= 0x1000 && cp < 0x10a0) || (cp >= 0x1780 && cp < 0x1800) || scriptOf(cp) === S.Cjk;
}

function lineHasRtl(text: string, i: number): boolean {
  let a = text.lastIndexOf('\n', i);
  let b = text.indexOf('\n', i);
  if (b < 0) b = text.length;
  for (a = a + 1; a < b; a++) if (isRtl(text.charCodeAt(a))) return true;
  return false;
}

function isInvisibleCandidate(c: number): boolean {
  if (c < 0x061c) return false;
  return (
    c === 0x061c ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x206f) ||
    c === 0xfeff ||
    (c >= 0xfff9 && c <= 0xfffb)
  );
}

/** Zero-width and bidi characters that are stray here: not joining an emoji or a script that
 * needs them, and (for direction marks) in a line with no right-to-left text at all. */
export function invisibleEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  let rtlLine = -1;
  let rtlLineEnd = -1;
  let rtl = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isInvisibleCandidate(c)) continue;
    let strip = false;
    const prev = cpAt(text, i - 1);
    const next = cpAt(text, i + 1);
    if (c === 0x200b) strip = !(isSpacelessScript(prev) && isSpacelessScript(next));
    else if (c === 0x200c) strip = !(isJoiningScript(prev) || isJoiningScript(next));
    else if (c === 0x200d) strip = !((isEmojiPart(prev) && isEmojiPart(next)) || isJoiningScript(prev) || isJoiningScript(next));
    else if (c === 0x200e || c === 0x200f || c === 0x061c || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
      if (i > rtlLineEnd || i < rtlLine) {
        rtlLine = text.lastIndexOf('\n', i) + 1;
        const e = text.indexOf('\n', i);
        rtlLineEnd = e < 0 ? text.length : e;
        rtl = lineHasRtl(text, i);
      }
      strip = !rtl;
    } else if (c === 0x2060 || c === 0xfeff || (c >= 0x206a && c <= 0x206f) || (c >= 0xfff9 && c <= 0xfffb)) strip = true;
    else continue;
    if (strip) pushMerged(edits, i, i + 1, 'invisible-chars');
  }
  return edits;
}
