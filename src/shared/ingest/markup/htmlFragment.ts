// A forgiving HTML reader for the HTML bodies agencies put inside JSON and CDATA (ninjs body_html,
// AP body_html, NewsML 1.2 "HTML" content): tag soup → the same element tree the XML reader builds,
// so one body walker serves every format. Handles void and unclosed elements, upper-case tags and
// named entities; drops script/style; caps nesting. It is not a browser parser and needs not be.
import { MAX_DEPTH } from '../limits';
import { decodeEntities } from '../xml/entities';
import type { XmlElement } from '../xml/tree';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const DROP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object']);
const CLOSES_P = new Set([
  'p',
  'div',
  'ul',
  'ol',
  'dl',
  'table',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'figure',
  'pre',
  'hr',
  'form',
  'nav',
  'main',
  'address',
]);

const TAG_WINDOW = 8192;
const TAG = /^<(\/?)([A-Za-z][A-Za-z0-9:._-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*(\/?)>/;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

function parseAttrs(src: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of src.matchAll(ATTR)) {
    const name = m[1]!.toLowerCase();
    if (!(name in attrs)) attrs[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/** Parse an HTML fragment or document; returns a synthetic root holding the top-level nodes. */
export function parseHtmlFragment(html: string): XmlElement {
  const root: XmlElement = { type: 'element', name: '#fragment', ns: '', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  const current = (): XmlElement => stack[stack.length - 1]!;
  const addText = (t: string): void => {
    if (!t) return;
    const parent = current();
    const last = parent.children[parent.children.length - 1];
    const decoded = decodeEntities(t);
    if (last && last.type === 'text') last.text += decoded;
    else parent.children.push({ type: 'text', text: decoded });
  };
  const closeTo = (name: string): void => {
    for (let i = stack.length - 1; i > 0; i--) {
      if (stack[i]!.name === name) {
        stack.length = i;
        return;
      }
    }
  };
  const closeIfOpen = (name: string, stopAt: string[]): void => {
    for (let i = stack.length - 1; i > 0; i--) {
      const n = stack[i]!.name;
      if (n === name) {
        stack.length = i;
        return;
      }
      if (stopAt.includes(n)) return;
    }
  };

  let pos = 0;
  let nextGt = -1;
  const len = html.length;
  while (pos < len) {
    const lt = html.indexOf('<', pos);
    if (lt < 0) {
      addText(html.slice(pos));
      break;
    }
    if (lt > pos) addText(html.slice(pos, lt));
    pos = lt;
    if (html.startsWith('<!--', pos)) {
      const end = html.indexOf('-->', pos + 4);
      pos = end < 0 ? len : end + 3;
      continue;
    }
    if (html.startsWith('<![CDATA[', pos)) {
      const end = html.indexOf(']]>', pos + 9);
      const t = html.slice(pos + 9, end < 0 ? len : end);
      current().children.push({ type: 'text', text: t });
      pos = end < 0 ? len : end + 3;
      continue;
    }
    if (html[pos + 1] === '!' || html[pos + 1] === '?') {
      const end = html.indexOf('>', pos);
      pos = end < 0 ? len : end + 1;
      continue;
    }
    // Tags are short: look for one only within a bounded window, so text full of stray "<" stays linear.
    if (nextGt < pos) nextGt = html.indexOf('>', pos);
    if (nextGt < 0) {
      addText(html.slice(pos));
      break;
    }
    TAG.lastIndex = 0;
    const m = nextGt - pos < TAG_WINDOW ? TAG.exec(html.slice(pos, Math.min(len, pos + TAG_WINDOW))) : null;
    if (!m) {
      addText('<'); // a bare "<" in text
      pos++;
      continue;
    }
    pos += m[0].length;
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase().replace(/^.*:/, '');
    if (closing) {
      if (name === 'p' || name === 'li' || name === 'td' || name === 'th' || name === 'tr')
        closeIfOpen(name, ['table', 'ul', 'ol', 'div', 'section', 'blockquote', 'figure']);
      else closeTo(name);
      continue;
    }
    if (DROP.has(name)) {
      const endTag = new RegExp(`</${name}\\s*>`, 'gi');
      endTag.lastIndex = pos;
      const end = endTag.exec(html);
      pos = end ? end.index + end[0].length : len;
      continue;
    }
    if (CLOSES_P.has(name)) closeIfOpen('p', ['div', 'section', 'blockquote', 'li', 'td', 'th', 'figure', 'article', 'body']);
    if (name === 'li') closeIfOpen('li', ['ul', 'ol']);
    if (name === 'tr') closeIfOpen('tr', ['table', 'tbody', 'thead']);
    if (name === 'td' || name === 'th') {
      closeIfOpen('td', ['tr', 'table']);
      closeIfOpen('th', ['tr', 'table']);
    }
    const el: XmlElement = { type: 'element', name, ns: '', attrs: parseAttrs(m[3] ?? ''), children: [] };
    current().children.push(el);
    // Past the nesting cap, content is still kept, just attached flat.
    if (!VOID.has(name) && m[4] !== '/' && stack.length < MAX_DEPTH) stack.push(el);
  }
  return root;
}
