// HTML strings that are a story body rather than a page: ninjs and AP body_html, NewsML 1.2 HTML
// in CDATA, a pasted fragment. readHtmlBody is how every one of them becomes a tree (the same
// reader as web pages: capped, scripts cut, linkedom); htmlFragmentToBlocks is the page
// extractor's public reading of one, with its site rules (no Readability: a fragment is all story).
import type { ParsedBlock, ParsedCaption } from '../types';
import { walkBody } from '../markup/walker';
import { harvestScriptCredits, lookupScriptCredit } from './captions';
import { buildBlocks } from './built';
import { domTree, parseHtmlDocument, type DomElement } from './dom';
import { SITE_RULES } from './furniture';
import { assembleBody } from './item';
import { prepareHtml } from './prepare';

export interface HtmlBody {
  body: DomElement | null;
  /** What the fragment's scripts say about captions and credits (never run). */
  scriptText: string;
  warnings: string[];
}

/** An HTML string → its <body>, through the one HTML reader. */
export function readHtmlBody(html: string): HtmlBody {
  const prepared = prepareHtml(typeof html === 'string' ? html : '');
  const doc = parseHtmlDocument(prepared.html);
  return { body: doc.body, scriptText: prepared.scriptText, warnings: prepared.warnings };
}

export interface FragmentOptions {
  /** The item's headline: a heading that repeats it is dropped. */
  headline?: string | null;
  /** Address of the item, to make relative links absolute (never fetched). */
  baseUrl?: string | null;
}

export function htmlFragmentToBlocks(html: string, options: FragmentOptions = {}): { blocks: ParsedBlock[]; captions: ParsedCaption[] } {
  try {
    const { body, scriptText } = readHtmlBody(html);
    if (!body) return { blocks: [], captions: [] };
    const credits = harvestScriptCredits(scriptText);
    const baseUrl = options.baseUrl ?? null;
    const walk = walkBody(domTree, body, {
      breaks: 'paragraph',
      // in agency fragments a <header> repeats slug, date and headline
      skip: ['header'],
      headline: options.headline ?? null,
      baseUrl,
      site: SITE_RULES,
      figures: { creditFor: (caption) => lookupScriptCredit(credits, caption) },
      maxElements: 20_000,
    });
    const built = buildBlocks(walk.blocks, baseUrl);
    const { blocks, captions } = assembleBody(built.blocks, built.captions);
    return { blocks, captions };
  } catch {
    return { blocks: [], captions: [] }; // never throw on a fragment: an empty body is visible to the editor
  }
}
