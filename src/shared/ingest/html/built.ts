// The body walker's drafts (raw runs, markup/walker.ts) → the page extractor's built blocks: every
// text piece through ParagraphBuilder (repaired, whitespace collapsed, repairs mapped to the
// paragraph), captions placed by block, image addresses made absolute against the page.
import type { DraftBlock } from '../draft';
import type { InlineRun } from '../inline';
import { ParagraphBuilder, type BuiltText } from './paragraph';
import { imageSrc } from './urls';

export type BuiltKind = 'p' | 'h2' | 'h3' | 'quote' | 'bullet' | 'number' | 'pre' | 'table';

export interface BuiltBlock {
  kind: BuiltKind;
  /** One unit per body paragraph the block becomes (a list: one per item; a table: one per row). */
  units: BuiltText[];
  rows?: BuiltText[][];
  header?: boolean;
}

export interface CaptionDraft {
  text: BuiltText;
  credit: string | null;
  src: string | null;
}

export interface PlacedCaption extends CaptionDraft {
  /** Number of built blocks before the caption. */
  afterBlock: number;
}

type CaptionRuns = { runs: InlineRun[]; credit: string | null; src?: string | null };

const EMPTY: BuiltText = { html: '', text: '', repairs: [] };

/** Runs → one built paragraph (each run repaired on its own, as the source split them). */
export function buildRuns(runs: readonly InlineRun[]): BuiltText {
  const b = new ParagraphBuilder();
  for (const r of runs) b.add(r.text, r);
  return b.build();
}

/** A caption the walker read → the page's caption draft; null when no text is left after repair. */
export function buildCaption(c: CaptionRuns, baseUrl: string | null): CaptionDraft | null {
  const text = buildRuns(c.runs);
  return text.text ? { text, credit: c.credit, src: imageSrc(c.src ?? null, baseUrl) } : null;
}

export function buildBlocks(drafts: DraftBlock[], baseUrl: string | null): { blocks: BuiltBlock[]; captions: PlacedCaption[] } {
  const blocks: BuiltBlock[] = [];
  const captions: PlacedCaption[] = [];
  for (const d of drafts) {
    switch (d.kind) {
      case 'p':
      case 'h2':
      case 'h3':
      case 'quote': {
        const unit = buildRuns(d.runs);
        if (unit.text) blocks.push({ kind: d.kind, units: [unit] });
        break;
      }
      case 'bullet':
      case 'number': {
        const units = d.items.map(buildRuns).filter((u) => u.text);
        if (units.length) blocks.push({ kind: d.kind, units });
        break;
      }
      case 'pre': {
        const unit = buildRuns([{ text: d.text }]);
        if (unit.text) blocks.push({ kind: 'pre', units: [unit] });
        break;
      }
      case 'table': {
        const rows = d.rows
          .map((row) => row.map((cell) => (cell.length ? buildRuns(cell) : EMPTY)))
          .filter((row) => row.some((c) => c.text));
        if (!rows.length) break;
        const units = rows.map((row) => ({ ...buildRuns([{ text: row.map((c, i) => (i ? ' | ' : '') + c.text).join('') }]), repairs: [] }));
        blocks.push({ kind: 'table', units, rows, header: !!d.header });
        break;
      }
      case 'caption': {
        const caption = buildCaption(d, baseUrl);
        if (caption) captions.push({ ...caption, afterBlock: blocks.length });
        break;
      }
    }
  }
  return { blocks, captions };
}
