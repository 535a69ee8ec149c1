// The database side of ingest and saving: a synthetic day of wire imported into a fresh story
// database (parse + store, as the watch folder does), and autosave round trips on one story.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bytesSource, importSources } from '../src/main/ingest/importer';
import { createAppServices } from '../src/main/services/appServices';
import { memorySettings } from '../src/main/settings/settingsStore';
import { documentOf, paragraph, textRun } from '../src/shared/story/document';
import { syntheticDay } from './ingest.bench';
import { percentile, type BenchOptions, type BenchResult } from './types';

async function withApp<T>(work: (app: Awaited<ReturnType<typeof createAppServices>>) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'slugline-bench-'));
  const app = await createAppServices({ dbPath: join(dir, 'bench.db'), settings: memorySettings(), mode: 'cli' });
  try {
    return await work(app);
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchImport(options: BenchOptions = { quick: false }): Promise<BenchResult[]> {
  const files = syntheticDay(options.quick ? 1500 : 15_000);
  const mb = files.reduce((n, f) => n + f.bytes.length, 0) / 1e6;
  const size = `${files.length} files, ${mb.toFixed(1)} MB`;
  return withApp(async (app) => {
    const started = performance.now();
    const summary = await importSources(
      app.wire,
      { author: 'bench' },
      files.map((f) => bytesSource(f.name, f.bytes)),
    );
    const seconds = (performance.now() - started) / 1000;
    if (summary.rejected) throw new Error(`${summary.rejected} synthetic files were refused`);
    return [
      { name: 'ingest into the database: synthetic day', unit: 's', value: seconds, size, target: options.quick ? undefined : '≤ 30 s' },
      { name: 'ingest into the database: synthetic day', unit: 'items/s', value: summary.items / seconds, size },
      { name: 'ingest into the database: synthetic day', unit: 'MB/s', value: mb / seconds, size },
    ];
  });
}

export async function benchAutosave(options: BenchOptions = { quick: false }): Promise<BenchResult[]> {
  const words = options.quick ? 1000 : 5000;
  const saves = options.quick ? 50 : 300;
  return withApp(async (app) => {
    const text = (n: number) =>
      Array.from({ length: words / 10 }, (_, i) => `Paragraph ${i} sentence about the council and the harbour ${n}.`).join(' ');
    const body = (n: number) =>
      documentOf(
        text(n)
          .match(/.{1,600}(\s|$)/g)!
          .map((p) => paragraph([textRun(p.trim())])),
      );
    let story = await app.repo.create({ fields: { headline: 'Autosave bench', body: body(0) } }, { author: 'bench' });
    const samples: number[] = [];
    for (let n = 1; n <= saves; n++) {
      const started = performance.now();
      const result = await app.registry.invoke(
        'storyUpdate',
        { id: story.id, version: story.version, patch: { body: body(n) }, mode: 'autosave' },
        { transport: 'test' },
      );
      samples.push(performance.now() - started);
      if (!result.ok) throw new Error(result.error.message);
      story = result.value as typeof story;
    }
    const size = `${words}-word story, ${saves} saves`;
    return [
      { name: 'autosave round trip (validate + write + revision + index), p50', unit: 'ms', value: percentile(samples, 50), size },
      { name: 'autosave round trip, p99', unit: 'ms', value: percentile(samples, 99), size },
    ];
  });
}
