// Inline content → runs of text with their marks (emphasis, strong, link), the form every body
// paragraph, heading, list item, table cell and caption takes before repair. Only text and those
// three marks survive; scripts, embeds, form controls and visually hidden helper text never do.
import { resolveHref } from '../html/urls';
import type { InlineRun } from '../inline';
import { MAX_DEPTH } from '../limits';
import { BLOCKISH, EMPHASIS, INERT, STRONG } from './elements';
import { classTokens, collapseSpace, textContent, type MarkupTree } from './tree';

/** Where inline content goes: the walker's loose text, or the pieces of one block. */
export interface RunSink {
  add(run: InlineRun): void;
  /** A soft boundary between words (an element edge): at most one space. */
  space(): void;
  /** A <br>, or a paragraph nested in inline markup. */
  lineBreak(): void;
}

export interface InlineContext<N> {
  tree: MarkupTree<N>;
  /** Relative links resolve against it (a page's address); null keeps absolute links only. */
  baseUrl: string | null;
  /** Elements to leave out (a caption's credit is read separately). */
  exclude?: Set<N>;
  /** Where an inline dateline element's text (`<span class="dateline">`) is recorded, first one wins. */
  found?: { dateline: string | null };
}

interface Marks {
  em?: boolean;
  strong?: boolean;
  href?: string | null;
}

/** Visually hidden helper text ("Media caption", "Image") that screen readers get and readers do not. */
function isHiddenHelperClass(tokens: string[]): boolean {
  if (tokens.some((t) => /^(off-?screen|sr-only|visually-?hidden|screen-?reader(-text)?|u-h|a11y)$/.test(t))) return true;
  // A utility "hidden" class with a responsive override ("hidden md:block") is shown on most screens.
  const hidden = tokens.some((t) => t === 'hidden' || t === 'is-hidden');
  return hidden && !tokens.some((t) => /^[a-z0-9]+:(block|flex|inline|inline-block|grid|table|contents)$/.test(t));
}

export function isHidden<N>(tree: MarkupTree<N>, el: N, tokens: string[]): boolean {
  if (!tree.hasAttributes(el)) return false;
  if (tree.attr(el, 'hidden') !== null) return true;
  if ((tree.attr(el, 'aria-hidden') ?? '').toLowerCase() === 'true') return true;
  const style = tree.attr(el, 'style');
  if (style && /display:none|visibility:hidden/.test(style.toLowerCase().replace(/\s+/g, ''))) return true;
  return tokens.length > 0 && isHiddenHelperClass(tokens);
}

const DATELINE_ROLE = /(^|[-_])dateline($|[-_])/;

/**
 * Append a run, joined to the last one when the marks are the same: linkedom splits text at every
 * entity and stray "<" (a browser would not), and a paragraph is read as the text it is.
 */
export function pushRun(runs: InlineRun[], run: InlineRun): void {
  const last = runs[runs.length - 1];
  if (last && !!last.em === !!run.em && !!last.strong === !!run.strong && (last.href ?? null) === (run.href ?? null)) last.text += run.text;
  else runs.push({ ...run });
}

/** Append one inline node (a text node, or an element and everything in it) to `sink`. */
export function appendInline<N>(ctx: InlineContext<N>, node: N, marks: Marks, sink: RunSink, depth: number): void {
  const { tree } = ctx;
  const text = tree.text(node);
  if (text !== null) {
    if (text) sink.add({ text, em: marks.em, strong: marks.strong, href: marks.href ?? null });
    return;
  }
  const tag = tree.name(node);
  if (!tag || INERT.has(tag) || ctx.exclude?.has(node)) return;
  const tokens = classTokens(tree, node);
  if (isHidden(tree, node, tokens)) return;
  if (tag === 'br') return sink.lineBreak();
  if (depth >= MAX_DEPTH) {
    // pathological nesting: keep the words, not the structure (and never overflow the stack)
    sink.add({ text: ` ${textContent(tree, node)} ` });
    return;
  }
  let next = marks;
  if (EMPHASIS.has(tag) || STRONG.has(tag) || tag === 'a') {
    next = { ...marks };
    if (EMPHASIS.has(tag)) next.em = true;
    if (STRONG.has(tag)) next.strong = true;
    if (tag === 'a') next.href = resolveHref(tree.attr(node, 'href'), ctx.baseUrl);
  }
  if (ctx.found && tokens.length && ctx.found.dateline === null && tokens.some((t) => DATELINE_ROLE.test(t)))
    ctx.found.dateline = collapseSpace(textContent(tree, node)) || null;
  // A paragraph nested in inline markup (unclosed <span>, <em>) still starts a new line.
  const breaks = tag === 'p' || tag === 'div';
  const block = !breaks && BLOCKISH.has(tag);
  if (breaks) sink.lineBreak();
  else if (block) sink.space();
  for (const child of tree.children(node)) appendInline(ctx, child, next, sink, depth + 1);
  if (breaks) sink.lineBreak();
  else if (block) sink.space();
}

/**
 * The inline content of `el` as pieces of runs: one piece, or (when `splitAtBr`) one per line
 * between <br>s. Pieces with no text are left out.
 */
export function collectInline<N>(ctx: InlineContext<N>, el: N, splitAtBr: boolean): InlineRun[][] {
  const sink = new PieceSink(splitAtBr);
  for (const child of ctx.tree.children(el)) appendInline(ctx, child, {}, sink, 0);
  sink.end();
  return sink.pieces;
}

/** Collects pieces of runs (a class, not closures: this runs once per paragraph). */
class PieceSink implements RunSink {
  readonly pieces: InlineRun[][] = [];
  private current: InlineRun[] = [];

  constructor(private readonly splitAtBr: boolean) {}

  add(run: InlineRun): void {
    pushRun(this.current, run);
  }

  space(): void {
    pushRun(this.current, { text: ' ' });
  }

  lineBreak(): void {
    if (this.splitAtBr) this.end();
    else this.space();
  }

  end(): void {
    if (this.current.some((r) => /\S/.test(r.text))) this.pieces.push(this.current);
    this.current = [];
  }
}
