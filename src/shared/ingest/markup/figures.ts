// Photo captions in a markup body: an HTML <figure> (or a lone <figcaption>) and NITF's <media>.
// The credit is looked for where sources put it, most specific first: a credit element (TT's
// div.byline, a "credit" span, <cite>, <small>), a credit printed inside the caption, the image's
// alt text, and finally what the page's own JSON says (the page extractor passes that in).
import { CAPTION_LABEL, cleanCredit, creditFromAlt, splitCaptionCredit } from '../fields/captions';
import type { InlineRun } from '../inline';
import { runsText } from '../draft';
import { collectInline, isHidden, type InlineContext } from './inlineRuns';
import { classTokens, collapseSpace, findAllDescendants, findDescendant, textContent, type MarkupTree } from './tree';

export interface ImageRef {
  alt: string | null;
  /** As written in the markup (the page extractor resolves it against the page address). */
  src: string | null;
}

export interface FigureContext<N> {
  /** A credit the page declares elsewhere (its JSON) for this caption text. */
  creditFor?: (caption: string) => string | null;
  /** The page's own figure holding an image with this src, when extraction lost its caption. */
  originalFigure?: (src: string) => N | null;
}

export interface FigureCaption<N> {
  runs: InlineRun[];
  credit: string | null;
  src: string | null;
  /** The <figcaption> read, so the walker does not read it again as a lone caption. */
  captionNode: N | null;
}

/** The first image of an element (or the element itself when it is one). */
export function imageOf<N>(tree: MarkupTree<N>, el: N): ImageRef | null {
  const img = tree.name(el) === 'img' ? el : findDescendant(tree, el, (name) => name === 'img');
  if (img === null) return null;
  return {
    alt: tree.attr(img, 'alt'),
    src: tree.attr(img, 'src') ?? tree.attr(img, 'data-src') ?? tree.attr(img, 'datasrc'),
  };
}

const hasImage = <N>(tree: MarkupTree<N>, el: N): boolean =>
  findDescendant(tree, el, (name) => name === 'img' || name === 'figure' || name === 'picture') !== null;

/**
 * The caption element of a figure: its own <figcaption>, or (in a DOM) one printed right after it,
 * as some sites do, but never one that belongs to another picture.
 */
function captionElementFor<N>(tree: MarkupTree<N>, figure: N): { node: N; inside: boolean } | null {
  if (tree.name(figure) === 'figcaption') return { node: figure, inside: true };
  const own = findDescendant(tree, figure, (name) => name === 'figcaption');
  if (own !== null) return { node: own, inside: true };
  const { parent, nextElementSibling } = tree;
  if (!parent || !nextElementSibling) return null;
  let cur: N | null = figure;
  for (let depth = 0; cur !== null && depth < 3; depth++, cur = parent(cur)) {
    const sib = nextElementSibling(cur);
    if (sib === null) continue;
    if (hasImage(tree, sib)) return null;
    if (tree.name(sib) === 'figcaption') return { node: sib, inside: false };
    const inner = findDescendant(tree, sib, (name) => name === 'figcaption');
    return inner === null ? null : { node: inner, inside: false };
  }
  return null;
}

const CREDIT_ROLE = /(^|[-_])(credits?|copyright|copyrightholder|photographer|byline|source|author|attribution)($|[-_])/;
const CREDIT_CLASS = /byline|credit|photographer|copyright|source/;

function isCreditElement<N>(tree: MarkupTree<N>, name: string, el: N): boolean {
  const tokens = classTokens(tree, el);
  if (isHidden(tree, el, tokens)) return false;
  if (name === 'cite' || name === 'small') return true;
  if (/copyrightholder|creator|author|creditText/i.test(tree.attr(el, 'itemprop') ?? '')) return true;
  return tokens.some((t) => CREDIT_ROLE.test(t)) || CREDIT_CLASS.test((tree.attr(el, 'class') ?? '').toLowerCase());
}

/** Text of a credit element without its label leaves ("Credit", "Photo:"). */
function creditText<N>(tree: MarkupTree<N>, el: N): string | null {
  const leaves: string[] = [];
  const visit = (n: N): void => {
    const t = tree.text(n);
    if (t !== null) {
      const s = t.trim();
      if (s && !/^(credits?|photo(graph)?|image|foto|bild|crédit)s?\s*[:：]?$/i.test(s)) leaves.push(s);
      return;
    }
    if (!tree.name(n) || isHidden(tree, n, classTokens(tree, n))) return;
    for (const child of tree.children(n)) visit(child);
  };
  visit(el);
  return cleanCredit(collapseSpace(leaves.join(' ')));
}

/** Caption runs + what else is known about the picture → the caption, or null without caption text. */
export function finishCaption<N>(
  runs: InlineRun[],
  explicitCredit: string | null,
  image: ImageRef | null,
  ctx: FigureContext<N>,
  captionNode: N | null = null,
): FigureCaption<N> | null {
  let text = collapseSpace(runsText(runs));
  let credit = explicitCredit;
  if (!credit) {
    const split = splitCaptionCredit(text);
    if (split.credit) {
      credit = split.credit;
      text = split.text;
      runs = [{ text }];
    }
  }
  credit ??= creditFromAlt(image?.alt ?? null);
  credit ??= ctx.creditFor?.(text) ?? null;
  if (!credit && image?.alt) credit = ctx.creditFor?.(image.alt) ?? null;
  if (!text) return null;
  return { runs, credit, src: image?.src ?? null, captionNode };
}

/** A <figure> or lone <figcaption>: caption + credit, or null (a bare image, a video, an embed). */
export function readFigure<N>(
  inline: InlineContext<N>,
  figure: N,
  ctx: FigureContext<N>,
  fallbackImage: ImageRef | null = null,
): FigureCaption<N> | null {
  const { tree } = inline;
  const image = imageOf(tree, figure) ?? fallbackImage;
  const caption = captionElementFor(tree, figure);
  const scope = caption && !caption.inside ? [figure, tree.parent?.(caption.node) ?? caption.node] : [figure];
  // outermost credit elements only (NYT nests "Credit" spans inside the copyrightHolder span)
  const creditEls = scope.flatMap((s) => findAllDescendants(tree, s, (name, el) => isCreditElement(tree, name, el)));
  let credit: string | null = null;
  for (const el of creditEls) credit ??= creditText(tree, el);
  // a figure with no picture is a video or an embed: its caption describes no photo
  if (tree.name(figure) === 'figure' && !imageOf(tree, figure) && !findDescendant(tree, figure, (n) => n === 'picture' || n === 'amp-img'))
    return null;
  if (!caption) return captionOfOriginal(inline, figure, ctx);
  const [runs] = collectInline({ ...inline, exclude: new Set(creditEls) }, caption.node, false);
  if (!runs) return null;
  const text = collapseSpace(runsText(runs));
  const label = CAPTION_LABEL.exec(text);
  // "Main image: …", "图注：…": the label is the site's, not part of the caption
  const body = label ? [{ text: text.slice(label[0].length) }] : runs;
  return finishCaption(body, credit, image, ctx, caption.node);
}

/** A figure that lost its caption in extraction: the page's own copy of it, found by its image. */
function captionOfOriginal<N>(inline: InlineContext<N>, figure: N, ctx: FigureContext<N>): FigureCaption<N> | null {
  const { tree } = inline;
  const lookup = ctx.originalFigure;
  const img = findDescendant(tree, figure, (name) => name === 'img');
  if (!lookup || img === null) return null;
  const original =
    lookup(tree.attr(img, 'src') ?? '') ??
    lookup(firstSrcsetUrl(tree.attr(img, 'srcset')) ?? '') ??
    lookup(altKey(tree.attr(img, 'alt')) ?? '');
  return original !== null && original !== figure && captionElementFor(tree, original)
    ? readFigure(inline, original, { ...ctx, originalFigure: undefined })
    : null;
}

export function firstSrcsetUrl(srcset: string | null): string | null {
  return srcset?.trim().split(/\s+/)[0] ?? null;
}

/** Lazy-loading pages swap an image's src for a placeholder: a long alt text identifies it too. */
export function altKey(alt: string | null): string | null {
  const a = alt?.trim();
  return a && a.length >= 12 ? `alt:${a}` : null;
}

/** NITF <media>: its caption, producer (the credit) and reference. */
export function readMedia<N>(tree: MarkupTree<N>, el: N): FigureCaption<N> | null {
  let caption = '';
  let producer: string | null = null;
  let src: string | null = null;
  for (const c of tree.children(el)) {
    const name = tree.name(c);
    if (name === 'media-caption') caption += ` ${textContent(tree, c)}`;
    else if (name === 'media-producer') producer = collapseSpace(textContent(tree, c)) || null;
    else if (name === 'media-reference') src ??= (tree.attr(c, 'source') ?? '').trim() || (tree.attr(c, 'data') ?? '').trim() || null;
  }
  const split = splitCaptionCredit(caption);
  if (!split.text && !producer) return null;
  return { runs: [{ text: split.text }], credit: producer ?? split.credit, src, captionNode: null };
}
