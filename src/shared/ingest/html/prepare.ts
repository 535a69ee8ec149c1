// Before an HTML page is parsed: cap its size, keep what scripts *say* (JSON-LD, image captions and
// credits in page JSON) and then cut out every script, style and embedded-graphics block, so the
// tree is smaller, faster to build, and nothing executable or invisible can reach a paragraph.
import { decodeEntities } from '../xml/entities';

/** Pages above this are truncated (with a warning): a story never needs more, and work stays bounded. */
export const MAX_HTML_CHARS = 6_000_000;
/**
 * Markup left after scripts and styles are cut is capped again before it becomes a tree: real news
 * pages come to well under 300 KB here; 1 MB is over a hundred thousand words.
 */
export const MAX_TREE_CHARS = 1_000_000;
const MAX_SCRIPT_HARVEST_CHARS = 4_000_000;
const MAX_JSONLD_BLOCKS = 20;

export interface PreparedHtml {
  html: string;
  /** Raw text of each <script type="application/ld+json"> block (CDATA wrappers removed). */
  jsonLd: string[];
  /** Text of the other scripts, kept only for the caption/credit harvest (never run). */
  scriptText: string;
  warnings: string[];
}

const SCRIPT_RE = /<script\b([^>]*)>([\s\S]*?)(?:<\/script\s*>|$)/gi;

export function prepareHtml(input: string): PreparedHtml {
  const warnings: string[] = [];
  let html = input;
  if (html.length > MAX_HTML_CHARS) {
    warnings.push(`page is ${html.length} characters; only the first ${MAX_HTML_CHARS} were read`);
    html = html.slice(0, MAX_HTML_CHARS);
  }
  // A byte-order mark or NUL bytes are never content; NULs also confuse the tree builder.
  html = html.replace(/^\ufeff/, '').replace(/\u0000/g, '');

  const jsonLd: string[] = [];
  let scriptText = '';
  html = html.replace(SCRIPT_RE, (_m, attrs: string, body: string) => {
    if (/type\s*=\s*["']?application\/ld\+json/i.test(attrs)) {
      if (jsonLd.length < MAX_JSONLD_BLOCKS) jsonLd.push(unwrapCdata(body));
    } else if (scriptText.length < MAX_SCRIPT_HARVEST_CHARS && /"(caption|credit)"/.test(body)) {
      scriptText += `${body.slice(0, MAX_SCRIPT_HARVEST_CHARS - scriptText.length)}\n`;
    }
    return ' ';
  });
  html = html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<(style|template|svg|math|noembed|noframes|xmp|plaintext)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ');
  // data-* attributes can hold whole JSON documents (BBC media metadata): keep credits found there.
  const dataJson = html.includes('data-') ? harvestDataAttributes(html) : '';
  if (dataJson) scriptText += dataJson;
  // Every open tag takes at least three characters: a short body cannot nest that deep (no scan).
  const depth = html.length / 3 > MAX_NESTING ? estimateNesting(html) : 0;
  if (depth > MAX_NESTING) {
    html = flattenBody(html);
    warnings.push(`markup nests ${depth} levels deep (broken or hostile); it was flattened to plain paragraphs`);
  }
  if (html.length > MAX_TREE_CHARS) {
    // End at a tag's end when one is near; text full of stray "<" may have none for a long way.
    const cut = html.lastIndexOf('>', MAX_TREE_CHARS);
    html = html.slice(0, cut > MAX_TREE_CHARS - 10_000 ? cut + 1 : MAX_TREE_CHARS);
    warnings.push(`page markup is very long; only the first ${MAX_TREE_CHARS} characters (scripts and styles removed) were read`);
  }
  return { html, jsonLd, scriptText, warnings };
}

/**
 * The tree builder keeps its open-element stack in an array it shifts and unshifts, so thousands of
 * unclosed tags make parsing quadratic. Pages nesting deeper than this are flattened first.
 */
const MAX_NESTING = 1200;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Upper bound of element nesting from a linear scan of the tags (no tree needed). */
export function estimateNesting(html: string): number {
  let depth = 0;
  let max = 0;
  const re = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const name = m[2]!.toLowerCase();
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (!VOID.has(name) && !m[3]) max = Math.max(max, ++depth);
  }
  return max;
}

/** Keep the head; turn the body into flat paragraphs of its text (block tags become breaks). */
function flattenBody(html: string): string {
  const bodyAt = html.search(/<body\b/i);
  const head = bodyAt >= 0 ? html.slice(0, bodyAt) : '';
  const body = bodyAt >= 0 ? html.slice(bodyAt) : html;
  const text = body
    .replace(
      /<\/?(p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|blockquote|figure|figcaption|header|footer|main|aside|nav)\b[^>]*>/gi,
      '\n\n',
    )
    .replace(/<[^>]*>/g, '');
  const paras = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${p.replace(/</g, '&lt;')}</p>`);
  return `${head}<body>${paras.join('\n')}</body>`;
}

function unwrapCdata(text: string): string {
  return text
    .replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[/, '')
    .replace(/(?:\/\/\s*)?\]\]>\s*$/, '')
    .trim();
}

function harvestDataAttributes(html: string): string {
  let out = '';
  const re = /\sdata-[\w-]+\s*=\s*"([^"]*&quot;(?:caption|credit)&quot;[^"]*)"/gi;
  for (let m = re.exec(html); m && out.length < MAX_SCRIPT_HARVEST_CHARS; m = re.exec(html)) {
    // the value as the browser reads it: every character reference, not only &quot; and &amp;
    out += `${decodeEntities(m[1] ?? '')}\n`;
  }
  return out;
}
