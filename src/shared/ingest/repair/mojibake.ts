// Undoes mojibake line by line: groups the tokens of each code page into clusters (one word or a
// run of damaged words), keeps a cluster only when decoding it makes the text clearly less weird,
// then, where a line is proven damaged, also repairs the weak cases (lost bytes, flattened spaces).
import { Cls, Script, classOf } from './charclass';
import { PAGE_COUNT, REPAIR_PAGES, WIN874, pageLookup } from './codepages';
import type { Edit } from './edits';
import { chooseFill, foreignToLine, lineGroups } from './lossy';
import { isLetter, rarityOf, scriptOf, weirdness } from './plausibility';
import { alteredFits, isEvident, isGuarded, keepsSpace } from './signatures';
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
    if (t.kind === TokenKind.Altered && keepsSpace(text, t, view)) dec.push(0x20);
    pos = t.end;
  }
  if (after >= 0) orig.push(after);
  const decAfter = view.decodedAt(last.end);
  if (decAfter >= 0) dec.push(decAfter);
  let delta = weirdness(orig) - bestWeirdness(dec, 2);
  // Fewer characters for the same content is itself a (small) sign the decoding is right.
  delta += 0.1 * (orig.length - dec.length);
  for (const t of tokens) if (t.evident && t.kind !== TokenKind.Lossy) delta += 2;
  return delta;
}

/** Groups one page's tokens into clusters: tokens in the same word, or touching. */
function clustersOf(text: string, tokens: Token[], view: LineView): Cluster[] {
  const out: Cluster[] = [];
  let cur: Token[] = [];
  const push = (list: Token[]) => {
    const first = list[0];
    const last = list[list.length - 1];
    if (!first || !last) return;
    let inside = 0;
    for (const t of list) inside += t.end - t.start;
    const [a, b] = view.wordAround(first.start, last.end);
    let nonSpace = 0;
    for (let i = a; i < b; i++) if (!isSpaceCode(text.charCodeAt(i))) nonSpace++;
    const delta = clusterDelta(text, list, view);
    out.push({ page: first.page, tokens: list, start: first.start, end: last.end, delta, coverage: inside / Math.max(1, nonSpace) });
  };
  const flush = () => {
    push(cur);
    // Its sure tokens on their own too: a word whose guess is doubtful keeps its sure repairs
    // ("Třebรญฤe": "รญ" is "í" whatever the lost byte after it was).
    const strong = cur.filter(isStrong);
    if (strong.length > 0 && strong.length < cur.length) push(strong);
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
  return (
    (t.kind === TokenKind.Full && !t.guarded) || (t.kind === TokenKind.Marker && t.cp === 0xfffd && !t.weakMarker) || t.evident === true
  );
}

/** More lost bytes than sequences that kept theirs: guesses stacked on guesses, not a reading.
 * (A lossy decoder drops only five of the 64 continuation bytes.) */
function mostlyGuesses(c: Cluster): boolean {
  let lossy = 0;
  for (const t of c.tokens) if (t.kind === TokenKind.Lossy) lossy++;
  return lossy * 2 > c.tokens.length && c.tokens.length > 2;
}

function acceptable(c: Cluster, text: string, view: LineView): boolean {
  if (mostlyGuesses(c)) return false;
  const strong = c.tokens.filter(isStrong).length;
  const only = c.tokens[0];
  if (c.tokens.length === 1 && only && only.kind === TokenKind.Lossy && capitalInsideWord(text, only, view)) return c.delta >= 1.5;
  if (c.delta >= 1 && strong === c.tokens.length) return true;
  // Whole words made of tokens (Cyrillic read as cp1251, Thai read as cp874): the decoded text
  // need only be no weirder, since the original is consistent nonsense in its own script.
  if (c.coverage >= 0.6 && c.tokens.length >= 2 && c.delta >= 0 && strong * 2 >= c.tokens.length) return true;
  return c.delta >= 2 && strong * 2 > c.tokens.length;
}

/** The page that can read the most damage a first greedy choice found (the one with most tokens
 * when no page reads it all), or -1 when only one page is involved. */
function dominantPage(clusters: readonly Cluster[], ok: ReadonlySet<Cluster>): number {
  const taken: Cluster[] = [];
  let pages = 0;
  for (const c of clusters) {
    if (!ok.has(c)) continue;
    pages |= 1 << c.page;
    if (!overlaps(c, taken)) taken.push(c);
  }
  if ((pages & (pages - 1)) === 0) return -1;
  const reach = new Array<number>(PAGE_COUNT).fill(0);
  for (const t of taken) {
    let seen = 0;
    for (const c of clusters) {
      if (!ok.has(c) || (seen >> c.page) & 1 || c.start > t.start || c.end < t.end) continue;
      seen |= 1 << c.page;
      reach[c.page] = (reach[c.page] ?? 0) + t.tokens.length;
    }
  }
  let best = -1;
  for (let p = 0; p < PAGE_COUNT; p++) if (best < 0 || (reach[p] ?? 0) > (reach[best] ?? 0)) best = p;
  return best;
}

function sameReading(a: Cluster, b: Cluster): boolean {
  if (a.start !== b.start || a.end !== b.end || a.tokens.length !== b.tokens.length) return false;
  for (let i = 0; i < a.tokens.length; i++) {
    const x = a.tokens[i] as Token;
    const y = b.tokens[i] as Token;
    if (x.start !== y.start || x.end !== y.end || x.cp !== y.cp) return false;
  }
  return true;
}

function overlaps(a: { start: number; end: number }, taken: readonly { start: number; end: number }[]): boolean {
  for (const t of taken) if (a.start < t.end && t.start < a.end) return true;
  return false;
}

export const debug = { clusters: null as null | ((c: Cluster[], text: string) => void) };

/** One repair pass over a line: pushes the edits (in text offsets) it makes. */
function repairLine(text: string, lineStart: number, lineEnd: number, edits: Edit[], written?: readonly [number, number][]): void {
  if (!lineHasCandidates(text, lineStart, lineEnd)) return;
  let all = scanTokens(text, lineStart, lineEnd, { weak: true, pages: ALL_PAGES });
  // A later pass undoes a further layer of what the pass before wrote, and nothing else: text
  // the first pass left alone was judged there ("hopeless" garbles stay as they are).
  if (written) all = all.filter((t) => insideRanges(written, t.start, t.end));
  if (all.length === 0) return;
  const byPage: Token[][] = [];
  for (const t of all) (byPage[t.page] ??= []).push(t);
  const groups = lineLetterGroups(text, lineStart, lineEnd, all);
  const clusters: Cluster[] = [];
  const views = new Map<Cluster, LineView>();
  byPage.forEach((list) => {
    // Lossy guesses see their neighbours as this page would decode them.
    const full = list.filter((t) => t.kind === TokenKind.Full || (t.kind === TokenKind.Marker && !t.weakMarker));
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
    for (const t of list) {
      t.evident = isEvident(text, t, view);
      t.guarded = isGuarded(text, t, view);
    }
    // Where a flattened no-break space fits, it explains the space as well as the lead; the
    // other readings of the same lead (a lost byte, a lone lead) give way to it.
    for (let i = 0; i < list.length; i++) {
      const a = list[i] as Token;
      if (a.kind !== TokenKind.Altered || !alteredFits(text, a, view)) continue;
      while (i + 1 < list.length && (list[i + 1] as Token).start === a.start) list.splice(i + 1, 1);
    }
    // A lone lead that lost its byte joins the first round only when it touches other damage of
    // the same page, or is a capital inside a small-letter word ("Tōkaidō" read as "TÅkaidÅ").
    // Flattened no-break spaces join it only when evident; guarded spellings never do.
    const phase1 = list.filter(
      (t, i) =>
        (t.kind !== TokenKind.Altered || t.evident) &&
        !t.weakMarker &&
        !t.guarded &&
        (t.kind !== TokenKind.Lossy || t.got > 0 || touchesToken(list, i) || capitalInsideWord(text, t, view)),
    );
    for (const c of clustersOf(text, phase1, view)) {
      views.set(c, view);
      clusters.push(c);
    }
  });
  clusters.sort((a, b) => b.delta - a.delta || a.page - b.page);
  debug.clusters?.(clusters, text);
  const ok = new Set<Cluster>();
  for (const c of clusters) {
    const view = views.get(c);
    if (view && acceptable(c, text, view)) ok.add(c);
  }
  // One line, one code page: where readings of two pages compete for the same spot, the page
  // that can read most of the line's damage wins, whatever the weight of that one spot.
  const dominant = dominantPage(clusters, ok);
  if (dominant >= 0) clusters.sort((a, b) => Number(b.page === dominant) - Number(a.page === dominant) || b.delta - a.delta || a.page - b.page);
  const taken: Cluster[] = [];
  const evidence = new Array<number>(PAGE_COUNT).fill(0);
  for (const c of clusters) {
    if (!ok.has(c) || overlaps(c, taken)) continue;
    taken.push(c);
    const weight = Math.max(c.delta, c.tokens.length);
    evidence[c.page] = (evidence[c.page] ?? 0) + weight;
    // Pages that read the same spot the same way are proven by it too ("Å³" is "ų" in both
    // Windows-1252 and Windows-1257: the rest of the line decides between them).
    for (const o of clusters) if (o.page !== c.page && sameReading(o, c)) evidence[o.page] = (evidence[o.page] ?? 0) + weight;
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
    // Sure readings into the scripts the line's proven repairs produced may even cost a little
    // ("Îł" is "γ" in a line whose "Î±" was "α", though a Greek letter after a Latin one is odd).
    const scripts = new Set<number>();
    for (const c of taken) for (const t of c.tokens) if (t.cp >= 0 && isLetter(classOf(t.cp))) scripts.add(scriptOf(t.cp));
    for (const c of clusters) {
      if (!((weakPages >> c.page) & 1) || overlaps(c, taken) || mostlyGuesses(c)) continue;
      const floor = c.tokens.every((t) => t.kind === TokenKind.Full && !(isLetter(classOf(t.cp)) && !scripts.has(scriptOf(t.cp)))) ? -1 : 0;
      if (c.delta < floor) continue;
      if (c.tokens.some((t) => !isStrong(t) && t.got === 0) || c.tokens.some((t) => rarityOf(t.cp) > 1)) continue;
      taken.push(c);
      accepted.push(...c.tokens);
    }
    accepted.push(...weakRepairs(text, lineStart, lineEnd, byPage, weakPages, accepted, groups));
  }
  accepted.sort((a, b) => a.start - b.start);
  let final: LineView | null = null;
  if (accepted.some((t) => t.kind === TokenKind.Altered)) {
    final = new LineView(text, lineStart, lineEnd, accepted);
    final.groups = groups;
  }
  for (const t of accepted) edits.push(tokenEdit(text, t, final));
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
  // Pages whose proven damage includes letters: only there can a flattened no-break space be
  // part of a letter. Where only punctuation was damaged, the letters are genuine ("Å være").
  let letterPages = 0;
  for (const t of accepted) if (t.cp >= 0 && isLetter(classOf(t.cp))) letterPages |= 1 << t.page;
  const isBusy = (t: Token) => {
    for (let i = t.start; i < t.end; i++) if (view.isDecodedAt(i)) return true;
    return false;
  };
  for (let p = 0; p < PAGE_COUNT; p++) {
    if (!((pages >> p) & 1)) continue;
    // A lossy decoder drops five of the 64 continuation bytes: stranded leads are a few, next
    // to many sure repairs. Where they outnumber those, the line is a garble, not lost bytes.
    let lossy = 0;
    let sure = 0;
    for (const t of byPage[p] ?? []) if (t.kind === TokenKind.Lossy) lossy++;
    for (const t of accepted) if (t.page === p && t.kind !== TokenKind.Lossy) sure++;
    const guesses = lossy <= 2 + sure / 2;
    for (const t of byPage[p] ?? []) {
      if ((isStrong(t) && !t.guarded) || isBusy(t)) continue;
      if (t.kind === TokenKind.Lossy) {
        if (!guesses) continue;
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
        // The space is the evidence: where it fits, neighbours need not agree.
        if (!alteredFits(text, t, view)) continue;
        if (isLetter(classOf(t.cp)) && !((letterPages >> p) & 1)) continue;
        out.push(t);
        view.add(t);
        continue;
      } else if (t.kind === TokenKind.Marker) {
        if (!markerFits(t, view)) continue;
        out.push(t);
        view.add(t);
        continue;
      }
      if (clusterDelta(text, [t], view) < 0) continue;
      out.push(t);
      view.add(t);
    }
  }
  return out;
}

/** A '?' standing for lost bytes, in a line proven damaged: the bytes around it must still show a
 * sequence ("â€?", "â?¬"), or a lone lead must end a word ("ItÃ?s"). */
function markerFits(t: Token, view: LineView): boolean {
  if (!t.weakMarker) return false;
  if (t.got >= 1 || t.end - t.start > 2) return true;
  const prev = view.decodedBefore(t.start);
  return prev >= 0 && isLetter(classOf(prev));
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

function tokenEdit(text: string, t: Token, view: LineView | null): Edit {
  const page = REPAIR_PAGES[t.page] ?? 'cp1252';
  let rule = `mojibake:${page}`;
  if (page === 'cp1252') {
    for (let i = t.start; i < t.end; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x80 && c < 0xa0) rule = 'mojibake:latin-1';
    }
  }
  let to = t.cp >= 0 ? String.fromCodePoint(t.cp) : '';
  if (view && t.kind === TokenKind.Altered && keepsSpace(text, t, view)) to += ' ';
  return { start: t.start, end: t.end, to, rule };
}

function insideRanges(ranges: readonly [number, number][], start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid] as [number, number];
    if (r[1] < end) lo = mid + 1;
    else if (r[0] > start) hi = mid - 1;
    else return true;
  }
  return false;
}

/** Longest stretch judged as one line: longer lines are cut (at a space when one is near) so the
 * work per line stays bounded whatever the input. */
const MAX_LINE = 2000;

/** One mojibake pass over `text`: edits sorted by position, never overlapping. With `only`
 * (sorted ranges), lines that touch none of them are skipped: later passes need only look where
 * the previous pass changed something. */
export function mojibakePass(text: string, changed?: readonly [number, number][]): Edit[] {
  const edits: Edit[] = [];
  // Touching ranges become one: a sequence of the next layer spans several repairs.
  let only: [number, number][] | undefined;
  if (changed) {
    only = [];
    for (const r of changed) {
      const last = only[only.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else only.push([r[0], r[1]]);
    }
  }
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
      repairLine(text, a, b, edits, only);
      if (b <= a) break;
      a = b;
    }
    lineStart = lineEnd + 1;
  }
  return edits;
}
