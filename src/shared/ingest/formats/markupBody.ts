// A markup body into an item draft, the same way for every agency format: the XML tree of NITF,
// XHTML and NewsML, or an HTML string (ninjs and AP body_html, NewsML 1.2 CDATA) read by linkedom,
// both through the one body walker. Fields the body marks by class (TT's p.byline, p.source) are
// used when the item's metadata did not give them.
import { runsText, type ItemDraft } from '../draft';
import { sameText } from '../fields/text';
import { readHtmlBody } from '../html/fragment';
import { domTree, type DomNode } from '../html/dom';
import { xmlTree } from '../markup/tree';
import { walkBody, type WalkResult } from '../markup/walker';
import type { XmlElement, XmlNode } from '../xml/tree';

/**
 * How agency bodies are read: a <br> inside a paragraph is a line break, not a new paragraph; a
 * heading repeating the headline (TT's <h1>) is the headline, not a subhead.
 */
function agency(d: ItemDraft, skip: string[] = []): { breaks: 'space'; headline: string | null; skip: string[] } {
  return { breaks: 'space', headline: d.headline, skip };
}

/** Walk an XML body (NITF body.content, an XHTML body, a G2 edNote). */
export function walkXmlBody(el: XmlElement, skip: string[] = []): WalkResult {
  return walkBody<XmlNode>(xmlTree, el, { breaks: 'space', skip });
}

/** An XML body into the draft. */
export function addXmlBody(d: ItemDraft, el: XmlElement, skip: string[] = []): void {
  addWalked(d, walkBody<XmlNode>(xmlTree, el, agency(d, skip)));
}

/** An HTML string into the draft; returns the association ids its images point at (TT: data-assoc-ref). */
export function addHtmlBody(d: ItemDraft, html: string): string[] {
  const read = readHtmlBody(html);
  d.warnings.push(...read.warnings);
  if (read.body) addWalked(d, walkBody<DomNode>(domTree, read.body, agency(d)));
  return [...html.matchAll(/data-assoc-ref\s*=\s*["']([^"']{1,64})["']/g)].map((m) => m[1]!);
}

function addWalked(d: ItemDraft, walked: WalkResult): void {
  const { byline, source, deck } = walked.signals;
  const standfirst = deck ? runsText(deck) : null;
  // A standfirst the metadata already has a different one for stays in the body, where it was.
  if (deck && standfirst && d.deck && !sameText(d.deck, standfirst)) d.blocks.push({ kind: 'p', runs: deck });
  else if (standfirst) d.deck ??= standfirst;
  d.blocks.push(...walked.blocks);
  d.warnings.push(...walked.warnings);
  if (walked.truncated) d.warnings.push('the body was too long; the rest was left out');
  if (byline && !d.byline) d.byline = byline;
  if (source) d.credit ??= source;
}
