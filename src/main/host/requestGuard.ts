// Who may call the browser-mode API: only pages this server served (same Origin), addressed by a
// loopback Host (DNS rebinding sends a foreign name), carrying the session token.
import { timingSafeEqual } from 'node:crypto';

const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The Host header names this server: a loopback name and our port, nothing else. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const match = /^(\[[0-9a-f:]+\]|[^:]+):(\d+)$/i.exec(host.trim());
  if (!match) return false;
  return LOOPBACK_NAMES.has(match[1]!.toLowerCase()) && Number(match[2]) === port;
}

/** The Origin header is exactly one of our own origins. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (!origin) return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  return (
    url.protocol === 'http:' &&
    LOOPBACK_NAMES.has(url.hostname.toLowerCase() === '::1' ? '[::1]' : url.hostname.toLowerCase()) &&
    Number(url.port) === port &&
    origin === url.origin
  );
}

/** Constant-time comparison of a presented token with the session token. */
export function isValidToken(presented: string | undefined | null, token: string): boolean {
  if (!presented || !token) return false;
  const a = Buffer.from(presented, 'utf8');
  const b = Buffer.from(token, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** `Authorization: Bearer <token>` → token. */
export function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match ? match[1]! : null;
}
