// IPTC NewsML 1.2 (AFP, EFE, Kyodo, ANA-MPA flavours): envelope, identification, management,
// NewsLines and metadata of the (possibly nested) NewsComponents, and the text ContentItem —
// inline NITF, HTML in CDATA, or plain text. Photo components become captions.
import { newDraft, type DraftWire, type ItemDraft } from '../draft';
import { placeFromDateline } from '../fields/dateline';
import { normalizeIsoDate } from '../fields/dates';
import { splitCaptionCredit } from '../fields/captions';
import { clean, sameText } from '../fields/text';
import { MAX_ITEMS } from '../limits';
import { attr, child, children, find, findAll, path, rawText, text } from '../xml/query';
import type { XmlElement } from '../xml/tree';
import { addHtmlBody } from './markupBody';
import { nitfItem } from './nitf';
import { plainTextBlocks } from './shared';

const formal = (el: XmlElement | null): string | null => attr(el, 'FormalName');

function readNewsLines(lines: XmlElement | null, d: ItemDraft): void {
  if (!lines) return;
  d.headline ??= text(child(lines, 'HeadLine'));
  d.deck ??= text(child(lines, 'SubHeadLine'));
  d.byline ??= text(child(lines, 'ByLine'));
  d.byline_title ??= text(child(lines, 'ByLineTitle'));
  d.credit ??= text(child(lines, 'CreditLine'));
  d.copyright ??= text(child(lines, 'CopyrightLine'));
  d.slug ??= text(child(lines, 'SlugLine'));
  const dateline = text(child(lines, 'DateLine'));
  const place = placeFromDateline(dateline);
  if (place && !d.dateline) {
    d.dateline = place;
    d.dateline_raw = dateline;
  }
  for (const k of children(lines, 'KeywordLine')) d.categories.push(text(k) ?? '');
}

function readMetadata(component: XmlElement, d: ItemDraft): void {
  const desc = child(component, 'DescriptiveMetadata');
  d.language ??= formal(child(desc, 'Language'));
  for (const code of children(desc, 'SubjectCode')) {
    for (const s of children(code)) d.categories.push(formal(s) ?? '', attr(s, 'cat') ?? '');
  }
  for (const g of children(desc, 'Genre')) d.categories.push(formal(g) ?? '');
  for (const p of children(desc, 'Property')) if (formal(p) === 'Keyword') d.categories.push(attr(p, 'Value') ?? '');
  for (const topic of findAll(child(component, 'TopicSet'), 'Topic')) {
    d.categories.push(text(child(topic, 'FormalName')) ?? '');
    for (const dsc of children(topic, 'Description')) {
      const lang = attr(dsc, 'lang');
      if (!lang || lang.startsWith('en') || attr(dsc, 'Variant') === 'Category') d.categories.push(text(dsc) ?? '');
    }
  }
  const admin = child(component, 'AdministrativeMetadata');
  d.agency ??= formal(path(admin, 'Provider', 'Party'));
  const creator = formal(path(admin, 'Creator', 'Party'));
  if (creator) d.byline ??= creator;
  const usage = text(find(child(component, 'RightsMetadata'), 'UsageType'));
  if (usage) d.ednotes.push(`Usage: ${usage}`);
  const rights = find(child(component, 'RightsMetadata'), 'CopyrightHolder');
  d.copyright_holder ??= text(rights);
}

function mediaType(ci: XmlElement): string {
  return (formal(child(ci, 'MediaType')) ?? '').toLowerCase();
}

/** The body of a text ContentItem: inline NITF, HTML (CDATA) or plain text. */
function readContent(ci: XmlElement, d: ItemDraft): void {
  const data = child(ci, 'DataContent');
  if (!data) return;
  const nitf = find(data, 'nitf');
  if (nitf) {
    nitfItem(nitf, d);
    return;
  }
  const format = (formal(child(ci, 'Format')) ?? '').toLowerCase();
  const raw = rawText(data);
  if (format.includes('html') || /<(?:p|div|br|P|DIV|BR)\b/.test(raw)) addHtmlBody(d, raw);
  else d.blocks.push(...plainTextBlocks(raw));
}

function readComponent(component: XmlElement, d: ItemDraft, depth: number): void {
  if (depth > 8) return;
  readNewsLines(child(component, 'NewsLines'), d);
  readMetadata(component, d);
  for (const ci of children(component, 'ContentItem')) {
    const type = mediaType(ci);
    if (type === 'text' || type === '' || type === 'complexdata') readContent(ci, d);
  }
  for (const sub of children(component, 'NewsComponent')) {
    const items = children(sub, 'ContentItem');
    const photo = items.some((ci) => ['photo', 'graphic', 'image'].includes(mediaType(ci)));
    if (!photo) {
      readComponent(sub, d, depth + 1);
      continue;
    }
    // A photo component: its caption (text content or headline) and credit become a caption.
    const captionItem = findAll(sub, 'ContentItem').find((ci) => mediaType(ci) === 'text');
    const captionText = clean(rawText(child(captionItem ?? null, 'DataContent'))) ?? text(find(sub, 'HeadLine'));
    if (!captionText) continue;
    const split = splitCaptionCredit(captionText);
    const credit = text(find(sub, 'CreditLine')) ?? text(find(sub, 'ByLine')) ?? split.credit;
    const ref = items.find((ci) => mediaType(ci) === 'photo');
    d.blocks.push({ kind: 'caption', runs: [{ text: split.text }], credit, src: attr(ref ?? null, 'Href') });
  }
}

function newsmlItem(item: XmlElement, envelope: { priority: string | null; date: string | null }): ItemDraft {
  const d = newDraft({ language: attr(item, 'lang') });
  const ident = child(item, 'Identification');
  const id = child(ident, 'NewsIdentifier');
  d.agency_id = text(child(id, 'PublicIdentifier')) ?? text(child(id, 'NewsItemId'));
  d.version = text(child(id, 'RevisionId'));
  d.agency = text(child(id, 'ProviderId'));
  const mgmt = child(item, 'NewsManagement');
  const date = text(child(mgmt, 'ThisRevisionCreated')) ?? text(child(mgmt, 'FirstCreated')) ?? envelope.date;
  d.date_raw = date;
  d.date = normalizeIsoDate(date);
  d.status = formal(child(mgmt, 'Status'));
  d.priority = formal(child(mgmt, 'Urgency')) ?? envelope.priority;
  const top = child(item, 'NewsComponent');
  if (top) readComponent(top, d, 0);
  d.slug ??= text(child(ident, 'NameLabel'));
  // EFE repeats its keyword line as the sub-headline: not a deck.
  if (d.deck && (sameText(d.deck, d.slug) || sameText(d.deck, d.headline))) d.deck = null;
  return d;
}

export function parseNewsml12(root: XmlElement): DraftWire {
  const env = child(root, 'NewsEnvelope');
  const envelope = { priority: formal(child(env, 'Priority')), date: text(child(env, 'DateAndTime')) };
  const items = findAll(root, 'NewsItem', MAX_ITEMS + 1).map((it) => newsmlItem(it, envelope));
  return { format: 'newsml-1.2', items, warnings: [] };
}
