// Agency HTML: the TT story fragment in ../shared/corpus/wire/html (no html/head; h1 headline,
// p.vignette section, p.source credit, p.byline at the end, a figure with its photo credit), read
// both as a page and as a body fragment for the ninjs/AP parsers. Also: no agency plain-text file
// in the wire corpus may be taken for a saved web page.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFragmentToBlocks, looksLikePageText, parseHtmlPage } from '../../../../src/shared/ingest/html/index';
import { inlineHtmlToText } from '../../../../src/shared/ingest/inline';
import { corpusNotice, corpusPath } from '../../../support/corpus';

const wireDir = corpusPath('wire');
const fragmentPath = corpusPath('wire', 'html', 'ntbttsanitised.html');
const present = corpusNotice('ingest/html wire') && !!fragmentPath && existsSync(fragmentPath);

describe.skipIf(!present)('TT story as an HTML fragment', () => {
  const html = present ? readFileSync(fragmentPath!, 'utf8') : '';
  const h1 = /<h1>([^<]*)<\/h1>/.exec(html)?.[1] ?? '';

  it('parses well via parseHtmlPage', () => {
    const item = parseHtmlPage(html, 'ntbttsanitised.html', 'utf-8').items[0]!;
    expect(item.headline).toBe(h1);
    expect(item.credit).toBe('TT');
    expect(item.categories).toEqual(['Fotboll']);
    expect(item.byline).toBe('Martin Hardenberger');
    expect(item.language).toBe('sv');
    expect(item.captions).toHaveLength(1);
    expect(item.captions[0]!.credit).toBe('Anders Bjurö/TT');
    expect(item.captions[0]!.after_paragraph).toBe(item.body.length);
    const kinds = item.blocks!.map((b) => b.kind);
    expect(kinds.filter((k) => k === 'h2')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'quote')).toHaveLength(7);
    const text = item.body.map(inlineHtmlToText);
    expect(text).not.toContain(h1);
    expect(text).not.toContain('Fotboll');
    expect(text).not.toContain('TT');
    expect(text).not.toContain('Martin Hardenberger');
    expect(text.some((t) => t.includes('Anders Bjurö'))).toBe(false);
    expect(item.body.some((p) => p.includes('<a href="https://stattenakurvan.se/">'))).toBe(true);
  });

  it('gives blocks and captions to the agency parsers, dropping the repeated headline', () => {
    const { blocks, captions } = htmlFragmentToBlocks(html, { headline: h1 });
    expect(blocks[0]).toEqual({ kind: 'p', html: expect.stringMatching(/^Bottenmötet mellan HIF/) });
    expect(blocks.some((b) => 'html' in b && inlineHtmlToText(b.html) === h1)).toBe(false);
    expect(blocks.filter((b) => b.kind === 'quote')).toHaveLength(7);
    expect(captions).toEqual([
      expect.objectContaining({ credit: 'Anders Bjurö/TT', src: expect.stringMatching(/^https:\/\/thumbnail\.tt\.se\//) }),
    ]);
  });
});

describe.skipIf(!present)('wire corpus files are not saved web pages', () => {
  const files = (d: string): string[] =>
    readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? files(join(d, n)) : [join(d, n)]));
  const all = present ? files(wireDir!).filter((f) => !f.endsWith('.md')) : [];
  it.each(all.map((f) => [f.slice(wireDir!.length + 1), f]))('%s', (_name, f) => {
    expect(looksLikePageText(readFileSync(f, 'latin1'))).toBe(false);
  });
});

describe('htmlFragmentToBlocks structure', () => {
  it('keeps lists, tables, quotes and subheads; drops embeds and headers that repeat metadata', () => {
    const { blocks, captions } = htmlFragmentToBlocks(
      '<header><h1>Repeated headline</h1><p>2025-03-01</p></header>' +
        '<p>Lead <strong>bold</strong> and <em>italic</em> with <a href="https://example.com/x">a link</a>.</p>' +
        '<h3>Sub</h3><ul><li>One</li><li>Two</li></ul><ol><li>First</li></ol>' +
        '<table><tr><th>Team</th><th>Pts</th></tr><tr><td>HIF</td><td>1</td></tr></table>' +
        '<blockquote><p>Quoted words.</p></blockquote><pre>  fixed   width</pre>' +
        '<blockquote class="twitter-tweet"><p>tweet text</p></blockquote><iframe src="https://x.example"></iframe>' +
        '<figure><img src="https://img.example/a.jpg" alt=""><figcaption>A caption. <span class="credit">Jo Bloggs/AP</span></figcaption></figure>',
    );
    expect(blocks).toEqual([
      { kind: 'p', html: 'Lead <strong>bold</strong> and <em>italic</em> with <a href="https://example.com/x">a link</a>.' },
      { kind: 'h3', html: 'Sub' },
      { kind: 'bullet', items: ['One', 'Two'] },
      { kind: 'number', items: ['First'] },
      {
        kind: 'table',
        rows: [
          ['Team', 'Pts'],
          ['HIF', '1'],
        ],
        header: true,
      },
      { kind: 'quote', html: 'Quoted words.' },
      { kind: 'pre', text: 'fixed width' },
    ]);
    expect(captions).toEqual([{ text: 'A caption.', credit: 'Jo Bloggs/AP', after_paragraph: 9, src: 'https://img.example/a.jpg' }]);
  });
});
