// Clusters of one code page's tokens (one word, or a run of damaged words) and what decoding them
// is worth: the weirdness it removes, measured with one character of context on each side. The
// windows are built in scratch buffers, so scoring a cluster allocates nothing.
import { Cls, classOf } from './charclass';
import { PAGE_COUNT, WIN874, pageLookup } from './codepages';
import { scriptOf, weirdness } from './plausibility';
import { keepsSpace } from './signatures';
import { List } from './list';
import { TokenKind, scanTokens, type Token } from './tokens';
import { isSpaceCode, type LineView } from './view';
// Local copy: an imported enum is a getter call per access under a CJS transform (tsx, vitest).
const K = { ...Cls };

const ALL_PAGES = (1 << PAGE_COUNT) - 1;

export interface Cluster {
  page: number;
  tokens: List<Token>;
  start: number;
  end: number;
  delta: number;
  /** Share of the word's non-space characters inside tokens. */
  coverage: number;
  /** Decoding it is worth it on its own (see acceptable). */
  ok: boolean;
}

export function isStrong(t: Token): boolean {
  return (
    (t.kind === TokenKind.Full && !t.guarded) || (t.kind === TokenKind.Marker && t.cp === 0xfffd && !t.weakMarker) || t.evident === true
  );
}

/** A growable scratch buffer of code points. */
class CodeBuffer {
  data: Int32Array;
  length = 0;
  constructor(capacity = 256) {
    this.data = new Int32Array(capacity);
  }
  push(cp: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = cp;
  }
  pushText(text: string, from: number, to: number): void {
    for (let i = from; i < to; i++) {
      const cp = text.codePointAt(i) ?? 0;
      this.push(cp);
      if (cp > 0xffff) i++;
    }
  }
}

const ORIG = new CodeBuffer();
/** Token lists of the double-damage check, one per depth of it. */
const NESTED: List<Token>[] = [];
const DEC = new CodeBuffer();

/** True when `cps` holds a lead followed by a continuation of the same page (or U+FFFD), i.e.
 * what lineHasCandidates would find in the string of those code points. */
function hasCandidatePair(cps: Int32Array, n: number): boolean {
  const lk = pageLookup();
  let anyLead = false;
  for (let i = 0; i < n; i++) {
    const c = cps[i] ?? 0;
    if (c >= 0xa0 && c < 0x10000 && (lk.leadMask[lk.slot[c] ?? 0] ?? 0) !== 0) {
      anyLead = true;
      break;
    }
  }
  if (!anyLead) return false;
  // The string skips negative entries; astral code points are surrogates there (never a lead
  // or a continuation).
  let prev = -1;
  for (let i = 0; i < n; i++) {
    const c = cps[i] ?? -1;
    if (c < 0) continue;
    if (prev >= 0xa0 && prev < 0x10000) {
      const leads = lk.leadMask[lk.slot[prev] ?? 0] ?? 0;
      if (leads !== 0) {
        if (c === 0xfffd || (c === 0x20 && prev === 0xc3)) return true;
        if (c < 0x10000 && ((lk.contMask[lk.slot[c] ?? 0] ?? 0) & leads) !== 0) return true;
      }
    }
    prev = c;
  }
  return false;
}

/** Scratch buffers of the double-damage check, one per depth of it. */
const LAYER: CodeBuffer[] = [];

/** Weirdness of `cps`, or of what they become when they are themselves mojibake (double damage:
 * the middle layer of "Ã¢â‚¬â„¢" is as weird as the input, only the last layer is clean). */
function bestWeirdness(cps: Int32Array, n: number, depth: number): number {
  let best = weirdness(cps, n);
  if (depth === 0 || best === 0 || !hasCandidatePair(cps, n)) return best;
  // Double damage: decode each page's tokens in a string of these code points.
  let s = '';
  let bmp = true;
  for (let i = 0; i < n; i++) if ((cps[i] ?? 0) > 0xffff) bmp = false;
  if (bmp) s = String.fromCharCode.apply(null, cps.subarray(0, n) as unknown as number[]);
  else for (let i = 0; i < n; i++) s += String.fromCodePoint(cps[i] ?? 0);
  const tokens = NESTED[depth] ?? new List<Token>();
  NESTED[depth] = tokens;
  tokens.clear();
  scanTokens(s, 0, s.length, false, ALL_PAGES, tokens);
  let pages = 0;
  for (let i = 0; i < tokens.length; i++) if (tokens.get(i).kind === TokenKind.Full) pages |= 1 << tokens.get(i).page;
  const dec = LAYER[depth] ?? new CodeBuffer(s.length + 1);
  LAYER[depth] = dec;
  for (let p = 0; p < PAGE_COUNT; p++) {
    if (!((pages >> p) & 1)) continue;
    dec.length = 0;
    let pos = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens.get(i);
      if (t.page !== p || t.kind !== TokenKind.Full) continue;
      dec.pushText(s, pos, t.start);
      dec.push(t.cp);
      pos = t.end;
    }
    dec.pushText(s, pos, s.length);
    best = Math.min(best, bestWeirdness(dec.data, dec.length, depth - 1) + 0.5);
  }
  return best;
}

/** Weirdness removed by decoding `tokens` (one cluster), with one character of context. */
export function clusterDelta(text: string, tokens: List<Token>, view: LineView): number {
  if (tokens.length === 0) return 0;
  const first = tokens.get(0);
  const last = tokens.get(tokens.length - 1);
  ORIG.length = 0;
  DEC.length = 0;
  const before = view.origBefore(first.start);
  const after = view.origAt(last.end);
  if (before >= 0) ORIG.push(before);
  const decBefore = view.decodedBefore(first.start);
  if (decBefore >= 0) DEC.push(decBefore);
  let pos = first.start;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens.get(i);
    ORIG.pushText(text, pos, t.end);
    DEC.pushText(text, pos, t.start);
    if (t.cp >= 0) DEC.push(t.cp);
    if (t.kind === TokenKind.Altered && keepsSpace(text, t, view)) DEC.push(0x20);
    pos = t.end;
  }
  if (after >= 0) ORIG.push(after);
  const decAfter = view.decodedAt(last.end);
  if (decAfter >= 0) DEC.push(decAfter);
  let delta = weirdness(ORIG.data, ORIG.length) - bestWeirdness(DEC.data, DEC.length, 2);
  // Fewer characters for the same content is itself a (small) sign the decoding is right.
  delta += 0.1 * (ORIG.length - DEC.length);
  for (let i = 0; i < tokens.length; i++) if (tokens.get(i).evident && tokens.get(i).kind !== TokenKind.Lossy) delta += 2;
  return delta;
}

/** More lost bytes than sequences that kept theirs: guesses stacked on guesses, not a reading.
 * (A lossy decoder drops only five of the 64 continuation bytes.) */
export function mostlyGuesses(c: Cluster): boolean {
  let lossy = 0;
  for (let i = 0; i < c.tokens.length; i++) if (c.tokens.get(i).kind === TokenKind.Lossy) lossy++;
  return lossy * 2 > c.tokens.length && c.tokens.length > 2;
}

/** A non-ASCII capital right after a small letter of the same script, decoded to a small letter. */
export function capitalInsideWord(text: string, t: Token, view: LineView): boolean {
  if (t.cp < 0 || classOf(t.cp) !== K.Lower) return false;
  const ch = text.charCodeAt(t.start);
  const prev = view.decodedBefore(t.start);
  return classOf(ch) === K.Upper && prev >= 0 && classOf(prev) === K.Lower && scriptOf(prev) === scriptOf(t.cp);
}

function acceptable(c: Cluster, text: string, view: LineView): boolean {
  if (mostlyGuesses(c)) return false;
  let strong = 0;
  for (let i = 0; i < c.tokens.length; i++) if (isStrong(c.tokens.get(i))) strong++;
  const only = c.tokens.get(0);
  if (c.tokens.length === 1 && only.kind === TokenKind.Lossy && capitalInsideWord(text, only, view)) return c.delta >= 1.5;
  if (c.delta >= 1 && strong === c.tokens.length) return true;
  // Whole words made of tokens (Cyrillic read as cp1251, Thai read as cp874): the decoded text
  // need only be no weirder, since the original is consistent nonsense in its own script.
  if (c.coverage >= 0.6 && c.tokens.length >= 2 && c.delta >= 0 && strong * 2 >= c.tokens.length) return true;
  return c.delta >= 2 && strong * 2 > c.tokens.length;
}

// Clusters, like tokens, live only while one line is judged.
const POOL: Cluster[] = [];
let pooled = 0;

/** Hands every pooled cluster back (call when a line's judgement is over). */
export function releaseClusters(): void {
  pooled = 0;
}

function pushCluster(out: List<Cluster>, text: string, list: List<Token>, strongOnly: boolean, view: LineView): void {
  let c = POOL[pooled];
  if (!c) {
    c = { page: 0, tokens: new List<Token>(), start: 0, end: 0, delta: 0, coverage: 0, ok: false };
    POOL.push(c);
  }
  pooled++;
  const tokens = c.tokens;
  tokens.clear();
  for (let i = 0; i < list.length; i++) if (!strongOnly || isStrong(list.get(i))) tokens.push(list.get(i));
  const first = tokens.get(0);
  const last = tokens.get(tokens.length - 1);
  let inside = 0;
  for (let i = 0; i < tokens.length; i++) inside += tokens.get(i).end - tokens.get(i).start;
  const a = view.wordStart(first.start, last.end);
  const b = view.wordEnd();
  let nonSpace = 0;
  for (let i = a; i < b; i++) if (!isSpaceCode(text.charCodeAt(i))) nonSpace++;
  c.page = first.page;
  c.start = first.start;
  c.end = last.end;
  c.delta = clusterDelta(text, tokens, view);
  c.coverage = inside / Math.max(1, nonSpace);
  c.ok = acceptable(c, text, view);
  out.push(c);
}

function flushCluster(out: List<Cluster>, text: string, cur: List<Token>, view: LineView): void {
  pushCluster(out, text, cur, false, view);
  // Its sure tokens on their own too: a word whose guess is doubtful keeps its sure repairs
  // ("Třebรญฤe": "รญ" is "í" whatever the lost byte after it was).
  let strong = 0;
  for (let i = 0; i < cur.length; i++) if (isStrong(cur.get(i))) strong++;
  if (strong > 0 && strong < cur.length) pushCluster(out, text, cur, true, view);
}

const CURRENT = new List<Token>();

/** Groups one page's tokens into clusters (tokens in the same word, or touching), scored and
 * judged against `view`, and appends them to `out`. */
export function clustersOf(out: List<Cluster>, text: string, tokens: List<Token>, view: LineView): void {
  const cur = CURRENT;
  cur.clear();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens.get(i);
    const last = cur.last();
    // Thai has no spaces between words: there, keep only touching tokens together.
    if (last && (view.hasSpace(last.end, t.start) || (t.page === WIN874 && t.start > last.end))) {
      flushCluster(out, text, cur, view);
      cur.clear();
    }
    cur.push(t);
  }
  if (cur.length > 0) flushCluster(out, text, cur, view);
}
