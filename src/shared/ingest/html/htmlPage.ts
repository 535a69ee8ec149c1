// A saved news web page (or an agency's HTML body fragment) → one ParsedItem. Metadata comes from
// the whole page, the body from Readability's content read by the shared body walker, and the
// news-specific parts (standfirst, dateline lead-in, lead photo, wire credit and copyright lines)
// are added here.
import { captionKey } from '../fields/captions';
import { readFigure } from '../markup/figures';
import { walkBody, type WalkResult } from '../markup/walker';
import type { ParsedItem, ParsedWire } from '../types';
import { harvestScriptCredits, lookupScriptCredit } from './captions';
import { cleanByline } from './byline';
import { buildBlocks, buildCaption, buildRuns, type BuiltBlock, type CaptionDraft, type PlacedCaption } from './built';
import {
  classTokens,
  closest,
  domTree,
  follows,
  nestingDepth,
  parseHtmlDocument,
  queryAll,
  shallowText,
  tagOf,
  type DomDocument,
  type DomElement,
  type DomNode,
} from './dom';
import { indexFiguresBySrc } from './figures';
import { isFurnitureClass, SITE_RULES } from './furniture';
import { emptyItem, removeDraft, repairedField, setItemBody, tagRepairs } from './item';
import { readJsonLd } from './jsonld';
import { inferLanguageFromText, inferLatinLanguage, isRtlLanguage, rtlShare } from './language';
import { readPageMetadata, standfirstFromDom, type PageMetadata } from './metadata';
import { prepareHtml } from './prepare';
import { extractReadableContent, largestTextBlock } from './readable';
import { trimTail } from './tail';
import { isKnownAgency, matchDatelineLeadIn } from './wireLines';

/** True when the markup has no document shell: an HTML body fragment (agency HTML, XHTML body). */
export function isHtmlFragment(html: string): boolean {
  return !/<(html|head|body|title)\b/i.test(html);
}

export function parseHtmlPage(html: string, fileName: string, encoding: string): ParsedWire {
  const wire: ParsedWire = { format: 'html-page', encoding, items: [], warnings: [] };
  try {
    const item = extractPage(typeof html === 'string' ? html : '', wire.warnings);
    // Nothing found at all: no item, and the reasons as file warnings (the caller rejects the file).
    if (!item.headline && !item.body.length && !item.captions.length) wire.warnings.push(...item.warnings.map((w) => `${fileName}: ${w}`));
    else wire.items.push(item);
  } catch (err) {
    // Never throw on a page: no item, and the reason as a warning the caller can show.
    wire.warnings.push(`${fileName}: the page could not be read (${err instanceof Error ? err.message.slice(0, 160) : 'unknown error'})`);
  }
  return wire;
}

function extractPage(input: string, fileWarnings: string[]): ParsedItem {
  const item = emptyItem();
  const prepared = prepareHtml(input);
  fileWarnings.push(...prepared.warnings);
  const fragment = isHtmlFragment(prepared.html);
  const doc = parseHtmlDocument(prepared.html);
  const ld = readJsonLd(prepared.jsonLd);
  const meta = readPageMetadata(doc, ld);
  const scriptCredits = harvestScriptCredits(prepared.scriptText);
  for (const img of ld.images) if (img.caption && img.credit) scriptCredits.set(captionKey(img.caption), img.credit);

  let root: DomElement | null = fragment ? doc.body : null;
  if (!fragment) {
    const readable = extractReadableContent(prepared.html, doc.body ? nestingDepth(doc.body, 1000) : 0);
    item.warnings.push(...readable.warnings);
    root = readable.content ?? largestTextBlock(doc) ?? doc.body;
  }
  const creditFor = (caption: string): string | null => lookupScriptCredit(scriptCredits, caption);
  const walk: WalkResult = root
    ? walkBody<DomNode>(domTree, root, {
        breaks: 'paragraph',
        headline: meta.headline,
        baseUrl: meta.baseUrl,
        site: SITE_RULES,
        figures: { creditFor, originalFigure: fragment || !doc.body ? undefined : indexFiguresBySrc(doc.body) },
        maxElements: 20_000,
      })
    : { blocks: [], signals: { byline: null, source: null, kicker: null, deck: null, dateline: null }, warnings: [], truncated: false };
  item.warnings.push(...walk.warnings);
  const { blocks: drafts, captions } = buildBlocks(walk.blocks, meta.baseUrl);

  const firstBody = fragment ? null : findFirstBodyElement(doc, drafts);
  if (firstBody) addLeadFigure(doc, firstBody, captions, meta.baseUrl, creditFor);
  setDeck(item, meta, firstBody ? standfirstFromDom(doc, firstBody) : null, walk, drafts, captions);
  const pageByline = meta.byline ?? cleanByline(walk.signals.byline, { organisations: [meta.siteName ?? ''] });
  const tail = trimTail(item, drafts, captions, pageByline);

  const headline = repairedField('headline', meta.headline);
  item.headline = headline.text ?? '';
  if (!item.headline) item.warnings.push('no headline found on the page');
  // An "Author: X" line outranks page metadata that names the sign-off editor as author (gmw).
  const useAuthorLine = tail.authorLine && (!pageByline || tail.editors.includes(pageByline));
  const byline = repairedField('byline', useAuthorLine ? tail.authorLine : pageByline);
  if (useAuthorLine && pageByline)
    item.warnings.push(`byline "${pageByline}" in the page metadata is the editor; the article names "${tail.authorLine}" as author`);
  item.byline = byline.text;
  item.byline_title = meta.bylineTitle;
  item.repairs.push(...headline.repairs, ...byline.repairs);

  setItemBody(item, drafts, captions, 'on the page');

  const firstText = drafts.find((d) => d.kind === 'p')?.units[0]?.text ?? '';
  const lead = matchDatelineLeadIn(firstText);
  item.dateline_raw = lead?.raw ?? walk.signals.dateline ?? null;
  item.dateline = lead ? lead.place : (meta.dateline ?? null);
  // no credit line: the agency named in the dateline ("(AP) —") is the credit
  item.credit ??= meta.credit ?? walk.signals.source ?? lead?.source ?? null;
  item.agency = lead?.source ?? (item.credit && isKnownAgency(item.credit) ? item.credit : null) ?? meta.siteName;
  item.categories = [...new Set([...meta.categories, ...(walk.signals.kicker ? [walk.signals.kicker] : [])])];
  item.date = meta.date;
  item.date_raw = meta.dateRaw;
  if (meta.dateRaw && !meta.date) item.warnings.push(`publication date "${meta.dateRaw}" is not a full date; kept as date_raw only`);

  const allText = drafts.flatMap((d) => d.units.map((u) => u.text)).join('\n');
  item.language = meta.language;
  if (!item.language) {
    item.language = inferLanguageFromText(`${item.headline}\n${allText}`) ?? inferLatinLanguage(allText);
    if (item.language) item.warnings.push(`language not declared by the page; inferred "${item.language}" from the text`);
  }
  if (meta.dir === 'rtl') item.warnings.push('text direction: rtl (declared by the page)');
  else if (!meta.dir && (isRtlLanguage(item.language) || rtlShare(allText) > 0.5))
    item.warnings.push('text direction: rtl (inferred from the text)');
  return item;
}

/** The page element holding the first body paragraph (anchor for "printed before the story"). */
function findFirstBodyElement(doc: DomDocument, drafts: BuiltBlock[]): DomElement | null {
  const firstPara = drafts.find((d) => d.kind === 'p')?.units[0]?.text;
  if (!firstPara) return null;
  const key = firstPara.slice(0, 60);
  // shallow text (nested blocks excluded): textContent of every wrapper div would be quadratic
  return (
    queryAll(doc, 'p, div')
      .slice(0, 8000)
      .find((p) => shallowText(p, 80).startsWith(key.slice(0, 40))) ?? null
  );
}

/**
 * The lead photo printed with the headline, which Readability leaves out: the last captioned
 * figure (or lone figcaption) before the first body paragraph, outside navigation and teasers.
 */
function addLeadFigure(
  doc: DomDocument,
  firstBody: DomElement | null,
  captions: PlacedCaption[],
  baseUrl: string | null,
  creditFor: (caption: string) => string | null,
): void {
  if (!firstBody) return;
  const known = new Set(captions.map((c) => captionKey(c.text.text)));
  let lead: CaptionDraft | null = null;
  const candidates = queryAll(doc, 'figure, figcaption').filter(
    (el) => tagOf(el) === 'figure' || !closest(el, (e) => tagOf(e) === 'figure'),
  );
  for (const el of candidates.slice(0, 60)) {
    if (!follows(el, firstBody)) break;
    if (closest(el, (e) => ['nav', 'aside', 'footer', 'li', 'a'].includes(tagOf(e)) || isFurnitureClass(classTokens(e)))) continue;
    const read = readFigure<DomNode>({ tree: domTree, baseUrl }, el, { creditFor });
    const c = read && buildCaption(read, baseUrl);
    if (c && !known.has(captionKey(c.text.text))) lead = c;
  }
  if (lead) captions.unshift({ ...lead, afterBlock: 0 });
}

const normKey = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[.…]+$/, '')
    .trim();

/** Standfirst → deck: a standfirst element, or a first paragraph that is the page's description. */
function setDeck(
  item: ParsedItem,
  meta: PageMetadata,
  standfirst: string | null,
  walk: WalkResult,
  drafts: BuiltBlock[],
  captions: PlacedCaption[],
): void {
  const firstIndex = drafts.findIndex((d) => d.kind === 'p');
  const first = firstIndex >= 0 ? drafts[firstIndex]!.units[0] : undefined;
  const deck = walk.signals.deck ? buildRuns(walk.signals.deck) : null;
  if (deck?.text) {
    item.deck = deck.text;
    item.repairs.push(...tagRepairs('deck', deck.repairs));
  } else if (standfirst) {
    const deck = repairedField('deck', standfirst);
    item.deck = deck.text;
    item.repairs.push(...deck.repairs);
  } else if (first && meta.description && normKey(first.text) === normKey(meta.description) && drafts.length >= 3) {
    item.deck = first.text;
    item.repairs.push(...tagRepairs('deck', first.repairs));
    removeDraft(drafts, captions, firstIndex);
    return;
  }
  // the standfirst repeated as the first paragraph is not body text
  if (item.deck && first && normKey(first.text) === normKey(item.deck)) removeDraft(drafts, captions, firstIndex);
}
