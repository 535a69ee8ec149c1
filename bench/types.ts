// What every benchmark returns: one row per figure, measured on generated data of a stated size.
export interface BenchResult {
  name: string;
  unit: string;
  value: number;
  /** The size of the data the figure was measured on ("15000 files, 42 MB"). */
  size: string;
  /** The same work done the plain way in the same run (bare template, raw FTS5 query…). */
  reference?: number;
  /** What the reference is, for the table. */
  referenceName?: string;
  /** The target the issue sets, as text ("≤ 30 s"). */
  target?: string;
}

export interface BenchOptions {
  /** Small sizes for a CI smoke run. */
  quick: boolean;
}

export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** A small deterministic PRNG (mulberry32): every run generates the same data from a seed. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
