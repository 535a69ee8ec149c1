// The app:// protocol: serves the built renderer (never file://) with path containment.
import { net, protocol } from 'electron';
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { containedPath } from './urlRules';

export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  const root = realpathSync(rendererDir);
  protocol.handle('app', async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'slugline') return new Response('Not found', { status: 404 });
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
