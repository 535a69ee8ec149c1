// Rewrite tools on a 5,000-word story: the "Rewritten" figure (run on each keystroke pause), the
// wire-vs-story diff view and the three-way view, at several rewrite levels — sentences rewritten
// in place, and single words edited all through (the hardest case for a diff). Medians and p99 in ms.
import { diffWords, rewriteShare, threeWay } from '../src/shared/rewrite';
import { percentile, seededRandom, type BenchOptions, type BenchResult } from './types';

const FUNCTION_WORDS = 'the of and to in a said on for that with was by at from as is it his her after would has were their an'.split(' ');
const FRESH = ['harbour', 'crossing', 'islanders', 'vessel', 'timetable', 'mayor', 'quay', 'gale', 'supplies', 'weekend'];

/**
 * About `words` words of news-like copy: function words at news frequencies between content words
 * drawn from a 4,000-word vocabulary with a Zipf-like skew, so three-word runs repeat about as
 * often as in real copy ("said on Monday"), four sentences to a paragraph, some quoted.
 */
export function wireCopy(words: number, seed = 3): string {
  const r = seededRandom(seed);
  const content = () => `w${Math.floor(4000 * r() * r())}`;
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const sentences: string[] = [];
    for (let k = 0; k < 4; k++) {
      const n = 12 + Math.floor(r() * 14);
      const ws = Array.from({ length: n }, () => (r() < 0.45 ? FUNCTION_WORDS[Math.floor(r() * r() * FUNCTION_WORDS.length)]! : content()));
      count += n;
      const s = ws.join(' ');
      sentences.push(r() < 0.15 ? `“${s},” said w${Math.floor(r() * 50)}.` : `${s[0]!.toUpperCase()}${s.slice(1)}.`);
    }
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs.join('\n\n');
}

function rewrite(wire: string, share: number, mode: 'sentences' | 'words', seed = 7): string {
  const r = seededRandom(seed);
  const fresh = () => FRESH[Math.floor(r() * FRESH.length)]!;
  return wire
    .split('\n\n')
    .map((p) =>
      mode === 'sentences'
        ? p.replace(/[^.]+\./g, (s) => (r() < share ? ` ${s.trim().split(' ').map(fresh).join(' ')}.` : s))
        : p.replace(/\p{L}+/gu, (w) => (r() < share ? fresh() : w)),
    )
    .join('\n\n');
}

function timings(fn: () => unknown, runs: number): number[] {
  const out: number[] = [];
  fn();
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

/** The figure runs in a worker after each typing pause: it should land well within one. */
const TARGET = '≤ 100 ms p99 (in a worker)';

export async function benchRewrite(options: BenchOptions = { quick: false }): Promise<BenchResult[]> {
  const wire = wireCopy(options.quick ? 1000 : 5000);
  const runs = options.quick ? 5 : 25;
  const size = `${wire.split(/\s+/).length} words`;
  const results: BenchResult[] = [];
  for (const mode of ['sentences', 'words'] as const) {
    for (const level of [0, 0.05, 0.2, 0.5, 0.8, 1]) {
      const story = rewrite(wire, level, mode);
      const share = rewriteShare(story, wire).share;
      const t = timings(() => rewriteShare(story, wire), runs);
      const label = `rewritten figure, ${mode} ${Math.round(level * 100)}% (measured ${Math.round(share * 100)}%)`;
      results.push({ name: `${label} p50`, unit: 'ms', value: percentile(t, 50), size });
      results.push({ name: `${label} p99`, unit: 'ms', value: percentile(t, 99), size, target: TARGET });
    }
  }
  // The hard case for any diff: copy that repeats itself (results lists, agate), half rewritten.
  const agate = Array.from({ length: Math.round(wire.length / 60) }, (_, i) => `Ferries sailed to island ${i % 7} on time.`).join(' ');
  const agateStory = rewrite(agate, 0.5, 'sentences');
  const a = timings(() => rewriteShare(agateStory, agate), Math.min(runs, 10));
  results.push({
    name: 'rewritten figure, repetitive copy 50% p99 (worst case)',
    unit: 'ms',
    value: percentile(a, 99),
    size: `${agate.split(/\s+/).length} words`,
    target: TARGET,
  });
  for (const level of [0.2, 0.8]) {
    const story = rewrite(wire, level, 'sentences');
    const d = timings(() => diffWords(wire, story), Math.min(runs, 10));
    results.push({ name: `diff view, sentences ${level * 100}% p50`, unit: 'ms', value: percentile(d, 50), size });
    const newer = wire.replace(/ w12 /g, ' w12b ').replace('.\n\n', '. A new sentence arrives.\n\n');
    const w = timings(() => threeWay(wire, newer, story), Math.min(runs, 10));
    results.push({ name: `three-way view, sentences ${level * 100}% p50`, unit: 'ms', value: percentile(w, 50), size });
  }
  return results;
}

const isMain = typeof process !== 'undefined' && process.argv[1]?.endsWith('rewrite.bench.ts');
if (isMain) {
  for (const r of await benchRewrite()) console.log(`${r.name}: ${r.value.toFixed(2)} ${r.unit} [${r.size}]`);
}
