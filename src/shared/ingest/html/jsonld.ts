// Structured data news sites embed for search engines (schema.org JSON-LD): the article node's
// headline, authors, dates, publisher and language, read defensively (any shape, any nesting).

export interface JsonLdArticle {
  headline: string | null;
  /** Person authors only; organisations are reported separately so they never become a byline. */
  authors: string[];
  authorOrganisations: string[];
  datePublished: string | null;
  publisher: string | null;
  inLanguage: string | null;
  description: string | null;
  sections: string[];
  keywords: string[];
  /** Image captions and credits the page declares (ImageObject caption + creditText/copyrightHolder/author). */
  images: { caption: string | null; credit: string | null; url: string | null }[];
}

const ARTICLE_TYPES = /article|posting|report|newsarticle|blogposting|webpage/i;
const MAX_NODES = 2000;

export function readJsonLd(blocks: string[]): JsonLdArticle {
  const nodes: Record<string, unknown>[] = [];
  for (const block of blocks) {
    let data: unknown;
    try {
      data = JSON.parse(block);
    } catch {
      continue; // broken JSON-LD is common; the page's other metadata still counts
    }
    collectNodes(data, nodes, 0);
  }
  const typeOf = (n: Record<string, unknown>): string => strings(n['@type']).join(' ');
  const article =
    nodes.find((n) => /article|posting|report/i.test(typeOf(n)) && n['headline'] !== undefined) ??
    nodes.find((n) => ARTICLE_TYPES.test(typeOf(n)) && n['headline'] !== undefined) ??
    null;
  const out: JsonLdArticle = {
    headline: null,
    authors: [],
    authorOrganisations: [],
    datePublished: null,
    publisher: null,
    inLanguage: null,
    description: null,
    sections: [],
    keywords: [],
    images: [],
  };
  if (!article) return out;
  out.headline = firstString(article['headline']);
  out.datePublished = firstString(article['datePublished']) ?? firstString(article['dateCreated']);
  out.description = firstString(article['description']);
  out.inLanguage = firstString(article['inLanguage']);
  for (const a of asArray(article['author'])) {
    if (typeof a === 'string') out.authors.push(a);
    else if (isRecord(a)) {
      const name = firstString(a['name']);
      if (!name) continue;
      if (/organi[sz]ation|corporation|newsmedia/i.test(typeOf(a))) out.authorOrganisations.push(name);
      else out.authors.push(name);
    }
  }
  const publisher = asArray(article['publisher'])[0];
  out.publisher = isRecord(publisher) ? firstString(publisher['name']) : firstString(publisher);
  out.sections = strings(article['articleSection']);
  const kw = article['keywords'];
  out.keywords =
    typeof kw === 'string'
      ? kw
          .split(',')
          .map((k) => k.trim())
          .filter(Boolean)
      : strings(kw);
  for (const img of asArray(article['image'])) {
    if (!isRecord(img)) continue;
    const credit = firstString(img['creditText']) ?? nameOf(img['copyrightHolder']) ?? nameOf(img['author']) ?? nameOf(img['creator']);
    out.images.push({ caption: firstString(img['caption']), credit, url: firstString(img['url']) });
  }
  return out;
}

function collectNodes(data: unknown, out: Record<string, unknown>[], depth: number): void {
  if (depth > 6 || out.length >= MAX_NODES) return;
  if (Array.isArray(data)) {
    for (const d of data) collectNodes(d, out, depth + 1);
  } else if (isRecord(data)) {
    out.push(data);
    if (data['@graph'] !== undefined) collectNodes(data['@graph'], out, depth + 1);
    if (isRecord(data['mainEntity'])) collectNodes(data['mainEntity'], out, depth + 1);
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function asArray(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  if (Array.isArray(v)) return v;
  if (isRecord(v) && Array.isArray(v['@list'])) return v['@list'] as unknown[];
  return [v];
}

function strings(v: unknown): string[] {
  return asArray(v)
    .map((x) => (typeof x === 'string' ? x.trim() : typeof x === 'number' ? String(x) : ''))
    .filter(Boolean);
}

function firstString(v: unknown): string | null {
  return strings(v)[0] ?? null;
}

function nameOf(v: unknown): string | null {
  const first = asArray(v)[0];
  if (typeof first === 'string') return first.trim() || null;
  return isRecord(first) ? firstString(first['name']) : null;
}
