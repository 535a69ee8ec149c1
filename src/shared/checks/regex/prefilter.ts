// Where a rule pattern's match can start, as a native regular expression the matcher uses to skip
// text: for each top-level alternative, its leading items up to the first unbounded repeat (one
// iteration of it when it needs at least one). Those items backtrack a bounded number of ways, so
// the native engine runs them in linear time; the linear-time matcher does the rest.
import type { RegexNode } from './parse';
import { backtrackCost, maxWidth, sourceOf } from './safety';

export interface Prefilter {
  /** Global: finds the next position where a match could start. */
  search: RegExp;
  /** Sticky: could a match start at this position? */
  at: RegExp;
  /** Matcher steps charged per position the native engine tries: its work there is bounded by paths × width. */
  cost: number;
}

/**
 * Most native work one alternative's prefix may cost at a position: paths × width (UTF-16 units,
 * two per atom). A few characters already make a prefix selective; keeping it this small keeps the
 * native scan linear with a small constant.
 */
const MAX_PREFIX_WORK = 64;
/** Most work all prefixes together may cost at a position; beyond it the matcher runs unfiltered. */
const MAX_TOTAL_WORK = 256;
/** A native step is much cheaper than a matcher step: this many of them are charged as one. */
export const NATIVE_STEPS_PER_STEP = 16;

function prefixOf(option: RegexNode): { source: string; work: number } | null {
  const items = option.type === 'seq' ? option.items : [option];
  let source = '';
  let cost = 1;
  let width = 0;
  const fits = (node: RegexNode) => backtrackCost(node) * cost * Math.max(1, width + maxWidth(node)) <= MAX_PREFIX_WORK;
  for (const item of items) {
    if (item.type === 'repeat' && (item.max === Infinity || item.node.type === 'assert' || item.node.type === 'look')) {
      // One iteration of a required repeat ("a+" → "a") still narrows where a match starts.
      if (item.min >= 1 && item.node.type !== 'assert' && item.node.type !== 'look' && fits(item.node)) {
        cost *= backtrackCost(item.node);
        width += maxWidth(item.node);
        source += sourceOf(item.node.type === 'atom' ? item.node : { type: 'group', capture: null, node: item.node });
      }
      break;
    }
    if (!fits(item)) break;
    cost *= backtrackCost(item);
    width += maxWidth(item);
    source += sourceOf(item);
  }
  return source ? { source, work: cost * Math.max(1, width) } : null;
}

/** The prefilter for a pattern, or null when some alternative has no prefix (it could start anywhere). */
export function buildPrefilter(node: RegexNode, flags: string): Prefilter | null {
  const options = node.type === 'alt' ? node.options : [node];
  const prefixes: string[] = [];
  let work = 0;
  for (const option of options) {
    const prefix = prefixOf(option);
    if (prefix === null) return null;
    prefixes.push(prefix.source);
    work += prefix.work;
  }
  if (work > MAX_TOTAL_WORK) return null;
  const source = prefixes.map((p) => `(?:${p})`).join('|');
  const base = flags.replace(/[gy]/g, '');
  // Native work per position is at most `work` steps; charged at MAX_PREFIX_WORK per matcher step
  // (a native step costs a fraction of a matcher step), so a plain prefix costs one step a character.
  const cost = Math.max(1, Math.ceil(work / MAX_PREFIX_WORK));
  try {
    return { search: new RegExp(source, `${base}g`), at: new RegExp(source, `${base}y`), cost };
  } catch {
    return null; // a prefix that does not stand alone as a pattern: run without a prefilter
  }
}
