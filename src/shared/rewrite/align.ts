// Which words of one sequence line up with which of another, in order: jsdiff's Myers diff over
// word ids. Myers costs O((N+M)·D), seconds on a heavily rewritten 5,000-word story, so the words
// that cannot be part of a shared run of `gram` words are set aside first (always exact for gram 1,
// where they cannot match at all) and each stretch of them becomes one GAP token on both sides.
// The work is bounded by edit length, never by the clock: the same texts always give the same
// answer (the ready gate and the editor must agree), whatever else the machine is doing.
import { diffArrays } from 'diff';

const GAP = -1;
/** Beyond this many edits, give up on a finer alignment and try a coarser one (jsdiff returns undefined). */
const MAX_EDITS = 3000;
const COARSER = [3, 5, 8];
/** The last resort's anchors: runs this long that occur exactly once on each side. */
const ANCHOR = 8;

export type Pair = readonly [number, number];

/** 32-bit hash of the `gram` ids starting at i. Collisions only keep a few extra words in play. */
function gramHash(ids: readonly number[], i: number, gram: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < gram; k++) h = Math.imul(h ^ ids[i + k]!, 0x01000193);
  return h >>> 0;
}

function gramSet(ids: readonly number[], gram: number): Set<number> {
  const set = new Set<number>();
  for (let i = 0; i + gram <= ids.length; i++) set.add(gramHash(ids, i, gram));
  return set;
}

/** Positions of `ids` covered by a gram that also occurs in the other sequence. */
export function coveredBy(ids: readonly number[], other: ReadonlySet<number>, gram: number): Uint8Array {
  const covered = new Uint8Array(ids.length);
  for (let i = 0; i + gram <= ids.length; i++) if (other.has(gramHash(ids, i, gram))) covered.fill(1, i, i + gram);
  return covered;
}

/** Positions of `a` covered by a run of `gram` ids that also occurs somewhere in `b`. */
export function sharedRuns(a: readonly number[], b: readonly number[], gram: number): Uint8Array {
  return coveredBy(a, gramSet(b, gram), gram);
}

function reduce(ids: readonly number[], covered: Uint8Array): { seq: number[]; at: number[] } {
  const seq: number[] = [];
  const at: number[] = [];
  for (let i = 0; i < ids.length; i++) {
    if (covered[i]) {
      seq.push(ids[i]!);
      at.push(i);
    } else if (seq[seq.length - 1] !== GAP) {
      seq.push(GAP);
      at.push(-1);
    }
  }
  return { seq, at };
}

function alignOnce(a: readonly number[], b: readonly number[], gram: number): Pair[] | undefined {
  const ra = reduce(a, sharedRuns(a, b, gram));
  const rb = reduce(b, sharedRuns(b, a, gram));
  const changes = diffArrays(ra.seq, rb.seq, { maxEditLength: MAX_EDITS });
  if (!changes) return undefined;
  const pairs: Pair[] = [];
  let i = 0;
  let j = 0;
  for (const change of changes) {
    if (change.removed) i += change.count;
    else if (change.added) j += change.count;
    else {
      for (let k = 0; k < change.count; k++) {
        // A GAP matched with a GAP is a replaced stretch, not a shared word.
        if (ra.seq[i + k] !== GAP) pairs.push([ra.at[i + k]!, rb.at[j + k]!]);
      }
      i += change.count;
      j += change.count;
    }
  }
  return pairs;
}

/**
 * Matched index pairs (ascending in both) between two id sequences. `gram` 1 gives jsdiff's exact
 * longest common subsequence; larger grams only align words inside shared runs of that length.
 */
export function alignIds(a: readonly number[], b: readonly number[], gram = 1): Pair[] {
  if (a.length === b.length && a.every((x, i) => x === b[i])) return a.map((_, i) => [i, i] as const);
  const tries = [gram, ...COARSER.filter((g) => g > gram)];
  for (const g of tries) {
    const pairs = alignOnce(a, b, g);
    if (pairs) return pairs;
  }
  return anchorAlign(a, b);
}

/**
 * Last resort for texts too different for Myers within its bound: runs of ANCHOR ids that occur
 * exactly once on each side, kept in the longest order-preserving chain (patience-style), each
 * extended while the neighbours still agree. O(n log n), deterministic.
 */
export function anchorAlign(a: readonly number[], b: readonly number[]): Pair[] {
  if (a.length < ANCHOR || b.length < ANCHOR) return [];
  const once = (ids: readonly number[]) => {
    const seen = new Map<number, number>();
    for (let i = 0; i + ANCHOR <= ids.length; i++) {
      const h = gramHash(ids, i, ANCHOR);
      seen.set(h, seen.has(h) ? -1 : i);
    }
    return seen;
  };
  const inA = once(a);
  const inB = once(b);
  const anchors: Pair[] = [];
  for (const [h, i] of inA) {
    const j = inB.get(h);
    if (i >= 0 && j !== undefined && j >= 0) anchors.push([i, j]);
  }
  anchors.sort((x, y) => x[0] - y[0]);
  // Longest chain increasing in b (patience sorting with back links).
  const tails: number[] = [];
  const back = new Int32Array(anchors.length).fill(-1);
  for (let k = 0; k < anchors.length; k++) {
    const j = anchors[k]![1];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (anchors[tails[mid]!]![1] < j) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) back[k] = tails[lo - 1]!;
    tails[lo] = k;
  }
  const chain: Pair[] = [];
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k >= 0; k = back[k]!) chain.push(anchors[k]!);
  chain.reverse();
  const pairs: Pair[] = [];
  let lastA = -1;
  let lastB = -1;
  for (const [i0, j0] of chain) {
    // Already covered by the previous anchor's extension.
    if (i0 <= lastA || j0 <= lastB) continue;
    let i = i0;
    let j = j0;
    while (i - 1 > lastA && j - 1 > lastB && a[i - 1] === b[j - 1]) {
      i--;
      j--;
    }
    while (i < a.length && j < b.length && a[i] === b[j]) {
      pairs.push([i, j]);
      lastA = i;
      lastB = j;
      i++;
      j++;
    }
  }
  return pairs;
}

/** For each index of `a`, the length of the run of consecutive pairs it belongs to (0 = unmatched). */
export function runLengths(pairs: readonly Pair[], length: number): Uint32Array {
  const runs = new Uint32Array(length);
  let start = 0;
  for (let k = 1; k <= pairs.length; k++) {
    const prev = pairs[k - 1]!;
    const cur = pairs[k];
    if (cur && cur[0] === prev[0] + 1 && cur[1] === prev[1] + 1) continue;
    const len = k - start;
    for (let m = start; m < k; m++) runs[pairs[m]![0]] = len;
    start = k;
  }
  return runs;
}
