// The article's main content, found by Mozilla Readability (the extractor behind Firefox Reader View)
// running over a linkedom document. Readability mutates the tree it reads, so it always gets its own
// parse. Its output is only a base: the body walker cleans it, and metadata comes from our own readers.
import { Readability } from '@mozilla/readability';
import { classTokens, parseHtmlDocument, queryAll, queryOne, shallowText, tagOf, textOf, type DomDocument, type DomElement } from './dom';
import { isFurnitureClass } from './furniture';

export interface ReadableContent {
  content: DomElement | null;
  warnings: string[];
}

/**
 * Pages with more tags than this skip Readability: its scoring is super-linear, and linkedom does not
 * support the `getElementsByTagName('*')` count its own maxElemsToParse guard relies on. Real news
 * pages have about a thousand tags once scripts are gone.
 */
export const MAX_TAGS_FOR_READABILITY = 15_000;
/** Real pages nest a few dozen levels; thousands is broken or hostile markup Readability crawls through. */
export const MAX_DEPTH_FOR_READABILITY = 250;

export function extractReadableContent(html: string, depth: number): ReadableContent {
  const warnings: string[] = [];
  const tags = (html.match(/<[a-zA-Z]/g) ?? []).length;
  if (tags > MAX_TAGS_FOR_READABILITY || depth > MAX_DEPTH_FOR_READABILITY) {
    warnings.push(`page has ${tags} tags nested ${depth} deep; the article was taken from its largest block of paragraphs`);
    return { content: null, warnings };
  }
  try {
    const doc = parseHtmlDocument(html);
    removePageFurniture(doc);
    // Readability's types name the DOM lib's Document/Node; linkedom's objects are those at runtime.
    type ReadabilityDoc = ConstructorParameters<typeof Readability<DomElement>>[0];
    const reader = new Readability<DomElement>(doc as unknown as ReadabilityDoc, {
      keepClasses: true, // class names tell the body walker what is a byline, a credit or a share bar
      serializer: (node: unknown) => node as DomElement,
      charThreshold: 200,
    });
    const article = reader.parse();
    if (!article?.content) warnings.push('no main article content found; using the whole page body');
    return { content: article?.content ?? null, warnings };
  } catch (err) {
    const why = err instanceof Error ? err.message.slice(0, 120) : 'unknown error';
    warnings.push(`article extraction failed (${why}); using the whole page body`);
    return { content: null, warnings };
  }
}

/**
 * Remove navigation, forms and furniture-classed blocks before Readability scores the page:
 * Readability unwraps wrappers, so a "newsletter-wrapper" div is unrecognisable in its output.
 * A block that holds the headline or several long paragraphs is never removed (it may be the story).
 */
function removePageFurniture(doc: DomDocument): void {
  const body = doc.body;
  if (!body) return;
  const doomed: DomElement[] = [];
  for (const el of queryAll(body, 'nav, form, [class], [id]')) {
    const structural = ['nav', 'form'].includes(tagOf(el));
    if (!structural && !isFurnitureClass(classTokens(el))) continue;
    if (tagOf(el) === 'body' || tagOf(el) === 'article' || tagOf(el) === 'main' || queryOne(el, 'h1')) continue;
    const longParas = queryAll(el, 'p').filter((p) => textOf(p).length > 150).length;
    if (longParas >= 3) continue;
    doomed.push(el);
  }
  for (const el of doomed) el.remove();
}

/** Fallback content root: the element whose own paragraphs hold the most text. Linear. */
export function largestTextBlock(doc: DomDocument): DomElement | null {
  const score = new Map<DomElement, number>();
  let best: DomElement | null = null;
  let bestScore = 0;
  for (const p of queryAll(doc, 'p').slice(0, 50_000)) {
    const parent = p.parentElement;
    if (!parent) continue;
    const s = (score.get(parent) ?? 0) + shallowText(p, 5000).length;
    score.set(parent, s);
    if (s > bestScore) {
      bestScore = s;
      best = parent;
    }
  }
  return best;
}
