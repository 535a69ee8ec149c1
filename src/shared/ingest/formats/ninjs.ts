// IPTC ninjs 1.x (flat snake_case: headline, body_html…), 2.x (headlines[] / bodies[] with roles)
// and 3.0 (camelCase keys), plus TT's dialect (body_html5, slug, bylines[], source). Keys are read
// case- and underscore-insensitively; the HTML body goes through the shared walker.
import { newDraft, type DraftWire, type ItemDraft } from '../draft';
import { placeFromDateline } from '../fields/dateline';
import { normalizeIsoDate } from '../fields/dates';
import { splitCaptionCredit } from '../fields/captions';
import { collapse } from '../fields/text';
import { MAX_ITEMS } from '../limits';
import { arr, get, obj, str, type Json, type JsonObject } from './json';
import { addHtmlBody } from './markupBody';
import { plainTextBlocks } from './shared';

function byRole(list: Json[], roles: RegExp): JsonObject | null {
  const objects = list.map(obj).filter((o): o is JsonObject => o !== null);
  return objects.find((o) => roles.test(str(get(o, 'role')) ?? '')) ?? null;
}

function namesAndCodes(list: Json[]): string[] {
  const out: string[] = [];
  for (const s of list) {
    const o = obj(s);
    if (o) out.push(str(get(o, 'code', 'qcode')) ?? '', str(get(o, 'name')) ?? '');
    else out.push(str(s) ?? '');
  }
  return out;
}

function readBody(o: JsonObject, d: ItemDraft): string[] {
  const bodies = arr(get(o, 'bodies'));
  const htmlBody = byRole(bodies, /^(?:x?html\d?|main|body)$/i);
  const html = str(get(htmlBody, 'value')) ?? str(get(o, 'body_html5')) ?? str(get(o, 'body_html')) ?? str(get(o, 'body_xhtml'));
  if (html) return addHtmlBody(d, html);
  const plain = str(get(byRole(bodies, /text|plain/i) ?? bodies.map(obj)[0] ?? null, 'value')) ?? str(get(o, 'body_text'));
  if (plain) d.blocks.push(...plainTextBlocks(plain));
  return [];
}

function readAssociations(o: JsonObject, d: ItemDraft, shown: string[]): void {
  const assoc = get(o, 'associations');
  const entries: [string, Json][] = Array.isArray(assoc) ? assoc.map((v, i) => [String(i), v]) : Object.entries(obj(assoc) ?? {});
  for (const [key, value] of entries.slice(0, 200)) {
    const a = obj(value);
    if (!a || !/picture|graphic|image/i.test(str(get(a, 'type')) ?? '')) continue;
    if (shown.includes(key)) {
      d.warnings.push(`association ${key} is shown in the body with its own caption; its description was not used`);
      continue;
    }
    const descriptions = arr(get(a, 'descriptions'));
    const text = str(get(a, 'description_text')) ?? str(get(byRole(descriptions, /caption|text/i), 'value')) ?? str(get(a, 'headline'));
    if (!text) continue;
    const split = splitCaptionCredit(text);
    const credit = str(get(a, 'byline', 'by', 'creditline')) ?? split.credit;
    const renditions = obj(get(a, 'renditions'));
    const first = renditions ? obj(Object.values(renditions)[0]) : null;
    d.blocks.push({ kind: 'caption', runs: [{ text: split.text }], credit, src: str(get(first, 'href')) ?? str(get(a, 'uri')) });
  }
}

function ninjsItem(o: JsonObject): ItemDraft {
  const d = newDraft();
  const headlines = arr(get(o, 'headlines'));
  d.headline = str(get(o, 'headline')) ?? str(get(byRole(headlines, /main|headline/i) ?? obj(headlines[0]), 'value'));
  d.deck = str(get(byRole(headlines, /sub/i), 'value')) ?? str(get(o, 'subheadline'));
  d.slug = str(get(o, 'slugline', 'slug'));
  const bylines = arr(get(o, 'bylines'))
    .map(obj)
    .filter((b): b is JsonObject => b !== null);
  const firstBy = bylines.find((b) => str(get(b, 'byline', 'by', 'name')) && !/foto|photo/i.test(str(get(b, 'role')) ?? ''));
  d.byline = str(get(o, 'byline', 'by')) ?? str(get(firstBy, 'byline', 'by', 'name'));
  d.byline_title = str(get(firstBy, 'jobtitle', 'title'));
  d.credit = str(get(o, 'creditline', 'credit', 'source'));
  const infosources = arr(get(o, 'infosources', 'infosource'));
  d.credit ??= str(get(obj(infosources[0]), 'name'));
  d.copyright = str(get(o, 'copyrightnotice'));
  d.copyright_holder = str(get(o, 'copyrightholder'));
  d.language = str(get(o, 'language'));
  d.priority = str(get(o, 'urgency'));
  const date = str(get(o, 'versioncreated')) ?? str(get(o, 'datetime')) ?? str(get(o, 'firstcreated'));
  d.date_raw = date;
  d.date = normalizeIsoDate(date);
  d.agency_id = str(get(o, 'uri', 'guid'));
  d.version = str(get(o, 'version'));
  d.status = str(get(o, 'pubstatus'));
  d.agency = str(get(o, 'provider', 'source')) ?? d.copyright_holder;
  const ednote = str(get(o, 'ednote'));
  if (ednote) d.ednotes.push(ednote);
  for (const n of arr(get(o, 'ednotes'))) d.ednotes.push(str(get(obj(n), 'value')) ?? str(n) ?? '');
  const located = str(get(o, 'located'));
  const place = placeFromDateline(located);
  if (place) {
    d.dateline = place;
    d.dateline_raw = located;
  }
  d.categories.push(
    ...namesAndCodes(arr(get(o, 'subject', 'subjects'))),
    ...namesAndCodes(arr(get(o, 'genre'))),
    ...arr(get(o, 'keywords')).map((k) => str(k) ?? ''),
  );
  const shown = readBody(o, d);
  readAssociations(o, d, shown);
  if (d.headline) d.headline = collapse(d.headline);
  return d;
}

export function parseNinjs(json: Json): DraftWire {
  const warnings: string[] = [];
  const list = Array.isArray(json) ? json : arr(get(obj(json), 'items')).length ? arr(get(obj(json), 'items')) : [json];
  if (list.length > MAX_ITEMS) warnings.push(`only the first ${MAX_ITEMS} of ${list.length} items were read`);
  const items = list
    .slice(0, MAX_ITEMS)
    .map(obj)
    .filter((o): o is JsonObject => o !== null)
    .map(ninjsItem);
  return { format: 'ninjs', items, warnings };
}
