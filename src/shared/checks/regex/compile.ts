// Compiles a parsed rule pattern into a program for the linear-time matcher (vm.ts): a Pike VM
// instruction list. Each one-character atom becomes a native single-character test, memoised per
// code point, so JavaScript's own class, escape and case-folding semantics are kept exactly.
import type { AssertKind, ParsedPattern, RegexNode } from './parse';
import { buildPrefilter, NATIVE_STEPS_PER_STEP, type Prefilter } from './prefilter';
import { backtrackCost, maxWidth } from './safety';

/** Instruction codes. The VM copies them into locals: module bindings are slow in a hot loop. */
export const OP = { CHAR: 0, SPLIT: 1, JMP: 2, SAVE: 3, ASSERT: 4, LOOK: 5, MATCH: 6, PROGRESS: 7, RESET: 8 } as const;
const {
  CHAR: OP_CHAR,
  SPLIT: OP_SPLIT,
  JMP: OP_JMP,
  SAVE: OP_SAVE,
  ASSERT: OP_ASSERT,
  LOOK: OP_LOOK,
  MATCH: OP_MATCH,
  PROGRESS: OP_PROGRESS,
  RESET: OP_RESET,
} = OP;

export type Inst =
  | { op: typeof OP_CHAR; test: (cp: number) => boolean; source: string }
  | { op: typeof OP_SPLIT; x: number; y: number }
  | { op: typeof OP_JMP; x: number }
  | { op: typeof OP_SAVE; n: number }
  | { op: typeof OP_ASSERT; kind: AssertKind }
  /** A lookaround, run natively with a sticky regex at the position; its contents are bounded. */
  | { op: typeof OP_LOOK; re: RegExp; cost: number }
  | { op: typeof OP_MATCH }
  /** Fails unless the position moved since slot n was saved: ECMAScript rejects an empty iteration of an optional repeat. */
  | { op: typeof OP_PROGRESS; n: number }
  /** Clears capture slots [from, to): ECMAScript forgets a repeated group's captures at each iteration. */
  | { op: typeof OP_RESET; from: number; to: number };

export interface Program {
  insts: Inst[];
  /** Slots per thread: 2 per capture group (group 0 being the whole match), then progress marks. */
  slots: number;
  /** Capture groups including group 0. */
  groups: number;
  unicode: boolean;
  multiline: boolean;
  groupNames: Map<string, number>;
  /** Where a match could start (search: the next such position; at: is this one); null when the pattern can match empty text. */
  prefilter: Prefilter | null;
}

/** Programs larger than this are refused (repeat counts are expanded into copies). */
export const MAX_PROGRAM = 20_000;

export class ProgramTooLarge extends Error {}

function predicate(source: string, flags: string, cache: Map<string, (cp: number) => boolean>): (cp: number) => boolean {
  const cached = cache.get(source);
  if (cached) return cached;
  let test: (cp: number) => boolean;
  const plain = !/^[\\[.]/.test(source) && !flags.includes('i');
  if (plain) {
    const code = flags.includes('u') ? source.codePointAt(0)! : source.charCodeAt(0);
    test = (cp) => cp === code;
  } else {
    const re = new RegExp(`^(?:${source})$`, flags);
    const unicode = flags.includes('u');
    const ask = (cp: number) => re.test(unicode ? String.fromCodePoint(cp) : String.fromCharCode(cp));
    // Answers for Latin-1 in a table (most of any text), others in a bounded map.
    const low = new Int8Array(256);
    const memo = new Map<number, boolean>();
    test = (cp) => {
      if (cp < 256) {
        let v = low[cp]!;
        if (v === 0) low[cp] = v = ask(cp) ? 1 : -1;
        return v === 1;
      }
      let hit = memo.get(cp);
      if (hit === undefined) {
        hit = ask(cp);
        if (memo.size < 4096) memo.set(cp, hit);
      }
      return hit;
    };
  }
  cache.set(source, test);
  return test;
}

export function compileProgram(parsed: ParsedPattern, flags: string): Program {
  const insts: Inst[] = [];
  const atomFlags = flags.replace(/[gmy]/g, '');
  const cache = new Map<string, (cp: number) => boolean>();
  const emit = (inst: Inst): number => {
    if (insts.length >= MAX_PROGRAM) throw new ProgramTooLarge('pattern is too large once its repeats are expanded');
    insts.push(inst);
    return insts.length - 1;
  };
  const patch = (at: number, fields: Partial<{ x: number; y: number }>) => Object.assign(insts[at]!, fields);

  function gen(node: RegexNode): void {
    switch (node.type) {
      case 'atom':
        emit({ op: OP_CHAR, test: predicate(node.source, atomFlags, cache), source: node.source });
        return;
      case 'seq':
        node.items.forEach(gen);
        return;
      case 'alt': {
        const jumps: number[] = [];
        node.options.forEach((option, k) => {
          if (k < node.options.length - 1) {
            const split = emit({ op: OP_SPLIT, x: insts.length + 1, y: -1 });
            gen(option);
            jumps.push(emit({ op: OP_JMP, x: -1 }));
            patch(split, { y: insts.length });
          } else gen(option);
        });
        for (const j of jumps) patch(j, { x: insts.length });
        return;
      }
      case 'group':
        if (node.capture === null) return gen(node.node);
        emit({ op: OP_SAVE, n: node.capture * 2 });
        gen(node.node);
        emit({ op: OP_SAVE, n: node.capture * 2 + 1 });
        return;
      case 'assert':
        emit({ op: OP_ASSERT, kind: node.kind });
        return;
      case 'look': {
        // Charged by the most work the native engine can do for it (paths × width), so a costly
        // lookaround spends the rule's budget instead of time the budget does not see.
        const cost = Math.max(1, Math.ceil((backtrackCost(node.node) * Math.max(1, maxWidth(node.node))) / NATIVE_STEPS_PER_STEP));
        emit({ op: OP_LOOK, re: new RegExp(node.source, `${flags.replace(/[gy]/g, '')}y`), cost });
        return;
      }
      case 'repeat':
        return genRepeat(node);
    }
  }

  let progressSlots = 0;
  const captureSlots = (parsed.groupCount + 1) * 2;

  /** One iteration of a repeated node: captures inside it reset; if optional and able to match empty, it must move. */
  function iteration(node: Extract<RegexNode, { type: 'repeat' }>, optionalIteration: boolean): void {
    const groups = captureRange(node.node);
    if (groups) emit({ op: OP_RESET, from: groups[0] * 2, to: (groups[1] + 1) * 2 });
    if (optionalIteration && nullable(node.node)) {
      const n = captureSlots + progressSlots++;
      emit({ op: OP_SAVE, n });
      gen(node.node);
      emit({ op: OP_PROGRESS, n });
    } else gen(node.node);
  }

  function genRepeat(node: Extract<RegexNode, { type: 'repeat' }>): void {
    for (let k = 0; k < node.min; k++) iteration(node, false);
    if (node.max === Infinity) {
      // L: split body, out; body; jmp L
      const split = emit({ op: OP_SPLIT, x: -1, y: -1 });
      iteration(node, true);
      emit({ op: OP_JMP, x: split });
      patch(split, node.greedy ? { x: split + 1, y: insts.length } : { x: insts.length, y: split + 1 });
      return;
    }
    for (let k = node.min; k < node.max; k++) {
      const split = emit({ op: OP_SPLIT, x: -1, y: -1 });
      iteration(node, true);
      patch(split, node.greedy ? { x: split + 1, y: insts.length } : { x: insts.length, y: split + 1 });
    }
  }

  emit({ op: OP_SAVE, n: 0 });
  gen(parsed.node);
  emit({ op: OP_SAVE, n: 1 });
  emit({ op: OP_MATCH });

  return {
    insts,
    slots: captureSlots + progressSlots,
    groups: parsed.groupCount + 1,
    unicode: flags.includes('u'),
    multiline: flags.includes('m'),
    groupNames: parsed.groupNames,
    prefilter: buildPrefilter(parsed.node, flags),
  };
}

/** Can the node match the empty string? */
function nullable(node: RegexNode): boolean {
  switch (node.type) {
    case 'atom':
      return false;
    case 'seq':
      return node.items.every(nullable);
    case 'alt':
      return node.options.some(nullable);
    case 'group':
      return nullable(node.node);
    case 'repeat':
      return node.min === 0 || nullable(node.node);
    default:
      return true;
  }
}

/** First and last capture group numbers inside the node, or null when it captures nothing. */
function captureRange(node: RegexNode): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  const visit = (n: RegexNode): void => {
    if (n.type === 'group' && n.capture !== null) {
      lo = Math.min(lo, n.capture);
      hi = Math.max(hi, n.capture);
    }
    if (n.type === 'seq') n.items.forEach(visit);
    else if (n.type === 'alt') n.options.forEach(visit);
    else if (n.type === 'group' || n.type === 'repeat' || n.type === 'look') visit(n.node);
  };
  visit(node);
  return lo === Infinity ? null : [lo, hi];
}
