// A parsed wire item → the fields of a new story: body blocks and captions become the editor's
// document (paragraphs, subheads, quotes, lists, figures), minimal inline HTML becomes text runs.
import type { ParsedBlock, ParsedItem } from '../ingest/types';
import { decodeEntities } from '../ingest/xml/entities';
import {
  documentFromText,
  documentOf,
  figure,
  heading,
  link,
  list,
  paragraph,
  quote,
  TEXT_FORMAT,
  textRun,
  type BlockNodeJSON,
  type InlineNodeJSON,
} from './document';
import type { StoryFields } from './model';

/**
 * Minimal inline HTML (<em>, <strong>, <a href>, <br>, escaped text) → Lexical inline nodes.
 * Any other tag is dropped (its text kept): the parsers only emit these, but never trust.
 */
export function inlineHtmlToNodes(html: string): InlineNodeJSON[] {
  const out: InlineNodeJSON[] = [];
  let format = 0;
  const stack: string[] = [];
  let linkNode: { url: string; children: InlineNodeJSON[] } | null = null;
  const push = (node: InlineNodeJSON) => (linkNode ? linkNode.children : out).push(node);
  const tagRe = /<(\/?)([a-z][a-z0-9]*)\b([^>]*)>/gi;
  let last = 0;
  for (let m = tagRe.exec(html); ; m = tagRe.exec(html)) {
    const text = decodeEntities(html.slice(last, m ? m.index : html.length));
    if (text) push(textRun(text, format));
    if (!m) break;
    last = m.index + m[0].length;
    const closing = m[1] === '/';
    const tag = m[2]!.toLowerCase();
    const bit = tag === 'em' || tag === 'i' ? TEXT_FORMAT.italic : tag === 'strong' || tag === 'b' ? TEXT_FORMAT.bold : 0;
    if (tag === 'br' && !closing) {
      push({ type: 'linebreak', version: 1 });
    } else if (bit) {
      if (closing) {
        const at = stack.lastIndexOf(tag);
        if (at >= 0) {
          stack.splice(at, 1);
          if (!stack.some((t) => (bit === TEXT_FORMAT.italic ? t === 'em' || t === 'i' : t === 'strong' || t === 'b'))) format &= ~bit;
        }
      } else {
        stack.push(tag);
        format |= bit;
      }
    } else if (tag === 'a') {
      if (!closing) {
        const href = /\bhref\s*=\s*"([^"]*)"/i.exec(m[3] ?? '')?.[1];
        if (href && !linkNode) linkNode = { url: decodeEntities(href), children: [] };
      } else if (linkNode) {
        const done = linkNode;
        linkNode = null;
        if (done.children.length) out.push(link(done.url, done.children));
      }
    }
  }
  if (linkNode && linkNode.children.length) out.push(link(linkNode.url, linkNode.children));
  return out;
}

function blockToNodes(block: ParsedBlock): BlockNodeJSON[] {
  switch (block.kind) {
    case 'p':
      return [paragraph(inlineHtmlToNodes(block.html))];
    case 'h2':
    case 'h3':
      return [heading(block.kind, inlineHtmlToNodes(block.html))];
    case 'quote':
      return [quote(inlineHtmlToNodes(block.html))];
    case 'bullet':
    case 'number':
      return block.items.length ? [list(block.kind, block.items.map(inlineHtmlToNodes))] : [];
    case 'pre': {
      // Agate and other preformatted copy: one paragraph, its lines kept as line breaks.
      const lines = block.text.split('\n');
      const children: InlineNodeJSON[] = [];
      lines.forEach((line, i) => {
        if (i) children.push({ type: 'linebreak', version: 1 });
        if (line) children.push(textRun(line));
      });
      return [paragraph(children)];
    }
    case 'table':
      // The editor has no table node: each row becomes a line, cells separated by tabs.
      return [
        paragraph(
          block.rows.flatMap((row, i) => {
            const cells: InlineNodeJSON[] = [];
            if (i) cells.push({ type: 'linebreak', version: 1 });
            row.forEach((cell, j) => {
              if (j) cells.push({ type: 'tab', text: '\t', version: 1 });
              const text = decodeEntities(cell.replace(/<[^>]*>/g, ''));
              if (text) cells.push(textRun(text));
            });
            return cells;
          }),
        ),
      ];
  }
}

/** Body blocks of an item: its structured blocks when it has them, else its paragraphs. */
export function itemBlocks(item: ParsedItem): ParsedBlock[] {
  return item.blocks?.length ? item.blocks : item.body.map((html) => ({ kind: 'p' as const, html }));
}

function plain(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/** The story document for an item: body blocks with its captions as figures where they stood. */
export function documentFromItem(item: ParsedItem) {
  const blocks = itemBlocks(item);
  const figures = item.captions.map((c, i) => ({
    after: c.after_paragraph ?? Number.MAX_SAFE_INTEGER,
    order: i,
    node: figure({ mediaId: null, width: null, height: null, alt: '', credit: c.credit ?? '', caption: documentFromText(plain(c.text)) }),
  }));
  figures.sort((a, b) => a.after - b.after || a.order - b.order);
  const children: BlockNodeJSON[] = [];
  let paragraphsSeen = 0;
  const place = () => {
    while (figures.length && figures[0]!.after <= paragraphsSeen) children.push(figures.shift()!.node);
  };
  place();
  for (const block of blocks) {
    children.push(...blockToNodes(block));
    // `after_paragraph` counts body paragraphs; structured blocks map one to one onto them.
    paragraphsSeen++;
    place();
  }
  children.push(...figures.map((f) => f.node));
  if (children.length === 0) children.push(paragraph([]));
  return documentOf(children);
}

/** Story fields for a new story made from a wire item. */
export function storyFieldsFromItem(item: ParsedItem): Partial<StoryFields> {
  const line = (s: string | null | undefined, max: number) => (s ?? '').replace(/\s+/g, ' ').trim().slice(0, max);
  return {
    slug: line(item.slug, 200),
    headline: line(item.headline, 5000),
    deck: line(item.deck, 5000),
    byline: line([item.byline, item.byline_title].filter(Boolean).join(', '), 500),
    dateline: line(item.dateline, 500),
    body: documentFromItem(item),
    credit: line(item.credit, 500),
    copyright: line(item.copyright ?? (item.copyright_holder ? `© ${item.copyright_holder}` : ''), 1000),
    ...(item.language && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(item.language) ? { language: item.language } : {}),
  };
}
