// Turns the extractor's drafts into the shared ParsedItem shape: body paragraphs and structured
// blocks from the same drafts (so they never disagree), captions placed by body paragraph, and each
// repair tagged with the field and paragraph it touched.
import type { FieldRepair, ParsedBlock, ParsedCaption, ParsedItem, TextRepair } from '../types';
import { buildPlain, type BuiltText } from './paragraph';
import type { BuiltBlock, PlacedCaption } from './built';

export function emptyItem(): ParsedItem {
  return {
    headline: '',
    deck: null,
    slug: null,
    byline: null,
    byline_title: null,
    dateline: null,
    dateline_raw: null,
    body: [],
    blocks: [],
    captions: [],
    credit: null,
    copyright: null,
    copyright_holder: null,
    categories: [],
    priority: null,
    date: null,
    date_raw: null,
    language: null,
    take_key: null,
    ednote: null,
    agency: null,
    agency_id: null,
    version: null,
    advisory: null,
    repairs: [],
    warnings: [],
  };
}

export function tagRepairs(field: string, repairs: TextRepair[], index?: number): FieldRepair[] {
  return repairs.map((r) => (index === undefined ? { ...r, field } : { ...r, field, index }));
}

/**
 * A plain-text field through repair: the text, and its repairs tagged with the field name. Markup
 * that metadata sometimes carries (`<b>`, even `<script>` in hostile JSON-LD) is removed: these
 * fields are plain text by convention.
 */
export function repairedField(field: string, raw: string | null | undefined): { text: string | null; repairs: FieldRepair[] } {
  if (!raw) return { text: null, repairs: [] };
  const { text, repairs } = buildPlain(stripMarkup(raw));
  return { text: text || null, repairs: tagRepairs(field, repairs) };
}

function toBlock(d: BuiltBlock): ParsedBlock | null {
  const first = d.units[0];
  switch (d.kind) {
    case 'p':
    case 'quote':
    case 'h2':
    case 'h3':
      return first ? { kind: d.kind, html: first.html } : null;
    case 'bullet':
    case 'number':
      return { kind: d.kind, items: d.units.map((u) => u.html) };
    case 'pre':
      return { kind: 'pre', text: d.units.map((u) => u.text).join('\n') };
    case 'table':
      return { kind: 'table', rows: (d.rows ?? []).map((r) => r.map((c) => c.html)), ...(d.header ? { header: true } : {}) };
  }
}

export interface AssembledBody {
  body: string[];
  blocks: ParsedBlock[];
  captions: ParsedCaption[];
  repairs: FieldRepair[];
}

export function assembleBody(drafts: BuiltBlock[], placed: PlacedCaption[]): AssembledBody {
  const body: string[] = [];
  const blocks: ParsedBlock[] = [];
  const repairs: FieldRepair[] = [];
  const unitsBefore: number[] = [];
  for (const d of drafts) {
    unitsBefore.push(body.length);
    const block = toBlock(d);
    if (block) blocks.push(block);
    for (const u of d.units) {
      repairs.push(...tagRepairs('body', u.repairs, body.length));
      body.push(u.html);
    }
  }
  const captions: ParsedCaption[] = [];
  for (const c of placed) {
    const index = captions.length;
    const credit = repairedField('captions.credit', c.credit);
    repairs.push(...tagRepairs('captions', c.text.repairs, index), ...credit.repairs.map((r) => ({ ...r, index })));
    captions.push({
      text: c.text.html,
      credit: credit.text,
      after_paragraph: c.afterBlock < drafts.length ? (unitsBefore[c.afterBlock] ?? body.length) : body.length,
      src: c.src,
    });
  }
  return { body, blocks, captions, repairs };
}

/** The assembled body, blocks and captions put on the item; a warning naming `where` if no text is left. */
export function setItemBody(item: ParsedItem, drafts: BuiltBlock[], placed: PlacedCaption[], where: string): void {
  const assembled = assembleBody(drafts, placed);
  item.body = assembled.body;
  item.blocks = assembled.blocks;
  item.captions = assembled.captions;
  item.repairs.push(...assembled.repairs);
  if (!item.body.length) item.warnings.push(`no story text found ${where}`);
}

/** Remove draft `index`, keeping captions attached to the same paragraphs. */
export function removeDraft(drafts: BuiltBlock[], captions: PlacedCaption[], index: number): BuiltText[] {
  const [removed] = drafts.splice(index, 1);
  for (const c of captions) if (c.afterBlock > index) c.afterBlock -= 1;
  return removed?.units ?? [];
}

/** Remove tags (and script/style bodies) from a metadata string. */
export function stripMarkup(s: string): string {
  return s.replace(/<(script|style)\b[\s\S]*?(<\/\1\s*>|$)/gi, ' ').replace(/<\/?[a-z!][^>]*>/gi, ' ');
}
