// Helpers several format parsers share: plain text → paragraph blocks (blank-line paragraphs,
// hard wraps joined, bullet lines as lists), and blocks → plain lines for editorial notes.
import { blockText, runsText, type DraftBlock } from '../draft';
import { collapse, isBlank } from '../fields/text';
import type { InlineRun } from '../inline';

const BULLET = /^\s*(?:[•·▪◦‣●○■]|\*|-(?=\s))\s*/;

/** Lines that were wrapped to a width (most lines long) join into one paragraph; short lines stay apart. */
function looksWrapped(lines: string[]): boolean {
  if (lines.length < 2) return true;
  const body = lines.slice(0, -1);
  return body.filter((l) => l.trim().length >= 50).length >= body.length * 0.6;
}

/** One group of lines (between blank lines) → blocks. */
export function groupToBlocks(lines: string[]): DraftBlock[] {
  const out: DraftBlock[] = [];
  const trimmed = lines.map((l) => l.replace(/\s+$/, '')).filter((l) => !isBlank(l));
  if (!trimmed.length) return out;
  let items: InlineRun[][] = [];
  let prose: string[] = [];
  const flushProse = (): void => {
    if (!prose.length) return;
    if (looksWrapped(prose)) out.push({ kind: 'p', runs: [{ text: prose.join(' ') }] });
    else for (const l of prose) out.push({ kind: 'p', runs: [{ text: l }] });
    prose = [];
  };
  const flushItems = (): void => {
    if (items.length) out.push({ kind: 'bullet', items });
    items = [];
  };
  for (const line of trimmed) {
    if (BULLET.test(line) && /[\p{L}\p{N}]/u.test(line.replace(BULLET, ''))) {
      flushProse();
      items.push([{ text: line.replace(BULLET, '') }]);
    } else if (items.length && /^\s{2,}\S/.test(line)) {
      // a wrapped bullet continues indented
      const last = items[items.length - 1]!;
      last.push({ text: ` ${line.trim()}` });
    } else {
      flushItems();
      prose.push(line);
    }
  }
  flushItems();
  flushProse();
  return out;
}

/** Plain text (blank lines between paragraphs) → blocks. */
export function plainTextBlocks(text: string): DraftBlock[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: DraftBlock[] = [];
  let group: string[] = [];
  for (const line of lines) {
    if (isBlank(line)) {
      out.push(...groupToBlocks(group));
      group = [];
    } else group.push(line);
  }
  out.push(...groupToBlocks(group));
  return out;
}

/** Blocks → readable lines (lists as "- item"), for editorial notes. */
export function blocksToLines(blocks: DraftBlock[]): string {
  const lines: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'bullet' || b.kind === 'number') for (const i of b.items) lines.push(`- ${collapse(i.map((r) => r.text).join(''))}`);
    else if (b.kind === 'table') for (const r of b.rows) lines.push(r.map((c) => collapse(runsText(c))).join(' | '));
    else if (b.kind === 'pre') lines.push(b.text.trim());
    else if (b.kind === 'caption') lines.push(collapse(b.runs.map((r) => r.text).join('')));
    else lines.push(collapse(blockText(b)));
  }
  return lines.filter(Boolean).join('\n');
}
