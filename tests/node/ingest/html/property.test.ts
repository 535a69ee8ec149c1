// Property tests: on any string and any soup of (hostile) markup, the extractors never throw, and
// whatever they return carries no markup but <em>, <strong> and <a href> with a safe address.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlFragmentToBlocks, looksLikePageText, parseHtmlPage, parsePageText } from '../../../../src/shared/ingest/html/index';
import type { ParsedBlock, ParsedItem } from '../../../../src/shared/ingest/types';

const ALLOWED_TAG = /^<(?:\/?em|\/?strong|\/a|a href="(?:https?:\/\/|mailto:)[^"<>]*")>$/;

/** Every "<" in inline HTML must open one of the allowed tags. */
function badTags(html: string): string[] {
  return (html.match(/<[^>]*>?/g) ?? []).filter((t) => !ALLOWED_TAG.test(t));
}

function inlineStrings(blocks: ParsedBlock[]): string[] {
  return blocks.flatMap((b) => ('html' in b ? [b.html] : 'items' in b ? b.items : 'rows' in b ? b.rows.flat() : []));
}

function itemHtml(item: ParsedItem): string[] {
  return [...item.body, ...item.captions.map((c) => c.text), ...inlineStrings(item.blocks ?? [])];
}

function itemPlain(item: ParsedItem): string[] {
  return [
    item.headline,
    item.deck ?? '',
    item.byline ?? '',
    item.credit ?? '',
    item.copyright ?? '',
    ...item.captions.map((c) => c.credit ?? ''),
  ];
}

const TAGS = [
  'p',
  'div',
  'span',
  'a',
  'em',
  'strong',
  'b',
  'i',
  'h1',
  'h2',
  'h3',
  'ul',
  'ol',
  'li',
  'table',
  'tr',
  'td',
  'th',
  'figure',
  'figcaption',
  'img',
  'br',
  'blockquote',
  'pre',
  'script',
  'style',
  'iframe',
  'svg',
  'math',
  'object',
  'embed',
  'template',
  'noscript',
  'form',
  'input',
  'button',
  'textarea',
  'title',
  'meta',
  'html',
  'head',
  'body',
  'article',
  'header',
  'nav',
  'time',
];
const ATTRS = [
  'href="javascript:alert(1)"',
  'href="https://example.com/a?b=1&c=2"',
  'href="mailto:desk@example.com"',
  'href="data:text/html,x"',
  'href="/rel"',
  'onclick="alert(1)"',
  'onerror="alert(1)"',
  'src="javascript:alert(1)"',
  'src="https://img.example/x.jpg"',
  'class="credit"',
  'class="share-bar"',
  'class="byline"',
  'hidden',
  'style="display:none"',
  'alt="(Credit: Someone)"',
  'lang="fr"',
  'dir="rtl"',
  'property="og:title" content="T <b>x</b>"',
];
const tagToken = fc
  .tuple(fc.constantFrom(...TAGS), fc.boolean(), fc.subarray(ATTRS, { maxLength: 2 }))
  .map(([t, close, attrs]) => (close ? `</${t}>` : `<${t}${attrs.length ? ' ' + attrs.join(' ') : ''}>`));
const textToken = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    'Share This',
    'Popular',
    'Crime|Health',
    'Today: April 1',
    '(CNN) — Text',
    '© 2025 X. All rights reserved.',
    'The-CNN-Wire',
    '&lt;script&gt;',
    '&amp;',
    '<!--',
    '-->',
    ']]>',
    '<![CDATA[',
    '\u0000',
    'โ€™',
  ),
);
const markup = fc.array(fc.oneof(tagToken, textToken), { maxLength: 60 }).map((parts) => parts.join(''));

const RUNS = { numRuns: 150 };

describe('html extractors on random input', () => {
  it('parseHtmlPage never throws and emits only allowed inline HTML', () => {
    fc.assert(
      fc.property(fc.oneof(markup, fc.string({ maxLength: 300 })), (html) => {
        const wire = parseHtmlPage(html, 'random.html', 'utf-8');
        expect(wire.items.length).toBeLessThanOrEqual(1);
        const item = wire.items[0];
        if (!item) {
          expect(wire.warnings.length).toBeGreaterThan(0); // nothing found: said so
          return;
        }
        for (const h of itemHtml(item)) expect(badTags(h)).toEqual([]);
        // plain fields never carry markup; a "<" there can only be text the page escaped (&lt;)
        if (!html.includes('&lt;')) for (const t of itemPlain(item)) expect(t).not.toMatch(/<\/?[a-z][^>]*>/i);
        for (const c of item.captions) expect(c.after_paragraph).toBeLessThanOrEqual(item.body.length);
      }),
      RUNS,
    );
  });

  it('htmlFragmentToBlocks never throws and emits only allowed inline HTML', () => {
    fc.assert(
      fc.property(markup, (html) => {
        const { blocks, captions } = htmlFragmentToBlocks(html);
        for (const h of [...inlineStrings(blocks), ...captions.map((c) => c.text)]) expect(badTags(h)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('parsePageText and looksLikePageText never throw; page text stays text', () => {
    const lines = fc.array(fc.oneof(textToken, fc.string({ maxLength: 80 }), fc.constant('')), { maxLength: 60 }).map((l) => l.join('\n'));
    fc.assert(
      fc.property(fc.oneof(lines, fc.string({ maxLength: 400 })), (text) => {
        expect(typeof looksLikePageText(text)).toBe('boolean');
        const wire = parsePageText(text, 'random.txt', 'utf-8');
        for (const item of wire.items) for (const h of itemHtml(item)) expect(badTags(h)).toEqual([]);
      }),
      RUNS,
    );
  });
});
