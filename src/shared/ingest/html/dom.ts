// The slice of the DOM the page extractor uses, typed structurally so shared code needs no DOM lib,
// and the one place HTML becomes a tree (linkedom: a server-side DOM that never fetches or runs
// scripts), for web pages and for the HTML agencies send in JSON and CDATA alike. Also the DOM's
// adapter for the body walker (markup/tree.ts).
import { DOMParser } from 'linkedom';
import { collapseSpace, type MarkupTree } from '../markup/tree';

export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly parentNode: DomNode | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  readonly previousSibling: DomNode | null;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  /** Lower case for HTML elements, as written for others ("svg:foo"). */
  readonly localName: string;
  readonly children: ArrayLike<DomElement>;
  readonly parentElement: DomElement | null;
  readonly nextElementSibling: DomElement | null;
  readonly previousElementSibling: DomElement | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  hasAttributes(): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  contains(other: DomNode | null): boolean;
  remove(): void;
}

export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly head: DomElement | null;
  readonly body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function isElement(node: DomNode | null | undefined): node is DomElement {
  return !!node && node.nodeType === ELEMENT_NODE;
}

export function tagOf(el: DomElement): string {
  return el.tagName.toLowerCase();
}

/**
 * Child nodes as an array, read once: linkedom rebuilds `childNodes` on every access, so indexing
 * it in a loop is quadratic in the number of children.
 */
function childrenOf(node: DomNode): DomNode[] {
  return Array.from(node.childNodes);
}

/**
 * The DOM as the body walker reads it. Children are read by sibling links (linkedom's childNodes
 * is rebuilt on every access); a prefixed name ("o:p", "svg:foo") is read by its local part, as
 * the XML tree names elements.
 */
export const domTree: MarkupTree<DomNode> = {
  text: (n) => (n.nodeType === TEXT_NODE ? (n.textContent ?? '') : null),
  name: (n) => {
    if (n.nodeType !== ELEMENT_NODE) return '';
    const name = (n as DomElement).localName.toLowerCase();
    const colon = name.indexOf(':');
    return colon < 0 ? name : name.slice(colon + 1);
  },
  attr: (n, name) => (n.nodeType === ELEMENT_NODE ? (n as DomElement).getAttribute(name) : null),
  hasAttributes: (n) => n.nodeType === ELEMENT_NODE && (n as DomElement).hasAttributes(),
  children: (n) => {
    const out: DomNode[] = [];
    for (let c = n.firstChild; c; c = c.nextSibling) out.push(c);
    return out;
  },
  parent: (n) => n.parentNode,
  nextElementSibling: (n) => (n.nodeType === ELEMENT_NODE ? (n as DomElement).nextElementSibling : null),
};

/** Element list as an array (linkedom returns NodeList-likes). */
export function toArray<T>(list: ArrayLike<T>): T[] {
  return Array.from(list);
}

export function queryAll(root: DomDocument | DomElement, selector: string): DomElement[] {
  try {
    return toArray(root.querySelectorAll(selector));
  } catch {
    return []; // a selector the engine does not know is a missing feature, not a failed parse
  }
}

export function queryOne(root: DomDocument | DomElement, selector: string): DomElement | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

/** Whitespace-collapsed text of a node (NBSP and ideographic indent spaces count as spaces). */
export function textOf(node: DomNode | null | undefined): string {
  return collapseSpace(node?.textContent ?? '');
}

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'ul',
  'ol',
  'li',
  'table',
  'figure',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
]);

/**
 * Text of an element without the text of blocks nested inside it, up to `limit` characters.
 * Linear overall even on broken markup where paragraphs nest inside paragraphs (textContent of
 * each would be quadratic).
 */
export function shallowText(el: DomElement, limit = 100_000): string {
  let out = '';
  const stack: DomNode[] = childrenOf(el).reverse();
  while (stack.length && out.length < limit) {
    const n = stack.pop()!;
    if (n.nodeType === TEXT_NODE) out += n.textContent ?? '';
    else if (isElement(n) && !BLOCK_TAGS.has(tagOf(n))) stack.push(...childrenOf(n).reverse());
  }
  return collapseSpace(out).slice(0, limit);
}

/** Deepest element nesting below `root`, counted without recursion (stops at `cap`). */
export function nestingDepth(root: DomElement, cap = 1000): number {
  let max = 0;
  const stack: [DomElement, number][] = [[root, 0]];
  while (stack.length) {
    const [el, d] = stack.pop()!;
    if (d > max) max = d;
    if (max >= cap) return max;
    for (const c of Array.from(el.children)) stack.push([c, d + 1]);
  }
  return max;
}

/** Class names and id as lower-case tokens, for furniture and role matching. */
export function classTokens(el: DomElement): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
  return raw.split(/\s+/).filter(Boolean);
}

export function closest(el: DomElement, test: (e: DomElement) => boolean, stop?: DomElement | null): DomElement | null {
  for (let cur: DomElement | null = el; cur && cur !== stop; cur = cur.parentElement) {
    if (test(cur)) return cur;
  }
  return null;
}

/**
 * True when `b` comes after `a` in document order (and is not inside it). Computed from ancestor
 * chains because linkedom's compareDocumentPosition does not report order between unrelated nodes.
 */
export function follows(a: DomNode, b: DomNode): boolean {
  if (a === b) return false;
  const chain = (n: DomNode): DomNode[] => {
    const out: DomNode[] = [];
    for (let cur: DomNode | null = n; cur && out.length < 1000; cur = cur.parentNode) out.unshift(cur);
    return out;
  };
  const ca = chain(a);
  const cb = chain(b);
  let i = 0;
  while (i < ca.length && i < cb.length && ca[i] === cb[i]) i++;
  if (i === ca.length) return false; // b is inside a
  if (i === cb.length || i === 0) return false; // a is inside b, or different trees
  const parent = ca[i - 1]!;
  const kids = childrenOf(parent);
  for (let k = 0; k < kids.length; k++) {
    if (kids[k] === ca[i]) return true;
    if (kids[k] === cb[i]) return false;
  }
  return false;
}

const INERT_SELECTOR =
  'script, style, template, textarea, select, button, iframe, frame, frameset, object, embed, applet, svg, math, noscript, input, canvas, audio, video, dialog, portal';

/**
 * Parse HTML into a document. linkedom is not an HTML5 tree builder: a fragment's first element
 * becomes the root and content outside <body> can vanish, so the input is first rebuilt into one
 * canonical html/head/body shell (keeping the html and body attributes that carry lang and dir).
 */
export function parseHtmlDocument(html: string): DomDocument {
  const shell = canonicalShell(html);
  const doc = new DOMParser().parseFromString(shell, 'text/html') as unknown as DomDocument;
  // Elements whose content is never story text go now, so no textContent can include them.
  // (Most agency bodies have none: a scan of the markup is cheaper than the selector query.)
  if (INERT_TAG.test(shell)) for (const el of queryAll(doc, INERT_SELECTOR)) el.remove();
  return doc;
}
const INERT_TAG = new RegExp(`<(?:${INERT_SELECTOR.split(', ').join('|')})[\\s/>]`, 'i');

function attrsOf(html: string, tag: 'html' | 'body'): string {
  const m = new RegExp(`<${tag}\\b([^>]*)>`, 'i').exec(html);
  // keep only plain attributes (lang, dir, class, id): nothing else is read from them
  return (m?.[1] ?? '').replace(/\s+on[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '');
}

function canonicalShell(html: string): string {
  // A body fragment with no document tags (agency body_html) is already the body.
  if (!DOCUMENT_TAG.test(html)) return `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  const htmlAttrs = attrsOf(html, 'html');
  const bodyAttrs = attrsOf(html, 'body');
  let head = '';
  let body = html;
  const bodyOpen = /<body\b[^>]*>/i.exec(html);
  if (bodyOpen) {
    const pre = html.slice(0, bodyOpen.index);
    const after = html.slice(bodyOpen.index + bodyOpen[0].length);
    const headClose = /<\/head\s*>/i.exec(pre);
    if (headClose) {
      // Anything between </head> and <body> is body content, as browsers read it.
      head = pre.slice(0, headClose.index);
      body = pre.slice(headClose.index + headClose[0].length) + after;
    } else if (!/<head\b/i.test(pre) && hasBodyContent(pre)) {
      // A fragment with a stray <body> tag in it: what came before is story text, not a head.
      body = pre + after;
    } else {
      head = pre;
      body = after;
    }
  } else {
    const headClose = /<\/head\s*>/i.exec(html);
    if (headClose) {
      head = html.slice(0, headClose.index);
      body = html.slice(headClose.index + headClose[0].length);
    }
  }
  const strip = (s: string): string => s.replace(/<!doctype[^>]*>|<\/?html\b[^>]*>|<\/?head\b[^>]*>|<\/?body\b[^>]*>/gi, '');
  // An unclosed <title> or <textarea> would swallow the shell's own closing tags as text.
  const headPart = closeRawText(strip(head), 'title');
  const bodyPart = closeRawText(strip(body).replace(/<\/?title\b[^>]*>/gi, ' '), 'textarea');
  return `<!DOCTYPE html><html${htmlAttrs}><head>${headPart}</head><body${bodyAttrs}>${bodyPart}</body></html>`;
}

const DOCUMENT_TAG = /<\/?(?:!doctype|html|head|body|title|textarea)\b/i;

/** Text or elements other than head material (title, meta, link, base, style, script). */
function hasBodyContent(part: string): boolean {
  const rest = part
    .replace(/<(title|style|script)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, '')
    .replace(/<!doctype[^>]*>|<\/?html\b[^>]*>|<(?:meta|link|base)\b[^>]*>/gi, '');
  return /<[a-z]|[^\s<>]/i.test(rest);
}

function closeRawText(part: string, tag: 'title' | 'textarea'): string {
  const opens = (part.match(new RegExp(`<${tag}\\b`, 'gi')) ?? []).length;
  const closes = (part.match(new RegExp(`</${tag}\\s*>`, 'gi')) ?? []).length;
  return opens > closes ? `${part}${`</${tag}>`.repeat(opens - closes)}` : part;
}
