// A newer wire version against the rewrite: what changed between the version the rewrite began
// from (base) and the newer one, and where each change falls in the story. Nothing is changed
// here; a change placed "exact" can be applied by replacing [start, end) of the story text with
// `after` (the story still holds the base passage verbatim), anything else is shown for the editor.
import { alignIds, type Pair } from './align';
import { Interner, tokenize, type WordToken } from './tokens';

export type Placement =
  /** The story holds the old wire passage verbatim at [start, end): applying is safe. */
  | { status: 'exact'; start: number; end: number; paragraph: number }
  /** The story already reads like the newer wire here. */
  | { status: 'applied'; start: number; end: number; paragraph: number }
  /** The passage is there but rewritten: this is where it falls; the editor decides. */
  | { status: 'near'; start: number; end: number; paragraph: number }
  /** The rewrite does not use this part of the wire. */
  | { status: 'absent' };

export interface WireChange {
  /** Stable while the two wire texts are the same (for "dismissed" state). */
  id: string;
  kind: 'insert' | 'delete' | 'replace';
  /** Words the newer version removed and added (for reading). */
  removed: string;
  added: string;
  /** The whole passage in each version, anchor word included: what apply swaps. */
  before: string;
  after: string;
  /** A few words of the newer wire text around the change. */
  context: { before: string; after: string };
  placement: Placement;
  /**
   * The edit "Apply to story" makes: story text [start, end) holds `from` and becomes `to`. The
   * whole passage when it is there verbatim; else, in a rewritten passage, just the changed words
   * when they occur there exactly once ("Wednesday" → "Thursday"). Null: copy the new text instead.
   */
  edit: { start: number; end: number; from: string; to: string } | null;
}

const EXACT_LIMIT = 4000;
/** Changes closer than this many unchanged words, in one paragraph, read as one change. */
const JOIN_GAP = 3;

interface Hunk {
  b0: number;
  b1: number;
  n0: number;
  n1: number;
  /** Set when a split decided it; otherwise the word before the change anchors it. */
  anchor?: Anchor;
}

type Anchor = 'left' | 'right' | 'none';

function hunksOf(pairs: readonly Pair[], tb: WordToken[], tn: WordToken[]): Hunk[] {
  const raw: Hunk[] = [];
  let pi = -1;
  let pj = -1;
  for (const [i, j] of [...pairs, [tb.length, tn.length] as const]) {
    if (i > pi + 1 || j > pj + 1) raw.push({ b0: pi + 1, b1: i, n0: pj + 1, n1: j });
    pi = i;
    pj = j;
  }
  const out: Hunk[] = [];
  for (const h of raw) {
    const last = out[out.length - 1];
    const between = last ? tb.slice(last.b1, h.b0) : [];
    if (last && between.length < JOIN_GAP && !between.some((t) => t.newLine) && !tb[h.b0]?.newLine) {
      last.b1 = h.b1;
      last.n1 = h.n1;
    } else out.push({ ...h });
  }
  return out.flatMap((h) => splitAtParagraphs(h, tb, tn));
}

/**
 * A new paragraph the wire added right after a changed word reads as two changes: the word, and
 * the paragraph (placed before the unchanged word that follows it). Same for a removed paragraph.
 */
function splitAtParagraphs(h: Hunk, tb: WordToken[], tn: WordToken[]): Hunk[] {
  if (h.b1 >= tb.length || h.n1 >= tn.length) return [h];
  const k = tn.slice(h.n0 + 1, h.n1).findIndex((t) => t.newLine);
  if (k >= 0) {
    const at = h.n0 + 1 + k;
    return [
      { ...h, n1: at },
      { b0: h.b1, b1: h.b1, n0: at, n1: h.n1, anchor: 'right' },
    ];
  }
  const j = tb.slice(h.b0 + 1, h.b1).findIndex((t) => t.newLine);
  if (j >= 0) {
    const at = h.b0 + 1 + j;
    return [
      { ...h, b1: at },
      { b0: at, b1: h.b1, n0: h.n1, n1: h.n1, anchor: 'right' },
    ];
  }
  return [h];
}

/** Character span of a hunk on one side, anchored on the unchanged word before (or after) it. */
function span(tokens: WordToken[], text: string, from: number, to: number, anchor: Anchor): [number, number] {
  if (anchor === 'left') return [tokens[from - 1]!.start, to > from ? tokens[to - 1]!.outerEnd : tokens[from - 1]!.outerEnd];
  if (anchor === 'right') return [to > from ? tokens[from]!.outerStart : tokens[to]!.outerStart, tokens[to]!.end];
  return [0, text.length];
}

function mapOf(pairs: readonly Pair[], length: number): Int32Array {
  const map = new Int32Array(length).fill(-1);
  for (const [i, j] of pairs) map[i] = j;
  return map;
}

function paragraphOf(story: string, at: number): number {
  return (story.slice(0, at).match(/\n\s*\n/g) ?? []).length;
}

/**
 * Find the story span that holds tokens [from, to) of one wire side with the same neighbours,
 * verbatim; null if the story changed anything there.
 */
function locate(
  side: { tokens: WordToken[]; text: string; map: Int32Array },
  from: number,
  to: number,
  anchor: Anchor,
  story: { tokens: WordToken[]; text: string },
): [number, number] | null {
  const { tokens, text, map } = side;
  const first = anchor === 'left' ? from - 1 : from;
  const last = anchor === 'right' ? to : to - 1;
  const lo = anchor === 'left' ? from - 1 : anchor === 'right' ? Math.min(from, to) : 0;
  const hi = Math.min(tokens.length - 1, to);
  // Every word from the neighbour before to the neighbour after must sit side by side in the story.
  const s0 = map[lo] ?? -1;
  if (s0 < 0 || hi < lo) return null;
  for (let k = lo; k <= hi; k++) if (map[k] !== s0 + (k - lo)) return null;
  const [ws, we] = span(tokens, text, from, to, anchor);
  const sFirst = s0 + (first - lo);
  const sLast = s0 + (last - lo);
  let ss: number;
  let se: number;
  if (anchor === 'left') [ss, se] = [story.tokens[sFirst]!.start, story.tokens[to > from ? sLast : sFirst]!.outerEnd];
  else if (anchor === 'right') [ss, se] = [story.tokens[to > from ? sFirst : sLast]!.outerStart, story.tokens[sLast]!.end];
  else [ss, se] = [0, story.text.length];
  return story.text.slice(ss, se) === text.slice(ws, we) ? [ss, se] : null;
}

function contextOf(text: string, start: number, end: number): { before: string; after: string } {
  const before = text.slice(Math.max(0, start - 60), start).replace(/^\S*\s/, '');
  const after = text.slice(end, end + 60).replace(/\s\S*$/, '');
  return { before: start > 60 ? `…${before}` : before, after: end + 60 < text.length ? `${after}…` : after };
}

export function threeWay(baseWireText: string, newWireText: string, storyText: string): WireChange[] {
  const tb = tokenize(baseWireText);
  const tn = tokenize(newWireText);
  const ts = tokenize(storyText);
  const raw = new Interner();
  const pairsBN = alignIds(
    tb.map((t) => raw.id(t.text)),
    tn.map((t) => raw.id(t.text)),
    tb.length + tn.length <= EXACT_LIMIT ? 1 : 3,
  );
  // Story mapping ignores case and punctuation, and wants two-word runs so a lone "the" does not anchor.
  const norm = new Interner();
  const nb = tb.map((t) => norm.id(t.norm));
  const nn = tn.map((t) => norm.id(t.norm));
  const ns = ts.map((t) => norm.id(t.norm));
  const gram = (n: number) => (n + ts.length <= EXACT_LIMIT ? 2 : 3);
  const base = { tokens: tb, text: baseWireText, map: mapOf(alignIds(nb, ns, gram(nb.length)), tb.length) };
  const newer = { tokens: tn, text: newWireText, map: mapOf(alignIds(nn, ns, gram(nn.length)), tn.length) };
  const story = { tokens: ts, text: storyText };

  return hunksOf(pairsBN, tb, tn).map((h): WireChange => {
    const anchor: Anchor = h.anchor ?? (h.b0 > 0 && h.n0 > 0 ? 'left' : h.b1 < tb.length && h.n1 < tn.length ? 'right' : 'none');
    const [bs, be] = span(tb, baseWireText, h.b0, h.b1, anchor);
    const [ns0, ne] = span(tn, newWireText, h.n0, h.n1, anchor);
    const removed = h.b1 > h.b0 ? baseWireText.slice(tb[h.b0]!.outerStart, tb[h.b1 - 1]!.outerEnd) : '';
    const added = h.n1 > h.n0 ? newWireText.slice(tn[h.n0]!.outerStart, tn[h.n1 - 1]!.outerEnd) : '';
    const kind = !removed ? 'insert' : !added ? 'delete' : 'replace';
    const at = (start: number, end: number) => ({ start, end, paragraph: paragraphOf(storyText, start) });
    let placement: Placement;
    const exact = locate(base, h.b0, h.b1, anchor, story);
    const applied = exact ? null : locate(newer, h.n0, h.n1, anchor, story);
    if (exact) placement = { status: 'exact', ...at(exact[0], exact[1]) };
    else if (applied) placement = { status: 'applied', ...at(applied[0], applied[1]) };
    else {
      const mapped: number[] = [];
      for (let k = Math.max(0, h.b0 - 1); k <= Math.min(tb.length - 1, h.b1); k++) if (base.map[k]! >= 0) mapped.push(base.map[k]!);
      placement = mapped.length
        ? { status: 'near', ...at(ts[Math.min(...mapped)]!.outerStart, ts[Math.max(...mapped)]!.outerEnd) }
        : { status: 'absent' };
    }
    let edit: WireChange['edit'] = null;
    if (placement.status === 'exact') {
      edit = { start: placement.start, end: placement.end, from: baseWireText.slice(bs, be), to: newWireText.slice(ns0, ne) };
    } else if (placement.status === 'near' && kind === 'replace') {
      // The bare words, without the punctuation around them, which a rewrite often changes.
      const from = baseWireText.slice(tb[h.b0]!.start, tb[h.b1 - 1]!.end);
      const to = newWireText.slice(tn[h.n0]!.start, tn[h.n1 - 1]!.end);
      const found = wholeWordIn(storyText, from, placement.start, placement.end);
      if (found !== null) edit = { start: found, end: found + from.length, from, to };
    }
    return {
      id: `${bs}:${be}:${ns0}:${ne}`,
      kind,
      removed,
      added,
      before: baseWireText.slice(bs, be),
      after: newWireText.slice(ns0, ne),
      context: contextOf(newWireText, ...shownRange(h, tn, ns0, ne, anchor)),
      placement,
      edit,
    };
  });
}

/** Where the change reads in the newer text: its added words, or the point where words went. */
function shownRange(h: Hunk, tn: WordToken[], ns: number, ne: number, anchor: Anchor): [number, number] {
  if (h.n1 > h.n0) return [tn[h.n0]!.outerStart, tn[h.n1 - 1]!.outerEnd];
  if (anchor === 'left') return [tn[h.n0 - 1]!.outerEnd, tn[h.n0 - 1]!.outerEnd];
  if (anchor === 'right') return [tn[h.n1]!.outerStart, tn[h.n1]!.outerStart];
  return [ns, ne];
}

/** The one place `word` occurs, as whole words, in text[start, end); null if none or several. */
function wholeWordIn(text: string, word: string, start: number, end: number): number | null {
  if (!word) return null;
  const found: number[] = [];
  const isWordChar = (ch: string | undefined) => !!ch && /[\p{L}\p{N}]/u.test(ch);
  for (let at = text.indexOf(word, start); at >= 0 && at + word.length <= end; at = text.indexOf(word, at + 1)) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + word.length])) found.push(at);
  }
  return found.length === 1 ? found[0]! : null;
}
