// How the code pages of one line relate: a page that only repeats an earlier page's readings is
// not read; pages that read a spot the same way share the proof it gives; and the page that can
// read most of the line's damage wins the spots two pages contest. Positions are indexed in typed
// arrays over the line, so a line of thousands of damaged words stays linear.
import type { Cluster } from './clusters';
import { PAGE_COUNT } from './codepages';
import type { List } from './list';
import type { Token } from './tokens';

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

/** Every token of `b` is read the same way in `a` (both in text order). */
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
export function dropTwinPages(byPage: (List<Token> | undefined)[]): void {
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

/** Which characters of the line chosen clusters cover, to refuse overlapping ones in O(span). */
export class Coverage {
  private base = 0;
  private marks = new Uint8Array(2048);

  reset(lineStart: number, lineEnd: number): void {
    this.base = lineStart;
    const len = lineEnd - lineStart + 1;
    if (this.marks.length < len) this.marks = new Uint8Array(len * 2);
    else this.marks.fill(0, 0, len);
  }

  overlaps(c: { start: number; end: number }): boolean {
    for (let i = c.start; i < c.end; i++) if (this.marks[i - this.base] === 1) return true;
    return false;
  }

  take(c: { start: number; end: number }): void {
    this.marks.fill(1, c.start - this.base, c.end - this.base);
  }
}

const FIRST_CHOICE = new Coverage();
const REACH = new Float64Array(PAGE_COUNT);
/** Per page: for each character, 1 + the index (in the cluster list) of the widest acceptable
 * cluster of that page covering it. */
let widest: Int32Array[] = [];

/** The page that can read the most damage a first greedy choice found (the one with most tokens
 * when no page reads it all), or -1 when only one page is involved. */
export function dominantPage(clusters: List<Cluster>, lineStart: number, lineEnd: number): number {
  let pages = 0;
  for (let i = 0; i < clusters.length; i++) if (clusters.get(i).ok) pages |= 1 << clusters.get(i).page;
  if ((pages & (pages - 1)) === 0) return -1;
  const len = lineEnd - lineStart + 1;
  if ((widest[0]?.length ?? 0) < len) widest = Array.from({ length: PAGE_COUNT }, () => new Int32Array(len * 2));
  for (let p = 0; p < PAGE_COUNT; p++) if ((pages >> p) & 1) widest[p]?.fill(0, 0, len);
  // The clusters of one page never overlap, but for a cluster and its sure-tokens-only variant
  // (which lies inside it): there, the wider one stands for both.
  for (let i = 0; i < clusters.length; i++) {
    const c = clusters.get(i);
    if (!c.ok) continue;
    const cover = widest[c.page] as Int32Array;
    for (let k = c.start; k < c.end; k++) {
      const had = cover[k - lineStart] ?? 0;
      if (had === 0 || clusters.get(had - 1).end - clusters.get(had - 1).start < c.end - c.start) cover[k - lineStart] = i + 1;
    }
  }
  const chosen = FIRST_CHOICE;
  chosen.reset(lineStart, lineEnd);
  const reach = REACH.fill(0);
  for (let i = 0; i < clusters.length; i++) {
    const t = clusters.get(i);
    if (!t.ok || chosen.overlaps(t)) continue;
    chosen.take(t);
    // Every page with one acceptable cluster covering all of this spot can read it.
    for (let p = 0; p < PAGE_COUNT; p++) {
      if (!((pages >> p) & 1)) continue;
      const cover = widest[p] as Int32Array;
      const id = cover[t.start - lineStart] ?? 0;
      if (id !== 0 && id === cover[t.end - 1 - lineStart]) reach[p] = (reach[p] ?? 0) + t.tokens.length;
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

/** Clusters by where they start, to find the other pages' readings of a spot in O(1). */
export class ClustersByStart {
  private base = 0;
  private head = new Int32Array(2048);
  private next = new Int32Array(256);

  index(clusters: List<Cluster>, lineStart: number, lineEnd: number): void {
    this.base = lineStart;
    const len = lineEnd - lineStart + 1;
    if (this.head.length < len) this.head = new Int32Array(len * 2);
    else this.head.fill(0, 0, len);
    if (this.next.length < clusters.length + 1) this.next = new Int32Array((clusters.length + 1) * 2);
    for (let i = 0; i < clusters.length; i++) {
      const at = clusters.get(i).start - this.base;
      this.next[i + 1] = this.head[at] ?? 0;
      this.head[at] = i + 1;
    }
  }

  /** Adds `weight` to the evidence of every other page that reads `c`'s spot exactly as `c`. */
  shareEvidence(clusters: List<Cluster>, c: Cluster, weight: number, evidence: Float64Array): void {
    for (let id = this.head[c.start - this.base] ?? 0; id !== 0; id = this.next[id] ?? 0) {
      const o = clusters.get(id - 1);
      if (o.page !== c.page && sameReading(o, c)) evidence[o.page] = (evidence[o.page] ?? 0) + weight;
    }
  }
}
