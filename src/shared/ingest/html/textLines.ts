// A saved page's text as lines: the whole text goes through the repair engine once (it judges
// damage better with the full context), then it is cut into lines, and each repair is handed to the
// line it falls in with offsets relative to that line's trimmed text.
import { textToInlineHtml } from '../inline';
import { repairText } from '../repair/index';
import type { TextRepair } from '../types';
import { collapseWithMap, type BuiltText } from './paragraph';

export interface TextLine {
  /** Trimmed, whitespace-collapsed, repaired text. */
  text: string;
  /** Index among all lines (blank lines included), for adjacency ("same block"). */
  index: number;
  repairs: TextRepair[];
}

export interface SplitText {
  lines: TextLine[];
  /** Repairs that span several lines (reported against the whole text). */
  spanning: TextRepair[];
}

export const MAX_PAGE_TEXT_CHARS = 2_000_000;
export const MAX_PAGE_TEXT_LINES = 20_000;

export function splitRepairedLines(input: string): SplitText {
  const repaired = repairText(input);
  const text = repaired.text;
  const lines: TextLine[] = [];
  const starts: number[] = [];
  const raws: string[] = [];
  const re = /\r\n|\r|\n/g;
  let pos = 0;
  for (let m = re.exec(text); ; m = re.exec(text)) {
    const end = m ? m.index : text.length;
    starts.push(pos);
    raws.push(text.slice(pos, end));
    if (!m || raws.length >= MAX_PAGE_TEXT_LINES) break;
    pos = m.index + m[0].length;
  }
  const maps: number[][] = [];
  raws.forEach((raw, index) => {
    const { text: t, map } = collapseWithMap(raw);
    maps.push(map);
    lines.push({ text: t, index, repairs: [] });
  });
  const spanning: TextRepair[] = [];
  for (const r of repaired.repairs) {
    const li = lineOf(starts, r.start);
    const start = starts[li]!;
    const raw = raws[li]!;
    if (r.end > start + raw.length) {
      spanning.push(r);
      continue;
    }
    const map = maps[li]!;
    const a = map[r.start - start] ?? 0;
    const b = map[r.end - start] ?? a;
    lines[li]!.repairs.push({ ...r, start: a, end: Math.max(a, b) });
  }
  return { lines, spanning };
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A line as a built paragraph (minimal inline HTML: the text escaped). */
export function lineToBuilt(line: TextLine): BuiltText {
  return { html: textToInlineHtml(line.text), text: line.text, repairs: line.repairs };
}
