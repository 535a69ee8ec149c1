// Walks article HTML (Readability's content, or a body fragment) into draft blocks and captions:
// paragraphs, subheads, quotes, lists, tables; figures become captions; furniture is dropped;
// elements with a known role (byline, source, kicker, standfirst, dateline) are read, not printed.
import { CAPTION_LABEL } from './captions';
import {
  childrenOf,
  classTokens,
  collapseSpace,
  isElement,
  queryOne,
  tagOf,
  textOf,
  TEXT_NODE,
  type DomElement,
  type DomNode,
} from './dom';
import { captionFromFigure, finishCaption, firstImage, type CaptionDraft, type FigureContext } from './figures';
import { isFurnitureClass, isFurniturePhrase } from './furniture';
import { appendInline, collectInline, collectInlineOne, isHiddenElement, SKIP_TAGS } from './inlineText';
import { ParagraphBuilder, type BuiltText } from './paragraph';

export type DraftKind = 'p' | 'h2' | 'h3' | 'quote' | 'bullet' | 'number' | 'pre' | 'table';

export interface DraftBlock {
  kind: DraftKind;
  /** One unit per body paragraph the block becomes (a list: one per item; a table: one per row). */
  units: BuiltText[];
  rows?: BuiltText[][];
  header?: boolean;
}

export interface PlacedCaption extends CaptionDraft {
  /** Number of draft blocks before the caption. */
  afterBlock: number;
}

export interface WalkSignals {
  byline: string | null;
  source: string | null;
  kicker: string | null;
  deck: BuiltText | null;
  dateline: string | null;
}

export interface WalkResult {
  blocks: DraftBlock[];
  captions: PlacedCaption[];
  signals: WalkSignals;
  warnings: string[];
}

export interface WalkOptions extends FigureContext {
  /** A heading equal to this is the headline repeated: dropped. */
  headline?: string | null;
  /** Read the fragment's role elements (byline/source/kicker) as fields. */
  readRoles?: boolean;
  /** Leave out <header> blocks (in agency fragments they repeat slug, date and headline). */
  skipHeader?: boolean;
  maxElements?: number;
}

const ROLE_BYLINE = /(^|[-_])(byline|author|auteur|autor|autore|writer)s?($|[-_])/;
const ROLE_SOURCE = /(^|[-_])(source|agency|credit)($|[-_])/;
const ROLE_KICKER = /(^|[-_])(vignette|kicker|overline|eyebrow|rubric|section-?label|category)($|[-_])/;
const ROLE_DECK =
  /(^|[-_])(perex|standfirst|dek|deck|summary|chapo|chapeau|sapo|strapline|subtitle|lead-?in|abstract|entradilla|ingress)($|[-_])/;
const SOCIAL_EMBED = /(twitter-tweet|instagram-media|tiktok-embed|fb-post|reddit-embed)/;

export function walkArticle(root: DomElement, options: WalkOptions): WalkResult {
  const result: WalkResult = {
    blocks: [],
    captions: [],
    signals: { byline: null, source: null, kicker: null, deck: null, dateline: null },
    warnings: [],
  };
  const rootTextLength = Math.max(1, textOf(root).length);
  const headlineKey = options.headline ? norm(options.headline) : null;
  const maxElements = options.maxElements ?? 20_000;
  let seen = 0;
  let pendingImage: { alt: string | null; src: string | null } | null = null;
  let lastFigureUncaptioned: DomElement | null = null;
  let loose = new ParagraphBuilder();
  const inl = { baseUrl: options.baseUrl, onRole: (_el: DomElement, text: string) => (result.signals.dateline ??= collapseSpace(text)) };

  const pushParagraphs = (pieces: BuiltText[]): void => {
    for (const piece of pieces) {
      if (!piece.text || isFurniturePhrase(piece.text) || isBracketPromo(piece.text)) continue;
      const label = CAPTION_LABEL.exec(piece.text);
      if (label) {
        const b = new ParagraphBuilder();
        b.add(piece.text.slice(label[0].length));
        addCaption(finishCaption(b.build(), null, pendingImage, options));
        pendingImage = null;
        continue;
      }
      result.blocks.push({ kind: 'p', units: [piece] });
      pendingImage = null;
      lastFigureUncaptioned = null;
    }
  };
  const flushLoose = (): void => {
    if (!loose.isEmpty()) pushParagraphs([loose.build()]);
    loose = new ParagraphBuilder();
  };
  const addCaption = (c: CaptionDraft | null): void => {
    if (c) result.captions.push({ ...c, afterBlock: result.blocks.length });
  };
  const bodyStarted = (): boolean => result.blocks.length > 0;

  const readRole = (el: DomElement, tokens: string[]): boolean => {
    const text = textOf(el);
    if (!text || text.length > 600) return false;
    const has = (re: RegExp): boolean => tokens.some((t) => re.test(t));
    if (!bodyStarted() && !result.signals.deck && has(ROLE_DECK) && text.length >= 15) {
      result.signals.deck = collectInlineOne(el, inl);
      return true;
    }
    if (!options.readRoles) return false;
    // a byline block may carry a short bio ("By Alex Heath, a deputy editor and …")
    if (has(ROLE_BYLINE) && (text.length <= 100 || (text.length <= 300 && /^(by|par|von|por|di)\s/i.test(text)))) {
      result.signals.byline ??= text;
      return true;
    }
    if (text.length > 100) return false;
    if (has(ROLE_SOURCE) && text.length <= 60) {
      result.signals.source ??= text;
      return true;
    }
    if (has(ROLE_KICKER) && !bodyStarted() && text.length <= 60) {
      result.signals.kicker ??= text;
      return true;
    }
    return false;
  };

  const visit = (node: DomNode, depth: number): void => {
    if (node.nodeType === TEXT_NODE) {
      loose.add(node.textContent ?? '');
      return;
    }
    if (!isElement(node) || depth > 200 || ++seen > maxElements) return;
    const el = node;
    const tag = tagOf(el);
    if (tag === 'img') {
      if (!collapseSpace(node.textContent ?? '')) pendingImage = firstImage(el);
      return;
    }
    if (SKIP_TAGS.has(tag) || tag === 'nav' || tag === 'aside' || tag === 'footer' || isHiddenElement(el)) return;
    if (tag === 'header' && options.skipHeader) return;
    if (tag === 'br') {
      flushLoose();
      return;
    }
    const tokens = classTokens(el);
    if (tokens.some((t) => SOCIAL_EMBED.test(t))) {
      flushLoose();
      result.warnings.push('an embedded social-media post was left out of the body');
      return;
    }
    if (isFurnitureClass(tokens) && textOf(el).length < rootTextLength * 0.5) return;
    if (INLINE_TAGS.has(tag) && !queryOne(el, BLOCK_SELECTOR)) {
      appendInline(() => loose, el, {}, inl, flushLoose, 0);
      return;
    }
    flushLoose();
    if (tokens.length && readRole(el, tokens)) return;
    switch (tag) {
      case 'p':
      case 'address': {
        const text = textOf(el);
        if (!text) {
          const image = queryOne(el, 'img');
          if (image) pendingImage = firstImage(image);
          return;
        }
        if (text.length < 60) {
          const time = queryOne(el, 'time');
          if (time && text === textOf(time)) return; // a date line, not a paragraph
        }
        pushParagraphs(collectInline(el, { ...inl, splitAtBr: true }));
        return;
      }
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6': {
        // Broken markup can leave paragraphs inside an unclosed heading: the heading is its own
        // leading text, and the blocks inside are walked as body.
        const nested = queryOne(el, 'p, div, ul, ol, table, blockquote, figure');
        const h = nested ? headingLead(el) : collectInlineOne(el, inl);
        if (h && h.text && !isFurniturePhrase(h.text) && !(headlineKey && norm(h.text) === headlineKey)) {
          result.blocks.push({ kind: tag === 'h1' || tag === 'h2' ? 'h2' : 'h3', units: [h] });
        }
        if (nested) for (const child of childrenOf(el)) if (isElement(child) && !INLINE_TAGS.has(tagOf(child))) visit(child, depth + 1);
        return;
      }
      case 'figure': {
        const c = captionFromFigure(el, options);
        addCaption(c);
        lastFigureUncaptioned = c ? null : el;
        if (!c) pendingImage = firstImage(el);
        return;
      }
      case 'blockquote': {
        const inner = Array.from(el.children).filter((c) => ['p', 'div'].includes(tagOf(c)));
        const pieces = inner.length
          ? inner.flatMap((c) => collectInline(c, { ...inl, splitAtBr: true }))
          : collectInline(el, { ...inl, splitAtBr: true });
        for (const q of pieces) if (q.text && !isFurniturePhrase(q.text)) result.blocks.push({ kind: 'quote', units: [q] });
        return;
      }
      case 'ul':
      case 'ol':
        return visitList(el, tag);
      case 'pre': {
        const b = new ParagraphBuilder();
        b.add(el.textContent ?? '');
        if (!b.isEmpty()) result.blocks.push({ kind: 'pre', units: [b.build()] });
        return;
      }
      case 'table':
        return visitTable(el);
      case 'hr':
        return;
      default:
        for (const child of childrenOf(el)) visit(child, depth + 1);
        flushLoose();
    }
  };

  const visitList = (el: DomElement, tag: 'ul' | 'ol'): void => {
    const items = Array.from(el.querySelectorAll('li'))
      .filter((li) => !li.querySelector('li'))
      .map((li) => ({ li, text: collectInlineOne(li, inl) }))
      .filter((x): x is { li: DomElement; text: BuiltText } => !!x.text && !!x.text.text && !isFurniturePhrase(x.text.text));
    if (!items.length) return;
    // A list right after an uncaptioned figure is that figure's caption (Guardian).
    if (lastFigureUncaptioned && items.length <= 3) {
      const b = new ParagraphBuilder();
      for (const it of items) b.add(` ${it.text.text} `);
      addCaption(finishCaption(b.build(), null, firstImage(lastFigureUncaptioned), options));
      lastFigureUncaptioned = null;
      return;
    }
    // Related-links lists: every item is nothing but a link.
    const allLinks = items.length >= 2 && items.every((it) => /^<a href="[^"]*">[^<]*<\/a>$/.test(it.text.html));
    if (allLinks) return;
    // Date/metadata lists (NYT header): every item a date or empty.
    if (items.every((it) => it.li.querySelector('time') && textOf(it.li) === textOf(it.li.querySelector('time')))) return;
    result.blocks.push({ kind: tag === 'ol' ? 'number' : 'bullet', units: items.map((it) => it.text) });
    lastFigureUncaptioned = null;
  };

  const visitTable = (el: DomElement): void => {
    const rows: BuiltText[][] = [];
    let header = false;
    Array.from(el.querySelectorAll('tr')).forEach((tr, i) => {
      const cells = Array.from(tr.children).filter((c) => ['td', 'th'].includes(tagOf(c)));
      if (i === 0) header = cells.length > 0 && cells.every((c) => tagOf(c) === 'th');
      const row = cells.map((c) => collectInlineOne(c, inl) ?? { html: '', text: '', repairs: [] });
      if (row.some((c) => c.text)) rows.push(row);
    });
    if (!rows.length) return;
    const units = rows.map((row) => {
      const b = new ParagraphBuilder();
      row.forEach((c, i) => b.add((i ? ' | ' : '') + c.text));
      return { ...b.build(), repairs: [] };
    });
    result.blocks.push({ kind: 'table', units, rows, header });
  };

  for (const child of childrenOf(root)) visit(child, 0);
  flushLoose();
  if (seen > maxElements) result.warnings.push(`article has more than ${maxElements} elements; the rest was not read`);
  return result;
}

/** Text of a heading up to its first nested block. */
function headingLead(el: DomElement): BuiltText | null {
  const b = new ParagraphBuilder();
  for (const child of childrenOf(el)) {
    if (isElement(child) && !INLINE_TAGS.has(tagOf(child))) break;
    b.add(child.textContent ?? '');
  }
  return b.isEmpty() ? null : b.build();
}

const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'font',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  'del',
  'ins',
  'strike',
  'tt',
  'big',
]);
const BLOCK_SELECTOR = 'p,div,h1,h2,h3,h4,h5,h6,ul,ol,table,figure,blockquote,pre,section,article';

function norm(s: string): string {
  return collapseSpace(s)
    .toLowerCase()
    .replace(/[.!?:;,"“”'’«»]/g, '');
}

/** "[What you need to know: Get our newsletter.]" — a bracketed promo line, not story text. */
function isBracketPromo(text: string): boolean {
  return (
    /^\[[^\]]{5,200}\]$/.test(text.trim()) && /\b(newsletter|inbox|sign up|subscribe|read more|watch|listen|follow|podcast)\b/i.test(text)
  );
}
