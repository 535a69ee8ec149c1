// Small helpers for walking the element tree by local name, so parsers read the same whether a
// format arrives with a namespace, without one, or with a different prefix.
import { collapse } from '../fields/text';
import type { XmlElement, XmlNode } from './tree';

export function isElement(node: XmlNode | undefined): node is XmlElement {
  return node !== undefined && node.type === 'element';
}

/** Element children, optionally only those with one of the given local names. */
export function children(el: XmlElement | null | undefined, ...names: string[]): XmlElement[] {
  if (!el) return [];
  const out: XmlElement[] = [];
  for (const c of el.children) if (c.type === 'element' && (names.length === 0 || names.includes(c.name))) out.push(c);
  return out;
}

export function child(el: XmlElement | null | undefined, ...names: string[]): XmlElement | null {
  if (!el) return null;
  for (const c of el.children) if (c.type === 'element' && names.includes(c.name)) return c;
  return null;
}

/** Follow a path of local names through first matching children. */
export function path(el: XmlElement | null | undefined, ...names: string[]): XmlElement | null {
  let cur: XmlElement | null = el ?? null;
  for (const n of names) cur = child(cur, n);
  return cur;
}

/** First descendant (depth-first, document order) with the local name. */
export function find(el: XmlElement | null | undefined, name: string): XmlElement | null {
  if (!el) return null;
  const stack: XmlNode[] = [...el.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type !== 'element') continue;
    if (n.name === name) return n;
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return null;
}

/** All descendants with the local name, in document order (not descending into matches). */
export function findAll(el: XmlElement | null | undefined, name: string, limit = 10000): XmlElement[] {
  const out: XmlElement[] = [];
  if (!el) return out;
  const stack: XmlNode[] = [...el.children].reverse();
  while (stack.length && out.length < limit) {
    const n = stack.pop()!;
    if (n.type !== 'element') continue;
    if (n.name === name) {
      out.push(n);
      continue;
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out;
}

/** All text below the element, concatenated as written. */
export function rawText(el: XmlElement | null | undefined): string {
  if (!el) return '';
  let out = '';
  const stack: XmlNode[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') out += n.text;
    else for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out;
}

/** Text with whitespace collapsed and trimmed; null when empty. */
export function text(el: XmlElement | null | undefined): string | null {
  const t = collapse(rawText(el));
  return t || null;
}

export { collapse } from '../fields/text';

/** Attribute by local name ("lang" also finds "xml:lang"); null when absent or blank. */
export function attr(el: XmlElement | null | undefined, name: string): string | null {
  if (!el) return null;
  let v = el.attrs[name];
  if (v === undefined) {
    for (const [k, val] of Object.entries(el.attrs)) {
      if (k.endsWith(`:${name}`)) {
        v = val;
        break;
      }
    }
  }
  const t = v === undefined ? '' : collapse(v);
  return t || null;
}

/** Class list of an (X)HTML element. */
export function classes(el: XmlElement): string[] {
  return (el.attrs['class'] ?? '').split(/\s+/).filter(Boolean);
}
