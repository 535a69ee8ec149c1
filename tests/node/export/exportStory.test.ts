// The export writer on real temp folders: folder export with content-hashed assets, single-file
// export with data: URLs, missing and fake images, safe de-duplicated names, atomic writes.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../src/main/files/atomicWrite';
import { exportStoryToFolder, exportStoryToSingleFile } from '../../../src/main/files/export/exportStory';
import { exportBaseName, uniqueFileName } from '../../../src/main/files/export/fileNames';
import { sniffImageType } from '../../../src/main/files/export/images';
import type { MediaFile, MediaLibrary } from '../../../src/main/files/mediaLibrary';
import { documentFromText, figure, paragraph, textRun } from '../../../src/shared/story/document';
import { allowlistProblems } from '../render/support/allowlistCheck';
import { bodyOf, SITE, story, MEDIA_A, MEDIA_B } from '../render/support/stories';
import { validationErrors } from '../render/support/validate';
import { tempDir } from '../../support/tempApp';

// A 1×1 PNG, and bytes that only claim to be a JPEG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const FAKE_JPEG = Buffer.from('<svg onload="alert(1)"></svg>');
const MEDIA_FAKE = 'c3d4e5f607182930';
const MEDIA_GONE = 'd4e5f60718293041';

let dir: string;
let library: MediaLibrary;
beforeEach(() => {
  dir = tempDir('slugline-export-');
  mkdirSync(join(dir, 'library'));
  writeFileSync(join(dir, 'library', 'a.png'), PNG);
  writeFileSync(join(dir, 'library', 'fake.jpg'), FAKE_JPEG);
  const files: Record<string, MediaFile> = {
    [MEDIA_A]: { path: join(dir, 'library', 'a.png'), mime: 'image/png', width: 1, height: 1 },
    [MEDIA_B]: { path: join(dir, 'library', 'a.png'), mime: 'image/png', width: 1, height: 1 }, // same picture, second id
    [MEDIA_FAKE]: { path: join(dir, 'library', 'fake.jpg'), mime: 'image/jpeg', width: 10, height: 10 },
    [MEDIA_GONE]: { path: join(dir, 'library', 'gone.jpg'), mime: 'image/jpeg', width: 10, height: 10 },
  };
  library = { resolve: (id) => files[id] ?? null };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const pic = (mediaId: string | null, caption: string) =>
  figure({
    mediaId,
    width: null,
    height: null,
    alt: `Alt for ${caption}`,
    credit: `Credit for ${caption}`,
    caption: documentFromText(caption),
  });

describe('exportStoryToFolder', () => {
  it('writes slug.html and assets/<content-hash>.png, and the page points at the asset', async () => {
    const out = join(dir, 'out');
    const result = await exportStoryToFolder(story(), { outDir: out, site: SITE, media: library });
    expect(result.file).toBe(join(out, 'harbour-bridge-reopens.html'));
    expect(result.assets).toHaveLength(1);
    expect(result.assets[0]).toMatch(/^assets\/[0-9a-f]{20}\.png$/);
    expect(readFileSync(join(out, result.assets[0]!))).toEqual(PNG);
    const html = readFileSync(result.file, 'utf8');
    expect(html).toContain(
      `<img src="${result.assets[0]}" alt="Two buses crossing a steel bridge over a river at dawn" width="1" height="1"`,
    );
    expect(result.warnings).toEqual([]);
    expect(await validationErrors(html)).toEqual([]);
    expect(allowlistProblems(html, 'page')).toEqual([]);
  });

  it('stores the same picture once, however many figures and stories use it, and is repeatable byte for byte', async () => {
    const out = join(dir, 'out');
    const taken = new Set<string>();
    const two = story({ slug: 'second', body: bodyOf(pic(MEDIA_A, 'one'), pic(MEDIA_B, 'two')) });
    const first = await exportStoryToFolder(story(), { outDir: out, site: SITE, media: library, taken });
    const second = await exportStoryToFolder(two, { outDir: out, site: SITE, media: library, taken });
    expect(second.assets).toEqual(first.assets);
    expect(readdirSync(join(out, 'assets'))).toHaveLength(1);
    const before = readFileSync(first.file);
    await exportStoryToFolder(story(), { outDir: out, site: SITE, media: library });
    expect(readFileSync(first.file)).toEqual(before);
  });

  it('exports a figure whose image is missing or not an image with its caption and credit, and warns', async () => {
    const out = join(dir, 'out');
    const s = story({
      body: bodyOf(
        paragraph([textRun('Text.')]),
        pic(MEDIA_GONE, 'Gone'),
        pic(MEDIA_FAKE, 'Fake'),
        pic(null, 'Saved as text'),
        pic('e5f6071829304152', 'Unknown id'),
      ),
    });
    const result = await exportStoryToFolder(s, { outDir: out, site: SITE, media: library });
    const html = readFileSync(result.file, 'utf8');
    for (const caption of ['Gone', 'Fake', 'Saved as text', 'Unknown id']) {
      expect(html).toContain(
        `<figure>\n<figcaption><span class="caption">${caption}</span> <span class="credit">Credit for ${caption}</span></figcaption>\n</figure>`,
      );
    }
    expect(html).not.toContain('<img');
    expect(existsSync(join(out, 'assets'))).toBe(false);
    const warnings = result.warnings.join('\n');
    expect(warnings).toContain(`${join(dir, 'library', 'gone.jpg')} is missing`);
    expect(warnings).toContain('is not a JPEG, PNG, GIF, WebP or AVIF image (the library says image/jpeg)');
    expect(warnings).toContain('is not in the media library');
    expect(result.warnings.filter((w) => w.includes('the image file is missing; exported with its caption and credit only'))).toHaveLength(
      4,
    );
  });

  it('exports with no media library at all (images missing, captions kept)', async () => {
    const result = await exportStoryToFolder(story(), { outDir: join(dir, 'out'), site: SITE });
    expect(readFileSync(result.file, 'utf8')).toContain('<span class="credit">Lena Sorvik/The Daily Slug</span>');
    expect(result.warnings.join('\n')).toMatch(/not in the media library/);
  });
});

describe('exportStoryToSingleFile', () => {
  it('writes one self-contained page with the image inlined as a data: URL', async () => {
    const out = join(dir, 'single');
    const result = await exportStoryToSingleFile(story(), { outDir: out, site: SITE, media: library });
    expect(readdirSync(out)).toEqual(['harbour-bridge-reopens.html']);
    const html = readFileSync(result.file, 'utf8');
    const src = /<img src="data:image\/png;base64,([^"]+)"/.exec(html)![1]!;
    expect(Buffer.from(src, 'base64')).toEqual(PNG);
    expect(await validationErrors(html)).toEqual([]);
    expect(allowlistProblems(html, 'page')).toEqual([]);
  });
});

describe('file names', () => {
  it('derives safe names from the slug: no traversal, no reserved names, no dots', () => {
    expect(exportBaseName({ slug: '../../etc/passwd', headline: '' })).toBe('etc-passwd');
    expect(exportBaseName({ slug: '..\\..\\windows\\system32', headline: '' })).toBe('windows-system32');
    expect(exportBaseName({ slug: 'CON', headline: '' })).toBe('con-story');
    expect(exportBaseName({ slug: 'lpt1', headline: '' })).toBe('lpt1-story');
    expect(exportBaseName({ slug: '', headline: 'Café prices: up 5%' })).toBe('cafe-prices-up-5');
    expect(exportBaseName({ slug: '...', headline: '' })).toBe('story');
    expect(exportBaseName({ slug: 'x'.repeat(300), headline: '' })).toHaveLength(80);
    expect(
      exportBaseName({ slug: '', headline: 'Hamas says ready to maintain direct talks with US but accuses Trump of double standards' }),
    ).toBe('hamas-says-ready-to-maintain-direct-talks-with-us-but-accuses-trump-of-double');
    expect(exportBaseName({ slug: 'Ελλάδα σήμερα', headline: '' })).toBe('ελλαδα-σημερα');
  });

  it('de-duplicates within a batch, case-insensitively', () => {
    const taken = new Set<string>();
    expect(['a', 'A', 'a', 'b'].map((b) => uniqueFileName(b, '.html', taken))).toEqual(['a.html', 'A-2.html', 'a-3.html', 'b.html']);
  });

  it('gives two stories with one slug two files in the same folder', async () => {
    const out = join(dir, 'out');
    const taken = new Set<string>();
    const a = await exportStoryToFolder(story(), { outDir: out, site: SITE, taken });
    const b = await exportStoryToFolder(story({ headline: 'Another' }), { outDir: out, site: SITE, taken });
    expect([a.file, b.file]).toEqual([join(out, 'harbour-bridge-reopens.html'), join(out, 'harbour-bridge-reopens-2.html')]);
  });
});

describe('writeFileAtomic', () => {
  it('replaces a file whole and leaves no temporary file', async () => {
    const path = join(dir, 'page.html');
    writeFileSync(path, 'old');
    await writeFileAtomic(path, 'new content');
    expect(readFileSync(path, 'utf8')).toBe('new content');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('on failure leaves what was there and cleans up its temporary file', async () => {
    const path = join(dir, 'taken');
    mkdirSync(path); // renaming a file over a directory fails
    writeFileSync(join(path, 'inside'), 'keep');
    await expect(writeFileAtomic(path, 'data')).rejects.toThrow();
    expect(readFileSync(join(path, 'inside'), 'utf8')).toBe('keep');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    await expect(writeFileAtomic(join(dir, 'no-such-folder', 'x.html'), 'data')).rejects.toThrow();
  });
});

describe('sniffImageType', () => {
  it('knows images by their first bytes, not their names', () => {
    expect(sniffImageType(PNG)).toBe('image/png');
    expect(sniffImageType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffImageType(Buffer.from('GIF89a....'))).toBe('image/gif');
    expect(sniffImageType(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
    expect(sniffImageType(Buffer.from('\0\0\0\x1cftypavif'))).toBe('image/avif');
    expect(sniffImageType(FAKE_JPEG)).toBeNull();
    expect(sniffImageType(Buffer.alloc(0))).toBeNull();
  });
});
