// Small pure security rules, tested against tables of hostile input (tests/node/security).
import { isAbsolute, normalize, relative, resolve, sep } from 'node:path';

/** The origin the packaged renderer is served from (custom protocol, never file://). */
export const APP_ORIGIN = 'app://slugline';

/** Links the app may hand to the operating system's browser: plain http(s) to a real host. */
export function isSafeExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  if (url.username || url.password || !url.hostname) return false;
  return !/[\u0000-\u001f\u007f]/.test(raw);
}

/** IPC may only come from our own renderer: the app origin, or the dev server in development. */
export function isAllowedSenderUrl(raw: string | undefined, devServerUrl?: string): boolean {
  if (!raw) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (`${url.protocol}//${url.host}` === APP_ORIGIN) return true;
  if (devServerUrl) {
    try {
      return url.origin === new URL(devServerUrl).origin;
    } catch {
      return false;
    }
  }
  return false;
}

/**
 * Map a URL path onto a file inside `root`, or null if it would escape it (`..`, absolute paths,
 * encoded separators, NUL). Symlinks are checked by the caller with realpath.
 */
export function containedPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const cleaned = decoded.replace(/^\/+/, '');
  if (isAbsolute(cleaned)) return null;
  const base = resolve(root);
  const target = resolve(base, normalize(cleaned));
  const rel = relative(base, target);
  if (rel === '' || isAbsolute(rel) || rel.split(sep).includes('..')) return null;
  return target;
}
