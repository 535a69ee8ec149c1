// AP Media API JSON (/content responses v1.1 and v2, and feed pages of them). AP sends the
// metadata here but the story text only as rendition downloads (NITF, ANPA): an item without text
// is kept with a warning saying so. A top-level `nitf.body_html` (added by some harnesses, not by
// AP) is read when present, with a warning.
import { newDraft, type DraftWire, type ItemDraft } from '../draft';
import { normalizeIsoDate } from '../fields/dates';
import { collapse } from '../fields/text';
import { MAX_ITEMS } from '../limits';
import { arr, get, obj, str, type Json, type JsonObject } from './json';
import { addHtmlBody } from './markupBody';

/** Does this JSON look like an AP Media API response or item? */
export function isApMedia(json: Json): boolean {
  const o = obj(json);
  if (!o) return false;
  if (str(get(o, 'api_version')) || obj(get(o, 'data'))?.['item'] || arr(get(obj(get(o, 'data')), 'items')).length) return true;
  return !!(obj(get(o, 'altids')) && (get(o, 'editorialpriority') !== undefined || obj(get(o, 'renditions'))));
}

function apItem(item: JsonObject, extraHtml: string | null): ItemDraft {
  const d = newDraft();
  d.headline = str(get(item, 'headline')) ?? str(get(item, 'title'));
  d.deck = str(get(item, 'headline_extended'));
  d.slug = str(get(item, 'slugline'));
  const bylines = arr(get(item, 'bylines'))
    .map(obj)
    .filter((b): b is JsonObject => b !== null);
  d.byline = str(get(bylines[0], 'by')) ?? str(get(item, 'byline'));
  d.byline_title = str(get(bylines[0], 'title')) ?? str(get(item, 'bylinetitle'));
  const ednote = str(get(item, 'ednote'));
  if (ednote) d.ednotes.push(ednote);
  d.copyright = str(get(item, 'copyrightnotice'));
  d.agency = str(get(item, 'provider'));
  d.credit = str(get(obj(arr(get(item, 'infosource'))[0]), 'name')) ?? d.agency;
  d.priority = str(get(item, 'editorialpriority')) ?? str(get(item, 'urgency'));
  d.language = str(get(item, 'language'));
  d.date_raw = str(get(item, 'versioncreated')) ?? str(get(item, 'firstcreated'));
  d.date = normalizeIsoDate(d.date_raw);
  const altids = obj(get(item, 'altids'));
  d.agency_id = str(get(altids, 'itemid')) ?? str(get(item, 'uri'));
  d.version = str(get(item, 'version'));
  d.status = str(get(item, 'pubstatus'));
  for (const s of arr(get(item, 'subject'))) {
    const so = obj(s);
    if (so) d.categories.push(str(get(so, 'code')) ?? '', str(get(so, 'name')) ?? '');
  }
  const html = str(get(item, 'body_html')) ?? str(get(obj(get(item, 'nitf')), 'body_html')) ?? extraHtml;
  if (html) {
    addHtmlBody(d, html);
    if (extraHtml && html === extraHtml)
      d.warnings.push('the text comes from a top-level "nitf.body_html" key, which is not part of the AP Media API');
  } else {
    const renditions = Object.keys(obj(get(item, 'renditions')) ?? {}).filter((k) => /nitf|anpa|text/i.test(k));
    d.warnings.push(
      renditions.length
        ? `this AP Media API item has no text: the story is only in its renditions (${renditions.join(', ')}); download one and import that`
        : 'this AP Media API item has no text',
    );
  }
  if (d.headline) d.headline = collapse(d.headline);
  return d;
}

export function parseApMedia(json: Json): DraftWire {
  const root = obj(json) ?? {};
  const data = obj(get(root, 'data'));
  const extraHtml = str(get(obj(get(root, 'nitf')), 'body_html'));
  const feed = arr(get(data, 'items'));
  const warnings: string[] = [];
  let items: JsonObject[];
  if (feed.length) {
    if (feed.length > MAX_ITEMS) warnings.push(`only the first ${MAX_ITEMS} of ${feed.length} items were read`);
    items = feed
      .slice(0, MAX_ITEMS)
      .map((e) => obj(get(obj(e), 'item')) ?? obj(e))
      .filter((o): o is JsonObject => o !== null);
  } else items = [obj(get(data, 'item')) ?? root];
  return { format: 'ap-media-json', items: items.map((it) => apItem(it, items.length === 1 ? extraHtml : null)), warnings };
}
