// Static review of a parsed rule pattern: refuses the shapes known to make backtracking engines
// take exponential time, so a rule that reaches users (or another tool) is never one of them, and
// bounds lookarounds, which run on the native engine.
import type { RegexNode } from './parse';

/** Widest text a lookahead/lookbehind may inspect; they run natively, so their cost must be bounded. */
export const MAX_LOOK_WIDTH = 256;

/** The node as regular-expression source again (repeats as {min,max}; groups capture). */
export function sourceOf(node: RegexNode): string {
  switch (node.type) {
    case 'atom':
      return node.source;
    case 'seq':
      return node.items.map(sourceOf).join('');
    case 'alt':
      return node.options.map(sourceOf).join('|');
    case 'group':
      return `(${sourceOf(node.node)})`;
    case 'repeat':
      return `${sourceOf(node.node)}{${node.min},${node.max === Infinity ? '' : node.max}}`;
    case 'assert':
      return { bol: '^', eol: '$', wordb: '\\b', nwordb: '\\B' }[node.kind];
    case 'look':
      return node.source;
  }
}

function children(node: RegexNode): RegexNode[] {
  switch (node.type) {
    case 'seq':
      return node.items;
    case 'alt':
      return node.options;
    case 'group':
    case 'repeat':
    case 'look':
      return [node.node];
    default:
      return [];
  }
}

function findRepeat(node: RegexNode, test: (r: Extract<RegexNode, { type: 'repeat' }>) => boolean): boolean {
  if (node.type === 'repeat' && test(node)) return true;
  return children(node).some((c) => findRepeat(c, test));
}

/** Longest text the node can match, in UTF-16 units (astral atoms count 2); Infinity when unbounded. */
export function maxWidth(node: RegexNode): number {
  switch (node.type) {
    case 'atom':
      return 2;
    case 'seq':
      return node.items.reduce((sum, n) => sum + maxWidth(n), 0);
    case 'alt':
      return Math.max(0, ...node.options.map(maxWidth));
    case 'group':
      return maxWidth(node.node);
    case 'repeat':
      return node.max === 0 ? 0 : node.max * maxWidth(node.node);
    case 'assert':
    case 'look':
      return 0;
  }
}

/**
 * An upper bound on the paths a backtracking engine may try for the node at one position: what
 * matters for lookarounds, which run natively. A repeated single character is linear; anything
 * else repeated multiplies.
 */
export function backtrackCost(node: RegexNode): number {
  switch (node.type) {
    case 'atom':
    case 'assert':
      return 1;
    case 'seq':
      return node.items.reduce((p, n) => p * backtrackCost(n), 1);
    case 'alt':
      return node.options.reduce((sum, n) => sum + backtrackCost(n), 0);
    case 'group':
    case 'look':
      return backtrackCost(node.node);
    case 'repeat': {
      if (node.max === Infinity) return Infinity;
      const inner = backtrackCost(node.node);
      const single = node.node.type === 'atom' || (node.node.type === 'group' && node.node.node.type === 'atom');
      return single ? node.max + 1 : (inner + 1) ** node.max;
    }
  }
}

/** Most paths a lookaround may have (see backtrackCost). */
export const MAX_LOOK_COST = 10_000;

/** The first reason this pattern is refused, or null when it is acceptable. */
export function reviewPattern(node: RegexNode): string | null {
  let problem: string | null = null;
  const visit = (n: RegexNode): void => {
    if (problem) return;
    if (n.type === 'repeat' && n.max > 10) {
      const inner = n.node;
      if (findRepeat(inner, (r) => r.max > r.min)) {
        problem = `nested repetition "${sourceOf(n).slice(0, 60)}" can take exponential time on some text; avoid a repeat inside a repeat`;
        return;
      }
      const alt = inner.type === 'group' ? inner.node : inner;
      if (alt.type === 'alt') {
        const seen = new Set<string>();
        for (const option of alt.options) {
          const s = sourceOf(option);
          if (seen.has(s)) {
            problem = `repeated alternation with identical branches ("${s}") can take exponential time; remove the duplicate`;
            return;
          }
          seen.add(s);
        }
      }
    }
    if (n.type === 'look') {
      if (findRepeat(n.node, (r) => r.max === Infinity)) {
        problem = `lookahead/lookbehind "${n.source.slice(0, 60)}" may not contain *, + or {n,}: give it a fixed maximum length`;
        return;
      }
      if (backtrackCost(n.node) > MAX_LOOK_COST) {
        problem = `lookahead/lookbehind "${n.source.slice(0, 60)}" is too complex (too many ways to match); simplify it`;
        return;
      }
      if (maxWidth(n.node) > MAX_LOOK_WIDTH) {
        problem = `lookahead/lookbehind "${n.source.slice(0, 60)}" may inspect at most ${MAX_LOOK_WIDTH / 2} characters`;
        return;
      }
    }
    children(n).forEach(visit);
  };
  visit(node);
  return problem;
}
