import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readImageHeader } from '../../../src/main/files/imageHeader';
import { MAX_MEDIA_BYTES } from '../../../src/main/files/mediaLibrary';
import { startHttpHost, type HttpHost } from '../../../src/main/host/httpHost';
import { mediaRoute } from '../../../src/main/host/mediaRoute';
import { mediaDirFor } from '../../../src/main/paths';
import { solidPng } from '../../support/png';
import { tempApp, type TempApp } from '../../support/tempApp';

const jpeg = (w: number, h: number) =>
  Buffer.from([
    0xff,
    0xd8,
    0xff,
    0xe0,
    0x00,
    0x10,
    0x4a,
    0x46,
    0x49,
    0x46,
    0x00,
    0x01,
    0x01,
    0x00,
    0x00,
    0x01,
    0x00,
    0x01,
    0x00,
    0x00,
    0xff,
    0xc0,
    0x00,
    0x11,
    0x08,
    h >> 8,
    h & 0xff,
    w >> 8,
    w & 0xff,
    0x03,
    0x01,
    0x22,
    0x00,
    0x02,
    0x11,
    0x01,
    0x03,
    0x11,
    0x01,
    0xff,
    0xd9,
  ]);
const gif = (w: number, h: number) => Buffer.from([...Buffer.from('GIF89a'), w & 0xff, w >> 8, h & 0xff, h >> 8, 0, 0, 0]);
function webp(kind: 'VP8 ' | 'VP8L' | 'VP8X', w: number, h: number): Buffer {
  const b = Buffer.alloc(40);
  b.write('RIFF', 0);
  b.writeUInt32LE(32, 4);
  b.write('WEBP', 8);
  b.write(kind, 12);
  if (kind === 'VP8 ') {
    b.set([0x9d, 0x01, 0x2a], 23);
    b.writeUInt16LE(w, 26);
    b.writeUInt16LE(h, 28);
  } else if (kind === 'VP8L') {
    b[20] = 0x2f;
    const bits = (w - 1) | ((h - 1) << 14);
    b.writeUInt32LE(bits >>> 0, 21);
  } else {
    b.writeUIntLE(w - 1, 24, 3);
    b.writeUIntLE(h - 1, 27, 3);
  }
  return b;
}

describe('image header', () => {
  it.each([
    ['png', solidPng(7, 5), 'image/png', 7, 5],
    ['jpeg', jpeg(640, 427), 'image/jpeg', 640, 427],
    ['gif', gif(300, 200), 'image/gif', 300, 200],
    ['webp lossy', webp('VP8 ', 1200, 800), 'image/webp', 1200, 800],
    ['webp lossless', webp('VP8L', 321, 123), 'image/webp', 321, 123],
    ['webp extended', webp('VP8X', 4000, 3000), 'image/webp', 4000, 3000],
  ])('reads %s type and size from the bytes', (_name, bytes, mime, width, height) => {
    expect(readImageHeader(bytes)).toEqual({ ok: true, header: { mime, width, height } });
  });

  it.each([
    ['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', /SVG images are not accepted/],
    ['<?xml version="1.0"?>\n<svg viewBox="0 0 1 1"/>', /SVG/],
    ['%PDF-1.7 …', /PDF document/],
    ['hello, world', /not a PNG, JPEG, GIF or WebP/],
    ['', /empty/],
  ])('refuses %j with a reason', (text, reason) => {
    const read = readImageHeader(Buffer.from(text));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toMatch(reason);
  });

  it('refuses a PNG whose header is cut off', () => {
    const read = readImageHeader(solidPng(3, 3).subarray(0, 14));
    expect(read).toMatchObject({ ok: false, reason: expect.stringMatching(/header is damaged/) });
  });
});

describe('media library', () => {
  let app: TempApp;
  beforeAll(async () => {
    app = await tempApp();
  });
  afterAll(() => {
    app.cleanup();
  });

  it('imports through the contract: content-addressed, atomic, recorded, resolvable', async () => {
    const png = solidPng(12, 8);
    const result = await app.registry.invoke(
      'mediaImport',
      { fileName: 'harbour.png', dataBase64: png.toString('base64') },
      { transport: 'test' },
    );
    const id = createHash('sha256').update(png).digest('hex');
    expect(result).toEqual({ ok: true, value: { id, width: 12, height: 8, mime: 'image/png' } });
    const dir = mediaDirFor(app.dbPath);
    expect(readdirSync(dir)).toEqual([`${id}.png`]);
    expect(readFileSync(join(dir, `${id}.png`)).equals(png)).toBe(true);
    const row = app.db.prepare('SELECT original_name, mime, bytes, width, height FROM media WHERE id = ?').get(id);
    expect(row).toEqual({ original_name: 'harbour.png', mime: 'image/png', bytes: png.length, width: 12, height: 8 });
    expect(app.media.resolve(id)).toMatchObject({ mime: 'image/png', width: 12, height: 8 });
    // The same picture again: one file, one row.
    await app.registry.invoke('mediaImport', { fileName: 'copy.png', dataBase64: png.toString('base64') }, { transport: 'test' });
    expect(readdirSync(dir)).toHaveLength(1);
    expect(app.db.prepare('SELECT count(*) AS n FROM media').get()).toEqual({ n: 1 });
  });

  it('refuses SVG and other files with a message naming the file', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    const result = await app.registry.invoke(
      'mediaImport',
      { fileName: 'C:\\Users\\x\\logo.svg', dataBase64: svg.toString('base64') },
      { transport: 'test' },
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'bad-input', message: expect.stringMatching(/^logo\.svg: SVG images are not accepted/) },
    });
    await expect(app.media.importImage('notes.pdf', Buffer.from('%PDF-1.4'))).rejects.toThrow(
      'notes.pdf: it is a PDF document, not an image.',
    );
    expect(
      existsSync(mediaDirFor(app.dbPath)) ? readdirSync(mediaDirFor(app.dbPath)).filter((f) => !f.startsWith('.')) : [],
    ).not.toContainEqual(expect.stringMatching(/svg|pdf/));
  }, 10_000);

  it('refuses files over the size cap before looking at them', async () => {
    const big = Buffer.alloc(MAX_MEDIA_BYTES + 1);
    await expect(app.media.importImage('huge.png', big)).rejects.toThrow(/huge\.png: the image is 25\.0 MB; the largest/);
  });

  it('resolves only known ids, and never a file outside the folder', async () => {
    const library = app.media;
    expect(library.resolve('../../etc/passwd')).toBeNull();
    expect(library.resolve('a'.repeat(64))).toBeNull();
    // A row pointing outside the folder (a tampered database) is not followed.
    const evil = 'b'.repeat(64);
    app.db
      .prepare(
        "INSERT INTO media (id, file_name, original_name, mime, bytes, created_at) VALUES (?, '../test.db', 'x', 'image/png', 1, '')",
      )
      .run(evil);
    expect(library.resolve(evil)).toBeNull();
    // Nor a symlink inside the folder that leads out of it.
    const linked = 'c'.repeat(64);
    const dir = mediaDirFor(app.dbPath);
    mkdirSync(dir, { recursive: true });
    symlinkSync(app.dbPath, join(dir, `${linked}.png`));
    app.db
      .prepare("INSERT INTO media (id, file_name, original_name, mime, bytes, created_at) VALUES (?, ?, 'x', 'image/png', 1, '')")
      .run(linked, `${linked}.png`);
    expect(library.resolve(linked)).toBeNull();
  });
});

describe('media route (browser mode)', () => {
  let app: TempApp;
  let host: HttpHost;
  let origin: string;
  let id: string;
  beforeAll(async () => {
    app = await tempApp();
    const rendererDir = join(app.dir, 'renderer');
    mkdirSync(rendererDir, { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Slugline</title>');
    host = await startHttpHost({
      registry: app.registry,
      events: app.events,
      rendererDir,
      token: 'media-token-1234',
      extraRoutes: [mediaRoute(() => app.media)],
    });
    origin = `http://127.0.0.1:${host.port}`;
    id = (await app.media.importImage('a.png', solidPng(4, 4))).id;
  });
  afterAll(async () => {
    await host.close();
    app.cleanup();
  });

  it('serves a known image with its type, only with the token', async () => {
    const ok = await fetch(`${origin}/media/${id}?token=media-token-1234`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('image/png');
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await ok.arrayBuffer()).equals(solidPng(4, 4))).toBe(true);
    expect((await fetch(`${origin}/media/${id}`)).status).toBe(401);
    expect((await fetch(`${origin}/media/${id}?token=wrong-token-000`)).status).toBe(401);
  });

  it('answers 404 for unknown ids and path tricks', async () => {
    for (const path of ['d'.repeat(64), '..%2F..%2Ftest.db', `${id}/../x`, '', 'ABC']) {
      const res = await fetch(`${origin}/media/${path}?token=media-token-1234`);
      expect(res.status, path).toBe(404);
    }
    expect(existsSync(app.dbPath)).toBe(true);
  });
});
