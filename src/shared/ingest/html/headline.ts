// The story's headline from a page's several titles (JSON-LD headline, og:title, <title>, <h1>),
// without the site or author suffixes pages append (" | Eleanor Ainge Roy", " _探索者 _光明网",
// " - Site Name", "（CNET Japan） - Yahoo!ニュース").

const SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ', ' » ', ' _', '_', ' / ', ' ｜ '];

function norm(s: string): string {
  return s
    .replace(/[\s\u00a0\u3000]+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * If `title` is `h1` followed by a separator (or a bracketed source) and more text, the h1 is the
 * headline and the rest is furniture.
 */
function h1Prefix(title: string, h1s: string[]): string | null {
  const t = norm(title);
  for (const h of h1s) {
    const k = norm(h);
    if (k.length < 8 || !t.startsWith(k) || t === k) continue;
    const rest = t.slice(k.length).trimStart();
    if (/^([|_\-–—:·»/｜]|[（(【[])/.test(rest)) return h.trim();
  }
  return null;
}

/** Strip trailing " <sep> Name" segments that name the site, the publisher or the author. */
export function stripTitleSuffix(title: string, names: string[]): string {
  let t = title.replace(/[\s\u00a0]+/g, ' ').trim();
  const known = names.map(norm).filter((n) => n.length >= 2);
  for (let round = 0; round < 4; round++) {
    let cut: string | null = null;
    for (const sep of SEPARATORS) {
      const i = t.lastIndexOf(sep);
      if (i <= 0) continue;
      const tail = norm(t.slice(i + sep.length));
      const isKnown = known.some((k) => tail === k || tail.includes(k) || (tail.length >= 3 && k.includes(tail)));
      // a short tail with no sentence in it after " | " is a site/section label even when unnamed
      const shortLabel = (sep.includes('|') || sep.includes('_')) && tail.length <= 30 && tail.split(' ').length <= 4;
      if ((isKnown || shortLabel) && i >= 10) {
        cut = t.slice(0, i).trim();
        break;
      }
    }
    if (!cut) break;
    t = cut;
  }
  return t;
}

export interface HeadlineSources {
  jsonLd: string | null;
  ogTitle: string | null;
  twitterTitle: string | null;
  documentTitle: string | null;
  h1s: string[];
  /** Site, publisher and author names that may appear as suffixes. */
  names: string[];
}

export function pickHeadline(src: HeadlineSources): string | null {
  const h1s = src.h1s.filter((h) => h.trim().length >= 4);
  for (const cand of [src.jsonLd, src.ogTitle, src.twitterTitle, src.documentTitle]) {
    if (!cand?.trim()) continue;
    const viaH1 = h1Prefix(cand, h1s);
    if (viaH1) return viaH1;
    const stripped = stripTitleSuffix(cand, src.names);
    if (stripped.length >= 4) return stripped;
  }
  return h1s[0]?.trim() ?? null;
}
