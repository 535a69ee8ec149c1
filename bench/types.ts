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
