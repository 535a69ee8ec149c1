// A word-level diff for people to read (wire vs story, one revision vs another). Words are aligned
// exactly as written (a change of case shows); the text between aligned words is compared as a
// whole. Segments always reassemble both sides exactly: same + delete = a, same + insert = b.
import { alignIds } from './align';
import { Interner, tokenize } from './tokens';

export interface DiffSegment {
  kind: 'same' | 'insert' | 'delete';
  text: string;
}

/** Up to this many words in all, align every shared word; beyond, only shared three-word runs. */
const EXACT_LIMIT = 4000;

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  // Never split a surrogate pair.
  if (i > 0 && i < a.length && /[\ud800-\udbff]/.test(a[i - 1]!)) i--;
  return i;
}

function commonSuffix(a: string, b: string, limit: number): number {
  let i = 0;
  while (i < a.length - limit && i < b.length - limit && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
  if (i > 0 && i < a.length && /[\udc00-\udfff]/.test(a[a.length - i]!)) i--;
  return i;
}

class SegmentList {
  readonly out: DiffSegment[] = [];

  push(kind: DiffSegment['kind'], text: string): void {
    if (!text) return;
    const last = this.out[this.out.length - 1];
    if (last && last.kind === kind) last.text += text;
    // Keep "delete then insert" order inside a change, so each side reads in order.
    else if (last && kind === 'delete' && last.kind === 'insert') {
      const before = this.out[this.out.length - 2];
      if (before?.kind === 'delete') before.text += text;
      else this.out.splice(this.out.length - 1, 0, { kind, text });
    } else this.out.push({ kind, text });
  }

  /** Two texts that should read as one: common edges are shared, the middle is a change. */
  gap(a: string, b: string): void {
    if (a === b) return this.push('same', a);
    const p = commonPrefix(a, b);
    const s = commonSuffix(a, b, p);
    this.push('same', a.slice(0, p));
    this.push('delete', a.slice(p, a.length - s));
    this.push('insert', b.slice(p, b.length - s));
    this.push('same', a.slice(a.length - s));
  }
}

/** Fold a lone space or mark between two changes into them, so a rewritten sentence reads as one change. */
function tidy(segments: DiffSegment[]): DiffSegment[] {
  const out = new SegmentList();
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    const prev = segments[i - 1];
    const next = segments[i + 1];
    const between = prev && next && prev.kind !== 'same' && next.kind !== 'same';
    if (seg.kind === 'same' && between && seg.text.length <= 2 && !/[\p{L}\p{N}]/u.test(seg.text)) {
      out.push('delete', seg.text);
      out.push('insert', seg.text);
    } else out.push(seg.kind, seg.text);
  }
  return out.out;
}

export function diffWords(a: string, b: string): DiffSegment[] {
  if (a === b) return a ? [{ kind: 'same', text: a }] : [];
  const ta = tokenize(a);
  const tb = tokenize(b);
  const interner = new Interner();
  const ia = ta.map((t) => interner.id(t.text));
  const ib = tb.map((t) => interner.id(t.text));
  const pairs = alignIds(ia, ib, ta.length + tb.length <= EXACT_LIMIT ? 1 : 3);
  const list = new SegmentList();
  let ca = 0;
  let cb = 0;
  for (const [i, j] of pairs) {
    const wa = ta[i]!;
    const wb = tb[j]!;
    list.gap(a.slice(ca, wa.start), b.slice(cb, wb.start));
    list.push('same', wa.text);
    ca = wa.end;
    cb = wb.end;
  }
  list.gap(a.slice(ca), b.slice(cb));
  return tidy(list.out);
}

/** The two sides of a diff, rebuilt (for tests and for copying one side). */
export function sidesOf(segments: readonly DiffSegment[]): { a: string; b: string } {
  let a = '';
  let b = '';
  for (const s of segments) {
    if (s.kind !== 'insert') a += s.text;
    if (s.kind !== 'delete') b += s.text;
  }
  return { a, b };
}
