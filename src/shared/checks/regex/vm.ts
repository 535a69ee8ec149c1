// Linear-time matcher for rule patterns (a Pike VM, after Russ Cox's "Regular Expression Matching:
// the Virtual Machine Approach"): every position is visited once per live instruction, so no
// pattern can backtrack exponentially, and a step budget stops any search that would cost too much.
import { OP, type Program } from './compile';

/** Steps left for a rule; shared by every search the rule makes in one check run. */
export interface StepBudget {
  steps: number;
}

export interface VmMatch {
  /** Capture slots: [start0, end0, start1, end1, …], -1 where a group did not take part. */
  slots: number[];
}

/** Returned when the budget ran out before the search finished. */
export const OUT_OF_STEPS = 'out-of-steps';

const isWordUnit = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isLineTerminator = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

function assertHolds(kind: string, text: string, pos: number, multiline: boolean): boolean {
  const before = pos > 0 ? text.charCodeAt(pos - 1) : -1;
  const after = pos < text.length ? text.charCodeAt(pos) : -1;
  switch (kind) {
    case 'bol':
      return pos === 0 || (multiline && isLineTerminator(before));
    case 'eol':
      return pos === text.length || (multiline && isLineTerminator(after));
    case 'wordb':
      return (before >= 0 && isWordUnit(before)) !== (after >= 0 && isWordUnit(after));
    default:
      return (before >= 0 && isWordUnit(before)) === (after >= 0 && isWordUnit(after));
  }
}

/** A list of threads (pc + capture slots) without an object per thread: the VM's hot path. */
class ThreadList {
  pcs: Int32Array;
  slots: number[][];
  length = 0;
  constructor(size: number) {
    this.pcs = new Int32Array(size);
    this.slots = new Array<number[]>(size);
  }
  push(pc: number, slots: number[]): void {
    this.pcs[this.length] = pc;
    this.slots[this.length++] = slots;
  }
}

/**
 * Leftmost-first match at or after `from` (JavaScript's semantics for which match wins), or null,
 * or OUT_OF_STEPS.
 */
export function vmSearch(prog: Program, text: string, from: number, budget: StepBudget): VmMatch | null | typeof OUT_OF_STEPS {
  const { insts, unicode, multiline } = prog;
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
  const n = insts.length;
  const marks = new Int32Array(n).fill(-1);
  let generation = 0;
  let steps = budget.steps;
  // Each instruction enters a list at most once per position, so n bounds every list and the stack
  // holds at most two entries per instruction (a split pushes both branches).
  const stack = new ThreadList(2 * n + 2);
  let clist = new ThreadList(n);
  let nlist = new ThreadList(n);

  /** Follows zero-width instructions from `pc` at `pos`, adding the threads that wait on a character. */
  const addThread = (list: ThreadList, pc0: number, slots0: number[], pos: number): void => {
    stack.length = 0;
    stack.push(pc0, slots0);
    while (stack.length) {
      const top = --stack.length;
      const pc = stack.pcs[top]!;
      const slots = stack.slots[top]!;
      if (marks[pc] === generation) continue;
      marks[pc] = generation;
      steps--;
      const inst = insts[pc]!;
      switch (inst.op) {
        case OP_JMP:
          stack.push(inst.x, slots);
          break;
        case OP_SPLIT:
          // y is pushed first so x (the preferred branch) is explored first.
          stack.push(inst.y, slots);
          stack.push(inst.x, slots);
          break;
        case OP_SAVE: {
          const copy = slots.slice();
          copy[inst.n] = pos;
          stack.push(pc + 1, copy);
          break;
        }
        case OP_ASSERT:
          if (assertHolds(inst.kind, text, pos, multiline)) stack.push(pc + 1, slots);
          break;
        case OP_PROGRESS:
          if (slots[inst.n] !== pos) stack.push(pc + 1, slots);
          break;
        case OP_RESET: {
          const copy = slots.slice();
          copy.fill(-1, inst.from, inst.to);
          stack.push(pc + 1, copy);
          break;
        }
        case OP_LOOK:
          inst.re.lastIndex = pos;
          steps -= inst.cost; // bounded native work (safety.ts), charged by its bound
          if (inst.re.test(text)) stack.push(pc + 1, slots);
          break;
        default:
          list.push(pc, slots);
      }
    }
  };

  const empty = new Array<number>(prog.slots).fill(-1);
  let matched: number[] | null = null;
  let pos = from;
  generation++;
  while (pos <= text.length) {
    if (matched === null) {
      const { prefilter } = prog;
      if (!prefilter) addThread(clist, 0, empty, pos);
      else if (clist.length === 0) {
        // Nothing running: jump to the next place a match can start.
        prefilter.search.lastIndex = pos;
        const next = prefilter.search.exec(text);
        // The native search tried every position it passed: charge them.
        steps -= ((next ? next.index : text.length) - pos + 1) * prefilter.cost;
        if (steps < 0) {
          budget.steps = steps;
          return OUT_OF_STEPS;
        }
        if (!next) break;
        if (next.index !== pos) generation++;
        pos = next.index;
        addThread(clist, 0, empty, pos);
      } else {
        // Threads running: start another only where a match can start.
        prefilter.at.lastIndex = pos;
        steps -= prefilter.cost;
        if (prefilter.at.test(text)) addThread(clist, 0, empty, pos);
      }
    } else if (clist.length === 0) break;
    let cp = -1;
    let width = 1;
    if (pos < text.length) {
      cp = unicode ? text.codePointAt(pos)! : text.charCodeAt(pos);
      if (cp > 0xffff) width = 2;
    }
    generation++;
    nlist.length = 0;
    for (let k = 0; k < clist.length; k++) {
      steps--;
      const pc = clist.pcs[k]!;
      const inst = insts[pc]!;
      if (inst.op === OP_CHAR) {
        if (cp >= 0 && inst.test(cp)) addThread(nlist, pc + 1, clist.slots[k]!, pos + width);
      } else if (inst.op === OP_MATCH) {
        matched = clist.slots[k]!;
        break; // lower-priority threads lose to this match
      }
    }
    if (steps < 0) {
      budget.steps = steps;
      return OUT_OF_STEPS;
    }
    [clist, nlist] = [nlist, clist];
    pos += width;
  }
  budget.steps = steps;
  return matched ? { slots: matched } : null;
}
