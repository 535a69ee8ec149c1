// Finds candidate mojibake tokens: stretches of characters that, mapped back to their bytes in
// one code page, form one UTF-8 sequence (complete, one byte short, or with a lost-byte marker).
import { byteIn, pageLookup, type PageLookup } from './codepages';
import type { List } from './list';

export const enum TokenKind {
  /** All bytes present: a lossless repair. */
  Full,
  /** One continuation byte missing (dropped by a lossy decoder); `candidates` lists what fits. */
  Lossy,
  /** A U+FFFD or '?' stands for the lost byte(s): the result is U+FFFD. */
  Marker,
  /** A plain space stands for the byte A0 (a no-break space flattened by some program). */
  Altered,
}

export class Token {
  page = 0;
  start = 0;
  end = 0;
  kind: TokenKind = TokenKind.Full;
  /** Decoded code point (for Lossy: the chosen candidate, set later). */
  cp = -1;
  /** Lossy only: every code point the missing byte could give (else null). */
  candidates: number[] | null = null;
  /** Bytes present, for deciding which repairs explain themselves (e.g. E2 80 = punctuation). */
  lead = 0;
  second = 0;
  /** Number of continuation characters found (Lossy: one fewer than needed). */
  got = 0;
  /** A '?' stood for the lost byte: only trusted in lines proven damaged. */
  weakMarker = false;
  /** Altered only: text offset of the space that stands for the byte A0. */
  space = -1;
  /** Its spelling alone proves it is damage (see signatures.ts). */
  evident = false;
  /** Its spelling is also real text: repaired only in a line proven damaged (see signatures.ts). */
  guarded = false;
  /** The candidates array this token owns, reused from line to line. */
  readonly ownCandidates: number[] = [];
}

// Tokens live only while one line is judged: they come from a pool that each line starts over.
const POOL: Token[] = [];
let pooled = 0;

/** Hands every pooled token back (call when a line's judgement is over). */
export function releaseTokens(): void {
  pooled = 0;
}

function token(page: number, start: number, end: number, kind: TokenKind, cp: number, lead: number, second: number, got: number): Token {
  let t = POOL[pooled];
  if (!t) {
    t = new Token();
    POOL.push(t);
  }
  pooled++;
  t.page = page;
  t.start = start;
  t.end = end;
  t.kind = kind;
  t.cp = cp;
  t.candidates = null;
  t.lead = lead;
  t.second = second;
  t.got = got;
  t.weakMarker = false;
  t.space = -1;
  t.evident = false;
  t.guarded = false;
  return t;
}

function needOf(lead: number): number {
  return lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : 1;
}

/** Decodes a UTF-8 sequence of 2-4 bytes, or returns -1 when it is not valid (overlong, surrogate,
 * out of range). */
export function decodeSequence(bytes: readonly number[], n: number): number {
  const b0 = bytes[0] ?? 0;
  const b1 = bytes[1] ?? 0;
  if (n === 2) return ((b0 & 0x1f) << 6) | (b1 & 0x3f);
  const b2 = bytes[2] ?? 0;
  if (n === 3) {
    if (b0 === 0xe0 && b1 < 0xa0) return -1;
    const cp = ((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
    return cp >= 0xd800 && cp < 0xe000 ? -1 : cp;
  }
  const b3 = bytes[3] ?? 0;
  if (b0 === 0xf0 && b1 < 0x90) return -1;
  if (b0 === 0xf4 && b1 >= 0x90) return -1;
  if (b0 > 0xf4) return -1;
  return ((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f);
}

const isCont = (b: number) => b >= 0x80 && b <= 0xbf;

const scratch: number[] = [0, 0, 0, 0];
const filled: number[] = [0, 0, 0, 0];
const candidates: number[] = [];

/** Reads the token of page `p` starting at `i`, or null. */
function readToken(text: string, i: number, end: number, p: number, lk: PageLookup, weak: boolean): Token | null {
  const b0 = byteIn(lk, p, text.charCodeAt(i));
  const need = needOf(b0);
  scratch[0] = b0;
  let j = i + 1;
  let got = 0;
  while (got < need && j < end) {
    const b = byteIn(lk, p, text.charCodeAt(j));
    if (!isCont(b)) break;
    scratch[++got] = b;
    j++;
  }
  const second = got >= 1 ? (scratch[1] ?? 0) : -1;
  if (got === need) {
    // CESU-8: a surrogate pair written as two 3-byte sequences (ED A0-AF xx ED B0-BF xx).
    if (b0 === 0xed && second >= 0xa0) {
      if (second > 0xaf) return null;
      const hi = 0xd000 | ((second & 0x3f) << 6) | ((scratch[2] ?? 0) & 0x3f);
      if (j + 2 < end && byteIn(lk, p, text.charCodeAt(j)) === 0xed) {
        const c1 = byteIn(lk, p, text.charCodeAt(j + 1));
        const c2 = byteIn(lk, p, text.charCodeAt(j + 2));
        if (c1 >= 0xb0 && c1 <= 0xbf && isCont(c2)) {
          const lo = 0xd000 | ((c1 & 0x3f) << 6) | (c2 & 0x3f);
          const cp = 0x10000 + ((hi - 0xd800) << 10) + (lo - 0xdc00);
          return token(p, i, j + 3, TokenKind.Full, cp, b0, second, got);
        }
      }
      return null;
    }
    const cp = decodeSequence(scratch, need + 1);
    if (cp < 0) return null;
    return token(p, i, j, TokenKind.Full, cp, b0, second, got);
  }
  const nextCode = j < end ? text.charCodeAt(j) : -1;
  // A replacement character (or, weakly, a '?') in place of the lost byte: ftfy's convention.
  if (nextCode === 0xfffd || (weak && nextCode === 0x3f && (need > 1 || b0 <= 0xc3))) {
    let k = j + 1;
    let filled = got + 1;
    while (filled < need && k < end) {
      const c = text.charCodeAt(k);
      const b = byteIn(lk, p, c);
      if (isCont(b) || c === 0xfffd) {
        filled++;
        k++;
      } else break;
    }
    if (filled === need) {
      const weakMarker = nextCode === 0x3f;
      const t = token(p, i, k, TokenKind.Marker, 0xfffd, b0, second, got);
      t.weakMarker = weakMarker;
      return t;
    }
  }
  if (got === need - 1) {
    const fills = lk.droppable[p] ?? [];
    if (fills.length > 0 && (weak || got >= 1)) {
      candidates.length = 0;
      for (let pos = 1; pos <= need; pos++) {
        for (const f of fills) {
          filled[0] = b0;
          for (let q = 1, r = 1; q <= need; q++) filled[q] = q === pos ? f : (scratch[r++] ?? 0);
          const cp = decodeSequence(filled, need + 1);
          if (cp >= 0 && !candidates.includes(cp)) candidates.push(cp);
        }
      }
      if (candidates.length > 0) {
        const t = token(p, i, j, TokenKind.Lossy, -1, b0, second, got);
        const own = t.ownCandidates;
        own.length = 0;
        for (const c of candidates) own.push(c);
        t.candidates = own;
        return t;
      }
    }
  }
  return null;
}

/** Two-byte leads whose sequence with A0 is a likely character: no-break space, à, Š, Π, Р, the
 * Hebrew נ and the Arabic-Indic zero. Other leads give rare letters. */
function altersTwoByte(b0: number): boolean {
  return b0 === 0xc2 || b0 === 0xc3 || b0 === 0xc5 || b0 === 0xce || b0 === 0xd0 || b0 === 0xd7 || b0 === 0xd9;
}

const altered: number[] = [0, 0, 0, 0];

/** Reads the token of page `p` at `i` in which one plain space stands for the byte A0 (a no-break
 * space some program flattened), or null. */
function readAltered(text: string, i: number, end: number, p: number, lk: PageLookup): Token | null {
  const b0 = byteIn(lk, p, text.charCodeAt(i));
  const need = needOf(b0);
  // Most leads have no space among the characters that would continue them.
  if (text.charCodeAt(i + 1) !== 0x20 && (need < 2 || text.charCodeAt(i + 2) !== 0x20) && (need < 3 || text.charCodeAt(i + 3) !== 0x20))
    return null;
  if (need === 1 ? !altersTwoByte(b0) : b0 < 0xe0 || b0 > 0xf4) return null;
  altered[0] = b0;
  let space = -1;
  let j = i + 1;
  for (let q = 1; q <= need; q++, j++) {
    if (j >= end) return null;
    const c = text.charCodeAt(j);
    if (c === 0x20 && space < 0) {
      altered[q] = 0xa0;
      space = j;
      continue;
    }
    const b = byteIn(lk, p, c);
    if (!isCont(b)) return null;
    altered[q] = b;
  }
  if (space < 0) return null;
  const cp = decodeSequence(altered, need + 1);
  if (cp < 0) return null;
  const second = altered[1] ?? 0;
  const t = token(p, i, j, TokenKind.Altered, cp, b0, second, need);
  t.space = space;
  return t;
}

/** All tokens of the pages in the bit mask `pages` between `start` and `end`, in text order;
 * `weak` also reports stranded leads, '?' markers and flattened no-break spaces. */
export function scanTokens(text: string, start: number, end: number, weak: boolean, pages: number, out: List<Token>): void {
  const lk = pageLookup();
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xa0) continue;
    const s = lk.slot[code] ?? 0;
    if (s === 0) continue;
    const leads = (lk.leadMask[s] ?? 0) & pages;
    if (leads === 0) continue;
    // A token needs the next character to continue the sequence in its page, or to be a space,
    // a replacement character or '?'; only pages that drop bytes also read a lone lead.
    const next = i + 1 < end ? text.charCodeAt(i + 1) : -1;
    const special = next === 0x20 || next === 0xfffd || next === 0x3f;
    const readable = special ? leads : leads & (((lk.contMask[lk.slot[next] ?? 0] ?? 0) | (weak ? lk.droppableMask : 0)) & 0xffff);
    for (let p = 0; readable >> p; p++) {
      if (!((readable >> p) & 1)) continue;
      // A flattened no-break space first: where both readings exist, the repair tries it first
      // and its own checks (never gluing two words together) reject it when it does not fit.
      if (weak) {
        const a = readAltered(text, i, end, p, lk);
        if (a) out.push(a);
      }
      const t = readToken(text, i, end, p, lk, weak);
      if (t) out.push(t);
    }
  }
}

/** True when the line has a lead character followed by a continuation character in some page:
 * the cheap test that lets clean lines skip all further work. */
export function lineHasCandidates(text: string, start: number, end: number): boolean {
  const lk = pageLookup();
  for (let i = start; i < end - 1; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xa0) continue;
    const s = lk.slot[code] ?? 0;
    if (s === 0) continue;
    const leads = lk.leadMask[s] ?? 0;
    if (leads === 0) continue;
    const n = text.charCodeAt(i + 1);
    if (n === 0xfffd) return true;
    // "Ã" + a space that was a no-break space: "à" before a word (see signatures.ts).
    if (n === 0x20 && code === 0xc3) return true;
    const t = lk.slot[n] ?? 0;
    if (t !== 0 && ((lk.contMask[t] ?? 0) & leads) !== 0) return true;
  }
  return false;
}
