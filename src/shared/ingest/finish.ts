// The shared finishing steps every format goes through: editorial notes out of the body, text
// repair on every field, the dateline and credit read from the lead-in when the source gave none,
// the advisory kind, and the body rendered as minimal inline HTML (paragraphs and blocks).
import { blockText, runsText, type DraftBlock, type DraftWire, type ItemDraft } from './draft';
import { fail } from './errors';
import { detectAdvisory } from './fields/advisory';
import { agencyFromByline } from './fields/byline';
import { findLeadIn } from './fields/dateline';
import { separateEditorialNotes } from './fields/ednotes';
import { cleanByline, cleanHeadline, collapse, isCopyrightLine, unique } from './fields/text';
import { escapeHtmlText, inlineHtmlToText, runsToInlineHtml } from './inline';
import { HEURISTIC_WINDOW, MAX_BLOCKS, MAX_ITEMS } from './limits';
import { convertApTypography, FieldRepairer } from './repairFields';
import type { ParsedBlock, ParsedCaption, ParsedItem, ParsedWire } from './types';

export interface FinishOptions {
  typography: boolean;
}

const NOT_PRINTABLE = /[\u0000-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Warnings quote source text: keep them printable and short. */
function cleanWarnings(warnings: string[]): string[] {
  if (!warnings.length) return [];
  return unique(warnings.map((w) => (w.length > 300 ? `${w.slice(0, 299)}…` : w).replace(NOT_PRINTABLE, ' ')));
}

function ednoteText(notes: string[]): string | null {
  const seen: string[] = [];
  for (const n of notes) {
    const t = n.replace(/\r\n?/g, '\n').trim();
    if (t && !seen.some((s) => s.includes(t))) seen.push(t);
  }
  return seen.length ? seen.join('\n') : null;
}

interface RenderedBody {
  body: string[];
  blocks: ParsedBlock[];
  captions: ParsedCaption[];
}

function renderBody(blocks: DraftBlock[], fix: FieldRepairer, d: ItemDraft, opts: FinishOptions): RenderedBody {
  const body: string[] = [];
  const out: ParsedBlock[] = [];
  const captions: ParsedCaption[] = [];
  // The first paragraph's dateline lead-in is kept exactly as sent, typography or not.
  const firstPara = blocks.find((b) => b.kind === 'p');
  const protect = firstPara ? (findLeadIn(collapse(blockText(firstPara).slice(0, HEURISTIC_WINDOW)))?.length ?? 0) : 0;
  const apTypography = d.typography === 'ap-anpa' && opts.typography;
  for (const b of blocks) {
    switch (b.kind) {
      case 'p':
      case 'h2':
      case 'h3':
      case 'quote': {
        const guard = b === firstPara ? protect : 0;
        const convert = apTypography ? (t: string, off: number) => convertApTypography(t, off, guard) : undefined;
        const runs = fix.runs('body', b.runs, body.length, { convert, protect: guard });
        const html = runsToInlineHtml(runs);
        if (!html) break;
        body.push(html);
        out.push({ kind: b.kind, html });
        break;
      }
      case 'bullet':
      case 'number': {
        const items: string[] = [];
        for (const item of b.items) {
          const html = runsToInlineHtml(fix.runs('body', item, body.length));
          if (!html) continue;
          body.push(html);
          items.push(html);
        }
        if (items.length) out.push({ kind: b.kind, items });
        break;
      }
      case 'pre': {
        const text = fix.multiline('body', b.text, body.length);
        if (!text) break;
        for (const line of text.split('\n')) {
          const t = collapse(line);
          if (t) body.push(escapeHtmlText(t));
        }
        out.push({ kind: 'pre', text });
        break;
      }
      case 'table': {
        // Cells are minimal inline HTML like every paragraph (what the web-page extractor gives too).
        const rows: string[][] = [];
        for (const row of b.rows) {
          const cells = row.map((cell) => runsToInlineHtml(fix.runs('body', cell, body.length)));
          if (!cells.some(Boolean)) continue;
          rows.push(cells);
          body.push(cells.filter(Boolean).join(' | '));
        }
        if (rows.length) out.push(b.header ? { kind: 'table', rows, header: true } : { kind: 'table', rows });
        break;
      }
      case 'caption': {
        const index = captions.length;
        const text = runsToInlineHtml(fix.runs('captions', b.runs, index));
        const credit = fix.text('captions.credit', b.credit, index);
        if (!text && !credit) break;
        captions.push({ text, credit, after_paragraph: body.length, src: b.src ?? null });
        break;
      }
    }
  }
  return { body, blocks: out, captions };
}

/** Categories through repair; one that is nothing but control characters (a damaged keyword line) is none. */
function repairCategories(fix: FieldRepairer, categories: string[]): string[] {
  const out: string[] = [];
  for (const c of unique(categories)) {
    const t = fix.text('categories', c, out.length);
    if (t) out.push(t);
  }
  return out;
}

export function finishItem(d: ItemDraft, opts: FinishOptions): ParsedItem {
  const fix = new FieldRepairer(opts.typography);
  const warnings = [...d.warnings];
  const rawHeadline = cleanHeadline(d.headline);
  const rawByline = cleanByline(d.byline);
  // Text formats can produce any number of paragraphs; the body walker caps markup, this caps the rest.
  const drafted = d.blocks.length > MAX_BLOCKS ? d.blocks.slice(0, MAX_BLOCKS) : d.blocks;
  if (drafted !== d.blocks) warnings.push(`the body has more than ${MAX_BLOCKS} paragraphs; the rest was left out`);
  const sep = separateEditorialNotes(drafted, { headline: rawHeadline, byline: rawByline });
  warnings.push(...sep.warnings);
  let copyright = d.copyright;
  if (sep.copyright) {
    if (!copyright) copyright = sep.copyright;
    else warnings.push(`took the copyright paragraph "${sep.copyright}" out of the body`);
  }
  const notes = [...d.ednotes, ...sep.notes];
  if (!copyright) {
    const line = notes.flatMap((n) => n.split('\n')).find((l) => isCopyrightLine(l));
    if (line) copyright = collapse(line).replace(/^[-–•*]\s*/, '');
  }

  const headline = fix.text('headline', rawHeadline) ?? '';
  const byline = fix.text('byline', rawByline);
  const rendered = renderBody(sep.blocks, fix, d, opts);

  let dateline = fix.text('dateline', d.dateline);
  let datelineRaw = fix.text('dateline_raw', d.dateline_raw);
  let credit = fix.text('credit', d.credit);
  const first = rendered.blocks.find((b) => b.kind === 'p');
  const lead = first && first.kind === 'p' ? findLeadIn(inlineHtmlToText(first.html.slice(0, HEURISTIC_WINDOW * 4))) : null;
  if (lead) {
    if (!dateline) dateline = lead.place;
    if (!datelineRaw) datelineRaw = lead.raw;
    if (!credit && lead.credit) credit = lead.credit;
  }
  if (!credit && datelineRaw) credit = findLeadIn(`${datelineRaw} `)?.credit ?? null;
  if (!credit) credit = agencyFromByline(byline);

  const ednote = fix.multiline('ednote', ednoteText(notes));
  const slug = fix.text('slug', d.slug);
  const takeKey = fix.text('take_key', d.take_key);
  if (!headline) warnings.push('no headline found');
  if (!rendered.body.length && !rendered.captions.length) warnings.push('no body text found');

  return {
    headline,
    deck: fix.text('deck', d.deck),
    slug,
    byline,
    byline_title: fix.text('byline_title', cleanByline(d.byline_title)),
    dateline,
    dateline_raw: datelineRaw,
    body: rendered.body,
    blocks: rendered.blocks,
    captions: rendered.captions,
    credit,
    copyright: fix.text('copyright', copyright),
    copyright_holder: fix.text('copyright_holder', d.copyright_holder),
    categories: repairCategories(fix, d.categories),
    priority: fix.text('priority', d.priority),
    date: d.date,
    date_raw: fix.text('date_raw', d.date_raw),
    language: fix.text('language', d.language),
    take_key: takeKey,
    ednote,
    agency: fix.text('agency', d.agency) ?? credit,
    agency_id: fix.text('agency_id', d.agency_id),
    version: fix.text('version', d.version),
    advisory: detectAdvisory({ status: d.status, slug, take_key: takeKey, headline, ednote }),
    repairs: fix.repairs,
    warnings: cleanWarnings(warnings),
  };
}

function isEmptyDraft(d: ItemDraft): boolean {
  return (
    !cleanHeadline(d.headline) &&
    !d.blocks.some((b) =>
      b.kind === 'caption'
        ? runsText(b.runs).trim()
        : blockText(b).trim() || b.kind === 'table' || b.kind === 'bullet' || b.kind === 'number' || b.kind === 'pre',
    )
  );
}

/** Draft items of one file → the ParsedWire, or a no-content refusal. */
export function finishWire(draft: DraftWire, encoding: string, fileWarnings: string[], opts: FinishOptions): ParsedWire {
  const warnings = [...fileWarnings, ...draft.warnings];
  let drafts = draft.items.filter((d) => !isEmptyDraft(d));
  if (drafts.length < draft.items.length)
    warnings.push(`${draft.items.length - drafts.length} item(s) without a headline or text were left out`);
  if (!drafts.length) fail('no-content', `no story found (no headline or text in this ${draft.format} file)`);
  if (drafts.length > MAX_ITEMS) {
    warnings.push(`only the first ${MAX_ITEMS} of ${drafts.length} items were read`);
    drafts = drafts.slice(0, MAX_ITEMS);
  }
  return { format: draft.format, encoding, items: drafts.map((d) => finishItem(d, opts)), warnings: cleanWarnings(warnings) };
}
