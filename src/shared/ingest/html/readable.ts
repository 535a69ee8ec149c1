// The article's main content, found by Mozilla Readability (the extractor behind Firefox Reader View)
// running over a linkedom document. Readability mutates the tree it reads, so it always gets its own
// parse. Its output is only a base: the walker cleans it, and metadata comes from our own readers.
import { Readability } from '@mozilla/readability';
import { parseHtmlDocument, type DomElement } from './dom';

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
