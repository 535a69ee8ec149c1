// Pictures for "Copy HTML": each figure's image fetched from the app's own media URL and inlined
// as a data: URL, so the fragment pasted into a CMS carries its pictures (as the single-file
// export does). A picture that cannot be read is left out, and the renderer says so.
import type { MediaResolver, ResolvedMedia } from '../../../shared/render/types';
import { mediaUrl } from '../../bridge';

const IMAGE_TYPES = /^image\/(?:png|jpeg|gif|webp|avif)$/;

function asDataUrl(blob: Blob): Promise<string> {
  return new Promise((done, fail) => {
    const reader = new FileReader();
    reader.onload = () => done(String(reader.result));
    reader.onerror = () => fail(reader.error ?? new Error('could not read the picture'));
    reader.readAsDataURL(blob);
  });
}

function size(src: string): Promise<{ width: number; height: number } | null> {
  return new Promise((done) => {
    const image = new Image();
    image.onload = () => done({ width: image.naturalWidth, height: image.naturalHeight });
    image.onerror = () => done(null);
    image.src = src;
  });
}

export async function inlineResolver(ids: readonly string[]): Promise<{ media: MediaResolver; bytes: number }> {
  const found = new Map<string, ResolvedMedia>();
  let bytes = 0;
  await Promise.all(
    ids.map(async (id) => {
      try {
        const response = await fetch(mediaUrl(id));
        const blob = await response.blob();
        if (!response.ok || !IMAGE_TYPES.test(blob.type)) return;
        const src = await asDataUrl(blob);
        const dims = await size(src);
        found.set(id, { src, width: dims?.width ?? null, height: dims?.height ?? null });
        bytes += src.length;
      } catch {
        // Left out: the renderer reports the figure's missing image.
      }
    }),
  );
  return { media: (id) => found.get(id) ?? null, bytes };
}
