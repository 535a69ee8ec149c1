// Undoes mojibake line by line and layer by layer: the first pass judges each line the triage
// pointed at as it came (line.ts); each later pass judges only what the pass before wrote, so
// double damage ("Ã¢â‚¬â„¢" → "â€™" → "’") comes undone without touching anything else.
import type { TextRepair } from '../types';
import { applyEdits, composeRepairs, type Edit } from './edits';
import { repairLine } from './line';
import { lineHasCandidates } from './tokens';

/** Longest stretch judged as one line: longer lines are cut (at a space when one is near) so the
 * work per line stays bounded whatever the input. */
const MAX_LINE = 2000;

/** Repairs one line, in stretches of at most MAX_LINE characters. */
function repairWholeLine(text: string, lineStart: number, lineEnd: number, edits: Edit[], only?: readonly [number, number][]): void {
  for (let a = lineStart; a < lineEnd || a === lineStart;) {
    let b = Math.min(lineEnd, a + MAX_LINE);
    if (b < lineEnd) {
      const space = text.lastIndexOf(' ', b);
      if (space > a + MAX_LINE / 2) b = space;
      const c = text.charCodeAt(b - 1);
      if (c >= 0xd800 && c < 0xdc00) b--;
    }
    repairLine(text, a, b, edits, only);
    if (b <= a) break;
    a = b;
  }
}

/** Damage more than three layers deep is not text any more; stop there. */
const MAX_PASSES = 4;

/** Ranges of a pass's edits in the text it produced, touching ones merged: a sequence of the next
 * layer may span several repairs. */
function writtenRanges(edits: readonly Edit[]): [number, number][] {
  const out: [number, number][] = [];
  let delta = 0;
  for (const e of edits) {
    const start = e.start + delta;
    const end = start + e.to.length;
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
    delta += e.to.length - (e.end - e.start);
  }
  return out;
}

/** Whether what `edits` wrote (touching edits read together) can hold another layer. */
function mayHoldLayer(edits: readonly Edit[], from: number): boolean {
  let run = '';
  let end = -1;
  for (let i = from; i < edits.length; i++) {
    const e = edits[i] as Edit;
    if (e.start !== end && run.length > 1) {
      if (lineHasCandidates(run, 0, run.length)) return true;
      run = '';
    } else if (e.start !== end) run = '';
    run += e.to;
    end = e.end;
  }
  return run.length > 1 && lineHasCandidates(run, 0, run.length);
}

const FIRST: Edit[] = [];

/** Undoes every layer of mojibake in one line: the first pass reads the line as it came, each
 * later pass only what the pass before wrote (double damage, "Ã¢â‚¬â„¢" → "â€™" → "’").
 * Pushes edits in `text` offsets; a spot repaired twice becomes one edit, rule mojibake:double. */
function repairLineLayers(text: string, lineStart: number, lineEnd: number, out: Edit[]): void {
  // The first pass writes after the edits already in `out`; they move to a list of their own
  // only when the line has another layer.
  const first = FIRST;
  first.length = 0;
  const mark = out.length;
  repairWholeLine(text, lineStart, lineEnd, out);
  if (out.length === mark) return;
  if (!mayHoldLayer(out, mark)) return;
  for (let i = mark; i < out.length; i++) first.push(out[i] as Edit);
  out.length = mark;
  const line = text.slice(lineStart, lineEnd);
  let edits = first.map((e) => ({ start: e.start - lineStart, end: e.end - lineStart, to: e.to, rule: e.rule }));
  let repairs: TextRepair[] = [];
  let current = line;
  for (let pass = 1; ; pass++) {
    repairs = composeRepairs(repairs, current, edits);
    current = applyEdits(current, edits);
    if (pass === MAX_PASSES) break;
    const written = writtenRanges(edits);
    let more = false;
    for (const [a, b] of written) if (lineHasCandidates(current, a, b)) more = true;
    if (!more) break;
    edits = [];
    repairWholeLine(current, 0, current.length, edits, written);
    if (edits.length === 0) break;
  }
  // Back to edits of the line as it came: each repair's start there is its start in the result
  // minus what the repairs before it added.
  let delta = 0;
  for (const r of repairs) {
    const start = r.start - delta;
    out.push({ start: lineStart + start, end: lineStart + start + r.from.length, to: r.to, rule: r.rule });
    delta += r.to.length - r.from.length;
  }
}

/** The mojibake edits of `text`, sorted by position and never overlapping, over the lines of the
 * offsets the triage found (one per line, in order). */
export function mojibakeEdits(text: string, starts: readonly number[]): Edit[] {
  const edits: Edit[] = [];
  const n = text.length;
  for (const start of starts) {
    const lineStart = text.lastIndexOf('\n', start) + 1;
    let lineEnd = text.indexOf('\n', start);
    if (lineEnd < 0) lineEnd = n;
    repairLineLayers(text, lineStart, lineEnd, edits);
  }
  return edits;
}
