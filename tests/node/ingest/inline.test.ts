import { describe, expect, it } from 'vitest';
import { inlineHtmlToText, runsToInlineHtml, safeHref } from '../../../src/shared/ingest/inline';

describe('minimal inline HTML', () => {
  it('escapes text and keeps only em, strong and safe links', () => {
    expect(
      runsToInlineHtml([
        { text: '  Fish & <chips> ' },
        { text: 'now', em: true },
        { text: ' here', href: 'https://example.com/a?b=1&c=2' },
        { text: ' bad', href: 'javascript:alert(1)' },
      ]),
    ).toBe('Fish &amp; &lt;chips&gt; <em>now</em><a href="https://example.com/a?b=1&amp;c=2"> here</a> bad');
  });

  it('collapses hard wraps and merges runs with the same marks', () => {
    expect(runsToInlineHtml([{ text: 'one\r\n two' }, { text: '\tthree' }])).toBe('one two three');
    expect(
      runsToInlineHtml([
        { text: 'a', strong: true },
        { text: 'b', strong: true },
      ]),
    ).toBe('<strong>ab</strong>');
  });

  it('round-trips to plain text', () => {
    expect(inlineHtmlToText(runsToInlineHtml([{ text: 'A < B & "C"', em: true }]))).toBe('A < B & "C"');
  });

  it.each([
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['data:text/html,<script>', null],
    ['https://user:pw@example.com/', null],
    ['//example.com', null],
    ['java\nscript:alert(1)', null],
    ['mailto:desk@example.com', 'mailto:desk@example.com'],
    ['https://example.com/x', 'https://example.com/x'],
  ])('safeHref(%j) = %j', (input, expected) => {
    expect(safeHref(input)).toBe(expected);
  });
});
