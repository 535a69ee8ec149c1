import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runsToInlineHtml, textToInlineHtml } from '../../../src/shared/ingest/inline';
import { inlineHtmlToNodes } from '../../../src/shared/story/fromParsed';
import { inlineText } from '../../../src/shared/story/text';

describe('inline HTML from a parser → editor text runs', () => {
  it('undoes every escape the parsers write, in text and in link targets', () => {
    const html = runsToInlineHtml([{ text: 'Fish & chips <2 for 1> "today" ' }, { text: 'menu', href: 'https://example.org/?a=1&b="2"' }]);
    expect(inlineHtmlToNodes(html)).toEqual([
      { type: 'text', text: 'Fish & chips <2 for 1> "today" ', format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
      expect.objectContaining({
        type: 'link',
        url: 'https://example.org/?a=1&b=%222%22',
        children: [expect.objectContaining({ text: 'menu' })],
      }),
    ]);
  });

  it('decodes an escape once: escaped entity text stays as written', () => {
    expect(inlineText(inlineHtmlToNodes(textToInlineHtml('&amp; is written &amp;amp;')))).toBe('&amp; is written &amp;amp;');
  });

  it('reads HTML named and numeric references it was not built to expect', () => {
    expect(inlineText(inlineHtmlToNodes('caf&eacute; &#8212; na&#xEF;ve'))).toBe('café — naïve');
  });

  it('gives back the text of any paragraph it is handed by textToInlineHtml', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', ' ', '\n', '&', '<', '>', '"', ';', '#', 'amp', 'lt', 'é', '\u00a0') }),
        (text) => {
          // what textToInlineHtml keeps: runs of ASCII white space become one space, the ends are trimmed
          const collapsed = text.replace(/[\t\n\r\f\v ]+/g, ' ').trim();
          expect(inlineText(inlineHtmlToNodes(textToInlineHtml(text)))).toBe(collapsed);
        },
      ),
    );
  });
});
