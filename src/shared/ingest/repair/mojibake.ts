// Undoes mojibake line by line: groups the tokens of each code page into clusters (one word or a
// run of damaged words), keeps a cluster only when decoding it makes the text clearly less weird,
// then, where a line is proven damaged, also repairs the weak cases (lost bytes, flattened spaces).
import { Cls, Script, classOf } from './charclass';
import { PAGE_COUNT, REPAIR_PAGES, WIN874, pageLookup } from './codepages';
import type { Edit } from './edits';
import { chooseFill, foreignToLine, lineGroups } from './lossy';
import { isLetter, rarityOf, scriptOf, weirdness } from './plausibility';
import { TokenKind, lineHasCandidates, scanTokens, type Token } from './tokens';
import { LineView, isSpaceCode } from './view';
// Local copies: an imported enum is a getter call per access under a CJS transform (tsx, vitest).
const K = { ...Cls };
const S = { ...Script };

const ALL_PAGES = (1 << PAGE_COUNT) - 1;
/** Weirdness a line must lose to strong repairs before weak repairs are allowed in it. */
const EVIDENCE = 1;
/** Decoded "nothing": a lost byte whose sequence was only ever a C1 control. */
export const EMPTY = -2;

export interface Cluster {
  page: number;
  tokens: Token[];
  start: number;
  end: number;
  delta: number;
  /** Share of the word's non-space characters inside tokens. */
  coverage: number;
}

/** Lossy tokens whose surviving bytes explain themselves: E2 80/81 is General Punctuation. */
function selfEvident(t: Token): boolean {
  if (t.lead !== 0xe2) return false;
  if (t.kind === TokenKind.Lossy) return t.second === 0x80 || t.second === 0x81;
  // Punctuation, currency, letterlike and maths (U+2000-U+223F) spelled as three characters.
  return t.kind === TokenKind.Full && t.second >= 0x80 && t.second <= 0x88;
}

function resolveLossy(t: Token, view: LineView): void {
  if (t.kind !== TokenKind.Lossy || t.cp !== -1 || !t.candidates) return;
  if (t.candidates.every((c) => c >= 0x80 && c < 0xa0)) {
    t.cp = EMPTY;
    return;
  }
  t.cp = chooseFill(t.candidates, view.fillContext(t));
}

function pushCodes(out: number[], text: string, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const cp = text.codePointAt(i) ?? 0;
    out.push(cp);
    if (cp > 0xffff) i++;
  }
}

/** Weirdness of `cps`, or of what they become when they are themselves mojibake (double damage:
 * the middle layer of "Ã¢â‚¬â„¢" is as weird as the input, only the last layer is clean). */
function bestWeirdness(cps: number[], depth: number): number {
  let best = weirdness(cps);
  if (depth === 0 || best === 0) return best;
  const lk = pageLookup();
  let anyLead = false;
  for (const c of cps) {
    if (c >= 0xa0 && c < 0x10000 && (lk.leadMask[lk.slot[c] ?? 0] ?? 0) !== 0) {
      anyLead = true;
      break;
    }
  }
  if (!anyLead) return best;
  const s = String.fromCodePoint(...cps.filter((c) => c >= 0));
  if (!lineHasCandidates(s, 0, s.length)) return best;
  const tokens = scanTokens(s, 0, s.length, { weak: false, pages: ALL_PAGES });
  for (let p = 0; p < PAGE_COUNT; p++) {
    const mine = tokens.filter((t) => t.page === p && t.kind === TokenKind.Full);
    if (mine.length === 0) continue;
    const dec: number[] = [];
    let pos = 0;
    for (const t of mine) {
      pushCodes(dec, s, pos, t.start);
      dec.push(t.cp);
      pos = t.end;
    }
    pushCodes(dec, s, pos, s.length);
    best = Math.min(best, bestWeirdness(dec, depth - 1) + 0.5);
  }
  return best;
}

/** Weirdness removed by decoding `tokens` (one cluster), with one character of context. */
export function clusterDelta(text: string, tokens: Token[], view: LineView): number {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return 0;
  const orig: number[] = [];
  const dec: number[] = [];
  const before = view.origBefore(first.start);
  const after = view.origAt(last.end);
  if (before >= 0) orig.push(before);
  const decBefore = view.decodedBefore(first.start);
  if (decBefore >= 0) dec.push(decBefore);
  let pos = first.start;
  for (const t of tokens) {
    pushCodes(orig, text, pos, t.end);
    pushCodes(dec, text, pos, t.start);
    if (t.cp >= 0) dec.push(t.cp);
    if (t.kind === TokenKind.Altered) dec.push(0x20);
    pos = t.end;
  }
  if (after >= 0) orig.push(after);
  const decAfter = view.decodedAt(last.end);
  if (decAfter >= 0) dec.push(decAfter);
  let delta = weirdness(orig) - bestWeirdness(dec, 2);
  // Fewer characters for the same content is itself a (small) sign the decoding is right.
  delta += 0.1 * (orig.length - dec.length);
  for (const t of tokens) if (t.kind === TokenKind.Full && selfEvident(t)) delta += 2;
  return delta;
}

/** Groups one page's tokens into clusters: tokens in the same word, or touching. */
function clustersOf(text: string, tokens: Token[], view: LineView): Cluster[] {
  const out: Cluster[] = [];
  let cur: Token[] = [];
  const flush = () => {
    const first = cur[0];
    const last = cur[cur.length - 1];
    if (!first || !last) return;
    let inside = 0;
    for (const t of cur) inside += t.end - t.start;
    const [a, b] = view.wordAround(first.start, last.end);
    let nonSpace = 0;
    for (let i = a; i < b; i++) if (!isSpaceCode(text.charCodeAt(i))) nonSpace++;
    const delta = clusterDelta(text, cur, view);
    out.push({ page: first.page, tokens: cur, start: first.start, end: last.end, delta, coverage: inside / Math.max(1, nonSpace) });
    cur = [];
  };
  for (const t of tokens) {
    const last = cur[cur.length - 1];
    // Thai has no spaces between words: there, keep only touching tokens together.
    if (last && (view.hasSpace(last.end, t.start) || (t.page === WIN874 && t.start > last.end))) flush();
    cur.push(t);
  }
  flush();
  return out;
}

function touchesToken(list: Token[], i: number): boolean {
  const t = list[i] as Token;
  const before = list[i - 1];
  const after = list[i + 1];
  const full = (x: Token | undefined) => x !== undefined && x.kind === TokenKind.Full;
  return (full(before) && before?.end === t.start) || (full(after) && after?.start === t.end);
}

/** A non-ASCII capital right after a small letter of the same script, decoded to a small letter. */
function capitalInsideWord(text: string, t: Token, view: LineView): boolean {
  if (t.cp < 0 || classOf(t.cp) !== K.Lower) return false;
  const ch = text.charCodeAt(t.start);
  const prev = view.decodedBefore(t.start);
  return classOf(ch) === K.Upper && prev >= 0 && classOf(prev) === K.Lower && scriptOf(prev) === scriptOf(t.cp);
}

function isStrong(t: Token): boolean {
  return t.kind === TokenKind.Full || (t.kind === TokenKind.Marker && t.cp === 0xfffd && !t.weakMarker) || selfEvident(t);
}

function acceptable(c: Cluster, text: string, view: LineView): boolean {
  const strong = c.tokens.filter(isStrong).length;
  const only = c.tokens[0];
  if (c.tokens.length === 1 && only && only.kind === TokenKind.Lossy && capitalInsideWord(text, only, view)) return c.delta >= 1.5;
  if (c.delta >= 1 && strong === c.tokens.length) return true;
  // Whole words made of tokens (Cyrillic read as cp1251, Thai read as cp874): the decoded text
  // need only be no weirder, since the original is consistent nonsense in its own script.
  if (c.coverage >= 0.6 && c.tokens.length >= 2 && c.delta >= 0 && strong * 2 >= c.tokens.length) return true;
  return c.delta >= 2 && strong * 2 > c.tokens.length;
}

function overlaps(a: { start: number; end: number }, taken: readonly { start: number; end: number }[]): boolean {
  for (const t of taken) if (a.start < t.end && t.start < a.end) return true;
  return false;
}

export const debug = { clusters: null as null | ((c: Cluster[], text: string) => void) };

/** One repair pass over a line: pushes the edits (in text offsets) it makes. */
function repairLine(text: string, lineStart: number, lineEnd: number, edits: Edit[]): void {
  if (!lineHasCandidates(text, lineStart, lineEnd)) return;
  const all = scanTokens(text, lineStart, lineEnd, { weak: true, pages: ALL_PAGES });
  if (all.length === 0) return;
  const byPage: Token[][] = [];
  for (const t of all) (byPage[t.page] ??= []).push(t);
  const groups = lineLetterGroups(text, lineStart, lineEnd, all);
  const clusters: Cluster[] = [];
  const views = new Map<Cluster, LineView>();
  byPage.forEach((list) => {
    // Lossy guesses see their neighbours as this page would decode them.
    const full = list.filter((t) => t.kind === TokenKind.Full);
    const view = new LineView(text, lineStart, lineEnd, full);
    view.groups = groups;
    for (const t of list) {
      resolveLossy(t, view);
      // Later guesses see earlier ones decoded ("тс" + "я", not "т" + a stranded lead).
      if (t.kind === TokenKind.Lossy && t.cp >= 0) view.add(t);
    }
    // Second sweep: each guess again, now that the guesses after it are known too.
    for (const t of list) {
      if (t.kind !== TokenKind.Lossy || t.cp < 0 || !t.candidates) continue;
      t.cp = chooseFill(t.candidates, view.fillContext(t));
    }
    // A lone lead that lost its byte joins the first round only when it touches other damage of
    // the same page, or is a capital inside a small-letter word ("Tōkaidō" read as "TÅkaidÅ").
    const phase1 = list.filter(
      (t, i) =>
        t.kind !== TokenKind.Altered &&
        !t.weakMarker &&
        (t.kind !== TokenKind.Lossy || t.got > 0 || touchesToken(list, i) || capitalInsideWord(text, t, view)),
    );
    for (const c of clustersOf(text, phase1, view)) {
      views.set(c, view);
      clusters.push(c);
    }
  });
  clusters.sort((a, b) => b.delta - a.delta || a.page - b.page);
  debug.clusters?.(clusters, text);
  const taken: Cluster[] = [];
  const evidence = new Array<number>(PAGE_COUNT).fill(0);
  for (const c of clusters) {
    const view = views.get(c);
    if (!view || !acceptable(c, text, view) || overlaps(c, taken)) continue;
    taken.push(c);
    evidence[c.page] = (evidence[c.page] ?? 0) + Math.max(c.delta, c.tokens.length);
  }
  let weakPages = 0;
  evidence.forEach((e, p) => {
    if (e >= EVIDENCE) weakPages |= 1 << p;
  });
  const accepted: Token[] = [];
  for (const c of taken) accepted.push(...c.tokens);
  if (weakPages) {
    // In a line proven damaged, clusters that are merely no weirder decoded are damage too
    // ("Ã\u00a0" for "à", "Р’" for "В").
    for (const c of clusters) {
      if (!((weakPages >> c.page) & 1) || c.delta < 0 || overlaps(c, taken)) continue;
      if (c.tokens.some((t) => !isStrong(t) && t.got === 0) || c.tokens.some((t) => rarityOf(t.cp) > 1)) continue;
      taken.push(c);
      accepted.push(...c.tokens);
    }
    accepted.push(...weakRepairs(text, lineStart, lineEnd, byPage, weakPages, accepted, groups));
  }
  accepted.sort((a, b) => a.start - b.start);
  for (const t of accepted) edits.push(tokenEdit(text, t, lineEnd));
}

/** Lost bytes, flattened no-break spaces and '?' markers, allowed only in lines already proven
 * damaged in the same code page, and only where the character cannot be real. */
function weakRepairs(
  text: string,
  lineStart: number,
  lineEnd: number,
  byPage: Token[][],
  pages: number,
  accepted: Token[],
  groups: number,
): Token[] {
  const out: Token[] = [];
  const view = new LineView(text, lineStart, lineEnd, accepted);
  view.groups = groups;
  const isBusy = (t: Token) => {
    for (let i = t.start; i < t.end; i++) if (view.isDecodedAt(i)) return true;
    return false;
  };
  for (let p = 0; p < PAGE_COUNT; p++) {
    if (!((pages >> p) & 1)) continue;
    for (const t of byPage[p] ?? []) {
      if (isStrong(t) || isBusy(t)) continue;
      if (t.kind === TokenKind.Lossy) {
        t.cp = -1;
        resolveLossy(t, view);
        if (t.cp !== EMPTY) {
          if (t.cp < 0 || rarityOf(t.cp) > 1) continue;
          const k = classOf(t.cp);
          if (k === K.Format || k === K.Unassigned || k === K.Control || k === K.Space) continue;
          if (k === K.Mark && scriptOf(view.decodedBefore(t.start)) !== scriptOf(t.cp)) continue;
        }
        if (!looksDamaged(text, t, view) && !(t.got > 0 && clusterDelta(text, [t], view) >= 0.5)) continue;
      } else if (t.kind === TokenKind.Altered) {
        const k = classOf(t.cp);
        if (!isLetter(k) && k !== K.Digit) continue;
      }
      if (clusterDelta(text, [t], view) < 0) continue;
      out.push(t);
      view.add(t);
    }
  }
  return out;
}

function isCasedScript(cp: number): boolean {
  const s = scriptOf(cp);
  return s === S.Latin || s === S.Greek || s === S.Cyrillic;
}

/** A lead character with a byte lost is only repaired where it cannot be a real letter: touching
 * other damage, a capital inside a word, a letter of another script inside a word, or Ã/Â before
 * small letters (C3/C2 lead every Latin-1 letter; real text shows them as capitals only). */
function looksDamaged(text: string, t: Token, view: LineView): boolean {
  if (view.isDecodedAt(t.start - 1) || view.isDecodedAt(t.end)) return true;
  const prev = view.decodedBefore(t.start);
  const next = view.decodedAt(t.end);
  const pk = prev >= 0 ? classOf(prev) : K.Space;
  const nk = next >= 0 ? classOf(next) : K.Space;
  const ch = text.charCodeAt(t.start);
  const own = classOf(ch);
  if (own === K.Upper && isLetter(pk) && (nk === K.Lower || pk === K.Lower)) return true;
  if (isLetter(own) && ((isLetter(pk) && scriptOf(prev) !== scriptOf(ch)) || (isLetter(nk) && scriptOf(next) !== scriptOf(ch))))
    return true;
  if ((ch === 0xc3 || ch === 0xc2) && nk === K.Lower) return true;
  // "Åodzi" in a line of Polish letters: Å belongs to none of the line's languages, Ł does.
  if (t.cp >= 0 && isLetter(own) && foreignToLine(ch, view.groups) && !foreignToLine(t.cp, view.groups)) return true;
  if (t.got > 0 && t.cp === 0x201d) return true;
  if (!isCasedScript(ch)) return false;
  const [a, b] = view.wordAround(t.start, t.end);
  for (let i = a; i < b; i++) if (view.isDecodedAt(i)) return true;
  return false;
}

/** Language groups of the line's accented letters, counting tokens as decoded. */
function lineLetterGroups(text: string, lineStart: number, lineEnd: number, tokens: Token[]): number {
  const letters: number[] = [];
  const inToken = new Set<number>();
  for (const t of tokens) {
    if (t.kind !== TokenKind.Full) continue;
    letters.push(t.cp);
    for (let i = t.start; i < t.end; i++) inToken.add(i);
  }
  for (let i = lineStart; i < lineEnd; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xc0 && !inToken.has(i)) letters.push(c);
  }
  return lineGroups(letters);
}

const PORTUGUESE_CONTRACTION = /^(?:s(?=[\s.,;:!?)]|$)|quel[ae]s?\b|quilo\b)/u;

function tokenEdit(text: string, t: Token, lineEnd: number): Edit {
  const page = REPAIR_PAGES[t.page] ?? 'cp1252';
  let rule = `mojibake:${page}`;
  if (page === 'cp1252') {
    for (let i = t.start; i < t.end; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x80 && c < 0xa0) rule = 'mojibake:latin-1';
    }
  }
  let to = t.cp >= 0 ? String.fromCodePoint(t.cp) : '';
  if (t.kind === TokenKind.Altered) {
    // The space was the no-break space's byte; when a word follows, the text had a space too
    // (a no-break space and a space merged), except in Portuguese contractions like "às".
    const rest = text.slice(t.end, Math.min(lineEnd, t.end + 8));
    if (rest.length > 0 && !isSpaceCode(rest.charCodeAt(0)) && !PORTUGUESE_CONTRACTION.test(rest)) to += ' ';
  }
  return { start: t.start, end: t.end, to, rule };
}

/** Longest stretch judged as one line: longer lines are cut (at a space when one is near) so the
 * work per line stays bounded whatever the input. */
const MAX_LINE = 2000;

/** One mojibake pass over `text`: edits sorted by position, never overlapping. With `only`
 * (sorted ranges), lines that touch none of them are skipped: later passes need only look where
 * the previous pass changed something. */
export function mojibakePass(text: string, only?: readonly [number, number][]): Edit[] {
  const edits: Edit[] = [];
  let lineStart = 0;
  const n = text.length;
  let r = 0;
  while (lineStart <= n) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = n;
    if (only) {
      while (r < only.length && (only[r]?.[1] ?? 0) < lineStart) r++;
      const range = only[r];
      if (!range) break;
      if (range[0] > lineEnd) {
        lineStart = text.lastIndexOf('\n', range[0] - 1) + 1;
        if (lineStart <= lineEnd) lineStart = lineEnd + 1;
        continue;
      }
    }
    for (let a = lineStart; a < lineEnd || a === lineStart; ) {
      let b = Math.min(lineEnd, a + MAX_LINE);
      if (b < lineEnd) {
        const space = text.lastIndexOf(' ', b);
        if (space > a + MAX_LINE / 2) b = space;
        const c = text.charCodeAt(b - 1);
        if (c >= 0xd800 && c < 0xdc00) b--;
      }
      repairLine(text, a, b, edits);
      if (b <= a) break;
      a = b;
    }
    lineStart = lineEnd + 1;
  }
  return edits;
}
