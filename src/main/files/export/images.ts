// Reading a figure's image for export: the file from the media library, checked to really be a
// raster image of a kind browsers show (by its first bytes, not its name), and named by content
// hash so the same picture exported twice lands in one file.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { MediaFile, MediaLibrary } from '../mediaLibrary';

/** Larger files are refused: a page is not the place for a 50 MB original. */
export const MAX_IMAGE_BYTES = 50 * 1024 * 1024;

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
};

/** The image type from the file's first bytes, or null if it is not one we publish. */
export function sniffImageType(bytes: Uint8Array): string | null {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (ascii(0, 8) === '\x89PNG\r\n\x1a\n') return 'image/png';
  if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a') return 'image/gif';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  if (ascii(4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(8, 12))) return 'image/avif';
  return null;
}

export interface LoadedImage {
  mediaId: string;
  bytes: Buffer;
  mime: string;
  /** `<first 20 hex of sha256>.<ext>`: stable across exports, distinct for distinct pictures. */
  name: string;
  width: number | null;
  height: number | null;
}

export type ImageLoad = { ok: true; image: LoadedImage } | { ok: false; warning: string };

export async function loadImage(mediaId: string, library: MediaLibrary | null | undefined): Promise<ImageLoad> {
  const short = mediaId.slice(0, 12);
  let file: MediaFile | null = null;
  try {
    file = library ? library.resolve(mediaId) : null;
  } catch (err) {
    return { ok: false, warning: `Image ${short}…: the media library could not look it up (${(err as Error).message}).` };
  }
  if (!file) return { ok: false, warning: `Image ${short}… is not in the media library.` };
  let bytes: Buffer;
  try {
    const info = await stat(file.path);
    if (!info.isFile()) return { ok: false, warning: `Image ${short}…: ${file.path} is not a file.` };
    if (info.size > MAX_IMAGE_BYTES)
      return { ok: false, warning: `Image ${short}…: ${file.path} is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB; left out.` };
    bytes = await readFile(file.path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return {
      ok: false,
      warning: `Image ${short}…: ${file.path} ${code === 'ENOENT' ? 'is missing' : `could not be read (${code ?? (err as Error).message})`}.`,
    };
  }
  const mime = sniffImageType(bytes);
  if (!mime)
    return {
      ok: false,
      warning: `Image ${short}…: ${file.path} is not a JPEG, PNG, GIF, WebP or AVIF image (the library says ${file.mime}); left out.`,
    };
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 20);
  return { ok: true, image: { mediaId, bytes, mime, name: `${hash}.${EXTENSIONS[mime]}`, width: file.width, height: file.height } };
}

export function dataUrl(image: LoadedImage): string {
  return `data:${image.mime};base64,${image.bytes.toString('base64')}`;
}
