// The minimal node interface the body walker reads, so one walker serves the XML element tree
// (NITF, XHTML, NewsML) and linkedom's DOM (HTML strings and pages) alike: a tree adapter in the
// manner of parse5's, with the XML tree's adapter here and the DOM's beside the DOM in html/dom.ts.
import type { XmlNode } from '../xml/tree';

export interface MarkupTree<N> {
  /** The text of a text node; null for anything else. */
  text(node: N): string | null;
  /** Lower-case local name of an element; '' for text, comments and anything else. */
  name(node: N): string;
  attr(node: N, name: string): string | null;
  /** Any attributes at all (most elements of a body have none: then there is nothing to look up). */
  hasAttributes(node: N): boolean;
  /** Child nodes, read once per call: callers keep the array rather than asking again. */
  children(node: N): readonly N[];
  /**
   * Navigation that only a DOM has (the XML tree keeps no parent links): used to find a caption
   * printed beside its figure, never to walk the body.
   */
  parent?(node: N): N | null;
  nextElementSibling?(node: N): N | null;
}

export const xmlTree: MarkupTree<XmlNode> = {
  text: (n) => (n.type === 'text' ? n.text : null),
  name: (n) => (n.type === 'element' ? lower(n.name) : ''),
  attr: (n, name) => (n.type === 'element' ? (n.attrs[name] ?? null) : null),
  hasAttributes: (n) => {
    if (n.type === 'element') for (const _ in n.attrs) return true;
    return false;
  },
  children: (n) => (n.type === 'element' ? n.children : []),
};

/** Agency XML names are lower case already: skip the copy toLowerCase would make. */
function lower(name: string): string {
  return /[A-Z]/.test(name) ? name.toLowerCase() : name;
}

/** Element children of a node. */
export function elementChildren<N>(tree: MarkupTree<N>, node: N): N[] {
  return tree.children(node).filter((c) => tree.name(c) !== '');
}

/** All text below a node, as written (no recursion: nesting depth cannot overflow the stack). */
export function textContent<N>(tree: MarkupTree<N>, node: N): string {
  const own = tree.text(node);
  if (own !== null) return own;
  let out = '';
  const stack: N[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    const t = tree.text(n);
    if (t !== null) out += t;
    else {
      const kids = tree.children(n);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return out;
}

/** First descendant element (document order) that passes `test`. */
export function findDescendant<N>(tree: MarkupTree<N>, node: N, test: (name: string, n: N) => boolean): N | null {
  const stack: N[] = [...tree.children(node)].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    const name = tree.name(n);
    if (!name) continue;
    if (test(name, n)) return n;
    const kids = tree.children(n);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return null;
}

/** Every descendant element passing `test`, in document order (not descending into matches). */
export function findAllDescendants<N>(tree: MarkupTree<N>, node: N, test: (name: string, n: N) => boolean, limit = 10_000): N[] {
  const out: N[] = [];
  const stack: N[] = [...tree.children(node)].reverse();
  while (stack.length && out.length < limit) {
    const n = stack.pop()!;
    const name = tree.name(n);
    if (!name) continue;
    if (test(name, n)) {
      out.push(n);
      continue;
    }
    const kids = tree.children(n);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}

/** Class names and id as lower-case tokens (what role and furniture rules match on). */
export function classTokens<N>(tree: MarkupTree<N>, node: N): string[] {
  if (!tree.hasAttributes(node)) return [];
  const cls = tree.attr(node, 'class');
  const id = tree.attr(node, 'id');
  if (!cls && !id) return [];
  return `${cls ?? ''} ${id ?? ''}`.toLowerCase().split(/\s+/).filter(Boolean);
}

/** Whitespace-collapsed text (NBSP, ideographic and zero-width spaces count as spaces). */
export function collapseSpace(text: string): string {
  // Most text has single spaces only: test first, so the common case does not copy the string.
  return (MORE_THAN_A_SPACE.test(text) ? text.replace(/[\s\u00a0\u3000\u200b]+/g, ' ') : text).trim();
}
const MORE_THAN_A_SPACE = /[^\S ]|[\u200b]| {2}/;
