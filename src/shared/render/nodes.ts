// Block converters and the walk over the story body: one converter per node type (paragraph,
// heading, quote, list, figure). Blank blocks are dropped, heading levels never skip, nested
// lists sit inside the item before them as HTML expects.
import type { BlockNodeJSON, FigureNodeJSON, InlineNodeJSON, ListItemNodeJSON, ListNodeJSON, StoryDocument } from '../story/document';
import type { RenderContext } from './context';
import { renderFigure } from './figure';
import { BODY_INLINE, hasVisibleText, renderInline } from './inline';

/** Deeper lists are flattened into their parent: no real story needs more, and it bounds the output. */
const MAX_LIST_DEPTH = 8;

function inlineBlock(tag: string, children: InlineNodeJSON[] | undefined): string {
  if (!hasVisibleText(children)) return '';
  return `<${tag}>${renderInline(children, BODY_INLINE)}</${tag}>`;
}

function heading(block: { tag?: unknown; children?: InlineNodeJSON[] }, ctx: RenderContext): string {
  if (!hasVisibleText(block.children)) return '';
  // h1 is the headline's; an h3 before any h2 is promoted so the outline has no gap.
  const tag = block.tag === 'h3' && ctx.sawH2 ? 'h3' : 'h2';
  if (tag === 'h2') ctx.sawH2 = true;
  return inlineBlock(tag, block.children);
}

function listItems(list: ListNodeJSON, depth: number, items: string[]): void {
  if (!Array.isArray(list.children)) return;
  for (const item of list.children as Array<ListItemNodeJSON | undefined>) {
    if (!item || !Array.isArray(item.children)) continue;
    const inline: InlineNodeJSON[] = [];
    const nested: ListNodeJSON[] = [];
    for (const child of item.children) {
      if (child && (child as { type?: unknown }).type === 'list') nested.push(child as ListNodeJSON);
      else if (child) inline.push(child as InlineNodeJSON);
    }
    const text = hasVisibleText(inline) ? renderInline(inline, BODY_INLINE) : '';
    if (depth >= MAX_LIST_DEPTH) {
      if (text) items.push(text);
      for (const sub of nested) listItems(sub, depth, items);
      continue;
    }
    const sublists = nested.map((sub) => listHtml(sub, depth + 1)).filter(Boolean);
    if (!text && sublists.length && items.length) {
      // Lexical stores a nested list as its own item after its parent item: put it inside that one.
      items[items.length - 1] += sublists.join('');
    } else if (text || sublists.length) {
      // No line break between an item's text and its sublist: text may end in a space, and a
      // line must not (the validator's no-trailing-whitespace rule).
      items.push(text + sublists.join(''));
    }
  }
}

function listHtml(list: ListNodeJSON, depth: number): string {
  const items: string[] = [];
  listItems(list, depth, items);
  if (!items.length) return '';
  const ordered = list.listType === 'number';
  const start =
    ordered &&
    typeof list.start === 'number' &&
    Number.isInteger(list.start) &&
    list.start !== 1 &&
    list.start >= 0 &&
    list.start <= 1_000_000
      ? ` start="${list.start}"`
      : '';
  const tag = ordered ? 'ol' : 'ul';
  return `<${tag}${start}>\n${items.map((li) => `<li>${li}</li>`).join('\n')}\n</${tag}>`;
}

/** One block → HTML ('' for a blank or unknown block). */
export function renderBlock(block: BlockNodeJSON, ctx: RenderContext): string {
  const b = block as { type?: unknown; children?: InlineNodeJSON[]; tag?: unknown };
  switch (b.type) {
    case 'paragraph':
      return inlineBlock('p', b.children);
    case 'heading':
      return heading(b, ctx);
    case 'quote':
      return hasVisibleText(b.children) ? `<blockquote><p>${renderInline(b.children, BODY_INLINE)}</p></blockquote>` : '';
    case 'list':
      return listHtml(block as ListNodeJSON, 0);
    case 'figure':
      return renderFigure(block as FigureNodeJSON, ctx);
    default:
      ctx.warnings.push(`A block of an unknown kind (${typeof b.type === 'string' ? b.type.slice(0, 40) : 'no type'}) was left out.`);
      return '';
  }
}

/** The story body → HTML, one block per line. */
export function renderBlocks(doc: StoryDocument, ctx: RenderContext): string {
  const blocks = doc?.root?.children;
  if (!Array.isArray(blocks)) return '';
  let out = '';
  for (const block of blocks) {
    if (!block) continue;
    const html = renderBlock(block, ctx);
    if (html) out += `${html}\n`;
  }
  return out;
}
