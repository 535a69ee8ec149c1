// HTML body fragments from agency feeds (ninjs body_html, AP nitf body_html, XHTML bodies) →
// structured blocks and captions, for the agency parsers. Same walker as web pages, no Readability
// (a fragment is all story), and <header> blocks that repeat the item's metadata are left out.
import type { ParsedBlock, ParsedCaption } from '../types';
import { harvestScriptCredits } from './captions';
import { parseHtmlDocument } from './dom';
import { assembleBody } from './item';
import { prepareHtml } from './prepare';
import { walkArticle } from './walker';

export interface FragmentOptions {
  /** The item's headline: a heading that repeats it is dropped. */
  headline?: string | null;
  /** Address of the item, to make relative links absolute (never fetched). */
  baseUrl?: string | null;
}

export function htmlFragmentToBlocks(html: string, options: FragmentOptions = {}): { blocks: ParsedBlock[]; captions: ParsedCaption[] } {
  try {
    const prepared = prepareHtml(typeof html === 'string' ? html : '');
    const doc = parseHtmlDocument(prepared.html);
    if (!doc.body) return { blocks: [], captions: [] };
    const walk = walkArticle(doc.body, {
      headline: options.headline ?? null,
      readRoles: true,
      skipHeader: true,
      baseUrl: options.baseUrl ?? null,
      scriptCredits: harvestScriptCredits(prepared.scriptText),
    });
    const { blocks, captions } = assembleBody(walk.blocks, walk.captions);
    return { blocks, captions };
  } catch {
    return { blocks: [], captions: [] }; // never throw on a fragment: an empty body is visible to the editor
  }
}
