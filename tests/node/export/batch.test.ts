// Batch export: the gate per story, progress after each, cancel between stories, a summary that
// adds up, and names that never collide.
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportBatch, type BatchExportOptions } from '../../../src/main/files/export/batch';
import { alwaysReady } from '../../../src/main/files/export/readyGate';
import type { Story } from '../../../src/shared/story/model';
import { SITE, story } from '../render/support/stories';
import { tempDir } from '../../support/tempApp';

let dir: string;
beforeEach(() => (dir = tempDir('slugline-batch-')));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function stored(id: number, slug: string, headline = `Story ${id}`): Story {
  return {
    ...story({ slug, headline }),
    id,
    status: 'ready',
    version: 1,
    createdAt: '2026-04-11T16:00:00.000Z',
    updatedAt: '2026-04-12T09:30:00.000Z',
    wireItemId: null,
    agency: null,
    priority: null,
    tags: ['a'],
  };
}

const options = (extra: Partial<BatchExportOptions> = {}): BatchExportOptions => ({
  outDir: join(dir, 'out'),
  site: SITE,
  singleFile: false,
  force: false,
  gate: alwaysReady,
  media: null,
  wire: { get: async () => null },
  ...extra,
});

describe('exportBatch', () => {
  it('exports each story, reports progress after each, and de-duplicates names', async () => {
    const progress: string[] = [];
    const summary = await exportBatch(
      [stored(1, 'same'), stored(2, 'same'), stored(3, 'other')],
      options({ onProgress: (p) => progress.push(`${p.done}/${p.total} ${p.result.outcome}`) }),
    );
    expect(progress).toEqual(['1/3 exported', '2/3 exported', '3/3 exported']);
    expect(summary).toMatchObject({ exported: 3, refused: 0, failed: 0, skipped: 0, cancelled: false });
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['other.html', 'same-2.html', 'same.html']);
  });

  it('refuses what the gate refuses (nothing written) unless forced', async () => {
    const gate: BatchExportOptions['gate'] = async (s) =>
      s.id === 2 ? { ok: false, findings: [{ rule: 'r', severity: 'error', message: 'm' }] } : { ok: true, findings: [] };
    const refused = await exportBatch([stored(1, 'one'), stored(2, 'two')], options({ gate }));
    expect(refused.results.map((r) => [r.outcome, r.forced, r.findings.length])).toEqual([
      ['exported', false, 0],
      ['refused', false, 1],
    ]);
    expect(existsSync(join(dir, 'out', 'two.html'))).toBe(false);
    const forced = await exportBatch([stored(2, 'two')], options({ gate, force: true }));
    expect(forced.results[0]).toMatchObject({ outcome: 'exported', forced: true, findings: [{ rule: 'r' }] });
    expect(existsSync(join(dir, 'out', 'two.html'))).toBe(true);
  });

  it('stops between stories when cancelled, and says how many were not reached', async () => {
    const controller = new AbortController();
    const summary = await exportBatch(
      [stored(1, 'a'), stored(2, 'b'), stored(3, 'c')],
      options({ signal: controller.signal, onProgress: (p) => p.done === 1 && controller.abort() }),
    );
    expect(summary).toMatchObject({ exported: 1, skipped: 2, cancelled: true });
    expect(readdirSync(join(dir, 'out'))).toEqual(['a.html']);
  });

  it('reports a story it could not write and goes on with the rest', async () => {
    mkdirSync(join(dir, 'out', 'b.html'), { recursive: true }); // a folder where b's page would go
    const summary = await exportBatch([stored(1, 'a'), stored(2, 'b'), stored(3, 'c')], options());
    expect(summary.results.map((r) => r.outcome)).toEqual(['exported', 'failed', 'exported']);
    expect(summary.results[1]!.error).toMatch(/b\.html/);
    expect(summary).toMatchObject({ exported: 2, failed: 1 });
  });
});
