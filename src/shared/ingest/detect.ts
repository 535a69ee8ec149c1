// Which format a file is, from its content only (never its name): the XML root element, JSON keys,
// teletype framing (ZCZC, SOH/STX with ANPA or 7901 header lines, or the 7901 layout with its
// control characters stripped), HTML, and plain text as the fallback.
import { ANPA_HEADER } from './formats/anpa';
import { HEADER_7901 } from './formats/iptc7901';
import type { WireFormat } from './types';

const HTML_TAGS = new Set([
  'html',
  'head',
  'body',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'div',
  'article',
  'section',
  'main',
  'header',
  'footer',
  'nav',
  'figure',
  'ul',
  'ol',
  'table',
  'span',
  'a',
  'img',
  'blockquote',
  'meta',
  'title',
  'link',
  'script',
  'style',
  'br',
  'em',
  'strong',
  'b',
  'i',
  'aside',
  'form',
  'iframe',
  'picture',
  'time',
  'small',
  'font',
  'center',
  'pre',
  'hr',
]);
const G2_ROOTS = new Set(['newsMessage', 'newsItem', 'packageItem', 'knowledgeItem', 'conceptItem', 'conceptSet', 'planningItem']);

/** The local name of the root element of XML-ish text, skipping the prolog; null when there is none. */
export function rootElementName(text: string): string | null {
  let pos = 0;
  for (let guard = 0; guard < 100; guard++) {
    while (pos < text.length && /\s/.test(text[pos]!)) pos++;
    if (text.startsWith('<?', pos)) {
      const end = text.indexOf('?>', pos);
      if (end < 0) return null;
      pos = end + 2;
    } else if (text.startsWith('<!--', pos)) {
      const end = text.indexOf('-->', pos);
      if (end < 0) return null;
      pos = end + 3;
    } else if (/^<!doctype/i.test(text.slice(pos, pos + 9))) {
      const bracket = text.indexOf('[', pos);
      const close = text.indexOf('>', pos);
      if (close < 0) return null;
      if (bracket >= 0 && bracket < close) {
        const end = text.indexOf(']', bracket);
        const after = end < 0 ? -1 : text.indexOf('>', end);
        if (after < 0) return null;
        pos = after + 1;
      } else pos = close + 1;
    } else break;
  }
  const m = /^<([A-Za-z_][\w:.-]*)/.exec(text.slice(pos, pos + 200));
  return m ? m[1]!.replace(/^.*:/, '') : null;
}

function jsonFormat(t: string): WireFormat | null {
  const head = t.slice(0, 65536);
  if (
    /"api_version"\s*:/.test(head) ||
    (/"altids"\s*:/.test(head) && /"editorialpriority"\s*:/.test(head)) ||
    /"data"\s*:\s*\{\s*"(?:meta|item|items)"/.test(head)
  )
    return 'ap-media-json';
  if (
    /"(?:uri|guid|headline|headlines|body_html|body_text|body_xhtml|body_html5|bodies|versioncreated|versionCreated|type|byline|by|slugline|located)"\s*:/.test(
      head,
    )
  )
    return 'ninjs';
  return null;
}

function teletypeFormat(t: string): WireFormat | null {
  const lines = t
    .slice(0, 4096)
    .split(/\r\n|\r|\n/)
    .slice(0, 16);
  if (/^[\s\u007f]*ZCZC\b/.test(t)) return 'zczc';
  const hasSoh = /^[\s\u0000\u0016\u007f]*\u0001/.test(t);
  if (hasSoh && lines.slice(0, 4).some((l) => ANPA_HEADER.test(l))) return 'anpa-1312';
  // The 7901 header (source+sequence, priority digit, category, word count), with or without SOH.
  const first = lines.find((l) => l.replace(/[\u0000-\u001f\u007f]/g, '').trim())?.replace(/[\u0000-\u001f\u007f]/g, '');
  if (first && HEADER_7901.test(first) && lines.some((l) => /=\s*$/.test(l))) return 'iptc-7901';
  if (hasSoh && t.includes('\u0002') && (t.includes('\u0003') || lines.some((l) => /=\s*$/.test(l)))) return 'iptc-7901';
  return null;
}

/**
 * The wire format of (the start of) a decoded file, or null when it is none we read. Plain text
 * is the fallback for text; 'page-text' is decided later with the web-page extractor's test.
 */
export function detectFormatOfText(text: string): WireFormat | null {
  const t = text.replace(/^[\ufeff\s\u0000\u007f]+/, '');
  if (!t) return null;
  if (t[0] === '{' || t[0] === '[') return jsonFormat(t);
  if (t[0] === '<') {
    if (/^<!doctype\s+html/i.test(t)) return 'html-page';
    const root = rootElementName(t);
    if (root === 'nitf') return 'nitf';
    if (root === 'NewsML') return 'newsml-1.2';
    if (root && G2_ROOTS.has(root)) return 'newsml-g2';
    if (root && HTML_TAGS.has(root.toLowerCase())) return 'html-page';
    return null;
  }
  const teletype = teletypeFormat(t);
  if (teletype) return teletype;
  if (/<html[\s>]|<!doctype html/i.test(t.slice(0, 2048))) return 'html-page';
  return 'plain-text';
}
