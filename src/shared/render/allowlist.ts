// The only elements, attributes and classes the publish renderer emits, and the URL rules for
// href and src. The renderer builds markup from these by construction; tests parse every output
// and check it against this list (tests/node/render/support/allowlistCheck.ts).
import { safeHref } from '../ingest/inline';

/** Element → the attributes it may carry. Anything not listed here never appears in a page. */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  html: ['lang', 'dir'],
  head: [],
  meta: ['charset', 'name', 'property', 'content'],
  title: [],
  link: ['rel', 'href'],
  style: [],
  script: ['type'],
  body: [],
  header: ['class'],
  main: [],
  article: [],
  footer: [],
  h1: [],
  h2: [],
  h3: [],
  p: ['class'],
  blockquote: [],
  ul: ['class'],
  ol: ['start'],
  li: [],
  a: ['href', 'title'],
  strong: [],
  em: [],
  u: [],
  s: [],
  code: [],
  sub: [],
  sup: [],
  br: [],
  span: ['class'],
  time: ['datetime'],
  figure: [],
  img: ['src', 'alt', 'width', 'height', 'loading', 'decoding'],
  figcaption: [],
};

/** Every class name the template uses (the stylesheet in css.ts styles exactly these). */
export const ALLOWED_CLASSES: readonly string[] = [
  'site',
  'masthead',
  'section',
  'deck',
  'meta',
  'byline',
  'dateline',
  'caption',
  'credit',
  'copyright',
  'tags',
  'tab',
];

/** The one script the page carries: structured data, never executable. */
export const ALLOWED_SCRIPT_TYPE = 'application/ld+json';

/**
 * An http(s) URL already in the exact form the URL parser would give back: lower-case scheme and
 * host (last label starts with a letter, so never an IPv4 number), no port, credentials or
 * white space, no dot segments (not even encoded as %2e), only characters no part of the URL would percent-encode. Such a
 * link needs no parse; tests/node/render/property.test.ts checks it equals `new URL(u).href`.
 */
const CANONICAL_HTTP =
  /^(?!.*%2[eE])(?!https?:\/\/[^/]*xn--)https?:\/\/(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*[a-z](?:[a-z0-9-]*[a-z0-9])?\/(?:(?!\.\.?(?:[/?#]|$))[A-Za-z0-9\-._~!$&()*+,;=:@%]*\/)*(?!\.\.?(?:[?#]|$))[A-Za-z0-9\-._~!$&()*+,;=:@%]*(?:\?[A-Za-z0-9\-._~!$&()*+,;=:@%/?]*)?(?:#[A-Za-z0-9\-._~!$&()*+,;=:@%/?]*)?$/;

export function isCanonicalHttpUrl(raw: string): boolean {
  return raw.length <= 2048 && CANONICAL_HTTP.test(raw);
}

/** Link targets: http, https and mailto only (the ingest rule, so stories and pages agree). */
export function linkHref(raw: string): string | null {
  // Parsing a URL is the costliest step of a paragraph; most links are already canonical.
  return isCanonicalHttpUrl(raw) ? raw : safeHref(raw);
}

const IMAGE_DATA_URL = /^data:image\/(?:png|jpeg|gif|webp|avif);base64,[A-Za-z0-9+/]+={0,2}$/;
// A relative path such as `assets/3f2a….jpg` or the browser host's `/media/<id>?t=…`.
const RELATIVE_SRC = /^(?!\/\/)[A-Za-z0-9._~/%-]+(?:\?[A-Za-z0-9._~=&%-]*)?$/;

/**
 * An image source we will put in `src`: http(s), the app's own `app://` media URLs, a base64 data
 * URL of a raster image type, or a plain relative path. SVG is refused (it can carry script when
 * opened on its own), and so is anything else.
 */
export function imageSrc(raw: string): string | null {
  const src = raw.trim();
  if (!src || /[\s"'<>\\]/.test(src)) return null;
  if (src.startsWith('data:')) return IMAGE_DATA_URL.test(src) ? src : null;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(src);
  if (!scheme) return RELATIVE_SRC.test(src) && !src.split(/[/?]/).includes('..') ? src : null;
  const name = scheme[1]!.toLowerCase();
  if (name !== 'http' && name !== 'https' && name !== 'app') return null;
  try {
    const url = new URL(src);
    if (url.username || url.password || !url.hostname) return null;
    return url.href;
  } catch {
    return null;
  }
}

/** Schemes a rendered page may use in `src` (tests check every src against these). */
export const ALLOWED_SRC_SCHEMES: readonly string[] = ['http:', 'https:', 'app:', 'data:'];
/** Schemes a rendered page may use in `href`. */
export const ALLOWED_HREF_SCHEMES: readonly string[] = ['http:', 'https:', 'mailto:'];
