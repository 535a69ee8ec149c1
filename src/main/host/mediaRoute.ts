// Browser mode: `GET /media/<id>?token=…` serves an image from the media library (the host has
// already checked Host and token). Only ids the library knows, only files inside its folder.
import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { MEDIA_ID, type MediaLibrary } from '../files/mediaLibrary';
import { SECURITY_HEADERS } from '../security/csp';

export interface ExtraRoute {
  prefix: string;
  handle(req: IncomingMessage, res: ServerResponse, rest: string): void;
}

function notFound(res: ServerResponse, status = 404, message = 'Not found.'): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(message);
}

export function mediaRoute(library: () => MediaLibrary): ExtraRoute {
  return {
    prefix: '/media/',
    handle(req, res, rest) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return notFound(res, 405, 'Method not allowed.');
      if (!MEDIA_ID.test(rest)) return notFound(res);
      let file;
      try {
        file = library().resolve(rest);
      } catch {
        file = null;
      }
      if (!file) return notFound(res);
      let size: number;
      try {
        size = statSync(file.path).size;
      } catch {
        return notFound(res);
      }
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': file.mime,
        'Content-Length': String(size),
        // Content-addressed: the bytes behind an id never change.
        'Cache-Control': 'private, max-age=31536000, immutable',
        'Content-Security-Policy': "default-src 'none'; sandbox",
      });
      if (req.method === 'HEAD') return void res.end();
      createReadStream(file.path).pipe(res);
    },
  };
}
