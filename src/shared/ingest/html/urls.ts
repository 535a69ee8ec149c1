// Link targets in saved pages: make relative links absolute against the page's own address (its
// canonical URL) by plain string rules, then let the shared safeHref decide what may be kept.
// No URL is ever fetched.
import { safeHref } from '../inline';

/** An http(s) origin + path we can resolve against, from <link rel=canonical>, og:url or <base>. */
export function pickBaseUrl(candidates: (string | null | undefined)[]): string | null {
  for (const c of candidates) {
    const s = c?.trim();
    if (s && /^https?:\/\/[^\s/?#]+/i.test(s)) return s;
  }
  return null;
}

/** Resolve `href` against `base` (absolute, protocol-relative, root-relative, relative); null if unsafe. */
export function resolveHref(href: string | null, base: string | null): string | null {
  const h = href?.trim();
  if (!h || h.startsWith('#')) return null; // in-page anchors lead nowhere once the text leaves the page
  if (/^[a-z][a-z0-9+.-]*:/i.test(h)) return safeHref(h);
  if (!base) return null;
  const m = /^(https?):\/\/([^/?#]+)([^?#]*)/i.exec(base);
  if (!m) return null;
  const [, scheme, host, path] = m;
  if (h.startsWith('//')) return safeHref(`${scheme}:${h}`);
  if (h.startsWith('/')) return safeHref(`${scheme}://${host}${h}`);
  const dir = (path ?? '/').replace(/[^/]*$/, '') || '/';
  return safeHref(`${scheme}://${host}${dir}${h}`);
}

/** An image address worth recording (http/https only); never fetched. */
export function imageSrc(src: string | null, base: string | null): string | null {
  const resolved = resolveHref(src, base);
  return resolved && /^https?:/i.test(resolved) ? resolved : null;
}
