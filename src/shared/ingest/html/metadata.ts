// Story metadata read from the whole page before Readability touches it: headline, byline (+ title),
// date, language, direction, site name, standfirst, credit, dateline and sections, each from the most
// trustworthy place a page puts it (JSON-LD, then <meta>, then marked-up elements).
import { pickByline } from './byline';
import { toIsoDate } from './dates';
import { collapseSpace } from '../markup/tree';
import { classTokens, closest, follows, queryAll, queryOne, tagOf, textOf, type DomDocument, type DomElement } from './dom';
import { isFurnitureClass } from './furniture';
import { pickHeadline } from './headline';
import type { JsonLdArticle } from './jsonld';
import { normaliseLangTag } from './language';
import { pickBaseUrl } from './urls';

export interface PageMetadata {
  headline: string | null;
  byline: string | null;
  bylineTitle: string | null;
  date: string | null;
  dateRaw: string | null;
  language: string | null;
  dir: string | null;
  siteName: string | null;
  description: string | null;
  credit: string | null;
  dateline: string | null;
  categories: string[];
  baseUrl: string | null;
  h1: DomElement | null;
}

type MetaMap = Map<string, string[]>;

function readMeta(doc: DomDocument): MetaMap {
  const map: MetaMap = new Map();
  for (const m of queryAll(doc, 'meta')) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? m.getAttribute('http-equiv'))
      ?.trim()
      .toLowerCase();
    const content = m.getAttribute('content');
    if (!key || content === null || !content.trim()) continue;
    // itemprop metas inside an image or a teaser describe that thing, not the article
    if (m.hasAttribute('itemprop') && closest(m, (e) => /imageobject|person|organization/i.test(e.getAttribute('itemtype') ?? '')))
      continue;
    const list = map.get(key) ?? [];
    list.push(collapseSpace(content));
    map.set(key, list);
  }
  return map;
}

const first = (meta: MetaMap, ...keys: string[]): string | null => {
  for (const k of keys) {
    const v = meta.get(k)?.[0];
    if (v) return v;
  }
  return null;
};

export function readPageMetadata(doc: DomDocument, ld: JsonLdArticle): PageMetadata {
  const meta = readMeta(doc);
  const html = doc.documentElement;
  const siteName = ld.publisher ?? stripTagline(first(meta, 'og:site_name', 'application-name', 'apple-mobile-web-app-title'));
  const twitterSite = first(meta, 'twitter:site')?.replace(/^@/, '') ?? null;
  const h1Els = queryAll(doc, 'h1')
    .filter((h) => textOf(h).length >= 4)
    .slice(0, 5);
  const metaAuthor = first(meta, 'author', 'byl', 'parsely-author', 'sailthru.author', 'dc.creator', 'article:author', 'og:article:author');
  const names = [siteName, twitterSite, first(meta, 'og:site_name'), ...ld.authors, ...ld.authorOrganisations, metaAuthor].filter(
    (n): n is string => !!n,
  );
  const headline = pickHeadline({
    jsonLd: ld.headline,
    ogTitle: first(meta, 'og:title'),
    twitterTitle: first(meta, 'twitter:title'),
    documentTitle: textOf(queryOne(doc, 'title')) || null,
    h1s: h1Els.map((h) => textOf(h)),
    names,
  });
  const organisations = [siteName, first(meta, 'og:site_name'), twitterSite, ...ld.authorOrganisations].filter((n): n is string => !!n);
  const dom = bylineFromDom(doc);
  const byline = pickByline([ld.authors.join(', ') || null, metaAuthor, dom.name, ...(meta.get('author') ?? [])], { organisations });
  const bylineTitle = byline && dom.name && byline === dom.name.replace(/^by\s+/i, '') ? dom.title : null;

  const dateRaw =
    ld.datePublished ??
    first(
      meta,
      'article:published_time',
      'article:published',
      'datepublished',
      'og:published_time',
      'parsely-pub-date',
      'pubdate',
      'publishdate',
      'publish-date',
      'dc.date.issued',
      'dc.date',
      'date',
      'sailthru.date',
      'pdate',
    ) ??
    queryOne(doc, 'time[itemprop~="datePublished"], time[pubdate]')?.getAttribute('datetime') ??
    queryOne(doc, 'time[datetime]')?.getAttribute('datetime') ??
    null;

  const language =
    normaliseLangTag(html?.getAttribute('lang') ?? html?.getAttribute('xml:lang')) ??
    normaliseLangTag(first(meta, 'og:locale')) ??
    normaliseLangTag(first(meta, 'content-language', 'language', 'dc.language', 'inlanguage')) ??
    normaliseLangTag(ld.inLanguage);
  const dir = (
    html?.getAttribute('dir') ??
    doc.body?.getAttribute('dir') ??
    queryOne(doc, 'article[dir], main[dir]')?.getAttribute('dir') ??
    ''
  )
    .toLowerCase()
    .trim();

  const source = sourceFromDom(doc);
  const categories = [...new Set([...ld.sections, ...(meta.get('article:section') ?? [])].map((c) => c.trim()).filter(Boolean))];
  return {
    headline,
    byline,
    bylineTitle,
    date: toIsoDate(dateRaw),
    dateRaw: dateRaw ?? source.dateRaw,
    language,
    dir: dir === 'rtl' || dir === 'ltr' ? dir : null,
    siteName,
    description: ld.description ?? first(meta, 'og:description', 'description', 'twitter:description'),
    credit: source.credit,
    dateline: datelineFromDom(doc),
    categories,
    baseUrl: pickBaseUrl([
      queryOne(doc, 'link[rel~="canonical"]')?.getAttribute('href'),
      first(meta, 'og:url'),
      queryOne(doc, 'base[href]')?.getAttribute('href'),
    ]),
    h1: h1Els[0] ?? null,
  };
}

/** "Aktuálně.cz - Víte, co se právě děje" → "Aktuálně.cz" (a site name with its tagline). */
function stripTagline(name: string | null): string | null {
  if (!name) return null;
  return name.split(/\s+[-–—|]\s+/)[0]!.trim() || null;
}

const BYLINE_SELECTOR = '[rel~="author"], [itemprop~="author"], [class*="byline"], [class*="author"], [class*="auteur"], [class*="autor"]';

/** The first byline element outside navigation: its name, and any job title printed with it. */
function bylineFromDom(doc: DomDocument): { name: string | null; title: string | null } {
  for (const el of queryAll(doc, BYLINE_SELECTOR).slice(0, 40)) {
    if (['meta', 'link', 'script', 'img'].includes(tagOf(el))) continue;
    if (closest(el, (e) => ['nav', 'footer', 'aside'].includes(tagOf(e)) || isFurnitureClass(classTokens(e)))) continue;
    const nameEl =
      queryOne(el, '[itemprop~="name"], [rel~="author"], a[class*="author"], a[href*="/by/"], a[href*="/author"], a[href*="/profile/"]') ??
      el;
    const name = textOf(nameEl) || nameEl.getAttribute('content') || '';
    if (!name || name.length > 100) continue;
    const whole = textOf(el).replace(/^by\s+/i, '');
    const rest = whole.startsWith(name)
      ? whole
          .slice(name.length)
          .replace(/^[\s,–—-]+/, '')
          .trim()
      : '';
    const title = rest && rest.length <= 60 && !/\d/.test(rest) ? rest : null;
    return { name, title };
  }
  return { name: null, title: null };
}

const STANDFIRST_CLASS =
  /(^|[-_])(standfirst|perex|dek|deck|summary|subtitle|chapo|chapeau|sapo|strapline|lead-?in|entradilla|ingress)($|[-_])/;

/**
 * The standfirst printed with the headline: a standfirst-classed element before the first body
 * paragraph (so teaser standfirsts further down never count), outside navigation and teaser lists.
 */
export function standfirstFromDom(doc: DomDocument, firstBody: DomElement): string | null {
  const candidates = queryAll(doc, '[class], [id]').filter((el) => classTokens(el).some((t) => STANDFIRST_CLASS.test(t)));
  for (const el of candidates.slice(0, 60)) {
    if (el !== firstBody && !el.contains(firstBody) && !follows(el, firstBody)) continue;
    if (closest(el, (e) => ['nav', 'footer', 'aside', 'li', 'a'].includes(tagOf(e)) || isFurnitureClass(classTokens(e)))) continue;
    // the standfirst's own first paragraph when it wraps several (Guardian puts the byline after it)
    const p = queryOne(el, 'p') ?? el;
    const text = textOf(p);
    if (text.length >= 20 && text.length <= 500) return text;
  }
  return null;
}

/**
 * A source/agency line near the headline (Yahoo "CNET Japan 3/9(木) 18:45配信", Folha "UOL"), not a
 * photo credit. When the line also carries a time, that is returned as the raw date.
 */
function sourceFromDom(doc: DomDocument): { credit: string | null; dateRaw: string | null } {
  for (const el of queryAll(doc, '[class*="source"], [class*="agency"]').slice(0, 30)) {
    if (!classTokens(el).some((t) => /(^|[-_])(source|agency)$/.test(t))) continue;
    if (closest(el, (e) => ['figure', 'nav', 'footer', 'li', 'script'].includes(tagOf(e)))) continue;
    const linked = queryOne(el, 'a');
    const text = textOf(linked ?? el);
    if (!text || text.length > 40 || /^https?:/.test(text)) continue;
    const rest = linked ? textOf(el).replace(text, '').trim() : '';
    const dateRaw = /\d{1,2}[:/]\d{1,2}/.test(rest) ? rest.replace(/\s*(配信|発信)$/, '') : null;
    return { credit: text, dateRaw };
  }
  return { credit: null, dateRaw: null };
}

/** A printed dateline element ("São Paulo" in a signature block, span.dateline). */
function datelineFromDom(doc: DomDocument): string | null {
  for (const el of queryAll(doc, '[class*="dateline"], [class*="location"]').slice(0, 20)) {
    if (!classTokens(el).some((t) => /(^|[-_])(dateline|location)$/.test(t))) continue;
    if (closest(el, (e) => ['nav', 'footer', 'li', 'figure', 'form'].includes(tagOf(e)))) continue;
    const text = textOf(el);
    if (text && text.length <= 60 && !/\d{1,2}:\d{2}/.test(text)) return text;
  }
  return null;
}
