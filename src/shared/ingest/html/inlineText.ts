// Inline content of one block element → paragraph pieces (minimal inline HTML with repairs).
// Only text, <em>/<i>, <strong>/<b> and safe links survive; scripts, embeds, form controls and
// visually hidden helper text never do. A <br> can end a piece (sites use it between paragraphs).
import { childrenOf, classTokens, isElement, tagOf, TEXT_NODE, type DomElement, type DomNode } from './dom';
import { isHiddenHelperClass } from './furniture';
import { ParagraphBuilder, type BuiltText, type Marks } from './paragraph';
import { resolveHref } from './urls';

/** Elements whose content is never text of the story. */
export const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'source',
  'track',
  'picture',
  'img',
  'map',
  'area',
  'form',
  'input',
  'button',
  'select',
  'option',
  'optgroup',
  'textarea',
  'label',
  'meta',
  'link',
  'base',
  'head',
  'title',
  'dialog',
  'menu',
  'param',
  'portal',
  'slot',
]);

export interface InlineOptions {
  baseUrl: string | null;
  /** Split at <br> into separate pieces (paragraphs) rather than joining with a space. */
  splitAtBr: boolean;
  /** Elements to leave out (a caption's credit span is read separately). */
  exclude?: Set<DomNode>;
  /** Called for inline elements with a role the page extractor reads (dateline spans). */
  onRole?: (el: DomElement, text: string) => void;
}

export function isHiddenElement(el: DomElement): boolean {
  if (el.hasAttribute('hidden')) return true;
  if ((el.getAttribute('aria-hidden') ?? '').toLowerCase() === 'true') return true;
  const style = (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
  if (/display:none|visibility:hidden/.test(style)) return true;
  return isHiddenHelperClass(classTokens(el));
}

/** Collect the inline text of `el` as one or more pieces (more than one only when split at <br>). */
export function collectInline(el: DomElement, options: InlineOptions): BuiltText[] {
  const pieces: BuiltText[] = [];
  let builder = new ParagraphBuilder();
  const onBreak = (): void => {
    if (!options.splitAtBr) return builder.space();
    if (!builder.isEmpty()) pieces.push(builder.build());
    builder = new ParagraphBuilder();
  };
  for (const child of childrenOf(el)) appendInline(() => builder, child, {}, options, onBreak, 0);
  if (!builder.isEmpty()) pieces.push(builder.build());
  return pieces;
}

/**
 * Append one inline node (text or element subtree) to the current builder with its marks.
 * `current` is a getter because a <br> may swap the builder for a fresh one.
 */
export function appendInline(
  current: () => ParagraphBuilder,
  node: DomNode,
  marks: Marks,
  options: Omit<InlineOptions, 'splitAtBr'>,
  onBreak: () => void,
  depth: number,
): void {
  if (depth > 200) return; // pathological nesting: stop, do not overflow the stack
  if (node.nodeType === TEXT_NODE) {
    current().add(node.textContent ?? '', marks);
    return;
  }
  if (!isElement(node) || options.exclude?.has(node)) return;
  const tag = tagOf(node);
  if (SKIP_TAGS.has(tag) || isHiddenElement(node)) return;
  if (tag === 'br') return onBreak();
  const next: Marks = { ...marks };
  if (tag === 'em' || tag === 'i' || tag === 'cite' || tag === 'dfn') next.em = true;
  if (tag === 'strong' || tag === 'b') next.strong = true;
  if (tag === 'a') next.href = resolveHref(node.getAttribute('href'), options.baseUrl);
  if (options.onRole && classTokens(node).some((t) => /(^|[-_])dateline($|[-_])/.test(t))) {
    options.onRole(node, node.textContent ?? '');
  }
  // A paragraph nested in inline markup (unclosed <span>, <em>) still starts a new paragraph.
  const block = BLOCKISH.has(tag);
  const breaks = tag === 'p' || tag === 'div';
  if (breaks) onBreak();
  else if (block) current().space();
  for (const child of childrenOf(node)) appendInline(current, child, next, options, onBreak, depth + 1);
  if (breaks) onBreak();
  else if (block) current().space();
}

/** Block-level tags met inside inline content (broken markup): they separate words. */
const BLOCKISH = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'figure',
  'figcaption',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'table',
  'tr',
  'td',
  'th',
  'pre',
  'address',
]);

/** Inline text of `el` as a single piece (for headings, list items, captions, cells). */
export function collectInlineOne(el: DomElement, options: Omit<InlineOptions, 'splitAtBr'>): BuiltText | null {
  const pieces = collectInline(el, { ...options, splitAtBr: false });
  return pieces[0] ?? null;
}
