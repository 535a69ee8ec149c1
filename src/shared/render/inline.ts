// Inline converters: text (format bits → semantic elements), line breaks, tabs and links. Links
// keep only http(s) and mailto targets; anything else renders as its text alone.
import { TEXT_FORMAT, type InlineNodeJSON } from '../story/document';
import { linkHref } from './allowlist';
import { escapeAttr, escapeText } from './escape';

const F = TEXT_FORMAT;
/** Every format bit the body keeps. Headline and deck keep italics only. */
export const ALL_FORMATS = F.bold | F.italic | F.strikethrough | F.underline | F.code | F.subscript | F.superscript;
export const ITALIC_ONLY = F.italic;

export interface InlineOptions {
  /** Format bits to keep; others are dropped (the text stays). */
  formats: number;
  /** Whether links become <a>; off for headline and deck, and inside a link (no nesting). */
  links: boolean;
}

export const BODY_INLINE: InlineOptions = { formats: ALL_FORMATS, links: true };
export const TITLE_INLINE: InlineOptions = { formats: ITALIC_ONLY, links: false };

/** Text with its marks; fixed nesting order (strong > em > u > s > sub|sup > code) for stable output. */
function formattedText(text: string, format: number): string {
  if (!text) return '';
  let html = escapeText(text);
  if (!format) return html;
  if (format & F.code) html = `<code>${html}</code>`;
  // Lexical makes subscript and superscript exclusive; if both are set, subscript wins.
  if (format & F.subscript) html = `<sub>${html}</sub>`;
  else if (format & F.superscript) html = `<sup>${html}</sup>`;
  if (format & F.strikethrough) html = `<s>${html}</s>`;
  if (format & F.underline) html = `<u>${html}</u>`;
  if (format & F.italic) html = `<em>${html}</em>`;
  if (format & F.bold) html = `<strong>${html}</strong>`;
  return html;
}

// A character that survives escaping and is not white space (controls are dropped by escape.ts).
const VISIBLE = /[^\s\u0000-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]/;

/** Whether inline content has anything a reader would see (a link must have text, a paragraph too). */
export function hasVisibleText(children: readonly InlineNodeJSON[] | undefined): boolean {
  if (!Array.isArray(children)) return false;
  for (const node of children) {
    const n = node as { text?: unknown; children?: InlineNodeJSON[]; type?: unknown };
    if (n.type === 'tab' || n.type === 'linebreak') continue;
    if (typeof n.text === 'string' && VISIBLE.test(n.text)) return true;
    if (Array.isArray(n.children) && hasVisibleText(n.children)) return true;
  }
  return false;
}

const NO_LINKS = new Map<number, InlineOptions>();
function withoutLinks(options: InlineOptions): InlineOptions {
  let o = NO_LINKS.get(options.formats);
  if (!o) NO_LINKS.set(options.formats, (o = { formats: options.formats, links: false }));
  return o;
}

function linkHtml(node: { url?: unknown; title?: unknown; children?: InlineNodeJSON[] }, options: InlineOptions): string {
  const inner = renderInline(node.children, withoutLinks(options));
  const href = options.links && typeof node.url === 'string' ? linkHref(node.url) : null;
  if (!href || !hasVisibleText(node.children)) return inner;
  const title = typeof node.title === 'string' && node.title.trim() ? ` title="${escapeAttr(node.title.trim())}"` : '';
  return `<a href="${escapeAttr(href)}"${title}>${inner}</a>`;
}

/** Inline children → HTML. Unknown node types give their text, never their markup. */
export function renderInline(children: readonly InlineNodeJSON[] | undefined, options: InlineOptions): string {
  if (!Array.isArray(children)) return '';
  let out = '';
  for (const node of children) {
    // Read through a loose view: stored JSON is validated on write, but the renderer still
    // refuses to trust shapes (a bad field costs a word, never the page).
    const n = node as { type?: unknown; text?: unknown; format?: unknown; url?: unknown; title?: unknown; children?: InlineNodeJSON[] };
    switch (n.type) {
      case 'text':
        out += formattedText(typeof n.text === 'string' ? n.text : '', typeof n.format === 'number' ? n.format & options.formats : 0);
        break;
      case 'linebreak':
        out += '<br>';
        break;
      case 'tab':
        out += '<span class="tab">\t</span>';
        break;
      case 'link':
      case 'autolink':
        out += linkHtml(n, options);
        break;
      default:
        if (typeof n.text === 'string') out += escapeText(n.text);
        else if (Array.isArray(n.children)) out += renderInline(n.children, options);
    }
  }
  return out;
}
