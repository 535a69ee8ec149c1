// A line as a repair sees it: original characters, plus the tokens already decoded, so context
// checks ("what comes before this damaged letter?") look at the repaired neighbours.
import type { FillContext } from './lossy';
import type { Token } from './tokens';

export function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x3000;
}

export class LineView {
  private readonly starts = new Map<number, Token>();
  private readonly ends = new Map<number, Token>();
  private readonly covered = new Map<number, Token>();
  /** Language groups of the line's accented letters (see lossy.ts). */
  groups = 0;

  constructor(
    readonly text: string,
    readonly lineStart: number,
    readonly lineEnd: number,
    tokens: readonly Token[],
  ) {
    for (const t of tokens) this.add(t);
  }

  add(t: Token): void {
    this.starts.set(t.start, t);
    this.ends.set(t.end, t);
    for (let i = t.start; i < t.end; i++) this.covered.set(i, t);
  }

  origAt(i: number): number {
    if (i < this.lineStart || i >= this.lineEnd) return -1;
    return this.text.codePointAt(i) ?? -1;
  }

  origBefore(i: number): number {
    if (i <= this.lineStart || i > this.lineEnd) return -1;
    const c = this.text.charCodeAt(i - 1);
    if (c >= 0xdc00 && c < 0xe000 && i - 2 >= this.lineStart) return this.text.codePointAt(i - 2) ?? c;
    return c;
  }

  isDecodedAt(i: number): boolean {
    return this.covered.has(i);
  }

  /** [code point, position it starts at] of the decoded character before `i`. */
  private back(i: number): [number, number] {
    for (let guard = 0; guard < 8; guard++) {
      const t = this.ends.get(i);
      if (!t) break;
      if (t.cp >= 0) return [t.cp, t.start];
      i = t.start;
    }
    const cp = this.origBefore(i);
    return [cp, cp > 0xffff ? i - 2 : i - 1];
  }

  /** [code point, position after it] of the decoded character at `i`. */
  private forward(i: number): [number, number] {
    for (let guard = 0; guard < 8; guard++) {
      const t = this.starts.get(i);
      if (!t) break;
      if (t.cp >= 0) return [t.cp, t.end];
      i = t.end;
    }
    const cp = this.origAt(i);
    return [cp, cp > 0xffff ? i + 2 : i + 1];
  }

  decodedBefore(i: number): number {
    return this.back(i)[0];
  }

  decodedAt(i: number): number {
    return this.forward(i)[0];
  }

  fillContext(t: Token): FillContext {
    const [prev, p] = this.back(t.start);
    const [next, n] = this.forward(t.end);
    return {
      prev,
      prev2: prev >= 0 ? this.back(p)[0] : -1,
      next,
      next2: next >= 0 ? this.forward(n)[0] : -1,
      groups: this.groups,
    };
  }

  /** The word (run without spaces) around [start, end). */
  wordAround(start: number, end: number): [number, number] {
    // Words longer than this are not words: stop looking, so work stays linear.
    const limit = 48;
    let a = start;
    while (a > this.lineStart && start - a < limit && !isSpaceCode(this.text.charCodeAt(a - 1))) a--;
    let b = end;
    while (b < this.lineEnd && b - end < limit && !isSpaceCode(this.text.charCodeAt(b))) b++;
    return [a, b];
  }

  hasSpace(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (isSpaceCode(this.text.charCodeAt(i))) return true;
    return false;
  }
}
