// What a format parser hands over: the fields as found in the source, before the shared finishing
// steps (editorial-note removal, text repair, dateline/credit derivation, inline HTML). Keeping
// the parsers to "find the fields" makes every format get the same cleaning.
import type { InlineRun } from './inline';
import type { WireFormat } from './types';

export type DraftBlock =
  | { kind: 'p' | 'h2' | 'h3' | 'quote'; runs: InlineRun[] }
  | { kind: 'bullet' | 'number'; items: InlineRun[][] }
  | { kind: 'pre'; text: string }
  /** Cells as inline runs, so a link or emphasis in a cell survives like anywhere else. */
  | { kind: 'table'; rows: InlineRun[][][]; header?: boolean }
  /** A photo caption where it sat in the body; `runs` is the caption text without its credit. */
  | { kind: 'caption'; runs: InlineRun[]; credit: string | null; src?: string | null };

export interface ItemDraft {
  headline: string | null;
  deck: string | null;
  slug: string | null;
  byline: string | null;
  byline_title: string | null;
  dateline: string | null;
  dateline_raw: string | null;
  blocks: DraftBlock[];
  credit: string | null;
  copyright: string | null;
  copyright_holder: string | null;
  categories: string[];
  priority: string | null;
  date: string | null;
  date_raw: string | null;
  language: string | null;
  take_key: string | null;
  /** Editorial notes found by the format parser (ed-msg, edNote, Eds: lines, notebooks). */
  ednotes: string[];
  agency: string | null;
  agency_id: string | null;
  version: string | null;
  /** Publication status as sent (G2 pubStatus, NewsML Status, ninjs pubstatus). */
  status: string | null;
  warnings: string[];
  /** Agency typography conventions in the text (AP ANPA: `` '' for quotes, _ for a dash). */
  typography?: 'ap-anpa';
}

export function newDraft(partial: Partial<ItemDraft> = {}): ItemDraft {
  return {
    headline: null,
    deck: null,
    slug: null,
    byline: null,
    byline_title: null,
    dateline: null,
    dateline_raw: null,
    blocks: [],
    credit: null,
    copyright: null,
    copyright_holder: null,
    categories: [],
    priority: null,
    date: null,
    date_raw: null,
    language: null,
    take_key: null,
    ednotes: [],
    agency: null,
    agency_id: null,
    version: null,
    status: null,
    warnings: [],
    ...partial,
  };
}

/** A format parser's result for one file. */
export interface DraftWire {
  format: WireFormat;
  items: ItemDraft[];
  warnings: string[];
}

/** Plain text of inline runs. */
export function runsText(runs: InlineRun[]): string {
  let out = '';
  for (const r of runs) out += r.text;
  return out;
}

/** Plain text of a paragraph-like block ('' for tables, lists and captions). */
export function blockText(block: DraftBlock): string {
  return block.kind === 'p' || block.kind === 'h2' || block.kind === 'h3' || block.kind === 'quote' ? runsText(block.runs) : '';
}
