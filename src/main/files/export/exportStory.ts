// The export writer: a story to `slug.html` plus `assets/` (folder) or to one self-contained
// file with images inlined (single file). Both render through the one renderer, renderPage.
import { access, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { renderPage } from '../../../shared/render/page';
import type { MediaResolver, RenderInput, RenderStory, ResolvedMedia, SiteTemplate, WireSource } from '../../../shared/render/types';
import type { MediaLibrary } from '../mediaLibrary';
import { writeFileAtomic } from '../atomicWrite';
import { exportBaseName, uniqueFileName } from './fileNames';
import { dataUrl, loadImage, type LoadedImage } from './images';

export interface ExportOptions {
  /** The folder to write into (created if missing). */
  outDir: string;
  site: SiteTemplate;
  media?: MediaLibrary | null;
  wire?: WireSource | null;
  dates?: RenderInput['dates'];
  /** Names already used in this batch (lower-cased); the new file's name is added. */
  taken?: Set<string>;
}

export interface ExportResult {
  /** The page written (absolute or as given in outDir). */
  file: string;
  /** Asset files written or already present, relative to outDir (`assets/…`). */
  assets: string[];
  /** One line each, for the person exporting: missing images, refused addresses, bad dates. */
  warnings: string[];
}

/** Media ids of the body's figures, in order, each once. */
export function figureMediaIds(story: RenderStory): string[] {
  const ids = new Set<string>();
  for (const block of story.body.root.children) {
    if (block.type === 'figure' && typeof block.mediaId === 'string' && block.mediaId) ids.add(block.mediaId);
  }
  return [...ids];
}

async function loadImages(
  story: RenderStory,
  media: MediaLibrary | null | undefined,
  warnings: string[],
): Promise<Map<string, LoadedImage>> {
  const images = new Map<string, LoadedImage>();
  for (const id of figureMediaIds(story)) {
    const loaded = await loadImage(id, media);
    if (loaded.ok) images.set(id, loaded.image);
    else warnings.push(loaded.warning);
  }
  return images;
}

function resolverOver(images: Map<string, LoadedImage>, src: (image: LoadedImage) => string): MediaResolver {
  const resolved = new Map<string, ResolvedMedia>();
  for (const [id, image] of images) resolved.set(id, { src: src(image), width: image.width, height: image.height });
  return (id) => resolved.get(id) ?? null;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

async function writePage(story: RenderStory, options: ExportOptions, media: MediaResolver, warnings: string[]): Promise<string> {
  const { html, warnings: renderWarnings } = renderPage({
    story,
    site: options.site,
    media,
    wire: options.wire ?? null,
    ...(options.dates ? { dates: options.dates } : {}),
  });
  warnings.push(...renderWarnings);
  const name = uniqueFileName(exportBaseName(story), '.html', options.taken ?? new Set());
  const file = join(options.outDir, name);
  await writeFileAtomic(file, html);
  return file;
}

/** `slug.html` + `assets/<content-hash>.<ext>`; assets are shared by every story in the folder. */
export async function exportStoryToFolder(story: RenderStory, options: ExportOptions): Promise<ExportResult> {
  const warnings: string[] = [];
  await mkdir(options.outDir, { recursive: true });
  const images = await loadImages(story, options.media, warnings);
  const assets: string[] = [];
  if (images.size) {
    const dir = join(options.outDir, 'assets');
    await mkdir(dir, { recursive: true });
    for (const image of images.values()) {
      const path = join(dir, image.name);
      // The name is the content's hash: a file already there is this picture, exported before.
      if (!(await exists(path))) await writeFileAtomic(path, image.bytes);
      if (!assets.includes(`assets/${image.name}`)) assets.push(`assets/${image.name}`);
    }
  }
  const file = await writePage(
    story,
    options,
    resolverOver(images, (image) => `assets/${image.name}`),
    warnings,
  );
  return { file, assets, warnings };
}

/** One `slug.html` with every image inlined as a data: URL: opens anywhere, nothing beside it. */
export async function exportStoryToSingleFile(story: RenderStory, options: ExportOptions): Promise<ExportResult> {
  const warnings: string[] = [];
  await mkdir(options.outDir, { recursive: true });
  const images = await loadImages(story, options.media, warnings);
  const file = await writePage(story, options, resolverOver(images, dataUrl), warnings);
  return { file, assets: [], warnings };
}
