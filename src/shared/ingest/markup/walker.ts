// The one body walker: a markup body (NITF body.content, XHTML, an agency's HTML string, a web
// page's article) → draft blocks in reading order: paragraphs, subheads, quotes, lists, tables,
// preformatted text and photo captions where they sat, plus the fields a body marks by class
// (by-line, source, kicker, standfirst). Every markup-bodied format and the web-page extractor read
// bodies here, over the XML tree or linkedom's DOM (see tree.ts), so they cannot drift apart.
import { runsText, type DraftBlock } from '../draft';
import { CAPTION_LABEL } from '../fields/captions';
import { isBlank } from '../fields/text';
import type { InlineRun } from '../inline';
import { MAX_BLOCKS, MAX_DEPTH, MAX_ELEMENTS } from '../limits';
import { BLOCK, HOLDS_BLOCKS, INERT } from './elements';
import { finishCaption, imageOf, readFigure, readMedia, type FigureCaption, type FigureContext, type ImageRef } from './figures';
import { appendInline, collectInline, isHidden, pushRun, type InlineContext, type RunSink } from './inlineRuns';
import { isDateList, isLinkList, listItems, tableRows } from './lists';
import { isSocialEmbed, RoleReader, type RoleSignals } from './roles';
import { classTokens, collapseSpace, findDescendant, textContent, type MarkupTree } from './tree';

/** The web-page extractor's idea of site furniture (html/furniture.ts); agency bodies have none. */
export interface SiteRules {
  furnitureClass(tokens: string[]): boolean;
  furniturePhrase(text: string): boolean;
  /** A paragraph that only advertises ("[Get our newsletter.]"). */
  promo(text: string): boolean;
}

export interface WalkOptions<N> {
  /**
   * What a <br> is. Web pages use it between paragraphs ('paragraph'); in agency copy it is a line
   * break inside a paragraph ('space').
   */
  breaks: 'paragraph' | 'space';
  /** Element names left out with their content (NewsML-G2 XHTML: the <header> repeating metadata). */
  skip?: readonly string[];
  /** A heading equal to the headline is the headline repeated: left out. */
  headline?: string | null;
  /** Address relative links resolve against (never fetched). */
  baseUrl?: string | null;
  figures?: FigureContext<N>;
  /** Site furniture rules: only for web pages (share bars, related links, promos, page asides). */
  site?: SiteRules | null;
  maxElements?: number;
}

export type { RoleSignals };

export interface WalkResult {
  /** Blocks in reading order, captions among them where the picture sat. */
  blocks: DraftBlock[];
  signals: RoleSignals;
  warnings: string[];
  /** The block cap was hit: the rest of the body was left out. */
  truncated: boolean;
}

/** Elements that can be a line of role labels (TT's <div class="dat">); lists, tables and the like are not. */
const ROLE_LINE_HOSTS = new Set(['div', 'p', 'section', 'header', 'footer', 'aside', 'article', 'main', 'address']);

class BodyWalker<N> implements RunSink {
  readonly blocks: DraftBlock[] = [];
  readonly warnings: string[] = [];
  truncated = false;
  private loose: InlineRun[] = [];
  private seen = 0;
  private bodyBlocks = 0;
  private quote = false;
  private pendingImage: ImageRef | null = null;
  private uncaptionedFigure: N | null = null;
  private readonly usedCaptions = new Set<N>();
  private rootTextLength = 1;
  private readonly inline: InlineContext<N>;
  private readonly skip: Set<string>;
  private readonly maxElements: number;
  private readonly headlineKey: string | null;
  private readonly site: SiteRules | null;
  private readonly figures: FigureContext<N>;
  private readonly roles: RoleReader<N>;

  constructor(
    private readonly tree: MarkupTree<N>,
    private readonly options: WalkOptions<N>,
  ) {
    const signals: RoleSignals = { byline: null, source: null, kicker: null, deck: null, dateline: null };
    this.inline = { tree, baseUrl: options.baseUrl ?? null, found: signals };
    this.roles = new RoleReader(this.inline, signals);
    this.skip = new Set(options.skip ?? []);
    this.maxElements = options.maxElements ?? MAX_ELEMENTS;
    this.headlineKey = options.headline ? headingKey(options.headline) : null;
    this.site = options.site ?? null;
    this.figures = options.figures ?? {};
  }

  walk(root: N): WalkResult {
    if (this.site) this.rootTextLength = Math.max(1, collapseSpace(textContent(this.tree, root)).length);
    for (const child of this.tree.children(root)) this.visit(child, 0);
    this.flushLoose();
    if (this.seen > this.maxElements) this.warnings.push(`article has more than ${this.maxElements} elements; the rest was not read`);
    return { blocks: this.blocks, signals: this.roles.signals, warnings: this.warnings, truncated: this.truncated };
  }

  // The walker is the sink of loose inline content (text directly in a container).
  add(run: InlineRun): void {
    pushRun(this.loose, run);
  }

  space(): void {
    pushRun(this.loose, { text: ' ' });
  }

  lineBreak(): void {
    if (this.options.breaks === 'paragraph') this.flushLoose();
    else this.space();
  }

  private push(block: DraftBlock): void {
    if (this.blocks.length >= MAX_BLOCKS) {
      this.truncated = true;
      return;
    }
    this.blocks.push(block);
    if (block.kind !== 'caption') this.bodyBlocks++;
  }

  private addCaption(c: FigureCaption<N> | null): void {
    if (c) this.push({ kind: 'caption', runs: c.runs, credit: c.credit, src: c.src });
  }

  private flushLoose(): void {
    const runs = this.loose;
    if (!runs.length) return;
    this.loose = [];
    this.pushParagraphs([runs]);
  }

  /** Paragraph pieces → paragraphs (quotes inside a blockquote); a "Caption:" line is a caption. */
  private pushParagraphs(pieces: InlineRun[][]): void {
    for (const runs of pieces) {
      const raw = runsText(runs);
      if (isBlank(raw)) continue;
      if (this.site) {
        const text = collapseSpace(raw);
        if (this.site.furniturePhrase(text) || (!this.quote && this.site.promo(text))) continue;
      }
      // Labels are short and open the paragraph: only the opening is looked at (bodies can be long).
      if (!this.quote && CAPTION_LABEL.test(collapseSpace(raw.slice(0, 120)))) {
        const text = collapseSpace(raw);
        const label = CAPTION_LABEL.exec(text)!;
        this.addCaption(finishCaption([{ text: text.slice(label[0].length) }], null, this.pendingImage, this.figures));
        this.pendingImage = null;
        continue;
      }
      this.push({ kind: this.quote ? 'quote' : 'p', runs });
      this.pendingImage = null;
      this.uncaptionedFigure = null;
    }
  }

  private holdsBlocks(el: N): boolean {
    return findDescendant(this.tree, el, (name) => HOLDS_BLOCKS.has(name)) !== null;
  }

  private visit(node: N, depth: number): void {
    const { tree } = this;
    const text = tree.text(node);
    if (text !== null) {
      if (text) pushRun(this.loose, { text });
      return;
    }
    const tag = tree.name(node);
    if (!tag) return;
    if (depth >= MAX_DEPTH) {
      // pathological nesting: keep the words, not the structure (and never overflow the stack)
      pushRun(this.loose, { text: ` ${textContent(tree, node)} ` });
      return;
    }
    if (++this.seen > this.maxElements) return;
    if (tag === 'img') {
      this.pendingImage = imageOf(tree, node);
      return;
    }
    if (INERT.has(tag) || this.skip.has(tag)) return;
    const tokens = classTokens(tree, node);
    if (isHidden(tree, node, tokens)) return;
    if (this.site && (tag === 'aside' || tag === 'footer')) return;
    if (tag === 'br') return this.lineBreak();
    if (isSocialEmbed(tokens)) {
      this.flushLoose();
      this.warnings.push('an embedded social-media post was left out of the body');
      return;
    }
    if (this.site?.furnitureClass(tokens) && collapseSpace(textContent(tree, node)).length < this.rootTextLength * 0.5) return;
    if (!BLOCK.has(tag) && !this.holdsBlocks(node)) return appendInline(this.inline, node, {}, this, 0);
    this.flushLoose();
    if (tokens.length && this.roles.read(node, tokens, this.bodyBlocks > 0)) return;
    const children = tree.children(node);
    if (ROLE_LINE_HOSTS.has(tag) && this.roles.readLine(children, this.bodyBlocks > 0)) return;
    this.block(node, tag, children, depth);
  }

  private block(el: N, tag: string, children: readonly N[], depth: number): void {
    switch (tag) {
      case 'p':
      case 'address':
      case 'dt':
      case 'dd':
        return this.paragraph(el, children, depth);
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
      case 'hl2':
        return this.heading(el, children, tag === 'h1' || tag === 'h2' || tag === 'hl2' ? 'h2' : 'h3', depth);
      case 'blockquote':
      case 'bq': {
        const was = this.quote;
        this.quote = true;
        this.container(children, depth);
        this.quote = was;
        return;
      }
      case 'ul':
      case 'ol':
        return this.list(el, tag === 'ol' ? 'number' : 'bullet');
      case 'table': {
        const { rows, header } = tableRows(this.inline, el);
        // a table without rows is a layout wrapper (or markup a browser would repair): its text is body
        if (!rows.length) return this.container(children, depth);
        this.push(header ? { kind: 'table', rows, header } : { kind: 'table', rows });
        return;
      }
      case 'pre': {
        const t = textContent(this.tree, el).replace(/\r\n?/g, '\n');
        if (!isBlank(t)) this.push({ kind: 'pre', text: t });
        return;
      }
      case 'figure': {
        const c = readFigure(this.inline, el, this.figures);
        if (c?.captionNode) this.usedCaptions.add(c.captionNode);
        this.addCaption(c);
        this.uncaptionedFigure = c ? null : el;
        if (!c) this.pendingImage = imageOf(this.tree, el);
        return;
      }
      case 'figcaption':
        if (!this.usedCaptions.has(el)) this.addCaption(readFigure(this.inline, el, this.figures, this.pendingImage));
        this.pendingImage = null;
        return;
      case 'media':
        return this.addCaption(readMedia(this.tree, el));
      default:
        return this.container(children, depth);
    }
  }

  private container(children: readonly N[], depth: number): void {
    for (const child of children) this.visit(child, depth + 1);
    this.flushLoose();
  }

  private paragraph(el: N, children: readonly N[], depth: number): void {
    const { tree } = this;
    // XHTML allows a list or a quote inside a <p>: then the <p> is a container
    if (children.some((c) => HOLDS_BLOCKS.has(tree.name(c)))) return this.container(children, depth);
    const pieces = collectInline(this.inline, el, this.options.breaks === 'paragraph');
    if (!pieces.length) {
      const image = imageOf(tree, el);
      if (image) this.pendingImage = image;
      return;
    }
    if (this.site && pieces.length === 1) {
      const text = collapseSpace(runsText(pieces[0]!));
      const time = text.length < 60 ? findDescendant(tree, el, (name) => name === 'time') : null;
      if (time !== null && text === collapseSpace(textContent(tree, time))) return; // a date line, not a paragraph
    }
    this.pushParagraphs(pieces);
  }

  /**
   * A heading. Broken markup can leave paragraphs inside an unclosed heading (TT wraps its lead in
   * an <h4>): the text before the first block is the heading, and the rest is walked as body.
   */
  private heading(el: N, children: readonly N[], kind: 'h2' | 'h3', depth: number): void {
    const { tree } = this;
    const firstBlock = this.holdsBlocks(el)
      ? children.findIndex((c) => BLOCK.has(tree.name(c)) || (tree.name(c) !== '' && this.holdsBlocks(c)))
      : -1;
    const lead = firstBlock < 0 ? children : children.slice(0, firstBlock);
    const runs: InlineRun[] = [];
    const space = (): void => pushRun(runs, { text: ' ' });
    const sink: RunSink = { add: (r) => pushRun(runs, r), space, lineBreak: space };
    for (const c of lead) appendInline(this.inline, c, {}, sink, 0);
    const text = collapseSpace(runsText(runs));
    const repeatsHeadline = this.headlineKey !== null && headingKey(text) === this.headlineKey;
    if (text && !isBlank(text) && !this.site?.furniturePhrase(text) && !repeatsHeadline) this.push({ kind, runs });
    if (firstBlock < 0) return;
    for (const c of children.slice(firstBlock)) this.visit(c, depth + 1);
    this.flushLoose();
  }

  private list(el: N, kind: 'bullet' | 'number'): void {
    const site = this.site;
    const items = listItems(this.inline, el).filter((it) => !site?.furniturePhrase(collapseSpace(runsText(it.runs))));
    if (!items.length) return;
    if (site) {
      // A list right after an uncaptioned figure is that figure's caption (Guardian).
      if (this.uncaptionedFigure !== null && items.length <= 3) {
        const text = items.map((it) => collapseSpace(runsText(it.runs))).join(' ');
        this.addCaption(finishCaption([{ text }], null, imageOf(this.tree, this.uncaptionedFigure), this.figures));
        this.uncaptionedFigure = null;
        return;
      }
      if (isLinkList(items) || isDateList(this.tree, items)) return;
    }
    this.push({ kind, items: items.map((it) => it.runs) });
    this.uncaptionedFigure = null;
  }
}

function headingKey(s: string): string {
  return collapseSpace(s)
    .toLowerCase()
    .replace(/[.!?:;,"“”'’«»]/g, '');
}

/** Walk a markup body (the children of `root`) into draft blocks, captions and role signals. */
export function walkBody<N>(tree: MarkupTree<N>, root: N, options: WalkOptions<N>): WalkResult {
  return new BodyWalker(tree, options).walk(root);
}
