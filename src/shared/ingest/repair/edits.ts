// Edits made by each repair step, and how they add up to one list of reversible repairs whose
// offsets are in the final text (so an editor can show and undo each one on its own).
import type { TextRepair } from '../types';

/** A replacement of [start, end) of a step's input by `to`. */
export interface Edit {
  start: number;
  end: number;
  to: string;
  rule: string;
}

/** Applies edits sorted by position and not overlapping. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  if (edits.length === 0) return text;
  const parts: string[] = [];
  let pos = 0;
  for (const e of edits) {
    parts.push(text.slice(pos, e.start), e.to);
    pos = e.end;
  }
  parts.push(text.slice(pos));
  return parts.join('');
}

function overlaps(ps: number, pe: number, s: number, e: number): boolean {
  if (ps === pe) return s < ps && ps < e;
  if (s === e) return ps < s && s < pe;
  return ps < e && s < pe;
}

/** An earlier repair reworked by a later step: two mojibake layers make double damage. */
function laterRule(earlier: string, later: string): string {
  if (earlier.startsWith('mojibake:') && later.startsWith('mojibake:')) return 'mojibake:double';
  return mergeRule(earlier, later);
}

function mergeRule(a: string, b: string): string {
  if (a === b) return a;
  if (a.startsWith('mojibake:') && b.startsWith('mojibake:')) return 'mojibake:double';
  const parts = new Set([...a.split('+'), ...b.split('+')]);
  return [...parts].join('+');
}

/**
 * Folds one step's edits into the repairs so far. `prev` has offsets in `stepInput` and `from`
 * in the original input; the result has offsets in the step's output. Repairs an edit touches
 * are merged into one, so reverting every repair (last first) always gives back the input.
 * The repairs in `prev` are the caller's to give: untouched ones are moved, not copied.
 */
export function composeRepairs(prev: TextRepair[], stepInput: string, edits: readonly Edit[]): TextRepair[] {
  if (edits.length === 0) return prev;
  const out: TextRepair[] = [];
  let delta = 0;
  let i = 0;
  let k = 0;
  while (k < edits.length) {
    const e = edits[k] as Edit;
    while (i < prev.length) {
      const p = prev[i] as TextRepair;
      const before = p.start === p.end ? p.start <= e.start : p.end <= e.start;
      if (!before || overlaps(p.start, p.end, e.start, e.end)) break;
      out.push(shifted(p, delta));
      i++;
    }
    k++;
    const p = prev[i];
    if (!p || !overlaps(p.start, p.end, e.start, e.end)) {
      // Nothing earlier touches this edit (the common case): it becomes a repair of its own.
      out.push({
        rule: e.rule,
        start: e.start + delta,
        end: e.start + delta + e.to.length,
        from: stepInput.slice(e.start, e.end),
        to: e.to,
      });
      delta += e.to.length - (e.end - e.start);
      continue;
    }
    // The edits and earlier repairs that overlap each other become one repair.
    let start = e.start;
    let end = e.end;
    let rule = e.rule;
    const group: TextRepair[] = [];
    const groupEdits: Edit[] = [e];
    for (;;) {
      let grew = false;
      while (i < prev.length) {
        const p = prev[i] as TextRepair;
        if (!overlaps(p.start, p.end, start, end) && !(group.length > 0 && p.start < end)) break;
        group.push(p);
        start = Math.min(start, p.start);
        end = Math.max(end, p.end);
        rule = group.length === 1 ? laterRule(p.rule, rule) : mergeRule(rule, p.rule);
        i++;
        grew = true;
      }
      const next = edits[k];
      if (group.length > 0 && next && next.start < end) {
        groupEdits.push(next);
        end = Math.max(end, next.end);
        rule = mergeRule(rule, next.rule);
        k++;
        grew = true;
      }
      if (!grew) break;
    }
    let from: string;
    if (group.length === 0) from = stepInput.slice(e.start, e.end);
    else {
      const pieces: string[] = [];
      let pos = start;
      for (const p of group) {
        pieces.push(stepInput.slice(pos, p.start), p.from);
        pos = p.end;
      }
      pieces.push(stepInput.slice(pos, end));
      from = pieces.join('');
    }
    const pieces: string[] = [];
    let pos = start;
    let removed = 0;
    let added = 0;
    for (const g of groupEdits) {
      pieces.push(stepInput.slice(pos, g.start), g.to);
      pos = g.end;
      removed += g.end - g.start;
      added += g.to.length;
    }
    pieces.push(stepInput.slice(pos, end));
    const to = pieces.join('');
    out.push({ rule, start: start + delta, end: start + delta + to.length, from, to });
    delta += added - removed;
  }
  for (; i < prev.length; i++) out.push(shifted(prev[i] as TextRepair, delta));
  return out;
}

function shifted(p: TextRepair, delta: number): TextRepair {
  p.start += delta;
  p.end += delta;
  return p;
}

/** Undoes `repairs` (offsets in `text`) last first: gives back the text they were made from. */
export function revertRepairs(text: string, repairs: readonly TextRepair[]): string {
  let out = text;
  for (let i = repairs.length - 1; i >= 0; i--) {
    const r = repairs[i] as TextRepair;
    out = out.slice(0, r.start) + r.from + out.slice(r.end);
  }
  return out;
}
