// Browser mode: the built renderer and the same call registry over loopback HTTP.
//   POST /api/<call>   JSON body → JSON Result     GET /api/events   server-sent AppEvents
// Host, token and Origin are checked before a call name is even looked up.
import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AppEvent } from '../../shared/contract/events';
import type { ErrorCode } from '../../shared/contract/result';
import type { Registry } from '../ipc/registry';
import { contentSecurityPolicy, SECURITY_HEADERS } from '../security/csp';
import type { EventBus } from '../services/events';
import { bearerToken, isAllowedHost, isAllowedOrigin, isValidToken } from './requestGuard';

export interface HttpHostOptions {
  registry: Registry;
  events: EventBus;
  /** Folder with the built renderer (index.html and assets). */
  rendererDir: string;
  port?: number;
  token?: string;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
  /** Extra GET routes (media library) handled after the token check. */
  extraRoutes?: Array<{ prefix: string; handle(req: IncomingMessage, res: ServerResponse, rest: string): void }>;
}

export interface HttpHost {
  server: Server;
  port: number;
  token: string;
  url: string;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const STATUS_FOR: Record<ErrorCode, number> = {
  validation: 400,
  'unknown-call': 404,
  'not-found': 404,
  conflict: 409,
  refused: 422,
  'bad-input': 422,
  unavailable: 503,
  internal: 500,
};

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

function refuse(res: ServerResponse, status: 401 | 403 | 404 | 405 | 413 | 400, message: string): void {
  sendJson(res, status, { ok: false, error: { code: status === 400 ? 'validation' : 'refused', message } });
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new Error('too-large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolvePromise(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const rendererDir = resolve(options.rendererDir);
  const maxBody = options.maxBodyBytes ?? 64 * 1024 * 1024;
  const sseClients = new Set<ServerResponse>();
  let port = options.port ?? 0;

  const unsubscribe = options.events.subscribe((event: AppEvent) => {
    const line = `data: ${JSON.stringify(event)}\n\n`;
    for (const client of sseClients) client.write(line);
  });

  async function handleApi(req: IncomingMessage, res: ServerResponse, name: string) {
    if (!isValidToken(bearerToken(req.headers.authorization), token)) return refuse(res, 401, 'Missing or wrong session token.');
    if (!isAllowedOrigin(req.headers.origin, port)) return refuse(res, 403, 'Cross-origin calls are not allowed.');
    if (req.method !== 'POST') return refuse(res, 405, 'API calls are POST requests.');
    let payload: unknown;
    try {
      const body = await readBody(req, maxBody);
      payload = body.length ? JSON.parse(body.toString('utf8')) : {};
    } catch (err) {
      if ((err as Error).message === 'too-large') return refuse(res, 413, `The request is larger than ${maxBody} bytes.`);
      return refuse(res, 400, 'The request body is not valid JSON.');
    }
    const result = await options.registry.invoke(name, payload, { transport: 'http' });
    sendJson(res, result.ok ? 200 : STATUS_FOR[result.error.code], result);
  }

  function handleEvents(req: IncomingMessage, res: ServerResponse, url: URL) {
    if (!isValidToken(url.searchParams.get('token'), token)) return refuse(res, 401, 'Missing or wrong session token.');
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    sseClients.add(res);
    req.on('close', () => sseClients.delete(res));
  }

  function serveStatic(res: ServerResponse, pathname: string) {
    const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
    const file = normalize(join(rendererDir, relative));
    if (file !== rendererDir && !file.startsWith(rendererDir + sep)) return refuse(res, 404, 'Not found.');
    let target = file;
    if (!existsSync(target) || !statSync(target).isFile()) {
      // Client-side routes fall back to the app shell; missing assets are a plain 404.
      if (extname(relative)) return refuse(res, 404, 'Not found.');
      target = join(rendererDir, 'index.html');
    }
    const type = MIME[extname(target).toLowerCase()] ?? 'application/octet-stream';
    const headers: Record<string, string> = { ...SECURITY_HEADERS, 'Content-Type': type };
    if (type.startsWith('text/html')) {
      headers['Content-Security-Policy'] = contentSecurityPolicy();
      headers['Cache-Control'] = 'no-store';
    } else {
      headers['Cache-Control'] = 'no-cache';
    }
    res.writeHead(200, headers);
    createReadStream(target).pipe(res);
  }

  const server = createServer((req, res) => {
    // Every request: the Host must be our loopback address (defeats DNS rebinding).
    if (!isAllowedHost(req.headers.host, port)) return refuse(res, 403, 'Unknown host.');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname === '/api/events') return handleEvents(req, res, url);
    if (url.pathname.startsWith('/api/')) {
      handleApi(req, res, url.pathname.slice('/api/'.length)).catch((err: unknown) => {
        if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'internal', message: String(err) } });
      });
      return;
    }
    for (const route of options.extraRoutes ?? []) {
      if (url.pathname.startsWith(route.prefix)) {
        if (!isValidToken(url.searchParams.get('token'), token)) return refuse(res, 401, 'Missing or wrong session token.');
        return route.handle(req, res, url.pathname.slice(route.prefix.length));
      }
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Method not allowed.');
    serveStatic(res, url.pathname);
  });

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      port = typeof address === 'object' && address ? address.port : port;
      resolvePromise({
        server,
        port,
        token,
        url: `http://127.0.0.1:${port}/?token=${token}`,
        close: () =>
          new Promise<void>((done) => {
            unsubscribe();
            for (const client of sseClients) client.end();
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
