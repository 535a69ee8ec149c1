// Undoes mojibake line by line: groups the tokens of each code page into clusters (one word or a
// run of damaged words), keeps a cluster only when decoding it makes the text clearly less weird,
// then, where a line is proven damaged, also repairs the weak cases (lost bytes, flattened spaces).
import { classOf } from './charclass';
import { type Cluster, capitalInsideWord, clustersOf, isStrong, mostlyGuesses, releaseClusters } from './clusters';
import { CP1252, PAGE_COUNT, REPAIR_PAGES } from './codepages';
import type { TextRepair } from '../types';
import { applyEdits, composeRepairs, type Edit } from './edits';
import { List } from './list';
import { chooseFill, lineGroups } from './lossy';
import { isLetter, rarityOf, scriptOf } from './plausibility';
import { alteredFits, isEvident, isGuarded, keepsSpace } from './signatures';
import { TokenKind, lineHasCandidates, releaseTokens, scanTokens, type Token } from './tokens';
import { type LineView, lineView, releaseViews } from './view';
import { resolveLossy, weakRepairs } from './weak';

const ALL_PAGES = (1 << PAGE_COUNT) - 1;
/** Weirdness a line must lose to strong repairs before weak repairs are allowed in it. */
const EVIDENCE = 1;

export const debug = { clusters: null as null | ((c: readonly Cluster[], text: string) => void) };

function touchesToken(list: List<Token>, i: number): boolean {
  const t = list.get(i);
  const before = i > 0 ? list.get(i - 1) : undefined;
  const after = i + 1 < list.length ? list.get(i + 1) : undefined;
  return (
    (before !== undefined && before.kind === TokenKind.Full && before.end === t.start) ||
    (after !== undefined && after.kind === TokenKind.Full && after.start === t.end)
  );
}

const PHASE1 = new List<Token>();

/** Reads one page's tokens of a line: guesses for lost bytes, signs, and the clusters worth
 * considering (appended to `clusters`). */
function readPage(text: string, lineStart: number, lineEnd: number, list: List<Token>, groups: number, clusters: List<Cluster>): void {
  // Lossy guesses see their neighbours as this page would decode them.
  const view = lineView(text, lineStart, lineEnd);
  view.groups = groups;
  for (let i = 0; i < list.length; i++) {
    const t = list.get(i);
    if (t.kind === TokenKind.Full || (t.kind === TokenKind.Marker && !t.weakMarker)) view.add(t);
  }
  for (let i = 0; i < list.length; i++) {
    const t = list.get(i);
    resolveLossy(t, view);
    // Later guesses see earlier ones decoded ("тс" + "я", not "т" + a stranded lead).
    if (t.kind === TokenKind.Lossy && t.cp >= 0) view.add(t);
  }
  // Second sweep: each guess again, now that the guesses after it are known too.
  for (let i = 0; i < list.length; i++) {
    const t = list.get(i);
    if (t.kind !== TokenKind.Lossy || t.cp < 0 || !t.candidates) continue;
    t.cp = chooseFill(t.candidates, view.fillContext(t));
  }
  for (let i = 0; i < list.length; i++) {
    const t = list.get(i);
    t.evident = isEvident(text, t, view);
    t.guarded = isGuarded(text, t, view);
  }
  // Where a flattened no-break space fits, it explains the space as well as the lead; the
  // other readings of the same lead (a lost byte, a lone lead) give way to it.
  for (let i = 0; i < list.length; i++) {
    const a = list.get(i);
    if (a.kind !== TokenKind.Altered || !alteredFits(text, a, view)) continue;
    while (i + 1 < list.length && list.get(i + 1).start === a.start) list.removeAt(i + 1);
  }
  // A lone lead that lost its byte joins the first round only when it touches other damage of
  // the same page, or is a capital inside a small-letter word ("Tōkaidō" read as "TÅkaidÅ").
  // Flattened no-break spaces join it only when evident; guarded spellings never do.
  const phase1 = PHASE1;
  phase1.clear();
  for (let i = 0; i < list.length; i++) {
    const t = list.get(i);
    if ((t.kind === TokenKind.Altered && !t.evident) || t.weakMarker || t.guarded) continue;
    if (t.kind === TokenKind.Lossy && t.got === 0 && !touchesToken(list, i) && !capitalInsideWord(text, t, view)) continue;
    phase1.push(t);
  }
  clustersOf(clusters, text, phase1, view);
}

const FIRST_CHOICE = new List<Cluster>();
const REACH = new Float64Array(PAGE_COUNT);
const EVIDENCE_BY_PAGE = new Float64Array(PAGE_COUNT);

/** The page that can read the most damage a first greedy choice found (the one with most tokens
 * when no page reads it all), or -1 when only one page is involved. */
function dominantPage(clusters: List<Cluster>): number {
  const taken = FIRST_CHOICE;
  taken.clear();
  let pages = 0;
  for (let i = 0; i < clusters.length; i++) {
    const c = clusters.get(i);
    if (!c.ok) continue;
    pages |= 1 << c.page;
    if (!overlaps(c, taken)) taken.push(c);
  }
  if ((pages & (pages - 1)) === 0) return -1;
  const reach = REACH.fill(0);
  for (let k = 0; k < taken.length; k++) {
    const t = taken.get(k);
    let seen = 0;
    for (let i = 0; i < clusters.length; i++) {
      const c = clusters.get(i);
      if (!c.ok || (seen >> c.page) & 1 || c.start > t.start || c.end < t.end) continue;
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
    const x = a.tokens.get(i);
    const y = b.tokens.get(i);
    if (x.start !== y.start || x.end !== y.end || x.cp !== y.cp) return false;
  }
  return true;
}

function overlaps(a: { start: number; end: number }, taken: List<Cluster>): boolean {
  for (let i = 0; i < taken.length; i++) {
    const t = taken.get(i);
    if (a.start < t.end && t.start < a.end) return true;
  }
  return false;
}

function byDelta(a: Cluster, b: Cluster): number {
  return b.delta - a.delta || a.page - b.page;
}

let dominant = -1;
function byDominantThenDelta(a: Cluster, b: Cluster): number {
  return Number(b.page === dominant) - Number(a.page === dominant) || b.delta - a.delta || a.page - b.page;
}

function byStart(a: Token, b: Token): number {
  return a.start - b.start;
}

/** Whether every token of `c` is sure and reads into a script the line's proven repairs wrote. */
function readsIntoScripts(c: Cluster, scripts: List<number>): boolean {
  for (let i = 0; i < c.tokens.length; i++) {
    const t = c.tokens.get(i);
    if (t.kind !== TokenKind.Full) return false;
    if (isLetter(classOf(t.cp)) && !scripts.includes(scriptOf(t.cp))) return false;
  }
  return true;
}

function sameToken(x: Token, y: Token): boolean {
  return (
    x.start === y.start &&
    x.end === y.end &&
    x.kind === y.kind &&
    x.cp === y.cp &&
    x.lead === y.lead &&
    x.second === y.second &&
    x.got === y.got &&
    x.space === y.space &&
    x.weakMarker === y.weakMarker &&
    x.candidates === null &&
    y.candidates === null
  );
}

/** Every token of `b` is read the same way in `a`. */
function readsAsSubset(a: List<Token>, b: List<Token>): boolean {
  let i = 0;
  for (let k = 0; k < b.length; k++) {
    const y = b.get(k);
    while (i < a.length && a.get(i).start < y.start) i++;
    let found = false;
    for (let j = i; j < a.length && a.get(j).start === y.start; j++) if (sameToken(a.get(j), y)) found = true;
    if (!found) return false;
  }
  return true;
}

/** A page whose tokens an earlier page reads all the same way (Windows-1254 for most Windows-1252
 * damage, which differs only in six letters and two undefined bytes) could only echo that page's
 * judgements and lose every tie to it: it is not read at all. */
function dropTwinPages(byPage: (List<Token> | undefined)[]): void {
  for (let p = 1; p < byPage.length; p++) {
    const list = byPage[p];
    if (!list) continue;
    for (let q = 0; q < p; q++) {
      const earlier = byPage[q];
      if (earlier && readsAsSubset(earlier, list)) {
        byPage[p] = undefined;
        break;
      }
    }
  }
}

// Working lists of the line being judged, reused from line to line.
const ALL = new List<Token>();
const BY_PAGE: List<Token>[] = REPAIR_PAGES.map(() => new List<Token>());
const PAGES_READ: (List<Token> | undefined)[] = [];
const CLUSTERS = new List<Cluster>();
const TAKEN = new List<Cluster>();
const ACCEPTED = new List<Token>();
const SCRIPTS = new List<number>();

/** One repair pass over a line: pushes the edits (in text offsets) it makes. */
function repairLine(text: string, lineStart: number, lineEnd: number, edits: Edit[], written?: readonly [number, number][]): void {
  if (!lineHasCandidates(text, lineStart, lineEnd)) return;
  releaseViews();
  releaseTokens();
  releaseClusters();
  const all = ALL;
  all.clear();
  scanTokens(text, lineStart, lineEnd, true, ALL_PAGES, all);
  // A later pass undoes a further layer of what the pass before wrote, and nothing else: text
  // the first pass left alone was judged there ("hopeless" garbles stay as they are).
  if (written) {
    let kept = 0;
    for (let i = 0; i < all.length; i++) if (insideRanges(written, all.get(i).start, all.get(i).end)) all.items[kept++] = all.get(i);
    all.length = kept;
  }
  if (all.length === 0) return;
  for (const list of BY_PAGE) list.clear();
  for (let i = 0; i < all.length; i++) BY_PAGE[all.get(i).page]?.push(all.get(i));
  // The pages read, by number (a twin page is left out, see dropTwinPages).
  const byPage = PAGES_READ;
  for (let p = 0; p < PAGE_COUNT; p++) byPage[p] = BY_PAGE[p]?.length ? BY_PAGE[p] : undefined;
  dropTwinPages(byPage);
  const groups = lineLetterGroups(text, lineStart, lineEnd, all);
  const clusters = CLUSTERS;
  clusters.clear();
  for (const list of byPage) if (list) readPage(text, lineStart, lineEnd, list, groups, clusters);
  clusters.sort(byDelta);
  debug.clusters?.(clusters.items.slice(0, clusters.length), text);
  // One line, one code page: where readings of two pages compete for the same spot, the page
  // that can read most of the line's damage wins, whatever the weight of that one spot.
  dominant = dominantPage(clusters);
  if (dominant >= 0) clusters.sort(byDominantThenDelta);
  const taken = TAKEN;
  taken.clear();
  const evidence = EVIDENCE_BY_PAGE.fill(0);
  for (let i = 0; i < clusters.length; i++) {
    const c = clusters.get(i);
    if (!c.ok || overlaps(c, taken)) continue;
    taken.push(c);
    const weight = Math.max(c.delta, c.tokens.length);
    evidence[c.page] = (evidence[c.page] ?? 0) + weight;
    // Pages that read the same spot the same way are proven by it too ("Å³" is "ų" in both
    // Windows-1252 and Windows-1257: the rest of the line decides between them).
    for (let k = 0; k < clusters.length; k++) {
      const o = clusters.get(k);
      if (o.page !== c.page && sameReading(o, c)) evidence[o.page] = (evidence[o.page] ?? 0) + weight;
    }
  }
  let weakPages = 0;
  for (let p = 0; p < PAGE_COUNT; p++) if ((evidence[p] ?? 0) >= EVIDENCE) weakPages |= 1 << p;
  const accepted = ACCEPTED;
  accepted.clear();
  for (let i = 0; i < taken.length; i++) {
    const tokens = taken.get(i).tokens;
    for (let k = 0; k < tokens.length; k++) accepted.push(tokens.get(k));
  }
  if (weakPages) {
    // In a line proven damaged, clusters that are merely no weirder decoded are damage too
    // ("Ã\u00a0" for "à", "Р’" for "В").
    // Sure readings into the scripts the line's proven repairs produced may even cost a little
    // ("Îł" is "γ" in a line whose "Î±" was "α", though a Greek letter after a Latin one is odd).
    const scripts = SCRIPTS;
    scripts.clear();
    for (let i = 0; i < accepted.length; i++) {
      const t = accepted.get(i);
      if (t.cp >= 0 && isLetter(classOf(t.cp)) && !scripts.includes(scriptOf(t.cp))) scripts.push(scriptOf(t.cp));
    }
    for (let i = 0; i < clusters.length; i++) {
      const c = clusters.get(i);
      if (!((weakPages >> c.page) & 1) || overlaps(c, taken) || mostlyGuesses(c)) continue;
      if (c.delta < (readsIntoScripts(c, scripts) ? -1 : 0)) continue;
      let weak = false;
      for (let k = 0; k < c.tokens.length; k++) {
        const t = c.tokens.get(k);
        if ((!isStrong(t) && t.got === 0) || rarityOf(t.cp) > 1) weak = true;
      }
      if (weak) continue;
      taken.push(c);
      for (let k = 0; k < c.tokens.length; k++) accepted.push(c.tokens.get(k));
    }
    weakRepairs(text, lineStart, lineEnd, byPage, weakPages, accepted, groups);
  }
  accepted.sort(byStart);
  let final: LineView | null = null;
  for (let i = 0; i < accepted.length; i++) {
    if (accepted.get(i).kind !== TokenKind.Altered) continue;
    final = lineView(text, lineStart, lineEnd, accepted);
    final.groups = groups;
    break;
  }
  for (let i = 0; i < accepted.length; i++) pushTokenEdit(edits, text, accepted.get(i), final);
}

/** Appends an edit, merged into the previous one when they touch and share a rule: a damaged word
 * becomes one repair, not one per letter. */
function pushEdit(edits: Edit[], start: number, end: number, to: string, rule: string): void {
  const last = edits[edits.length - 1];
  if (last && last.end === start && last.rule === rule) {
    last.end = end;
    last.to += to;
  } else edits.push({ start, end, to, rule });
}

let letters = new Int32Array(1024);
let marks = new Uint8Array(1024);

/** Language groups of the line's accented letters, counting tokens as decoded. */
function lineLetterGroups(text: string, lineStart: number, lineEnd: number, tokens: List<Token>): number {
  const len = lineEnd - lineStart;
  if (marks.length < len) marks = new Uint8Array(len * 2);
  else marks.fill(0, 0, len);
  // At most one letter per token and per character of the line.
  if (letters.length < tokens.length + len) letters = new Int32Array((tokens.length + len) * 2);
  let n = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens.get(k);
    if (t.kind !== TokenKind.Full) continue;
    letters[n++] = t.cp;
    for (let i = t.start; i < t.end; i++) marks[i - lineStart] = 1;
  }
  for (let i = lineStart; i < lineEnd; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xc0 && marks[i - lineStart] === 0) letters[n++] = c;
  }
  return lineGroups(letters, n);
}

const RULES = REPAIR_PAGES.map((page) => `mojibake:${page}`);

/** Pushes the edit of one accepted token. */
function pushTokenEdit(edits: Edit[], text: string, t: Token, view: LineView | null): void {
  let rule = RULES[t.page] ?? 'mojibake:cp1252';
  if (t.page === CP1252) {
    for (let i = t.start; i < t.end; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x80 && c < 0xa0) rule = 'mojibake:latin-1';
    }
  }
  let to = t.cp >= 0 ? String.fromCodePoint(t.cp) : '';
  if (view && t.kind === TokenKind.Altered && keepsSpace(text, t, view)) to += ' ';
  pushEdit(edits, t.start, t.end, to, rule);
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

/** Repairs one line, in stretches of at most MAX_LINE characters. */
function repairWholeLine(text: string, lineStart: number, lineEnd: number, edits: Edit[], only?: readonly [number, number][]): void {
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
}

/** Damage more than three layers deep is not text any more; stop there. */
const MAX_PASSES = 4;

/** Ranges of a pass's edits in the text it produced, touching ones merged: a sequence of the next
 * layer may span several repairs. */
function writtenRanges(edits: readonly Edit[]): [number, number][] {
  const out: [number, number][] = [];
  let delta = 0;
  for (const e of edits) {
    const start = e.start + delta;
    const end = start + e.to.length;
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
    delta += e.to.length - (e.end - e.start);
  }
  return out;
}

/** Whether what `edits` wrote (touching edits read together) can hold another layer. */
function mayHoldLayer(edits: readonly Edit[]): boolean {
  let run = '';
  let end = -1;
  for (const e of edits) {
    if (e.start !== end && run.length > 1) {
      if (lineHasCandidates(run, 0, run.length)) return true;
      run = '';
    } else if (e.start !== end) run = '';
    run += e.to;
    end = e.end;
  }
  return run.length > 1 && lineHasCandidates(run, 0, run.length);
}

/** Undoes every layer of mojibake in one line: the first pass reads the line as it came, each
 * later pass only what the pass before wrote (double damage, "Ã¢â‚¬â„¢" → "â€™" → "’").
 * Pushes edits in `text` offsets; a spot repaired twice becomes one edit, rule mojibake:double. */
function repairLineLayers(text: string, lineStart: number, lineEnd: number, out: Edit[]): void {
  const first: Edit[] = [];
  repairWholeLine(text, lineStart, lineEnd, first);
  if (first.length === 0) return;
  if (!mayHoldLayer(first)) {
    for (const e of first) out.push(e);
    return;
  }
  const line = text.slice(lineStart, lineEnd);
  let edits = first.map((e) => ({ start: e.start - lineStart, end: e.end - lineStart, to: e.to, rule: e.rule }));
  let repairs: TextRepair[] = [];
  let current = line;
  for (let pass = 1; ; pass++) {
    repairs = composeRepairs(repairs, current, edits);
    current = applyEdits(current, edits);
    if (pass === MAX_PASSES) break;
    const written = writtenRanges(edits);
    let more = false;
    for (const [a, b] of written) if (lineHasCandidates(current, a, b)) more = true;
    if (!more) break;
    edits = [];
    repairWholeLine(current, 0, current.length, edits, written);
    if (edits.length === 0) break;
  }
  // Back to edits of the line as it came: each repair's start there is its start in the result
  // minus what the repairs before it added.
  let delta = 0;
  for (const r of repairs) {
    const start = r.start - delta;
    out.push({ start: lineStart + start, end: lineStart + start + r.from.length, to: r.to, rule: r.rule });
    delta += r.to.length - r.from.length;
  }
}

/** The mojibake edits of `text`, sorted by position and never overlapping, over the lines of the
 * offsets the triage found (one per line, in order). */
export function mojibakeEdits(text: string, starts: readonly number[]): Edit[] {
  const edits: Edit[] = [];
  const n = text.length;
  for (const start of starts) {
    const lineStart = text.lastIndexOf('\n', start) + 1;
    let lineEnd = text.indexOf('\n', start);
    if (lineEnd < 0) lineEnd = n;
    repairLineLayers(text, lineStart, lineEnd, edits);
  }
  return edits;
}
