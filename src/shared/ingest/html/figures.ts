// A <figure> (or a bare image followed by its caption) → caption text + photo credit. The credit is
// looked for where sites put it, most specific first: a credit element in the caption, a credit
// printed inside the caption text, a credit element elsewhere in the figure, the image's alt text,
// and finally the page's own JSON (Guardian lightbox, Verge app state).
import { CAPTION_LABEL, cleanCredit, creditFromAlt, lookupScriptCredit, splitCaptionCredit } from './captions';
import { childrenOf, classTokens, isElement, queryAll, queryOne, tagOf, TEXT_NODE, type DomElement, type DomNode } from './dom';
import { collectInlineOne, isHiddenElement } from './inlineText';
import { buildPlain, ParagraphBuilder, type BuiltText } from './paragraph';
import { imageSrc } from './urls';

export interface CaptionDraft {
  text: BuiltText;
  credit: string | null;
  src: string | null;
}

export interface FigureContext {
  baseUrl: string | null;
  scriptCredits: Map<string, string>;
  /** The page's own figure holding an image with this src, when extraction lost its caption. */
  originalFigure?: (src: string) => DomElement | null;
}

/** Index a page's figures by image address, so a figure stripped of its caption can be found again. */
export function indexFiguresBySrc(root: DomElement): (src: string) => DomElement | null {
  const map = new Map<string, DomElement>();
  for (const img of queryAll(root, 'figure img').slice(0, 500)) {
    const fig = img.parentElement ? closestFigure(img) : null;
    if (!fig) continue;
    // lazy-loading pages swap src for a placeholder: the alt text identifies the picture too
    const keys = [
      img.getAttribute('src'),
      img.getAttribute('data-src'),
      firstSrcsetUrl(img.getAttribute('srcset')),
      altKey(img.getAttribute('alt')),
    ];
    for (const key of keys) {
      if (key && !key.startsWith('data:') && !map.has(key)) map.set(key, fig);
    }
  }
  return (src) => map.get(src) ?? null;
}

function closestFigure(el: DomElement): DomElement | null {
  for (let cur: DomElement | null = el; cur; cur = cur.parentElement) if (tagOf(cur) === 'figure') return cur;
  return null;
}

function altKey(alt: string | null): string | null {
  const a = alt?.trim();
  return a && a.length >= 12 ? `alt:${a}` : null;
}

/**
 * The caption element of a figure: its own <figcaption>, or a caption printed right after it
 * (some sites put the <figcaption> in a sibling block), never one that belongs to another picture.
 */
function captionElementFor(figure: DomElement): DomElement | null {
  if (tagOf(figure) === 'figcaption') return figure;
  const own = queryOne(figure, 'figcaption');
  if (own) return own;
  let cur: DomElement | null = figure;
  for (let depth = 0; cur && depth < 3; depth++, cur = cur.parentElement) {
    const sib: DomElement | null = cur.nextElementSibling;
    if (!sib) continue;
    if (queryOne(sib, 'img, figure, picture')) return null;
    if (tagOf(sib) === 'figcaption') return sib;
    const inner = queryOne(sib, 'figcaption');
    if (inner) return inner;
    return null;
  }
  return null;
}

function firstSrcsetUrl(srcset: string | null): string | null {
  return srcset?.trim().split(/\s+/)[0] ?? null;
}

const CREDIT_ROLE = /(^|[-_])(credits?|copyright|copyrightholder|photographer|byline|source|author|attribution)($|[-_])/;

function isCreditElement(el: DomElement): boolean {
  if (tagOf(el) === 'cite') return true;
  const itemprop = (el.getAttribute('itemprop') ?? '').toLowerCase();
  if (/copyrightholder|creator|author|creditText/i.test(itemprop)) return true;
  return classTokens(el).some((t) => CREDIT_ROLE.test(t));
}

/** Text of a credit element without its label leaves ("Credit", "Photo:"). */
function creditText(el: DomElement): string | null {
  const leaves: string[] = [];
  const visit = (n: DomNode): void => {
    if (n.nodeType === TEXT_NODE) {
      const t = (n.textContent ?? '').trim();
      if (t && !/^(credits?|photo(graph)?|image|foto|bild|crédit)s?\s*[:：]?$/i.test(t)) leaves.push(t);
      return;
    }
    if (!isElement(n) || isHiddenElement(n)) return;
    for (const child of childrenOf(n)) visit(child);
  };
  visit(el);
  return cleanCredit(buildPlain(leaves.join(' ')).text);
}

export function firstImage(el: DomElement): { alt: string | null; src: string | null } | null {
  const img = tagOf(el) === 'img' ? el : queryOne(el, 'img');
  if (!img) return null;
  return {
    alt: img.getAttribute('alt'),
    src: img.getAttribute('src') ?? img.getAttribute('data-src') ?? img.getAttribute('datasrc'),
  };
}

/** Caption from caption text + what else we know about the picture. */
export function finishCaption(
  text: BuiltText,
  explicitCredit: string | null,
  image: { alt: string | null; src: string | null } | null,
  ctx: FigureContext,
): CaptionDraft | null {
  let caption = text;
  let credit = explicitCredit;
  if (!credit) {
    const split = splitCaptionCredit(text.text);
    if (split.credit) {
      credit = split.credit;
      const b = new ParagraphBuilder();
      b.add(split.text);
      // keep the repairs that fall inside the kept caption text
      caption = { ...b.build(), repairs: text.repairs.filter((r) => r.end <= split.text.length) };
    }
  }
  credit ??= creditFromAlt(image?.alt ?? null);
  credit ??= lookupScriptCredit(ctx.scriptCredits, caption.text);
  if (!credit && image?.alt) credit = lookupScriptCredit(ctx.scriptCredits, image.alt);
  if (!caption.text) return null;
  return { text: caption, credit, src: imageSrc(image?.src ?? null, ctx.baseUrl) };
}

/** A <figure>: caption + credit, or null when it has no caption (a bare image or an embed). */
export function captionFromFigure(figure: DomElement, ctx: FigureContext): CaptionDraft | null {
  const image = firstImage(figure);
  const figcaption = captionElementFor(figure);
  const scope = figcaption && !figure.contains(figcaption) ? [figure, figcaption.parentElement ?? figcaption] : [figure];
  const creditEls = scope.flatMap((s) => queryAll(s, '*')).filter((e) => isCreditElement(e) && !isHiddenElement(e));
  // outermost credit elements only (NYT nests "Credit" spans inside the copyrightHolder span)
  const outer = creditEls.filter((e) => !creditEls.some((o) => o !== e && o.contains(e)));
  const exclude = new Set<DomNode>(outer);
  let credit: string | null = null;
  for (const el of outer) credit ??= creditText(el);
  // a figure with no picture is a video or an embed: its caption describes no photo
  if (tagOf(figure) === 'figure' && !image && !queryOne(figure, 'picture, amp-img')) return null;
  if (!figcaption) {
    const img = queryOne(figure, 'img');
    const lookup = ctx.originalFigure;
    if (!img || !lookup) return null;
    const original =
      lookup(img.getAttribute('src') ?? '') ??
      lookup(firstSrcsetUrl(img.getAttribute('srcset')) ?? '') ??
      lookup(altKey(img.getAttribute('alt')) ?? '');
    return original && original !== figure && captionElementFor(original)
      ? captionFromFigure(original, { ...ctx, originalFigure: undefined })
      : null;
  }
  let text = collectInlineOne(figcaption, { baseUrl: ctx.baseUrl, exclude });
  if (!text) return null;
  const label = CAPTION_LABEL.exec(text.text);
  if (label) {
    // "Main image: …", "图注：…": the label is the site's, not part of the caption
    const b = new ParagraphBuilder();
    b.add(text.text.slice(label[0].length));
    text = b.build();
  }
  return finishCaption(text, credit, image, ctx);
}
