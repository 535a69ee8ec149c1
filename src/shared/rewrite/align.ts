// Which words of one sequence line up with which of another, in order: jsdiff's Myers diff over
// word ids. Myers costs O((N+M)·D), seconds on a heavily rewritten 5,000-word story, so the words
// that cannot be part of a shared run of `gram` words are set aside first (always exact for gram 1,
// where they cannot match at all) and each stretch of them becomes one GAP token on both sides.
import { diffArrays } from 'diff';

const GAP = -1;
/** Beyond this, give up on a finer alignment and try a coarser one (jsdiff returns undefined). */
const TIMEOUT_MS = 400;
const COARSER = [3, 5, 8];

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
  const changes = diffArrays(ra.seq, rb.seq, { timeout: TIMEOUT_MS });
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
  return [];
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
