// Where a rule pattern's match can start, as a native regular expression the matcher uses to skip
// text: for each top-level alternative, its leading items up to the first unbounded repeat (one
// iteration of it when it needs at least one). Those items backtrack a bounded number of ways, so
// the native engine runs them in linear time; the linear-time matcher does the rest.
import type { RegexNode } from './parse';
import { backtrackCost, sourceOf } from './safety';

export interface Prefilter {
  /** Global: finds the next position where a match could start. */
  search: RegExp;
  /** Sticky: could a match start at this position? */
  at: RegExp;
}

/** Most paths the prefix of one alternative may have (see backtrackCost). */
const MAX_PREFIX_COST = 500;

function prefixOf(option: RegexNode): string | null {
  const items = option.type === 'seq' ? option.items : [option];
  let source = '';
  let cost = 1;
  for (const item of items) {
    if (item.type === 'repeat' && (item.max === Infinity || item.node.type === 'assert' || item.node.type === 'look')) {
      // One iteration of a required repeat ("a+" → "a") still narrows where a match starts.
      if (item.min >= 1 && item.node.type !== 'assert' && item.node.type !== 'look' && backtrackCost(item.node) * cost <= MAX_PREFIX_COST) {
        source += sourceOf(item.node.type === 'atom' ? item.node : { type: 'group', capture: null, node: item.node });
      }
      break;
    }
    const next = backtrackCost(item) * cost;
    if (next > MAX_PREFIX_COST) break;
    cost = next;
    source += sourceOf(item);
  }
  return source || null;
}

/** The prefilter for a pattern, or null when some alternative has no prefix (it could start anywhere). */
export function buildPrefilter(node: RegexNode, flags: string): Prefilter | null {
  const options = node.type === 'alt' ? node.options : [node];
  const prefixes: string[] = [];
  for (const option of options) {
    const prefix = prefixOf(option);
    if (prefix === null) return null;
    prefixes.push(prefix);
  }
  const source = prefixes.map((p) => `(?:${p})`).join('|');
  const base = flags.replace(/[gy]/g, '');
  try {
    return { search: new RegExp(source, `${base}g`), at: new RegExp(source, `${base}y`) };
  } catch {
    return null; // a prefix that does not stand alone as a pattern: run without a prefilter
  }
}
