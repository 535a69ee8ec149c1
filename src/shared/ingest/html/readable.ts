// The article's main content, found by Mozilla Readability (the extractor behind Firefox Reader View)
// running over a linkedom document. Readability mutates the tree it reads, so it always gets its own
// parse. Its output is only a base: the walker cleans it, and metadata comes from our own readers.
import { Readability } from '@mozilla/readability';
import { classTokens, parseHtmlDocument, queryAll, queryOne, tagOf, textOf, type DomDocument, type DomElement } from './dom';
import { isFurnitureClass } from './furniture';

export interface ReadableContent {
  content: DomElement | null;
  warnings: string[];
}

/** Documents with more elements than this skip Readability (its scoring is super-linear). */
const MAX_ELEMENTS_FOR_READABILITY = 40_000;

export function extractReadableContent(html: string): ReadableContent {
  const warnings: string[] = [];
  try {
    const doc = parseHtmlDocument(html);
    removePageFurniture(doc);
    // Readability's types name the DOM lib's Document/Node; linkedom's objects are those at runtime.
    type ReadabilityDoc = ConstructorParameters<typeof Readability<DomElement>>[0];
    const reader = new Readability<DomElement>(doc as unknown as ReadabilityDoc, {
      keepClasses: true, // class names tell the walker what is a byline, a credit or a share bar
      maxElemsToParse: MAX_ELEMENTS_FOR_READABILITY,
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
