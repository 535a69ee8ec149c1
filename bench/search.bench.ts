// Search over 100,000 generated stories: p50/p99 for a rare term, a common term and a phrase,
// newest-first and ranked, through the desk's list call, each beside the same FTS5 MATCH run
// directly (the reference). `tsx bench/search.bench.ts [--quick]` runs it alone.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../src/main/db/connection';
import { migrate } from '../src/main/db/migrate';
import { deskList } from '../src/main/db/sqlite/deskList';
import { parseSearchQuery, toFtsMatch } from '../src/shared/search/query';
import type { DeskQuery } from '../src/shared/workflow/schemas';
import { percentile, type BenchOptions, type BenchResult } from './types';

const STORIES = 100_000;
const QUICK_STORIES = 10_000;
const RARE = 'zanzibarite';
const PHRASE = 'harbour authority';
const COMMON = 'council';

/** A small deterministic generator, so every run searches the same corpus. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ka',
  'to',
  'ri',
  'men',
  'sal',
  'ver',
  'don',
  'pla',
  'mi',
  'gro',
  'bel',
  'tan',
  'sor',
  'lu',
  'fen',
  'dar',
  'co',
  'nis',
  'pe',
  'ul',
];
const FUNCTION_WORDS = ['the', 'a', 'of', 'to', 'in', 'and', 'on', 'for', 'was', 'with', 'by', 'at', 'from', 'said', 'that', 'is'];

/** A Zipf-like vocabulary of made-up words, so term frequencies look like real copy. */
function vocabulary(size: number): string[] {
  const words: string[] = [];
  for (let i = 0; i < size; i++) {
    let w = '';
    let n = i + SYLLABLES.length;
    while (n > 0) {
      w += SYLLABLES[n % SYLLABLES.length];
      n = Math.floor(n / SYLLABLES.length);
    }
    words.push(w);
  }
  return words;
}

export function generateStories(db: Db, stories = STORIES): void {
  const rnd = random(20_260_101);
  const words = vocabulary(30_000);
  const word = () =>
    rnd() < 0.4 ? FUNCTION_WORDS[Math.floor(rnd() * FUNCTION_WORDS.length)]! : words[Math.floor(words.length ** rnd()) - 1]!;
  const sentence = (extra: string[]) => {
    const out: string[] = [];
    const n = 10 + Math.floor(rnd() * 14);
    for (let i = 0; i < n; i++) out.push(word());
    for (const e of extra) out.splice(Math.floor(rnd() * out.length), 0, e);
    return `${out.join(' ')}.`;
  };
  const statuses = ['wire', 'edit', 'copy', 'ready', 'published'];
  const agencies = ['AP', 'Reuters', 'AFP', 'dpa', null];
  const start = Date.UTC(2025, 0, 1);
  const insertStory = db.prepare(
    `INSERT INTO stories (id, slug, status, headline, deck, body, body_text, words, agency, priority, created_at, updated_at)
     VALUES (?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertFts = db.prepare('INSERT INTO story_fts (rowid, headline, deck, body, captions, credits, tags) VALUES (?, ?, ?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (let id = 1; id <= stories; id++) {
      const extra: string[] = [];
      if (rnd() < 0.35) extra.push(COMMON);
      if (rnd() < 0.02) extra.push(PHRASE);
      if (id % Math.max(1, Math.floor(stories / 12)) === 0) extra.push(RARE);
      const paragraphs: string[] = [];
      for (let p = 0; p < 5; p++) paragraphs.push(`${sentence(p === 0 ? extra : [])} ${sentence([])}`);
      const headline = sentence([]).slice(0, 80);
      const bodyText = paragraphs.join('\n\n');
      const body = JSON.stringify({
        root: { type: 'root', children: paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] })) },
      });
      // Updates are not in id order: editing reorders the desk, which is what newest-first must handle.
      const updated = new Date(start + Math.floor(rnd() * 365 * 86_400_000)).toISOString();
      const agency = agencies[id % agencies.length] ?? null;
      insertStory.run(id, `slug-${id}`, statuses[id % statuses.length], headline, body, bodyText, 120, agency, id % 4, updated, updated);
      insertFts.run(id, headline, '', bodyText, '', agency ?? '', '');
    }
  })();
  db.exec('ANALYZE');
}

/** Wall-clock times, and the CPU time this process spent (which a busy machine does not inflate). */
function timings(fn: () => unknown, runs: number): number[] & { cpu: number[] } {
  fn();
  const out: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  return Object.assign(
    out.sort((a, b) => a - b),
    { cpu: cpu.sort((a, b) => a - b) },
  );
}

export async function benchSearch(options: BenchOptions = { quick: false }): Promise<BenchResult[]> {
  const stories = options.quick ? QUICK_STORIES : STORIES;
  const dir = mkdtempSync(join(tmpdir(), 'slugline-bench-search-'));
  const db = openDatabase(join(dir, 'bench.db'));
  try {
    migrate(db);
    generateStories(db, stories);
    const results: BenchResult[] = [];
    const size = `${stories.toLocaleString('en')} stories`;
    const cases: Array<[string, string]> = [
      ['rare term', RARE],
      ['common term', COMMON],
      ['phrase', `"${PHRASE}"`],
    ];
    for (const [label, text] of cases) {
      const match = toFtsMatch(parseSearchQuery(text))!;
      for (const order of ['newest', 'relevance'] as const) {
        // What the desk asks for as you type: a page of 50 with snippets, tags, problems, claims.
        const query: DeskQuery = { text, order, limit: 50 };
        const ours = timings(() => deskList(db, query, '2000-01-01T00:00:00.000Z'), 60);
        // The reference: the same MATCH run directly on the index, ordered the same way, without
        // the desk's status filter, snippets or total.
        const sql =
          order === 'relevance'
            ? 'SELECT rowid FROM story_fts WHERE story_fts MATCH ? ORDER BY rank LIMIT 50'
            : 'SELECT s.id FROM story_fts JOIN stories s ON s.id = story_fts.rowid WHERE story_fts MATCH ? ORDER BY s.updated_at DESC LIMIT 50';
        const reference = timings(() => db.prepare(sql).all(match), 30);
        const name = `search: ${label}, ${order === 'newest' ? 'newest first' : 'ranked'}`;
        const referenceName = order === 'relevance' ? 'FTS5 ORDER BY rank' : 'FTS5 joined, ORDER BY updated';
        results.push({
          name: `${name} p50`,
          unit: 'ms',
          value: percentile(ours, 50),
          size,
          reference: percentile(reference, 50),
          referenceName,
        });
        results.push({
          name: `${name} p99`,
          unit: 'ms',
          value: percentile(ours, 99),
          size,
          reference: percentile(reference, 99),
          referenceName,
          target: '≤ 50 ms',
        });
        results.push({ name: `${name} p99, CPU time`, unit: 'ms', value: percentile(ours.cpu, 99), size });
      }
    }
    return results;
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const isMain = typeof process !== 'undefined' && process.argv[1]?.endsWith('search.bench.ts');
if (isMain) {
  for (const r of await benchSearch({ quick: process.argv.includes('--quick') })) {
    const ratio = r.reference ? ` (direct FTS5: ${r.reference.toFixed(2)} ms, ratio ${(r.value / r.reference).toFixed(2)})` : '';
    console.log(`${r.name}: ${r.value.toFixed(2)} ${r.unit}${ratio} [${r.size}]`);
  }
}
