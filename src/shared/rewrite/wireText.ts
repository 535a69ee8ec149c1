// The wire original as the rewrite view shows it: each field's repaired text with the repairs
// placed on it (offsets checked against the text, never trusted), the text with chosen repairs
// reverted, and where a repaired passage sits in the story, found by its surrounding words.
import type { FieldRepair, ParsedItem } from '../ingest/types';
import { inlineHtmlToNodes } from '../story/fromParsed';
import { inlineText } from '../story/text';

export type WireFieldKey =
  | 'headline'
  | 'deck'
  | 'byline'
  | 'byline_title'
  | 'dateline'
  | 'body'
  | 'captions'
  | 'captions.credit'
  | 'credit'
  | 'copyright'
  | 'ednote';

export interface PlacedRepair {
  /** Index in item.repairs: how a revert is recorded. */
  index: number;
  repair: FieldRepair;
}

export interface WireField {
  key: WireFieldKey;
  /** Paragraph or caption number for list fields. */
  index?: number;
  label: string;
  text: string;
  repairs: PlacedRepair[];
}

export interface WireSegment {
  text: string;
  repair?: PlacedRepair;
  reverted?: boolean;
}

/** Plain text of the minimal inline HTML a parser emits (the text repair offsets refer to). */
export function plainOfHtml(html: string): string {
  return inlineText(inlineHtmlToNodes(html));
}

/** Every field the wire view shows, in reading order, with the repairs that land on each. */
export function wireFields(item: ParsedItem): { fields: WireField[]; unplaced: PlacedRepair[] } {
  const fields: WireField[] = [];
  const add = (key: WireFieldKey, label: string, text: string | null | undefined, index?: number) => {
    if (text) fields.push({ key, label, text, repairs: [], ...(index === undefined ? {} : { index }) });
  };
  add('headline', 'Headline', item.headline);
  add('deck', 'Deck', item.deck);
  add('byline', 'Byline', item.byline);
  add('byline_title', 'Byline title', item.byline_title);
  add('dateline', 'Dateline', item.dateline);
  item.body.forEach((html, i) => add('body', `Paragraph ${i + 1}`, plainOfHtml(html), i));
  item.captions.forEach((c, i) => {
    add('captions', `Caption ${i + 1}`, plainOfHtml(c.text), i);
    add('captions.credit', `Photo credit ${i + 1}`, c.credit, i);
  });
  add('credit', 'Credit', item.credit);
  add('copyright', 'Copyright', item.copyright);
  add('ednote', 'Editor’s note', item.ednote);

  const unplaced: PlacedRepair[] = [];
  item.repairs.forEach((repair, index) => {
    const field = fields.find((f) => f.key === repair.field && f.index === repair.index);
    const fits = field && repair.start >= 0 && repair.end <= field.text.length && field.text.slice(repair.start, repair.end) === repair.to;
    const clash = field?.repairs.some((r) => r.repair.start < repair.end && repair.start < r.repair.end);
    if (field && fits && !clash) field.repairs.push({ index, repair });
    else unplaced.push({ index, repair });
  });
  for (const f of fields) f.repairs.sort((a, b) => a.repair.start - b.repair.start);
  return { fields, unplaced };
}

/** The field's text cut at its repairs; reverted ones show the characters as they arrived. */
export function segmentsOf(field: WireField, reverted: ReadonlySet<number>): WireSegment[] {
  const out: WireSegment[] = [];
  let at = 0;
  for (const placed of field.repairs) {
    const { start, end, from, to } = placed.repair;
    if (start > at) out.push({ text: field.text.slice(at, start) });
    const isReverted = reverted.has(placed.index);
    out.push({ text: isReverted ? from : to, repair: placed, reverted: isReverted });
    at = end;
  }
  if (at < field.text.length) out.push({ text: field.text.slice(at) });
  return out;
}

export function fieldText(field: WireField, reverted: ReadonlySet<number>): string {
  return segmentsOf(field, reverted)
    .map((s) => s.text)
    .join('');
}

/** The body as one text (paragraphs joined by a blank line, as documentText joins blocks). */
export function wireBodyText(item: ParsedItem, reverted: ReadonlySet<number> = new Set()): string {
  return wireFields(item)
    .fields.filter((f) => f.key === 'body')
    .map((f) => fieldText(f, reverted))
    .join('\n\n');
}

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at >= 0 && found.length < 2; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/**
 * Where the repaired characters of `placed` sit in `storyText`: the passage is found by the words
 * around it, and only when it occurs exactly once — otherwise null, and nothing is offered.
 */
export function findRepairInStory(field: WireField, placed: PlacedRepair, storyText: string): { start: number; end: number } | null {
  const { start, end } = placed.repair;
  for (const reach of [24, 12, 6]) {
    const from = Math.max(0, start - reach);
    const to = Math.min(field.text.length, end + reach);
    const needle = field.text.slice(from, to);
    if (!needle.trim()) continue;
    const found = occurrences(storyText, needle);
    if (found.length === 1) return { start: found[0]! + (start - from), end: found[0]! + (end - from) };
    if (found.length > 1) return null;
  }
  return null;
}
