// The one body walker: an element tree (NITF body.content, XHTML body, HTML fragment) → draft
// blocks (paragraphs, subheads, quotes, lists, tables, captions) with inline runs that keep only
// emphasis, strong and links. Every markup-bodied format goes through here, so they agree.
import type { DraftBlock } from '../draft';
import type { InlineRun } from '../inline';
import { MAX_BLOCKS } from '../limits';
import { collapse, isBlank, splitCaptionCredit } from '../fields/text';
import { attr, classes, rawText } from '../xml/query';
import type { XmlElement, XmlNode } from '../xml/tree';

const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'body',
  'html',
  'block',
  'body.content',
  'blockquote',
  'bq',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'li',
  'table',
  'nitf-table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'figure',
  'figcaption',
  'media',
  'pre',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hl1',
  'hl2',
  'hedline',
  'address',
  'form',
  'fieldset',
  'center',
  'abstract',
  'note',
  'fn',
]);
/** Never body text: metadata, furniture, embedded media. */
const SKIP = new Set([
  'head',
  'title',
  'meta',
  'link',
  'script',
  'style',
  'img',
  'lang',
  'iframe',
  'video',
  'audio',
  'object',
  'embed',
  'svg',
  'form',
  'button',
  'input',
  'nav',
  'hr',
  'fn',
  'note',
  'media-metadata',
  'classifier',
]);
const EM = new Set(['em', 'i', 'cite', 'dfn', 'var']);
const STRONG = new Set(['strong', 'b']);

export interface WalkOptions {
  /** Extra element names to leave out (with their content). */
  skip?: string[];
  /** Class names whose elements are set aside (text captured) instead of becoming body. */
  capture?: string[];
}

export interface WalkResult {
  blocks: DraftBlock[];
  /** Captured text by class name, in document order. */
  captured: Record<string, string[]>;
  /** True when the block cap was hit. */
  truncated: boolean;
}

interface Marks {
  em: boolean;
  strong: boolean;
  href: string | null;
}

function hasBlockChild(el: XmlElement): boolean {
  return el.children.some((c) => c.type === 'element' && BLOCK.has(c.name.toLowerCase()));
}

class Walker {
  readonly blocks: DraftBlock[] = [];
  readonly captured: Record<string, string[]> = {};
  truncated = false;
  private pending: InlineRun[] = [];
  private readonly skip: Set<string>;
  private readonly capture: Set<string>;

  constructor(options: WalkOptions) {
    this.skip = new Set([...SKIP, ...(options.skip ?? [])]);
    this.capture = new Set(options.capture ?? []);
  }

  push(block: DraftBlock): void {
    if (this.blocks.length >= MAX_BLOCKS) {
      this.truncated = true;
      return;
    }
    this.blocks.push(block);
  }

  /** Set aside an element whose class is captured; true when it was. */
  private captureEl(el: XmlElement): boolean {
    if (this.capture.size === 0) return false;
    const hit = classes(el).find((c) => this.capture.has(c));
    if (!hit) return false;
    (this.captured[hit] ??= []).push(collapse(rawText(el)));
    return true;
  }

  flush(kind: 'p' | 'quote' = 'p'): void {
    const runs = this.pending;
    this.pending = [];
    if (runs.some((r) => !isBlank(r.text))) this.push({ kind, runs });
  }

  inline(node: XmlNode, marks: Marks, out: InlineRun[]): void {
    if (node.type === 'text') {
      out.push({ text: node.text, em: marks.em, strong: marks.strong, href: marks.href });
      return;
    }
    const name = node.name.toLowerCase();
    if (this.skip.has(name) || this.captureEl(node)) return;
    if (name === 'br') {
      out.push({ text: ' ' });
      return;
    }
    const next: Marks = {
      em: marks.em || EM.has(name),
      strong: marks.strong || STRONG.has(name),
      href: name === 'a' ? (node.attrs['href'] ?? null) : marks.href,
    };
    for (const c of node.children) this.inline(c, next, out);
  }

  runsOf(el: XmlElement): InlineRun[] {
    const out: InlineRun[] = [];
    for (const c of el.children) this.inline(c, { em: false, strong: false, href: null }, out);
    return out;
  }

  container(el: XmlElement, quote: boolean): void {
    for (const c of el.children) {
      if (c.type === 'text') {
        this.pending.push({ text: c.text });
        continue;
      }
      const name = c.name.toLowerCase();
      if (this.skip.has(name)) continue;
      if (this.captureEl(c)) continue;
      if (!BLOCK.has(name) && !hasBlockChild(c)) {
        this.inline(c, { em: false, strong: false, href: null }, this.pending);
        continue;
      }
      this.flush(quote ? 'quote' : 'p');
      this.block(c, name, quote);
    }
    this.flush(quote ? 'quote' : 'p');
  }

  block(el: XmlElement, name: string, quote: boolean): void {
    switch (name) {
      case 'p':
      case 'dt':
      case 'dd':
      case 'address':
        if (hasBlockChild(el)) return this.container(el, quote);
        this.push({ kind: quote ? 'quote' : 'p', runs: this.runsOf(el) });
        return;
      case 'h1':
      case 'h2':
      case 'hl2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6': {
        // TT wraps whole lead paragraphs in an <h4>: a heading holding blocks is a container.
        if (hasBlockChild(el)) return this.container(el, quote);
        const level = name === 'h1' || name === 'h2' || name === 'hl2' ? 'h2' : 'h3';
        this.push({ kind: level, runs: this.runsOf(el) });
        return;
      }
      case 'blockquote':
      case 'bq':
        if (hasBlockChild(el)) return this.container(el, true);
        this.push({ kind: 'quote', runs: this.runsOf(el) });
        return;
      case 'ul':
      case 'ol':
        return this.list(el, name === 'ol' ? 'number' : 'bullet');
      case 'table':
      case 'nitf-table':
        return this.table(el);
      case 'pre': {
        const t = rawText(el).replace(/\r\n?/g, '\n');
        if (!isBlank(t)) this.push({ kind: 'pre', text: t });
        return;
      }
      case 'figure':
        return this.figure(el);
      case 'media':
        return this.media(el);
      case 'figcaption': {
        const { text, credit } = splitCaptionCredit(rawText(el));
        if (text) this.push({ kind: 'caption', runs: [{ text }], credit });
        return;
      }
      default:
        return this.container(el, quote);
    }
  }

  list(el: XmlElement, kind: 'bullet' | 'number'): void {
    const items: InlineRun[][] = [];
    const collect = (list: XmlElement): void => {
      for (const li of list.children) {
        if (li.type !== 'element') continue;
        const n = li.name.toLowerCase();
        if (n === 'ul' || n === 'ol') {
          collect(li);
          continue;
        }
        const nested = li.children.filter((c): c is XmlElement => c.type === 'element' && (c.name === 'ul' || c.name === 'ol'));
        const own: XmlElement = { ...li, children: li.children.filter((c) => !nested.includes(c as XmlElement)) };
        const runs = this.runsOf(own);
        if (runs.some((r) => !isBlank(r.text))) items.push(runs);
        for (const n2 of nested) collect(n2);
      }
    };
    collect(el);
    if (items.length) this.push({ kind, items });
  }

  table(el: XmlElement): void {
    const rows: string[][] = [];
    let allHeader = true;
    let first = true;
    let header = false;
    const visit = (node: XmlElement): void => {
      for (const c of node.children) {
        if (c.type !== 'element') continue;
        const n = c.name.toLowerCase();
        if (n === 'tr') {
          const cells = c.children.filter((x): x is XmlElement => x.type === 'element' && (x.name === 'td' || x.name === 'th'));
          if (!cells.length) continue;
          rows.push(cells.map((x) => collapse(rawText(x))));
          const isHead = cells.every((x) => x.name === 'th');
          if (first) header = isHead;
          allHeader &&= isHead;
          first = false;
        } else if (n === 'thead' || n === 'tbody' || n === 'tfoot') visit(c);
      }
    };
    visit(el);
    if (rows.some((r) => r.some((cell) => cell))) this.push({ kind: 'table', rows, header: header && !allHeader });
  }

  figure(el: XmlElement): void {
    let captionText = '';
    let credit: string | null = null;
    let src: string | null = null;
    const visit = (node: XmlElement): void => {
      for (const c of node.children) {
        if (c.type !== 'element') continue;
        const n = c.name.toLowerCase();
        const cls = classes(c);
        if (n === 'img') src ??= attr(c, 'src');
        else if (n === 'figcaption') captionText += ' ' + rawText(c);
        else if (cls.some((k) => /byline|credit|photographer|copyright|source/i.test(k)) || n === 'small')
          credit ??= collapse(rawText(c)) || null;
        else visit(c);
      }
    };
    visit(el);
    const split = splitCaptionCredit(captionText);
    if (split.text || credit) this.push({ kind: 'caption', runs: [{ text: split.text }], credit: credit ?? split.credit, src });
  }

  /** NITF <media>: caption, producer (the credit) and reference. */
  media(el: XmlElement): void {
    let caption = '';
    let producer: string | null = null;
    let src: string | null = null;
    for (const c of el.children) {
      if (c.type !== 'element') continue;
      if (c.name === 'media-caption') caption += ' ' + rawText(c);
      else if (c.name === 'media-producer') producer = collapse(rawText(c)) || null;
      else if (c.name === 'media-reference') src ??= attr(c, 'source') ?? attr(c, 'data');
    }
    const split = splitCaptionCredit(caption);
    if (split.text || producer) this.push({ kind: 'caption', runs: [{ text: split.text }], credit: producer ?? split.credit, src });
  }
}

/** Walk a body container. */
export function walkBody(container: XmlElement, options: WalkOptions = {}): WalkResult {
  const walker = new Walker(options);
  walker.container(container, false);
  return { blocks: walker.blocks, captured: walker.captured, truncated: walker.truncated };
}
