// `slugline export` through main(), with in-memory streams and a temp database.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createExportCommand } from '../../../src/main/cli/commands/export';
import { main } from '../../../src/main/cli/index';
import type { CliIo } from '../../../src/main/cli/io';
import { createAppServices } from '../../../src/main/services/appServices';
import { memorySettings } from '../../../src/main/settings/settingsStore';
import { documentFromText, documentOf, figure, paragraph, textRun } from '../../../src/shared/story/document';
import { tempDir } from '../../support/tempApp';

interface TestIo extends CliIo {
  out(): string;
  err(): string;
}

function memoryIo(cwd: string): TestIo {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  return { stdin: new PassThrough(), stdout, stderr, env: { SLUGLINE_DATA_DIR: join(cwd, 'data') }, cwd, out: () => out, err: () => err };
}

let dir: string;
let dbPath: string;
let ids: { ready1: number; ready2: number; edit: number; photo: number };

// A 1×1 PNG, imported into the database's media library.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

beforeEach(async () => {
  dir = tempDir('slugline-cli-export-');
  dbPath = join(dir, 'news.db');
  const app = await createAppServices({ dbPath, settings: memorySettings(), mode: 'cli' });
  const me = { author: 'Test' };
  const body = documentOf([
    paragraph([textRun('PORT ELLIS — The bridge reopened.')]),
    figure({
      mediaId: null,
      width: null,
      height: null,
      alt: 'Buses',
      credit: 'Lena Sorvik',
      caption: documentFromText('The first buses.'),
    }),
  ]);
  const ready1 = await app.repo.create(
    { status: 'ready', fields: { slug: 'bridge', headline: 'Bridge reopens', body, credit: 'Staff' } },
    me,
  );
  const ready2 = await app.repo.create(
    { status: 'ready', fields: { slug: 'bridge', headline: 'Bridge: the sequel', body: documentFromText('More.') } },
    me,
  );
  const edit = await app.repo.create(
    { status: 'edit', fields: { slug: 'draft', headline: 'Draft', body: documentFromText('Not yet.') } },
    me,
  );
  const imported = await app.media.importImage('harbour.png', PNG);
  const photoBody = documentOf([
    figure({ mediaId: imported.id, width: 1, height: 1, alt: 'Harbour', credit: 'Ines Park', caption: documentFromText('The harbour.') }),
  ]);
  const photo = await app.repo.create({ status: 'copy', fields: { slug: 'photo', headline: 'Photo story', body: photoBody } }, me);
  ids = { ready1: ready1.id, ready2: ready2.id, edit: edit.id, photo: photo.id };
  app.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('slugline export', () => {
  it('is listed in --help', async () => {
    const io = memoryIo(dir);
    expect(await main(['--help'], io)).toBe(0);
    expect(io.out()).toMatch(/export\s+Export stories as publish-ready HTML pages/);
  });

  it('exports every Ready story into a folder: one page each, de-duplicated names, paths on stdout, warnings on stderr', async () => {
    const io = memoryIo(dir);
    expect(await main(['export', '--status', 'ready', '--out', 'site', '--db', dbPath], io)).toBe(0);
    const out = join(dir, 'site');
    expect(readdirSync(out).sort()).toEqual(['bridge-2.html', 'bridge.html']);
    expect(io.out().trim().split('\n').sort()).toEqual([join(out, 'bridge-2.html'), join(out, 'bridge.html')]);
    const page = readFileSync(join(out, 'bridge.html'), 'utf8');
    expect(page).toContain('<h1>Bridge reopens</h1>');
    expect(page).toContain(
      '<figcaption><span class="caption">The first buses.</span> <span class="credit">Lena Sorvik</span></figcaption>',
    );
    expect(io.err()).toMatch(/#\d+ bridge: warning: Figure 1 \(“The first buses\.”\): the image file is missing/);
    expect(io.err()).toContain(`Exported 2 of 2 stories to ${out}.`);
  });

  it('exports stories by id as single self-contained files', async () => {
    const io = memoryIo(dir);
    expect(await main(['export', String(ids.edit), '--out', join(dir, 'one'), '--single-file', '--db', dbPath], io)).toBe(0);
    expect(readdirSync(join(dir, 'one'))).toEqual(['draft.html']);
  });

  it('copies the picture from the media library into assets/, or inlines it with --single-file', async () => {
    const io = memoryIo(dir);
    expect(await main(['export', String(ids.photo), '--out', 'folder', '--db', dbPath], io)).toBe(0);
    const assets = readdirSync(join(dir, 'folder', 'assets'));
    expect(assets).toHaveLength(1);
    expect(readFileSync(join(dir, 'folder', 'assets', assets[0]!))).toEqual(PNG);
    expect(readFileSync(join(dir, 'folder', 'photo.html'), 'utf8')).toContain(
      `<img src="assets/${assets[0]}" alt="Harbour" width="1" height="1"`,
    );
    expect(io.err()).not.toContain('warning');
    const single = memoryIo(dir);
    expect(await main(['export', String(ids.photo), '--out', 'single', '--single-file', '--db', dbPath], single)).toBe(0);
    expect(readFileSync(join(dir, 'single', 'photo.html'), 'utf8')).toContain(`<img src="data:image/png;base64,${PNG.toString('base64')}"`);
  });

  it('refuses bad usage with exit code 2 and one line', async () => {
    for (const args of [
      ['export', '--out', 'x'],
      ['export', '1', '--status', 'ready', '--out', 'x'],
      ['export', '1'],
      ['export', 'abc', '--out', 'x'],
      ['export', '--status', 'nonsense', '--out', 'x'],
    ]) {
      const io = memoryIo(dir);
      expect(await main([...args, '--db', dbPath], io), args.join(' ')).toBe(2);
      expect(io.err()).toMatch(/^slugline export: .+\n$/);
    }
  });

  it('stops before writing anything when an id does not exist', async () => {
    const io = memoryIo(dir);
    expect(await main(['export', String(ids.ready1), '9999', '--out', 'never', '--db', dbPath], io)).toBe(1);
    expect(io.err()).toMatch(/^slugline export: .*9999/);
    expect(existsSync(join(dir, 'never'))).toBe(false);
  });

  it('says so when no story has the status', async () => {
    const io = memoryIo(dir);
    expect(await main(['export', '--status', 'published', '--out', 'x', '--db', dbPath], io)).toBe(0);
    expect(io.err()).toContain('No stories in status "published".');
  });

  it("asks the desk's ready gate by default: garbled text is refused, --force exports it", async () => {
    const app = await createAppServices({ dbPath, settings: memorySettings(), mode: 'cli' });
    const bad = await app.repo.create(
      { status: 'ready', fields: { slug: 'garbled', headline: 'Garbled', body: documentFromText('The mayor said â€œnoâ€ on Monday.') } },
      { author: 'Test' },
    );
    app.close();
    const io = memoryIo(dir);
    expect(await main(['export', String(bad.id), '--out', 'gated', '--db', dbPath], io)).toBe(1);
    expect(io.err()).toMatch(new RegExp(`#${bad.id} garbled: not exported, the ready gate found \\d+ problem\\(s\\)`));
    expect(io.err()).toMatch(/error mojibake: body: /);
    expect(existsSync(join(dir, 'gated', 'garbled.html'))).toBe(false);
    const forced = memoryIo(dir);
    expect(await main(['export', String(bad.id), '--out', 'gated', '--force', '--db', dbPath], forced)).toBe(0);
    expect(forced.err()).toMatch(/exported despite the ready gate \(--force\):\n {2}error mojibake/);
    expect(existsSync(join(dir, 'gated', 'garbled.html'))).toBe(true);
  });

  describe('with a ready gate that refuses', () => {
    const gate = createExportCommand({
      readyGate: async (story) =>
        story.headline.includes('sequel')
          ? { ok: false, findings: [{ rule: 'headline-length', severity: 'error', message: 'Headline is too clever' }] }
          : { ok: true, findings: [] },
    });

    it('skips the refused story, lists its findings, exits 1', async () => {
      const io = memoryIo(dir);
      expect(await gate.run(['--status', 'ready', '--out', 'site', '--db', dbPath], io)).toBe(1);
      expect(readdirSync(join(dir, 'site'))).toEqual(['bridge.html']);
      expect(io.err()).toContain(
        `#${ids.ready2} bridge: not exported, the ready gate found 1 problem(s) (use --force to export anyway):\n  error headline-length: Headline is too clever\n`,
      );
      expect(io.err()).toContain('Exported 1 of 2 stories');
      expect(io.err()).toContain('1 refused by the ready gate');
    });

    it('--force exports it anyway and still lists the findings on stderr', async () => {
      const io = memoryIo(dir);
      expect(await gate.run(['--status', 'ready', '--out', 'site', '--force', '--db', dbPath], io)).toBe(0);
      expect(readdirSync(join(dir, 'site')).sort()).toEqual(['bridge-2.html', 'bridge.html']);
      expect(io.err()).toContain(
        `#${ids.ready2} bridge: exported despite the ready gate (--force):\n  error headline-length: Headline is too clever\n`,
      );
    });
  });
});
