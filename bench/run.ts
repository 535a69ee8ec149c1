// `npm run bench [-- --quick] [-- --only NAME]`: every benchmark the issues define, on generated
// data of stated size; prints a table and writes bench/results.json with machine information.
// Benchmarks never run inside `npm test`.
import { cpus, freemem, totalmem, platform, release } from 'node:os';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { BenchOptions, BenchResult } from './types';

type Suite = { name: string; run(options: BenchOptions): Promise<BenchResult[]> };

/** Call a suite's function with the options; older suites that take none simply ignore them. */
function withOptions(fn: (...args: never[]) => Promise<BenchResult[]>, options: BenchOptions): Promise<BenchResult[]> {
  return (fn as (options: BenchOptions) => Promise<BenchResult[]>)(options);
}

// Each suite lives beside this file; a missing module is reported, not fatal.
const suites: Suite[] = [
  { name: 'ingest parse', run: async (o) => withOptions((await import('./ingest.bench')).benchParse, o) },
  { name: 'ingest into the database', run: async (o) => (await import('./store.bench')).benchImport(o) },
  { name: 'text repair', run: async (o) => withOptions((await import('./repair.bench')).benchRepair, o) },
  { name: 'search', run: async (o) => withOptions((await import('./search.bench')).benchSearch, o) },
  { name: 'checks', run: async (o) => withOptions((await import('./checks.bench')).benchChecks, o) },
  { name: 'rewrite analysis', run: async (o) => withOptions((await import('./rewrite.bench')).benchRewrite, o) },
  { name: 'autosave', run: async (o) => (await import('./store.bench')).benchAutosave(o) },
  { name: 'export', run: async (o) => withOptions((await import('./export.bench')).benchExport, o) },
  { name: 'editor (Chromium)', run: async (o) => withOptions((await import('./editor.bench')).benchEditor, o) },
  { name: 'preview (Chromium)', run: async (o) => (await import('./preview.bench')).benchPreview(o) },
];

function format(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  return abs >= 1000 ? value.toFixed(0) : abs >= 10 ? value.toFixed(1) : value.toFixed(2);
}

function table(rows: Array<BenchResult & { suite: string }>): string {
  const head = ['figure', 'value', 'unit', 'vs reference', 'target', 'data'];
  const body = rows.map((r) => [
    r.name,
    format(r.value),
    r.unit,
    r.reference !== undefined && r.reference > 0 ? `${format(r.value / r.reference)}× ${r.referenceName ?? 'reference'}` : '',
    r.target ?? '',
    r.size,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 1 || i === 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const options: BenchOptions = { quick: args.includes('--quick') };
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  const rows: Array<BenchResult & { suite: string }> = [];
  const problems: string[] = [];
  for (const suite of suites) {
    if (only && !suite.name.includes(only)) continue;
    process.stderr.write(`bench: ${suite.name}${options.quick ? ' (quick)' : ''}…\n`);
    const started = performance.now();
    try {
      const results = await suite.run(options);
      rows.push(...results.map((r) => ({ ...r, suite: suite.name })));
      process.stderr.write(`bench: ${suite.name} done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    } catch (err) {
      const message = `${suite.name}: ${(err as Error).message.split('\n')[0]}`;
      problems.push(message);
      process.stderr.write(`bench: ${message}\n`);
    }
  }
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGB: +(totalmem() / 1024 ** 3).toFixed(1),
    freeMemoryGB: +(freemem() / 1024 ** 3).toFixed(1),
    node: process.version,
    platform: `${platform()} ${release()}`,
    date: new Date().toISOString(),
    quick: options.quick,
  };
  const out = join(dirname(fileURLToPath(import.meta.url)), 'results.json');
  writeFileSync(out, `${JSON.stringify({ machine, results: rows, problems }, null, 2)}\n`);
  console.log(table(rows));
  console.log(`\n${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGB} GB, Node ${machine.node}; written to ${out}`);
  if (problems.length) console.log(`\nNot measured:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return problems.length ? 1 : 0;
}

process.exitCode = await main();
