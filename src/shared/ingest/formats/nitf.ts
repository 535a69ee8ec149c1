// NITF 3.x (any namespace or none): head metadata, body.head (hedline, byline with byttl,
// distributor, dateline) and body.content through the shared body walker. Also reads the NITF that
// NewsML-G2 and NewsML 1.2 carry inline.
import { newDraft, type DraftWire, type ItemDraft } from '../draft';
import { looksLikeByline, trimByline } from '../fields/byline';
import { placeFromDateline } from '../fields/dateline';
import { normalizeIsoDate } from '../fields/dates';
import { clean, collapse, sameText } from '../fields/text';
import { attr, child, children, find, findAll, path, rawText, text } from '../xml/query';
import type { XmlElement } from '../xml/tree';
import { addXmlBody } from './markupBody';

const SLUG_META = new Set(['ntbstikkord', 'slug', 'slugline', 'stikkord']);
const CATEGORY_META = new Set(['category', 'categoria', 'category_iptc', 'kategori', 'ntbkategori', 'subject-code', 'iptc-subject']);
const PRIORITY_META = new Set(['priority', 'prioridad', 'priorita', 'prioritet', 'ntbprioritet']);

/** The text of a mixed-content element without some of its children ("By X<byttl>Title</byttl>"). */
function textWithout(el: XmlElement | null, skip: string): string {
  if (!el) return '';
  return el.children.map((c) => (c.type === 'text' ? c.text : c.name === skip ? ' ' : rawText(c))).join('');
}

/** Head metadata of a NITF document into the draft. */
function readHead(head: XmlElement | null, d: ItemDraft): void {
  if (!head) return;
  const docdata = child(head, 'docdata');
  for (const meta of children(head, 'meta')) {
    const name = (attr(meta, 'name') ?? '').toLowerCase();
    const content = attr(meta, 'content');
    if (!content) continue;
    if (SLUG_META.has(name)) d.slug ??= content;
    else if (CATEGORY_META.has(name)) d.categories.push(content);
    else if (PRIORITY_META.has(name)) d.priority ??= content;
    else if (name === 'ntbid') d.agency_id ??= content;
  }
  for (const tobject of children(head, 'tobject')) {
    d.categories.push(attr(tobject, 'tobject.type') ?? '');
    for (const s of children(tobject, 'tobject.subject')) {
      d.categories.push(
        attr(s, 'tobject.subject.refnum') ?? '',
        attr(s, 'tobject.subject.type') ?? '',
        attr(s, 'tobject.subject.matter') ?? '',
        attr(s, 'tobject.subject.detail') ?? '',
      );
    }
  }
  if (!docdata) return;
  const docId = child(docdata, 'doc-id');
  d.agency_id ??= attr(docId, 'id-string');
  d.agency ??= attr(docId, 'regsrc');
  d.priority = attr(child(docdata, 'urgency'), 'ed-urg') ?? d.priority;
  const issue = attr(child(docdata, 'date.issue'), 'norm');
  if (issue && !d.date) {
    d.date_raw = issue;
    d.date = normalizeIsoDate(issue);
  }
  const duKey = child(docdata, 'du-key');
  const keywords = findAll(child(docdata, 'key-list'), 'keyword')
    .map((k) => attr(k, 'key'))
    .filter((k): k is string => !!k);
  d.slug = attr(duKey, 'key') ?? d.slug ?? (keywords.length ? keywords.join('/') : null);
  d.version ??= attr(duKey, 'version');
  d.categories.push(...keywords, ...children(docdata, 'doc-scope').map((s) => attr(s, 'scope') ?? ''));
  // PA names itself only in the delivery list: <del-list><from-src src-name="PA"/>.
  const source = attr(find(child(docdata, 'del-list'), 'from-src'), 'src-name');
  if (source) {
    d.agency ??= source;
    d.credit ??= source;
  }
  const copyright = child(docdata, 'doc.copyright');
  d.copyright_holder ??= attr(copyright, 'holder');
  for (const msg of children(docdata, 'ed-msg')) {
    const info = attr(msg, 'info') ?? clean(rawText(msg));
    if (info) d.ednotes.push(info);
  }
}

/** One NITF element → an item draft. `base` holds what an envelope (G2, NewsML 1.2) already knows. */
export function nitfItem(nitf: XmlElement, base: ItemDraft = newDraft()): ItemDraft {
  const d = base;
  readHead(child(nitf, 'head'), d);
  const body = child(nitf, 'body');
  const bodyHead = child(body, 'body.head');
  const hedline = child(bodyHead, 'hedline', 'headline');
  const hl1 = text(child(hedline, 'hl1'));
  if (hl1) d.headline ??= hl1;
  d.headline ??= text(path(nitf, 'head', 'title'));
  for (const hl2 of children(hedline, 'hl2')) {
    const t = text(hl2);
    // AP repeats the headline as hl2 id="originalHeadline"; EFE puts its keyword there.
    if (!t || sameText(t, d.headline) || sameText(t, d.slug) || attr(hl2, 'id') === 'originalHeadline') continue;
    d.deck ??= t;
  }

  for (const byline of children(bodyHead, 'byline')) {
    const by = trimByline(textWithout(byline, 'byttl'));
    const title = text(find(byline, 'byttl'));
    if (by && !looksLikeByline(by)) {
      // ANSA puts its sub-headline in <byline>.
      d.deck ??= by;
      d.warnings.push('the <byline> holds a sub-headline; used as the deck');
      continue;
    }
    if (by && !d.byline) d.byline = by;
    if (title && !d.byline_title) d.byline_title = title;
  }
  d.credit ??= text(child(bodyHead, 'distributor'));
  d.copyright_holder ??= text(path(bodyHead, 'rights', 'rights.owner'));
  const dateline = child(bodyHead, 'dateline');
  if (dateline && !d.dateline) {
    const location = text(find(dateline, 'location'));
    const raw = collapse(textWithout(dateline, 'story.date'));
    d.dateline = location ? placeFromDateline(location) : placeFromDateline(raw);
    d.dateline_raw ??= raw || null;
  }
  d.language ??= attr(nitf, 'baselang') ?? attr(nitf, 'lang');

  const content = child(body, 'body.content');
  if (content) addXmlBody(d, content);
  const tagline = text(find(child(body, 'body.end'), 'tagline'));
  if (tagline) d.ednotes.push(`Tagline: ${tagline}`);
  if (!d.slug && d.headline && /^BC-[A-Za-z]{2,}-/.test(d.headline)) d.slug = d.headline;
  return d;
}

/** A NITF document. */
export function parseNitf(root: XmlElement): DraftWire {
  return { format: 'nitf', items: [nitfItem(root)], warnings: [] };
}
