// Minimal inline HTML, the form parsed paragraphs and captions take: escaped text with only
// <em>, <strong> and <a href> (http, https, mailto). Every parser builds paragraphs through here
// so no other markup can leak from a wire item into a story.

export function escapeHtmlText(text: string): string {
  // Most text has nothing to escape: test first, so the common case does not copy the string.
  return HTML_SPECIAL.test(text) ? text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;')) : text;
}
const HTML_SPECIAL = /[&<>]/;

export function escapeHtmlAttr(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/** A link target we will keep: absolute http(s) or mailto, no credentials, no control characters. */
export function safeHref(raw: string): string | null {
  const href = raw.trim();
  if (!href || href.length > 2048 || /[\u0000-\u001f\u007f\s]/.test(href)) return null;
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(href);
  if (!match) return null;
  const scheme = match[1]!.toLowerCase();
  if (scheme === 'mailto') return /^mailto:[^<>"]+@[^<>"]+$/i.test(href) ? href : null;
  if (scheme !== 'http' && scheme !== 'https') return null;
  try {
    const url = new URL(href);
    if (url.username || url.password || !url.hostname) return null;
    return url.href;
  } catch {
    return null;
  }
}

export interface InlineRun {
  text: string;
  em?: boolean;
  strong?: boolean;
  href?: string | null;
}

/**
 * Serialise runs to minimal inline HTML, merging neighbours with the same marks and collapsing
 * whitespace (hard wraps inside a paragraph count as spaces). Leading/trailing space is trimmed.
 */
export function runsToInlineHtml(runs: InlineRun[]): string {
  const merged: InlineRun[] = [];
  for (const run of runs) {
    if (!run.text) continue;
    const href = run.href ? safeHref(run.href) : null;
    const prev = merged[merged.length - 1];
    if (prev && !!prev.em === !!run.em && !!prev.strong === !!run.strong && (prev.href ?? null) === href) {
      prev.text += run.text;
    } else {
      merged.push({ text: run.text, em: !!run.em, strong: !!run.strong, href });
    }
  }
  let out = '';
  for (const run of merged) {
    let html = escapeHtmlText(WRAPS.test(run.text) ? run.text.replace(/[\t\n\r\f\v ]+/g, ' ') : run.text);
    if (run.em) html = `<em>${html}</em>`;
    if (run.strong) html = `<strong>${html}</strong>`;
    if (run.href) html = `<a href="${escapeHtmlAttr(run.href)}">${html}</a>`;
    out += html;
  }
  return trimInlineHtml(out.includes('  ') ? out.replace(/ {2,}/g, ' ') : out);
}
const WRAPS = /[\t\n\r\f\v]| {2}/;

/** Trim whitespace at both ends, also when it sits just inside the first or last tag. */
export function trimInlineHtml(html: string): string {
  // No tag at either end (most paragraphs): a plain trim is the same, without the regexes.
  if (!html.startsWith('<') && !html.endsWith('>')) return html.trim();
  return html
    .replace(/^((?:<[^>]+>)*) +/, '$1')
    .replace(/ +((?:<\/[^>]+>)*)$/, '$1')
    .trim();
}

/** Plain text of minimal inline HTML (tags dropped, the three escapes undone). */
export function inlineHtmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** Paragraph of plain text → minimal inline HTML. */
export function textToInlineHtml(text: string): string {
  return runsToInlineHtml([{ text }]);
}
