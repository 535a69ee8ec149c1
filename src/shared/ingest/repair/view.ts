// A line as a repair sees it: original characters, plus the tokens already decoded, so context
// checks ("what comes before this damaged letter?") look at the repaired neighbours. Positions are
// looked up in typed arrays over the line, and views are reused from line to line.
import { List } from './list';
import type { FillContext } from './lossy';
import type { Token } from './tokens';

export function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x3000;
}

export class LineView {
  text = '';
  lineStart = 0;
  lineEnd = 0;
  /** Language groups of the line's accented letters (see lossy.ts). */
  groups = 0;
  /** Tokens added, in order; the arrays below hold index + 1 into it (0 = none). */
  private list = new List<Token>();
  private startAt = new Int32Array(256);
  private endAt = new Int32Array(257);
  private coverAt = new Int32Array(256);
  private readonly context: FillContext = { prev2: -1, prev: -1, next: -1, next2: -1, groups: 0 };

  /** Starts over on another line (or stretch of one) with `tokens` decoded. */
  reset(text: string, lineStart: number, lineEnd: number, tokens?: List<Token>): this {
    this.text = text;
    this.lineStart = lineStart;
    this.lineEnd = lineEnd;
    this.groups = 0;
    this.list.clear();
    const len = lineEnd - lineStart;
    if (this.startAt.length < len + 1) {
      const size = Math.max(len + 1, this.startAt.length * 2);
      this.startAt = new Int32Array(size);
      this.endAt = new Int32Array(size + 1);
      this.coverAt = new Int32Array(size);
    } else {
      this.startAt.fill(0, 0, len + 1);
      this.endAt.fill(0, 0, len + 2);
      this.coverAt.fill(0, 0, len + 1);
    }
    if (tokens) for (let i = 0; i < tokens.length; i++) this.add(tokens.get(i));
    return this;
  }

  add(t: Token): void {
    this.list.push(t);
    const id = this.list.length;
    const base = this.lineStart;
    this.startAt[t.start - base] = id;
    this.endAt[t.end - base] = id;
    for (let i = t.start; i < t.end; i++) this.coverAt[i - base] = id;
  }

  private tokenStarting(i: number): Token | undefined {
    if (i < this.lineStart || i > this.lineEnd) return undefined;
    const id = this.startAt[i - this.lineStart] ?? 0;
    return id === 0 ? undefined : this.list.get(id - 1);
  }

  private tokenEnding(i: number): Token | undefined {
    if (i < this.lineStart || i > this.lineEnd) return undefined;
    const id = this.endAt[i - this.lineStart] ?? 0;
    return id === 0 ? undefined : this.list.get(id - 1);
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
    if (i < this.lineStart || i >= this.lineEnd) return false;
    return (this.coverAt[i - this.lineStart] ?? 0) !== 0;
  }

  // The two walks below answer [code point, position] through these fields, so that the hot
  // context lookups allocate nothing.
  private cp = -1;
  private at = 0;

  /** The decoded character before `i` (into cp, at = where it starts). */
  private back(i: number): void {
    for (let guard = 0; guard < 8; guard++) {
      const t = this.tokenEnding(i);
      if (!t) break;
      if (t.cp >= 0) {
        this.cp = t.cp;
        this.at = t.start;
        return;
      }
      i = t.start;
    }
    const cp = this.origBefore(i);
    this.cp = cp;
    this.at = cp > 0xffff ? i - 2 : i - 1;
  }

  /** The decoded character at `i` (into cp, at = the position after it). */
  private forward(i: number): void {
    for (let guard = 0; guard < 8; guard++) {
      const t = this.tokenStarting(i);
      if (!t) break;
      if (t.cp >= 0) {
        this.cp = t.cp;
        this.at = t.end;
        return;
      }
      i = t.end;
    }
    const cp = this.origAt(i);
    this.cp = cp;
    this.at = cp > 0xffff ? i + 2 : i + 1;
  }

  decodedBefore(i: number): number {
    this.back(i);
    return this.cp;
  }

  decodedAt(i: number): number {
    this.forward(i);
    return this.cp;
  }

  /** The context of a token's guess. The object is reused: read it before the next call. */
  fillContext(t: Token): FillContext {
    const ctx = this.context;
    this.back(t.start);
    ctx.prev = this.cp;
    if (ctx.prev >= 0) {
      this.back(this.at);
      ctx.prev2 = this.cp;
    } else ctx.prev2 = -1;
    this.forward(t.end);
    ctx.next = this.cp;
    if (ctx.next >= 0) {
      this.forward(this.at);
      ctx.next2 = this.cp;
    } else ctx.next2 = -1;
    ctx.groups = this.groups;
    return ctx;
  }

  private wordB = 0;

  /** The word (run without spaces) around [start, end): its start. Call wordEnd() next. */
  wordStart(start: number, end: number): number {
    // Words longer than this are not words: stop looking, so work stays linear.
    const limit = 48;
    let a = start;
    while (a > this.lineStart && start - a < limit && !isSpaceCode(this.text.charCodeAt(a - 1))) a--;
    let b = end;
    while (b < this.lineEnd && b - end < limit && !isSpaceCode(this.text.charCodeAt(b))) b++;
    this.wordB = b;
    return a;
  }

  /** The end of the word the last wordStart() found. */
  wordEnd(): number {
    return this.wordB;
  }

  hasSpace(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (isSpaceCode(this.text.charCodeAt(i))) return true;
    return false;
  }
}

const POOL: LineView[] = [];
let used = 0;

/** A view from the pool for the current line; `releaseViews()` hands them all back. */
export function lineView(text: string, lineStart: number, lineEnd: number, tokens?: List<Token>): LineView {
  let v = POOL[used];
  if (!v) {
    v = new LineView();
    POOL.push(v);
  }
  used++;
  return v.reset(text, lineStart, lineEnd, tokens);
}

export function releaseViews(): void {
  used = 0;
}
