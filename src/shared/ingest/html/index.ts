// Web pages as wire items: saved HTML pages, the text of saved pages, and HTML body fragments.
// Public surface only; the work is done in the sibling modules. (Stub published early so the
// format router and the ninjs/AP parsers can code against these names.)
import type { ParsedBlock, ParsedCaption, ParsedWire } from '../types';

/** A saved news web page (full document or a body fragment) → one story. Format 'html-page'. */
export function parseHtmlPage(_html: string, _fileName: string, encoding: string): ParsedWire {
  return { format: 'html-page', encoding, items: [], warnings: ['html-page: extractor not implemented yet'] };
}

/** The text of a saved web page (site furniture, repeated headlines) → one story. Format 'page-text'. */
export function parsePageText(_text: string, _fileName: string, encoding: string): ParsedWire {
  return { format: 'page-text', encoding, items: [], warnings: ['page-text: extractor not implemented yet'] };
}

/** Is this plain text a saved web page rather than agency plain text? */
export function looksLikePageText(_text: string): boolean {
  return false;
}

/** An HTML body fragment (ninjs body_html, AP nitf body_html, XHTML) → structured blocks and captions. */
export function htmlFragmentToBlocks(_html: string): { blocks: ParsedBlock[]; captions: ParsedCaption[] } {
  return { blocks: [], captions: [] };
}
