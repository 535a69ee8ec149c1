// Cleaning HTML pasted from Word, Google Docs and web pages before the editor sees it: DOMPurify
// removes anything executable, then a walk keeps only story structure (paragraphs, h2/h3, quotes,
// lists, links, bold, italic, line breaks), turns Word's fake lists and Google's styled spans into
// real markup, drops styles, classes, empty paragraphs and images, and repairs every text run.
import createDOMPurify from 'dompurify';
import { repairText } from '../../../shared/ingest/repair';
import { checkLinkUrl } from '../linkUrl';

export interface CleanedPaste {
  /** A <body> holding only allowed elements, ready for $generateNodesFromDOM. */
  body: HTMLElement;
  /** Pictures left out (not counting tracking pixels): the person is told to paste the files. */
  droppedImages: number;
}

const ALLOWED_TAGS = [
  'p',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'b',
  'strong',
  'i',
  'em',
  'span',
  'font',
  'div',
  'img',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'pre',
  'code',
  'u',
  's',
  'sub',
  'sup',
  'small',
  'mark',
  'figure',
  'figcaption',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'hr',
  'cite',
  'q',
  'abbr',
  'time',
  'dl',
  'dt',
  'dd',
];
// Styles and classes are read once (bold/italic, Word lists) and then removed.
const ALLOWED_ATTR = ['href', 'style', 'class', 'id', 'start', 'width', 'height', 'src', 'data-slug-list-marker'];

const BLOCKS = new Set(['P', 'H2', 'H3', 'BLOCKQUOTE', 'UL', 'OL', 'LI']);
const UNWRAP = new Set([
  'SPAN',
  'FONT',
  'U',
  'S',
  'SUB',
  'SUP',
  'SMALL',
  'MARK',
  'CODE',
  'CITE',
  'Q',
  'ABBR',
  'TIME',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'MAIN',
  'ASIDE',
  'FIGURE',
  'TABLE',
  'THEAD',
  'TBODY',
  'TFOOT',
  'TR',
  'DL',
]);
const TRACKERS =
  /(pixel|beacon|track(ing)?[./_-]|analytics|doubleclick|facebook\.com\/tr|google-analytics|googletagmanager|scorecardresearch|quantserve|chartbeat|\/1x1|spacer\.gif|blank\.gif|\/b\.gif|open\.gif)/i;

/** Word's list bullets sit in `<![if !supportLists]>…<![endif]>`; keep them findable as a marker. */
function preprocess(html: string): string {
  return html
    .replace(/<!\[if !supportLists\]>([\s\S]*?)<!\[endif\]>/gi, '<span data-slug-list-marker="1">$1</span>')
    .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, '')
    .replace(/<!\[(end)?if[^>]*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '');
}

function styleOf(el: Element): string {
  return (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
}

function isBoldStyle(style: string): boolean {
  const m = /font-weight:(bold|bolder|[6-9]00)/.exec(style);
  return m !== null;
}

function unwrap(el: Element): void {
  el.replaceWith(...Array.from(el.childNodes));
}

function rename(el: Element, tag: string): Element {
  const next = el.ownerDocument.createElement(tag);
  next.append(...Array.from(el.childNodes));
  for (const name of ['href', 'start']) {
    const value = el.getAttribute(name);
    if (value !== null) next.setAttribute(name, value);
  }
  el.replaceWith(next);
  return next;
}

/** Wrap an element's children in <strong>/<em> as its inline style says (Google Docs, web pages). */
function semanticFromStyle(el: Element): void {
  const style = styleOf(el);
  const doc = el.ownerDocument;
  let inner: Node[] = Array.from(el.childNodes);
  if (style.includes('font-style:italic')) {
    const em = doc.createElement('em');
    em.append(...inner);
    inner = [em];
  }
  if (isBoldStyle(style)) {
    const strong = doc.createElement('strong');
    strong.append(...inner);
    inner = [strong];
  }
  el.replaceWith(...inner);
}

function isEmptyBlock(el: Element): boolean {
  return (el.textContent ?? '').replace(/[\s\u00a0\u200b\ufeff]/g, '') === '';
}

function isTracker(img: Element): boolean {
  const w = Number(img.getAttribute('width') ?? NaN);
  const h = Number(img.getAttribute('height') ?? NaN);
  const style = styleOf(img);
  if ((w <= 2 && w >= 0) || (h <= 2 && h >= 0)) return true;
  if (/(^|;)(width|height):[0-2](px)?(;|$)/.test(style) || style.includes('display:none')) return true;
  return TRACKERS.test(img.getAttribute('src') ?? '');
}

/** Word marks list items as paragraphs with mso-list; group consecutive ones into real lists. */
function rebuildWordLists(body: HTMLElement): void {
  const items = Array.from(body.querySelectorAll('p')).filter(
    (p) => /MsoListParagraph/i.test(p.getAttribute('class') ?? '') || styleOf(p).includes('mso-list:'),
  );
  let list: Element | null = null;
  for (const p of items) {
    const marker = p.querySelector('[data-slug-list-marker]');
    const markerText = (marker?.textContent ?? '').replace(/[\s\u00a0]/g, '');
    marker?.remove();
    const ordered = /^(\d+|[a-z]|[ivxlc]+)[.)]$/i.test(markerText);
    // Items continue the list just before them; anything in between starts a new list.
    if (!list || p.previousElementSibling !== list || (list.tagName === 'OL') !== ordered) {
      list = p.ownerDocument.createElement(ordered ? 'ol' : 'ul');
      p.before(list);
    }
    const li = p.ownerDocument.createElement('li');
    li.append(...Array.from(p.childNodes));
    list.append(li);
    p.remove();
  }
  for (const marker of Array.from(body.querySelectorAll('[data-slug-list-marker]'))) marker.remove();
}

/** Google Docs sends links through https://www.google.com/url?q=<the real address>. */
function unredirect(href: string): string {
  try {
    const url = new URL(href);
    if (/^(www\.)?google\.[a-z.]+$/.test(url.hostname) && url.pathname === '/url') return url.searchParams.get('q') ?? href;
  } catch {
    // not an absolute address: checked (and refused) below
  }
  return href;
}

function cleanElement(el: Element, counts: { droppedImages: number }): void {
  // Children first, so a parent sees its final content.
  for (const child of Array.from(el.children)) cleanElement(child, counts);
  const tag = el.tagName;
  if (tag === 'BODY') return;
  const style = styleOf(el);

  if (tag === 'IMG') {
    if (!isTracker(el)) counts.droppedImages++;
    el.remove();
    return;
  }
  if (tag === 'HR') return void el.remove();
  // Google Docs wraps the whole paste in <b style="font-weight:normal" id="docs-internal-guid-…">.
  if (tag === 'B' && ((el.id ?? '').startsWith('docs-internal-guid') || /font-weight:(normal|[1-4]00)/.test(style))) {
    return void unwrap(el);
  }
  if (tag === 'SPAN' || tag === 'FONT') return void semanticFromStyle(el);
  if (tag === 'B') return void rename(el, 'strong');
  if (tag === 'I') return void rename(el, 'em');
  if (tag === 'STRONG' || tag === 'EM') {
    for (const attr of Array.from(el.attributes)) el.removeAttribute(attr.name);
    if (!el.textContent) el.remove();
    return;
  }
  if (tag === 'H1') el = rename(el, 'h2');
  else if (tag === 'H4' || tag === 'H5' || tag === 'H6') el = rename(el, 'h3');
  else if (tag === 'TD' || tag === 'TH' || tag === 'CAPTION' || tag === 'FIGCAPTION' || tag === 'DT' || tag === 'DD') el = rename(el, 'p');
  else if (tag === 'PRE') el = rename(el, 'p');
  else if (tag === 'DIV') {
    // A div of inline content is a paragraph; a div of blocks is only a wrapper.
    const hasBlocks = Array.from(el.children).some((c) => BLOCKS.has(c.tagName) || c.tagName === 'DIV');
    if (hasBlocks) return void unwrap(el);
    el = rename(el, 'p');
  } else if (UNWRAP.has(tag)) return void unwrap(el);

  if (el.tagName === 'A') {
    const href = unredirect(el.getAttribute('href') ?? '');
    const checked = /^(https?:|mailto:)/i.test(href.trim()) ? checkLinkUrl(href) : { ok: false as const };
    if (!checked.ok) return void unwrap(el);
    for (const attr of Array.from(el.attributes)) el.removeAttribute(attr.name);
    el.setAttribute('href', checked.url);
    return;
  }
  if (el.tagName === 'BLOCKQUOTE' && el.parentElement?.closest('blockquote')) return void unwrap(el);
  for (const attr of Array.from(el.attributes)) if (!(el.tagName === 'OL' && attr.name === 'start')) el.removeAttribute(attr.name);
  if (BLOCKS.has(el.tagName) && el.tagName !== 'UL' && el.tagName !== 'OL') {
    // Trailing line breaks make empty-looking lines; a block with no text goes altogether.
    while (el.lastChild && el.lastChild.nodeName === 'BR') el.lastChild.remove();
    if (isEmptyBlock(el)) el.remove();
  } else if ((el.tagName === 'UL' || el.tagName === 'OL') && el.children.length === 0) {
    el.remove();
  }
}

function repairTextNodes(root: Node): void {
  const walker = root.ownerDocument!.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    if (!text.trim()) continue;
    const repaired = repairText(text).text;
    if (repaired !== text) node.nodeValue = repaired;
  }
}

export function cleanPastedHtml(html: string, win: Window & typeof globalThis = window): CleanedPaste {
  const purify = createDOMPurify(win);
  const body = purify.sanitize(preprocess(html), {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOW_DATA_ATTR: false,
    RETURN_DOM: true,
    WHOLE_DOCUMENT: false,
    KEEP_CONTENT: true,
  }) as HTMLElement;
  // Word puts its marker in a data attribute DOMPurify has just been told to keep by name.
  rebuildWordLists(body);
  const counts = { droppedImages: 0 };
  cleanElement(body, counts);
  // Whitespace between blocks is not content (loose text becomes a paragraph on insert).
  for (const node of Array.from(body.childNodes)) {
    if (node.nodeType === 3 && !(node.nodeValue ?? '').trim()) node.remove();
  }
  repairTextNodes(body);
  return { body, droppedImages: counts.droppedImages };
}
