// The app's export calls through the registry (so the contract checks every request): one story
// as a single file or a folder, the ready gate's refusal with its findings, the in-memory page for
// the browser's Download, batches with progress, cancel and "mark Published" (in the history),
// and "Show in folder" only for files inside the export folder.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportHandlers } from '../../../src/main/handlers/export';
import { createHandlers } from '../../../src/main/handlers';
import type { HandlerDeps } from '../../../src/main/handlers/deps';
import { callOrThrow, createRegistry, type Registry } from '../../../src/main/ipc/registry';
import type { AppEvent } from '../../../src/shared/contract/events';
import { documentFromText, documentOf, figure, paragraph, textRun } from '../../../src/shared/story/document';
import { tempApp, type TempApp } from '../../support/tempApp';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const me = { author: 'Test Editor' };

let app: TempApp;
let registry: Registry;
let dataDir: string;
let shown: string[];
let events: AppEvent[];

function depsOf(a: TempApp, shell?: HandlerDeps['shell']): HandlerDeps {
  return {
    backups: a.backups,
    media: a.media,
    repo: a.repo,
    wire: a.wire,
    imports: a.imports,
    watch: a.watch,
    settings: a.settings,
    events: a.events,
    info: { version: 'test', mode: 'cli', dbPath: a.dbPath, schemaVersion: 1 },
    ...(shell ? { shell } : {}),
  };
}

async function readyStory(slug: string, headline: string, text = 'PORT ELLIS — The bridge reopened on Monday.') {
  return app.repo.create({ status: 'ready', fields: { slug, headline, body: documentFromText(text), credit: 'Staff' } }, me);
}

beforeEach(async () => {
  app = await tempApp();
  dataDir = join(app.dir, 'data');
  shown = [];
  events = [];
  app.events.subscribe((e) => events.push(e));
  const deps = depsOf(app, { showItemInFolder: (p) => shown.push(p) });
  registry = createRegistry({ ...createHandlers(deps), ...exportHandlers(deps, { dataDir }) }, { checkResponses: true });
});
afterEach(async () => {
  await app.cleanup();
});

const call = <N extends Parameters<typeof callOrThrow>[1]>(name: N, request: Parameters<typeof callOrThrow<N>>[2]) =>
  callOrThrow(registry, name, request);

describe('exportStory', () => {
  it('writes a single file into <data folder>/exports, created on demand', async () => {
    const s = await readyStory('bridge', 'Bridge reopens');
    expect(await call('exportInfo', {})).toEqual({ folder: join(dataDir, 'exports'), canReveal: true });
    const out = await call('exportStory', { id: s.id, format: 'single' });
    expect(out.page).toBe(join(dataDir, 'exports', 'bridge.html'));
    expect(out.files).toEqual([out.page]);
    expect(readFileSync(out.page, 'utf8')).toContain('<h1>Bridge reopens</h1>');
  });

  it('writes a folder export (page + assets/) into a named subfolder', async () => {
    const imported = await app.media.importImage('harbour.png', PNG);
    const body = documentOf([
      paragraph([textRun('The harbour at dawn.')]),
      figure({ mediaId: imported.id, width: 1, height: 1, alt: 'Harbour', credit: 'Ines Park', caption: documentFromText('The harbour.') }),
    ]);
    const s = await app.repo.create({ status: 'ready', fields: { slug: 'harbour', headline: 'Harbour', body, credit: 'Staff' } }, me);
    const out = await call('exportStory', { id: s.id, format: 'folder', subfolder: 'Late edition' });
    expect(out.folder).toBe(join(dataDir, 'exports', 'Late edition'));
    expect(out.files).toHaveLength(2);
    expect(out.files[1]).toMatch(/assets[/\\][0-9a-f]{20}\.png$/);
    expect(existsSync(out.files[1]!)).toBe(true);
    expect(readFileSync(out.page, 'utf8')).toMatch(/<img src="assets\/[0-9a-f]{20}\.png" alt="Harbour"/);
  });

  it('uses the export folder from preferences, and refuses one that is not a full path', async () => {
    const s = await readyStory('bridge', 'Bridge reopens');
    app.settings.update({ exportFolder: join(app.dir, 'site-out') });
    expect((await call('exportStory', { id: s.id, format: 'single' })).page).toBe(join(app.dir, 'site-out', 'bridge.html'));
    app.settings.update({ exportFolder: 'relative/out' });
    await expect(call('exportStory', { id: s.id, format: 'single' })).rejects.toMatchObject({ code: 'bad-input' });
  });

  it('refuses a story the ready gate refuses, listing the findings, and writes nothing', async () => {
    const s = await readyStory('tk', 'Council vote', 'The council voted TK to extend the tram line.');
    const refusal = await call('exportStory', { id: s.id, format: 'single' }).catch((e: unknown) => e);
    expect(refusal).toMatchObject({ code: 'refused', message: '“Council vote” was not exported: the ready gate found 1 problem.' });
    const details = (refusal as { details: { findings: Array<{ rule: string; message: string }> } }).details;
    expect(details.findings).toEqual([expect.objectContaining({ rule: 'placeholder', message: expect.stringContaining('TK') })]);
    expect(existsSync(join(dataDir, 'exports'))).toBe(false);
  });

  it('refuses hostile subfolder names at the contract, before any handler runs', async () => {
    const s = await readyStory('bridge', 'Bridge reopens');
    for (const subfolder of ['..', '../x', 'a/b', 'CON', '.hidden', 'a\u202eb']) {
      const result = await registry.invoke('exportStory', { id: s.id, format: 'single', subfolder }, { transport: 'test' });
      expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
    expect(existsSync(join(dataDir, 'exports'))).toBe(false);
  });
});

describe('exportPage (the browser mode Download)', () => {
  it('returns the single-file page without writing anything', async () => {
    const s = await readyStory('bridge', 'Bridge reopens');
    const page = await call('exportPage', { id: s.id });
    expect(page.fileName).toBe('bridge.html');
    expect(page.html).toMatch(/^<!DOCTYPE html>/);
    expect(existsSync(join(dataDir, 'exports'))).toBe(false);
  });
});

describe('exportBatch', () => {
  it('exports every Ready story, refuses the one the gate refuses, reports progress, and marks Published', async () => {
    const a = await readyStory('one', 'First story');
    const b = await readyStory('two', 'Second story', 'A sentence with TK in it.');
    const c = await readyStory('three', 'Third story');
    await app.repo.create({ status: 'edit', fields: { slug: 'draft', headline: 'Draft', body: documentFromText('x') } }, me);
    const summary = await call('exportBatch', { jobId: 'batch-1', scope: { kind: 'ready' }, format: 'folder', markPublished: true });
    expect(summary).toMatchObject({ exported: 2, refused: 1, failed: 0, skipped: 0, cancelled: false });
    expect(summary.results.map((r) => [r.id, r.outcome, r.published])).toEqual([
      [a.id, 'exported', true],
      [b.id, 'refused', false],
      [c.id, 'exported', true],
    ]);
    expect(summary.results[1]!.findings[0]!.rule).toBe('placeholder');
    expect(readdirSync(summary.folder).sort()).toEqual(['one.html', 'three.html']);
    const progress = events
      .filter((e) => e.type === 'export-progress')
      .map((e) => (e.type === 'export-progress' ? `${e.done}/${e.total} ${e.outcome}` : ''));
    expect(progress).toEqual(['1/3 exported', '2/3 refused', '3/3 exported']);
    expect((await app.repo.get(a.id))!.status).toBe('published');
    expect((await app.repo.get(b.id))!.status).toBe('ready');
    const history = await app.repo.events(a.id);
    expect(history[0]).toMatchObject({
      toStatus: 'published',
      who: 'Test Editor',
      note: `Exported to ${join(summary.folder, 'one.html')}`,
    });
  });

  it('exports a selection; a story that is not Ready is exported but not published, and says why', async () => {
    const ready = await readyStory('one', 'First story');
    const copy = await app.repo.create(
      { status: 'copy', fields: { slug: 'copy', headline: 'On the copy desk', body: documentFromText('Fine text.') } },
      me,
    );
    const summary = await call('exportBatch', {
      jobId: 'batch-2',
      scope: { kind: 'selection', ids: [copy.id, ready.id] },
      format: 'single',
      markPublished: true,
    });
    expect(summary.results.map((r) => [r.id, r.outcome, r.published])).toEqual([
      [copy.id, 'exported', false],
      [ready.id, 'exported', true],
    ]);
    expect(summary.results[0]!.publishError).toBe('Only a story that is Ready can be published.');
  });

  it('stops between stories when cancelled, and counts the rest as skipped', async () => {
    for (let i = 1; i <= 5; i++) await readyStory(`s${i}`, `Story ${i}`);
    const unsubscribe = app.events.subscribe((e) => {
      if (e.type === 'export-progress' && e.done === 2) void call('exportCancel', { jobId: 'batch-3' });
    });
    const summary = await call('exportBatch', { jobId: 'batch-3', scope: { kind: 'ready' }, format: 'single', markPublished: false });
    unsubscribe();
    expect(summary).toMatchObject({ exported: 2, skipped: 3, cancelled: true });
    expect(await call('exportCancel', { jobId: 'batch-3' })).toEqual({ cancelled: false });
  });
});

describe('exportReveal', () => {
  it('shows only files inside the export folder', async () => {
    const s = await readyStory('bridge', 'Bridge reopens');
    const out = await call('exportStory', { id: s.id, format: 'single' });
    expect(await call('exportReveal', { file: out.page })).toEqual({ shown: true });
    expect(shown).toEqual([out.page]);
    const outside = join(app.dir, 'secret.txt');
    writeFileSync(outside, 'x');
    mkdirSync(join(dataDir, 'exports', 'sub'), { recursive: true });
    for (const file of [
      outside,
      join(dataDir, 'exports'),
      join(dataDir, 'exports', '..', '..', 'secret.txt'),
      'bridge.html',
      '/etc/passwd',
    ]) {
      await expect(call('exportReveal', { file })).rejects.toMatchObject({ code: 'refused' });
    }
    expect(shown).toHaveLength(1);
  });

  it('is unavailable without the desktop shell (browser mode, CLI)', async () => {
    const deps = depsOf(app);
    const plain = createRegistry({ ...createHandlers(deps), ...exportHandlers(deps, { dataDir }) });
    expect(await callOrThrow(plain, 'exportInfo', {})).toMatchObject({ canReveal: false });
    await expect(callOrThrow(plain, 'exportReveal', { file: join(dataDir, 'exports', 'x.html') })).rejects.toMatchObject({
      code: 'unavailable',
    });
  });
});
