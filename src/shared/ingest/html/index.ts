// Web pages as wire items: saved HTML pages, the text of saved pages, and HTML body fragments.
// Public surface only; each job lives in its own module (htmlPage, pageText, metadata...); bodies are
// read by the body walker every format shares (markup/walker.ts).
import type { ParsedBlock, ParsedCaption, ParsedWire } from '../types';
import { parseHtmlPage as parseHtmlPageImpl } from './htmlPage';
import { htmlFragmentToBlocks as fragmentImpl, type FragmentOptions } from './fragment';
import { looksLikePageText as looksLikePageTextImpl, parsePageText as parsePageTextImpl } from './pageText';

export type { FragmentOptions };

/**
 * A saved news web page (full document or a body fragment) → one story. Format 'html-page'.
 * Never throws; when nothing at all is found, `items` is empty and `warnings` says why.
 */
export function parseHtmlPage(html: string, fileName: string, encoding: string): ParsedWire {
  return parseHtmlPageImpl(html, fileName, encoding);
}

/** The text of a saved web page (site furniture, repeated headlines) → one story (or none, as above). Format 'page-text'. */
export function parsePageText(text: string, fileName: string, encoding: string): ParsedWire {
  return parsePageTextImpl(text, fileName, encoding);
}

/** Is this plain text a saved web page (site furniture, repeated headline…) rather than agency plain text? */
export function looksLikePageText(text: string): boolean {
  return looksLikePageTextImpl(text);
}

/**
 * An HTML body fragment (ninjs body_html, AP nitf body_html, XHTML) → structured blocks and captions.
 * Pass the item's headline to drop it where the fragment repeats it.
 */
export function htmlFragmentToBlocks(html: string, options: FragmentOptions = {}): { blocks: ParsedBlock[]; captions: ParsedCaption[] } {
  return fragmentImpl(html, options);
}
