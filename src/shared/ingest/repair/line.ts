// Judges one line (or stretch of one) for mojibake: reads the tokens of every code page into
// clusters (one word, or a run of damaged words), keeps a cluster only when decoding it makes the
// text clearly less weird, then, where the line is proven damaged, adds the weak cases (lost
// bytes, flattened spaces, '?' markers). Pushes the edits it makes.
import { classOf } from './charclass';
import { type Cluster, capitalInsideWord, clustersOf, isStrong, mostlyGuesses, releaseClusters } from './clusters';
import { CP1252, PAGE_COUNT, REPAIR_PAGES } from './codepages';
import type { Edit } from './edits';
import { List } from './list';
import { chooseFill, lineGroups } from './lossy';
import { ClustersByStart, Coverage, dominantPage, dropTwinPages } from './pages';
import { isLetter, rarityOf, scriptOf } from './plausibility';
import { alteredFits, isEvident, isGuarded, keepsSpace } from './signatures';
import { TokenKind, lineHasCandidates, releaseTokens, scanTokens, type Token } from './tokens';
import { type LineView, lineView, releaseViews } from './view';
import { resolveLossy, weakRepairs } from './weak';

const ALL_PAGES = (1 << PAGE_COUNT) - 1;
/** Weirdness a line must lose to strong repairs before weak repairs are allowed in it. */
const EVIDENCE = 1;

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
  let kept = 0;
  let fittedAt = -1;
  for (let i = 0; i < list.length; i++) {
    const t = list.get(i);
    if (t.start === fittedAt) continue;
    fittedAt = t.kind === TokenKind.Altered && alteredFits(text, t, view) ? t.start : -1;
    list.items[kept++] = t;
  }
  list.length = kept;
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

// Working lists of the line being judged, reused from line to line.
const ALL = new List<Token>();
const BY_PAGE: List<Token>[] = REPAIR_PAGES.map(() => new List<Token>());
const PAGES_READ: (List<Token> | undefined)[] = [];
const CLUSTERS = new List<Cluster>();
const TAKEN = new List<Cluster>();
const ACCEPTED = new List<Token>();
const SCRIPTS = new List<number>();
const COVERED = new Coverage();
const BY_START = new ClustersByStart();
const EVIDENCE_BY_PAGE = new Float64Array(PAGE_COUNT);

/** One repair pass over a line: pushes the edits (in text offsets) it makes. */
export function repairLine(text: string, lineStart: number, lineEnd: number, edits: Edit[], written?: readonly [number, number][]): void {
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
  // Only guesses for lost bytes and flattened spaces look at the line's languages.
  let weakKinds = false;
  for (let i = 0; i < all.length; i++) if (all.get(i).kind === TokenKind.Lossy || all.get(i).kind === TokenKind.Altered) weakKinds = true;
  const groups = weakKinds ? lineLetterGroups(text, lineStart, lineEnd, all) : 0;
  const clusters = CLUSTERS;
  clusters.clear();
  for (const list of byPage) if (list) readPage(text, lineStart, lineEnd, list, groups, clusters);
  clusters.sort(byDelta);
  // One line, one code page: where readings of two pages compete for the same spot, the page
  // that can read most of the line's damage wins, whatever the weight of that one spot.
  dominant = dominantPage(clusters, lineStart, lineEnd);
  if (dominant >= 0) clusters.sort(byDominantThenDelta);
  const taken = TAKEN;
  taken.clear();
  const covered = COVERED;
  covered.reset(lineStart, lineEnd);
  BY_START.index(clusters, lineStart, lineEnd);
  const evidence = EVIDENCE_BY_PAGE.fill(0);
  for (let i = 0; i < clusters.length; i++) {
    const c = clusters.get(i);
    if (!c.ok || covered.overlaps(c)) continue;
    taken.push(c);
    covered.take(c);
    const weight = Math.max(c.delta, c.tokens.length);
    evidence[c.page] = (evidence[c.page] ?? 0) + weight;
    // Pages that read the same spot the same way are proven by it too ("Å³" is "ų" in both
    // Windows-1252 and Windows-1257: the rest of the line decides between them).
    BY_START.shareEvidence(clusters, c, weight, evidence);
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
      if (!((weakPages >> c.page) & 1) || covered.overlaps(c) || mostlyGuesses(c)) continue;
      if (c.delta < (readsIntoScripts(c, scripts) ? -1 : 0)) continue;
      let weak = false;
      for (let k = 0; k < c.tokens.length; k++) {
        const t = c.tokens.get(k);
        if ((!isStrong(t) && t.got === 0) || rarityOf(t.cp) > 1) weak = true;
      }
      if (weak) continue;
      taken.push(c);
      covered.take(c);
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
