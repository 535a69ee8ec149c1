// IPTC NewsML-G2: a bare newsItem or a newsMessage with several. Reads rights, item and content
// metadata, the body from inline NITF or XHTML (or plain inlineData), picture captions, edNotes and
// pubStatus. The G2 `located` is where the item was edited (Reuters: Bangalore), never the dateline.
import { blockText, newDraft, type DraftWire, type ItemDraft } from '../draft';
import { looksLikeByline } from '../fields/byline';
import { findLeadIn, placeFromDateline } from '../fields/dateline';
import { normalizeIsoDate } from '../fields/dates';
import { splitCaptionCredit } from '../fields/captions';
import { clean, collapse } from '../fields/text';
import { MAX_ITEMS } from '../limits';
import { attr, child, children, find, findAll, rawText, text } from '../xml/query';
import type { XmlElement } from '../xml/tree';
import { nitfItem } from './nitf';
import { addXmlBody, walkXmlBody } from './markupBody';
import { blocksToLines, plainTextBlocks } from './shared';

function nameOf(el: XmlElement | null): string | null {
  return text(child(el, 'name')) ?? attr(el, 'literal') ?? null;
}

function pickByLanguage(els: XmlElement[], language: string | null): XmlElement | null {
  const lang = (language ?? '').slice(0, 2).toLowerCase();
  return els.find((e) => lang && (attr(e, 'lang') ?? '').toLowerCase().startsWith(lang)) ?? els[0] ?? null;
}

function readRights(item: XmlElement, d: ItemDraft): void {
  const rights = child(item, 'rightsInfo');
  d.copyright_holder = nameOf(child(rights, 'copyrightHolder'));
  d.copyright = text(pickByLanguage(children(rights, 'copyrightNotice'), d.language));
}

function readItemMeta(meta: XmlElement | null, d: ItemDraft): string | null {
  const itemClass = attr(child(meta, 'itemClass'), 'qcode');
  const version = child(meta, 'versionCreated');
  if (version) {
    d.date_raw = text(version);
    d.date = normalizeIsoDate(d.date_raw);
  }
  d.status = attr(child(meta, 'pubStatus'), 'qcode');
  d.agency = nameOf(child(meta, 'provider')) ?? attr(child(meta, 'provider'), 'qcode')?.replace(/^.*:/, '') ?? null;
  d.headline = text(child(meta, 'title'));
  for (const note of children(meta, 'edNote')) {
    const hasMarkup = note.children.some((c) => c.type === 'element');
    const t = hasMarkup ? blocksToLines(walkXmlBody(note).blocks) : clean(rawText(note));
    if (t) d.ednotes.push(t);
  }
  for (const m of children(meta, 'memberOf')) d.categories.push(nameOf(m) ?? '');
  return itemClass;
}

function readContentMeta(cm: XmlElement | null, d: ItemDraft, picture: boolean): XmlElement | null {
  d.priority = text(child(cm, 'urgency')) ?? d.priority;
  d.language = attr(child(cm, 'language'), 'tag') ?? d.language;
  for (const s of children(cm, 'subject', 'genre'))
    d.categories.push(attr(s, 'qcode') ?? attr(s, 'literal') ?? '', text(child(s, 'name')) ?? '');
  d.categories.push(...children(cm, 'keyword').map((k) => text(k) ?? ''));
  d.slug = text(child(cm, 'slugline'));
  const takeKey = /,\s*(\d+(?:st|nd|rd|th)\s+Ld-?Write-?thru|Write-?thru|Correction|Sub)\s*$/i.exec(d.slug ?? '');
  if (takeKey) d.take_key = takeKey[1]!;
  const headlines = children(cm, 'headline');
  const main = headlines.find((h) => !attr(h, 'role') || /main|headline/i.test(attr(h, 'role') ?? '')) ?? headlines[0] ?? null;
  d.headline = text(main) ?? d.headline;
  const sub = headlines.find((h) => h !== main);
  if (sub) d.deck = text(sub);
  const dateline = text(child(cm, 'dateline'));
  const place = placeFromDateline(dateline);
  // A timestamp in <dateline> (Reuters) is not a place: the lead-in of the text will give it.
  if (place) {
    d.dateline = place;
    d.dateline_raw = dateline;
  }
  d.byline = text(child(cm, 'by'));
  d.credit = text(child(cm, 'creditline'));
  const descriptions = children(cm, 'description');
  const caption = descriptions.find((x) => /caption/i.test(attr(x, 'role') ?? ''));
  return picture ? (caption ?? null) : null;
}

/** A creator is a by-line only when it names a person ("Spencer Platt", not "degenhardt.sandra" or "Reuters"). */
function creatorByline(cm: XmlElement | null): string | null {
  const creators = children(cm, 'creator');
  const photographer = creators.find((c) => /photographer/i.test(attr(c, 'role') ?? ''));
  return (photographer ? [photographer] : creators).map(nameOf).find((n) => n && /\p{L}\s+\p{L}/u.test(n) && looksLikeByline(n)) ?? null;
}

function readContentSet(set: XmlElement | null, d: ItemDraft): void {
  if (!set) return;
  for (const inline of children(set, 'inlineXML')) {
    const nitf = find(inline, 'nitf');
    if (nitf) {
      nitfItem(nitf, d);
      return;
    }
    const body = find(inline, 'body') ?? find(inline, 'html') ?? inline;
    // dpa's XHTML <header> repeats slug list, date and headline: furniture, not body.
    const header = find(body, 'header');
    if (header && !d.slug) {
      const slugs = findAll(header, 'li')
        .map((li) => text(li))
        .filter((t): t is string => !!t);
      if (slugs.length) d.slug = slugs.join('/');
    }
    addXmlBody(d, body, ['header']);
    return;
  }
  for (const data of children(set, 'inlineData')) {
    d.blocks.push(...plainTextBlocks(rawText(data)));
    return;
  }
}

function g2Item(item: XmlElement, fallbackPriority: string | null): ItemDraft {
  const d = newDraft({
    agency_id: attr(item, 'guid'),
    version: attr(item, 'version'),
    language: attr(item, 'lang'),
    priority: fallbackPriority,
  });
  const itemClass = readItemMeta(child(item, 'itemMeta'), d);
  const picture = /picture|graphic/i.test(itemClass ?? '');
  const caption = readContentMeta(child(item, 'contentMeta'), d, picture);
  readRights(item, d);
  readContentSet(child(item, 'contentSet'), d);
  d.byline ??= creatorByline(child(item, 'contentMeta'));
  // No creditline: the text's own lead-in ("(AP)") names the agency better than infoSource does
  // (AP's automated stories list "Automated Insights" there), so infoSource is the last resort.
  const first = d.blocks.find((b) => b.kind === 'p');
  if (!d.credit && !(first && findLeadIn(collapse(blockText(first)))?.credit))
    d.credit = nameOf(children(child(item, 'contentMeta'), 'infoSource')[0] ?? null);
  if (caption) {
    const split = splitCaptionCredit(rawText(caption));
    const remote = children(child(item, 'contentSet'), 'remoteContent')[0];
    d.blocks.push({ kind: 'caption', runs: [{ text: split.text }], credit: split.credit ?? d.credit, src: attr(remote ?? null, 'href') });
  }
  if (!d.blocks.length && picture) d.warnings.push('a picture item: no story text, only the caption');
  return d;
}

export function parseNewsmlG2(root: XmlElement): DraftWire {
  const warnings: string[] = [];
  const items = root.name === 'newsItem' ? [root] : findAll(root, 'newsItem', MAX_ITEMS + 1);
  const skipped = findAll(root, 'packageItem').length + findAll(root, 'conceptItem').length + findAll(root, 'knowledgeItem').length;
  if (skipped) warnings.push(`${skipped} package/concept item(s) carry no story and were skipped`);
  const priority = text(find(child(root, 'header'), 'priority'));
  const drafts = items.map((it) => g2Item(it, priority));
  for (const d of drafts) if (d.headline) d.headline = collapse(d.headline);
  return { format: 'newsml-g2', items: drafts, warnings };
}
