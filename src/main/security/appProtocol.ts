// The app:// protocol: serves the built renderer (never file://) with path containment, and the
// media library's images at app://slugline/media/<id> (only ids the library knows).
import { net, protocol } from 'electron';
import { realpathSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MEDIA_ID, type MediaLibraryService } from '../files/mediaLibrary';
import { containedPath } from './urlRules';

export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

const MEDIA_PREFIX = '/media/';

async function serveMedia(library: MediaLibraryService, id: string): Promise<Response> {
  if (!MEDIA_ID.test(id)) return new Response('Not found', { status: 404 });
  const file = library.resolve(id);
  if (!file) return new Response('Not found', { status: 404 });
  try {
    // The library already resolved symlinks; check again against its folder before reading.
    const real = realpathSync(file.path);
    const folder = realpathSync(library.dir);
    if (!real.startsWith(folder + sep)) return new Response('Not found', { status: 404 });
    const bytes = await readFile(real);
    return new Response(bytes, {
      headers: {
        'Content-Type': file.mime,
        'Cache-Control': 'private, max-age=31536000, immutable',
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'; sandbox",
      },
    });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}

export function serveRenderer(rendererDir: string, media?: () => MediaLibraryService): void {
  const root = realpathSync(rendererDir);
  protocol.handle('app', async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'slugline') return new Response('Not found', { status: 404 });
    if (url.pathname.startsWith(MEDIA_PREFIX)) {
      return media ? serveMedia(media(), url.pathname.slice(MEDIA_PREFIX.length)) : new Response('Not found', { status: 404 });
    }
    const path = containedPath(root, url.pathname === '/' ? 'index.html' : url.pathname) ?? null;
    if (!path) return new Response('Not found', { status: 404 });
    let real: string;
    try {
      real = realpathSync(path);
    } catch {
      real = join(root, 'index.html');
    }
    if (containedPath(root, real.slice(root.length)) === null) return new Response('Not found', { status: 404 });
    return net.fetch(pathToFileURL(real).toString());
  });
}
