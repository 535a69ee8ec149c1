// The structural assertion every rendered page and fragment must pass: parse it (linkedom) and
// check each node against the allowlist written out here, independently of the renderer's copy.
// A second, parser-free check makes sure every "<" in the source opens an allowed tag, so a
// browser whose parser disagrees with linkedom's cannot find markup linkedom missed.
import { parseHTML } from 'linkedom';

export const EXPECTED_ELEMENTS: Record<string, readonly string[]> = {
  html: ['lang', 'dir'],
  head: [],
  meta: ['charset', 'name', 'property', 'content'],
  title: [],
  link: ['rel', 'href'],
  style: [],
  script: ['type'],
  body: [],
  header: ['class'],
  main: [],
  article: [],
  footer: [],
  h1: [],
  h2: [],
  h3: [],
  p: ['class'],
  blockquote: [],
  ul: ['class'],
  ol: ['start'],
  li: [],
  a: ['href', 'title'],
  strong: [],
  em: [],
  u: [],
  s: [],
  code: [],
  sub: [],
  sup: [],
  br: [],
  span: ['class'],
  time: ['datetime'],
  figure: [],
  img: ['src', 'alt', 'width', 'height', 'loading', 'decoding'],
  figcaption: [],
};
export const EXPECTED_CLASSES = [
  'site',
  'masthead',
  'section',
  'deck',
  'meta',
  'byline',
  'dateline',
  'caption',
  'credit',
  'copyright',
  'tags',
  'tab',
];
const HEAD_ONLY = new Set(['meta', 'title', 'link', 'style', 'script']);

function hrefAllowed(value: string): boolean {
  try {
    return ['http:', 'https:', 'mailto:'].includes(new URL(value).protocol);
  } catch {
    return false; // relative or unparsable: the renderer never emits either
  }
}

function srcAllowed(value: string): boolean {
  if (value.startsWith('data:')) return /^data:image\/(?:png|jpeg|gif|webp|avif);base64,[A-Za-z0-9+/]+={0,2}$/.test(value);
  if (!/^[a-z][a-z0-9+.-]*:/i.test(value))
    return !value.startsWith('//') && !/[\s"'<>\\]/.test(value) && !value.split(/[/?]/).includes('..');
  try {
    return ['http:', 'https:', 'app:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

interface DomNode {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<DomNode>;
  textContent: string | null;
  attributes?: ArrayLike<{ name: string; value: string }>;
  parentNode: DomNode | null;
}

function walk(node: DomNode, page: boolean, problems: string[], inHead: boolean): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) continue; // text
    if (child.nodeType === 10) {
      if (node.nodeType !== 9) problems.push('a doctype where none belongs'); // fragments get the wrapper's
      continue;
    }
    if (child.nodeType !== 1) {
      problems.push(`a ${child.nodeName} node (type ${child.nodeType})`);
      continue;
    }
    const name = child.nodeName.toLowerCase();
    const allowed = EXPECTED_ELEMENTS[name];
    if (!allowed) {
      problems.push(`<${name}> is not allowed`);
    } else {
      if (HEAD_ONLY.has(name) && !inHead) problems.push(`<${name}> outside <head>`);
      for (const attr of Array.from(child.attributes ?? [])) {
        const a = attr.name.toLowerCase();
        if (a.startsWith('on')) problems.push(`<${name} ${a}> event handler`);
        else if (!allowed.includes(a)) problems.push(`<${name} ${a}> attribute not allowed`);
        if (a === 'href' && !hrefAllowed(attr.value)) problems.push(`<${name} href="${attr.value.slice(0, 80)}"> scheme not allowed`);
        if (a === 'src' && !srcAllowed(attr.value)) problems.push(`<${name} src="${attr.value.slice(0, 80)}"> source not allowed`);
        if (a === 'class')
          for (const c of attr.value.split(/\s+/)) if (!EXPECTED_CLASSES.includes(c)) problems.push(`class "${c}" not allowed`);
        if (name === 'script' && a === 'type' && attr.value !== 'application/ld+json') problems.push(`<script type="${attr.value}">`);
        if (name === 'link' && a === 'rel' && attr.value !== 'canonical') problems.push(`<link rel="${attr.value}">`);
      }
      if (name === 'script') {
        if (!Array.from(child.attributes ?? []).some((x) => x.name === 'type')) problems.push('<script> without type');
        try {
          JSON.parse(child.textContent ?? '');
        } catch {
          problems.push('<script> content is not JSON');
        }
      }
    }
    walk(child, page, problems, inHead || name === 'head');
  }
}

/** Every "<" must open (or close) an allowed element, or be the doctype. Text never has one raw. */
function rawTagProblems(html: string, page: boolean): string[] {
  const problems: string[] = [];
  const re = /</g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html))) {
    const rest = html.slice(m.index, m.index + 40);
    if (page && m.index === 0 && rest.startsWith('<!DOCTYPE html>')) continue;
    const tag = /^<\/?([a-z][a-z0-9]*)[\s>]/.exec(rest);
    if (!tag || !EXPECTED_ELEMENTS[tag[1]!]) problems.push(`raw "${rest.replace(/\n/g, '⏎')}"`);
  }
  return problems;
}

/** Problems found (empty = the output is inside the allowlist). */
export function allowlistProblems(html: string, kind: 'page' | 'fragment'): string[] {
  const problems = rawTagProblems(html, kind === 'page');
  const { document } = parseHTML(kind === 'page' ? html : `<!DOCTYPE html><html><head><title>t</title></head><body>${html}</body></html>`);
  const scripts = document.querySelectorAll('script');
  if (kind === 'page' && scripts.length !== 1) problems.push(`${scripts.length} script elements (want exactly the JSON-LD one)`);
  if (kind === 'fragment' && scripts.length) problems.push('a script in a fragment');
  walk(document as unknown as DomNode, kind === 'page', problems, false);
  return problems;
}
