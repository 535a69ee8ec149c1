// Undoes mojibake line by line: groups the tokens of each code page into clusters (one word or a
// run of damaged words), keeps a cluster only when decoding it makes the text clearly less weird,
// then, where a line is proven damaged, also repairs the weak cases (lost bytes, flattened spaces).
import { Cls, classOf } from './charclass';
import { PAGE_COUNT, REPAIR_PAGES, WIN874 } from './codepages';
import type { Edit } from './edits';
import { chooseFill, type FillContext } from './lossy';
import { isLetter, rarityOf, weirdness } from './plausibility';
import { TokenKind, lineHasCandidates, scanTokens, type Token } from './tokens';

const ALL_PAGES = (1 << PAGE_COUNT) - 1;
/** Evidence (summed weirdness removed) a line needs before weak repairs are allowed in it. */
const EVIDENCE = 2;

interface Cluster {
  page: number;
  tokens: Token[];
  start: number;
  end: number;
  delta: number;
  /** Share of the cluster's non-space characters inside tokens. */
  coverage: number;
}

function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x3000;
}

function codeAt(text: string, i: number, lineStart: number, lineEnd: number): number {
  if (i < lineStart || i >= lineEnd) return -1;
  return text.codePointAt(i) ?? -1;
}

function contextAt(text: string, t: Token, lineStart: number, lineEnd: number): FillContext {
  return {
    prev2: codeAt(text, t.start - 2, lineStart, lineEnd),
    prev: codeAt(text, t.start - 1, lineStart, lineEnd),
    next: codeAt(text, t.end, lineStart, lineEnd),
    next2: codeAt(text, t.end + 1, lineStart, lineEnd),
  };
}

/** Lossy tokens whose surviving bytes explain themselves: E2 80/81 is General Punctuation. */
function selfEvident(t: Token): boolean {
  return t.lead === 0xe2 && (t.second === 0x80 || t.second === 0x81);
}

function resolveLossy(text: string, t: Token, lineStart: number, lineEnd: number): void {
  if (t.kind !== TokenKind.Lossy || t.cp >= 0 || !t.candidates) return;
  t.cp = chooseFill(t.candidates, contextAt(text, t, lineStart, lineEnd));
}

function pushCodes(out: number[], text: string, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const cp = text.codePointAt(i) ?? 0;
    out.push(cp);
    if (cp > 0xffff) i++;
  }
}

/** Weirdness removed by decoding `tokens` (one cluster), measured with one character of context. */
function clusterDelta(text: string, tokens: Token[], lineStart: number, lineEnd: number): number {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return 0;
  const before = first.start > lineStart ? text.charCodeAt(first.start - 1) : -1;
  const after = last.end < lineEnd ? text.charCodeAt(last.end) : -1;
  const orig: number[] = [];
  const dec: number[] = [];
  if (before >= 0) {
    orig.push(before);
    dec.push(before);
  }
  let pos = first.start;
  for (const t of tokens) {
    pushCodes(orig, text, pos, t.end);
    pushCodes(dec, text, pos, t.start);
    dec.push(t.cp);
    if (t.kind === TokenKind.Altered) dec.push(0x20);
    pos = t.end;
  }
  if (after >= 0) {
    orig.push(after);
    dec.push(after);
  }
  let delta = weirdness(orig) - weirdness(dec);
  // Fewer characters for the same content is itself a (small) sign the decoding is right.
  delta += 0.1 * (orig.length - dec.length);
  return delta;
}

/** Groups one page's tokens into clusters: tokens in the same word, or touching. */
function clustersOf(text: string, tokens: Token[], lineStart: number, lineEnd: number): Cluster[] {
  const out: Cluster[] = [];
  let cur: Token[] = [];
  const flush = () => {
    const first = cur[0];
    const last = cur[cur.length - 1];
    if (!first || !last) return;
    let inside = 0;
    let nonSpace = 0;
    for (const t of cur) inside += t.end - t.start;
    for (let i = first.start; i < last.end; i++) if (!isSpaceCode(text.charCodeAt(i))) nonSpace++;
    // Extend the run over neighbouring letters to see how much of the word the tokens explain.
    let a = first.start;
    while (a > lineStart && !isSpaceCode(text.charCodeAt(a - 1))) {
      a--;
      nonSpace++;
    }
    let b = last.end;
    while (b < lineEnd && !isSpaceCode(text.charCodeAt(b))) {
      b++;
      nonSpace++;
    }
    const delta = clusterDelta(text, cur, lineStart, lineEnd);
    out.push({ page: first.page, tokens: cur, start: first.start, end: last.end, delta, coverage: inside / Math.max(1, nonSpace) });
    cur = [];
  };
  for (const t of tokens) {
    const last = cur[cur.length - 1];
    if (last) {
      let gapHasSpace = false;
      for (let i = last.end; i < t.start; i++) {
        if (isSpaceCode(text.charCodeAt(i))) {
          gapHasSpace = true;
          break;
        }
      }
      // Thai has no spaces between words: keep touching tokens together only.
      if (gapHasSpace || (t.page === WIN874 && t.start - last.end > 3)) flush();
    }
    cur.push(t);
  }
  flush();
  return out;
}

function acceptable(c: Cluster): boolean {
  const strongTokens = c.tokens.filter((t) => t.kind === TokenKind.Full || t.kind === TokenKind.Marker || selfEvident(t));
  if (c.delta >= 1 && strongTokens.length === c.tokens.length) return true;
  // Whole words made of tokens (Cyrillic read as cp1251, Thai read as cp874): the decoded text
  // need only be no weirder, since the original is consistent nonsense in its own script.
  if (c.coverage >= 0.75 && c.tokens.length >= 2 && c.delta >= 0) return true;
  return c.delta >= 2 && strongTokens.length * 2 > c.tokens.length;
}

function overlaps(a: { start: number; end: number }, taken: { start: number; end: number }[]): boolean {
  for (const t of taken) if (a.start < t.end && t.start < a.end) return true;
  return false;
}

/** One repair pass over a line: the edits (in text offsets) it makes. */
function repairLine(text: string, lineStart: number, lineEnd: number, edits: Edit[]): void {
  if (!lineHasCandidates(text, lineStart, lineEnd)) return;
  const tokens = scanTokens(text, lineStart, lineEnd, { weak: false, pages: ALL_PAGES });
  if (tokens.length === 0) return;
  for (const t of tokens) resolveLossy(text, t, lineStart, lineEnd);
  const byPage: Token[][] = [];
  for (const t of tokens) (byPage[t.page] ??= []).push(t);
  const clusters: Cluster[] = [];
  for (const list of byPage) if (list) clusters.push(...clustersOf(text, list, lineStart, lineEnd));
  clusters.sort((a, b) => b.delta - a.delta || a.page - b.page);
  const taken: Cluster[] = [];
  const evidence = new Array<number>(PAGE_COUNT).fill(0);
  for (const c of clusters) {
    if (!acceptable(c) || overlaps(c, taken)) continue;
    taken.push(c);
    evidence[c.page] = (evidence[c.page] ?? 0) + Math.max(c.delta, c.tokens.length);
  }
  let weakPages = 0;
  evidence.forEach((e, p) => {
    if (e >= EVIDENCE) weakPages |= 1 << p;
  });
  const accepted: Token[] = [];
  for (const c of taken) accepted.push(...c.tokens);
  if (weakPages) accepted.push(...weakRepairs(text, lineStart, lineEnd, weakPages, taken, accepted));
  accepted.sort((a, b) => a.start - b.start);
  for (const t of accepted) edits.push(tokenEdit(text, t, lineEnd));
}

/** Lost bytes, flattened no-break spaces and '?' markers, allowed only in lines already proven
 * damaged in the same code page. */
function weakRepairs(text: string, lineStart: number, lineEnd: number, pages: number, taken: Cluster[], accepted: Token[]): Token[] {
  const out: Token[] = [];
  const tokens = scanTokens(text, lineStart, lineEnd, { weak: true, pages });
  const busy: { start: number; end: number }[] = taken.slice();
  const isAcceptedAt = (i: number) => accepted.some((t) => t.start <= i && i < t.end) || out.some((t) => t.start <= i && i < t.end);
  for (const t of tokens) {
    if (t.kind === TokenKind.Full || overlaps(t, busy)) continue;
    resolveLossy(text, t, lineStart, lineEnd);
    if (t.cp < 0) continue;
    if (t.kind === TokenKind.Lossy && rarityOf(t.cp) > 1) continue;
    const k = classOf(t.cp);
    if (k === Cls.Format || k === Cls.Unassigned || k === Cls.Control || k === Cls.Space) continue;
    if (t.kind === TokenKind.Altered && !isLetter(k) && k !== Cls.Digit) continue;
    if (t.kind === TokenKind.Lossy && t.got === 0 && !strandedLooksDamaged(text, t, lineStart, lineEnd, isAcceptedAt)) continue;
    const delta = clusterDelta(text, [t], lineStart, lineEnd);
    if (delta < 0) continue;
    out.push(t);
    busy.push(t);
  }
  return out;
}

/** A lone lead character with its byte lost is only repaired where it cannot be a real letter:
 * touching other damage, a capital inside a word, or a lead that real text almost never shows. */
function strandedLooksDamaged(
  text: string,
  t: Token,
  lineStart: number,
  lineEnd: number,
  isAcceptedAt: (i: number) => boolean,
): boolean {
  if (isAcceptedAt(t.start - 1) || isAcceptedAt(t.end)) return true;
  const prev = codeAt(text, t.start - 1, lineStart, lineEnd);
  const next = codeAt(text, t.end, lineStart, lineEnd);
  const pk = prev >= 0 ? classOf(prev) : Cls.Space;
  const nk = next >= 0 ? classOf(next) : Cls.Space;
  const own = classOf(text.charCodeAt(t.start));
  if (own === Cls.Upper && isLetter(pk) && nk === Cls.Lower) return true;
  if (own === Cls.Upper && pk === Cls.Lower) return true;
  // Ã and Â stand for C3/C2, the lead bytes of all Latin-1 letters: as a capital before small
  // letters they are practically never real.
  const ch = text.charCodeAt(t.start);
  if ((ch === 0xc3 || ch === 0xc2) && nk === Cls.Lower) return true;
  // Same word as another repair.
  let a = t.start - 1;
  while (a >= lineStart && !isSpaceCode(text.charCodeAt(a))) if (isAcceptedAt(a--)) return true;
  let b = t.end;
  while (b < lineEnd && !isSpaceCode(text.charCodeAt(b))) if (isAcceptedAt(b++)) return true;
  return false;
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
  let to = String.fromCodePoint(t.cp);
  if (t.kind === TokenKind.Altered) {
    // The space was the no-break space's byte; when a word follows, the text had a space too
    // (a no-break space and a space merged), except in Portuguese contractions like "às".
    const rest = text.slice(t.end, Math.min(lineEnd, t.end + 8));
    const next = rest.charCodeAt(0);
    if (rest.length > 0 && !isSpaceCode(next) && !PORTUGUESE_CONTRACTION.test(rest)) to += ' ';
  }
  return { start: t.start, end: t.end, to, rule };
}

/** One mojibake pass over `text`: edits sorted by position, never overlapping. */
export function mojibakePass(text: string): Edit[] {
  const edits: Edit[] = [];
  let lineStart = 0;
  const n = text.length;
  while (lineStart <= n) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = n;
    repairLine(text, lineStart, lineEnd, edits);
    lineStart = lineEnd + 1;
  }
  return edits;
}
