// Markup bodies of every agency format go through one HTML reader (linkedom) and one body walker,
// the web-page extractor's too: the same body gives the same blocks and captions as ninjs
// body_html, as NITF body.content and through htmlFragmentToBlocks, and what either of the two old
// walkers did well (credits in caption markup, nested lists, hidden text, role elements) holds
// for all of them.
import { describe, expect, it } from 'vitest';
import { parseWire } from '../../../../src/shared/ingest';
import { htmlFragmentToBlocks } from '../../../../src/shared/ingest/html/index';
import type { ParsedItem } from '../../../../src/shared/ingest/types';
import { expectCleanWire, parsedOk } from './support';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

function ninjs(body: string, extra: Record<string, unknown> = {}): ParsedItem {
  const wire = parsedOk(
    parseWire(bytes(JSON.stringify({ uri: 'urn:slw:1', headline: 'Harbour reopens', body_html: body, ...extra })), 'x.json'),
  );
  expectCleanWire(wire);
  return wire.items[0]!;
}

function nitf(content: string, head = ''): ParsedItem {
  const xml = `<nitf><body><body.head><hedline><hl1>Harbour reopens</hl1></hedline>${head}</body.head><body.content>${content}</body.content></body></nitf>`;
  const wire = parsedOk(parseWire(bytes(xml), 'x.xml'));
  expectCleanWire(wire);
  return wire.items[0]!;
}

const BODY =
  '<p>Lead with <em>emphasis</em> and <a href="https://example.com/a?b=1&amp;c=2">a link</a>.</p>' +
  '<h2>A subhead</h2>' +
  '<ul><li>One<ul><li>One point one</li></ul></li><li>Two</li></ul>' +
  '<ol><li>First</li></ol>' +
  '<table><thead><tr><th>Team</th><th>Pts</th></tr></thead><tbody><tr><td><a href="https://example.com/t">HIF</a> &amp; co</td><td>1</td></tr></tbody></table>' +
  '<blockquote><p>Quoted words.</p><ul><li>A listed quote</li></ul></blockquote>' +
  '<figure><img src="https://img.example/a.jpg" alt=""/><figcaption>The harbour at dawn. <span class="credit">Jo Bloggs/SLW</span></figcaption></figure>' +
  '<p>Last paragraph.</p>';

describe('one body walker for every markup body', () => {
  const expected = {
    blocks: [
      { kind: 'p', html: 'Lead with <em>emphasis</em> and <a href="https://example.com/a?b=1&amp;c=2">a link</a>.' },
      { kind: 'h2', html: 'A subhead' },
      // a nested list's items follow their parent's, which keeps its own text
      { kind: 'bullet', items: ['One', 'One point one', 'Two'] },
      { kind: 'number', items: ['First'] },
      // cells are inline HTML like paragraphs: the link survives and "&" is escaped
      {
        kind: 'table',
        rows: [
          ['Team', 'Pts'],
          ['<a href="https://example.com/t">HIF</a> &amp; co', '1'],
        ],
        header: true,
      },
      { kind: 'quote', html: 'Quoted words.' },
      { kind: 'bullet', items: ['A listed quote'] },
      { kind: 'p', html: 'Last paragraph.' },
    ],
    // the credit element is read as the credit, not left in the caption text
    captions: [{ text: 'The harbour at dawn.', credit: 'Jo Bloggs/SLW', after_paragraph: 10, src: 'https://img.example/a.jpg' }],
  };

  it('ninjs body_html (an HTML string, read by linkedom)', () => {
    const item = ninjs(BODY);
    expect({ blocks: item.blocks, captions: item.captions }).toEqual(expected);
  });

  it('NITF body.content (the XML tree)', () => {
    const item = nitf(BODY);
    expect({ blocks: item.blocks, captions: item.captions }).toEqual(expected);
  });

  it('htmlFragmentToBlocks (the web-page extractor)', () => {
    expect(htmlFragmentToBlocks(BODY)).toEqual(expected);
  });
});

describe('agency HTML bodies get what the page reader did well', () => {
  it('leaves out hidden text and embedded social posts (with a warning), keeps only safe links', () => {
    const item = ninjs(
      '<p>Seen <span hidden>one</span><span aria-hidden="true">two</span><span class="sr-only">three</span>text.</p>' +
        '<blockquote class="twitter-tweet"><p>Someone else’s words</p></blockquote>' +
        '<p>See <a href="/relative">this</a> and <a href="javascript:alert(1)">that</a>.</p>',
    );
    expect(item.body).toEqual(['Seen text.', 'See this and that.']);
    expect(item.warnings).toContain('an embedded social-media post was left out of the body');
  });

  it('reads a "Caption:" paragraph as a photo caption, with a labelled credit', () => {
    const item = ninjs('<p>The quay reopened on Monday.</p><p>Caption: The quay at night. Photograph: Ana Ruiz/SLW</p>');
    expect(item.body).toEqual(['The quay reopened on Monday.']);
    expect(item.captions).toEqual([{ text: 'The quay at night.', credit: 'Ana Ruiz/SLW', after_paragraph: 1, src: null }]);
  });

  it('reads a line of role elements (TT: section and source) and a by-line block as fields', () => {
    const item = ninjs(
      '<h1>Harbour reopens</h1><div class="dat"><span class="vignette">Sport</span><span class="source">SLW</span></div>' +
        '<p>Body text here.</p><div class="byline">Kim Berg</div>',
    );
    expect(item.body).toEqual(['Body text here.']);
    expect(item).toMatchObject({ byline: 'Kim Berg', credit: 'SLW' });
  });

  it('repairs text linkedom splits at character references ("caf&#195;&#169;")', () => {
    const item = ninjs('<p>Un caf&#195;&#169; au lait.</p>');
    expect(item.body).toEqual(['Un café au lait.']);
    expect(item.repairs.map((r) => r.rule)).toEqual(['mojibake:cp1252']);
  });

  it('keeps a <br> inside a paragraph as a line break, not a new paragraph', () => {
    expect(ninjs('<p>Line one<br>line two</p>').body).toEqual(['Line one line two']);
    expect(htmlFragmentToBlocks('<p>Line one<br>line two</p>').blocks).toEqual([
      { kind: 'p', html: 'Line one' },
      { kind: 'p', html: 'line two' },
    ]);
  });

  it('keeps the words of markup nested deeper than the walker goes', () => {
    const deep = `${'<div>'.repeat(300)}<p>Deep text.</p>${'</div>'.repeat(300)}<p>After.</p>`;
    expect(ninjs(deep).body).toEqual(['Deep text.', 'After.']);
  });
});

describe('XML bodies get the same rules', () => {
  it('a by-line paragraph in body.content is the by-line; an NITF table is read through its wrapper', () => {
    const item = nitf(
      '<p class="byline">By Kim Berg</p><p>Body text.</p>' +
        '<nitf-table><nitf-table-metadata><nitf-col/></nitf-table-metadata><table><tr><td><a href="https://x.example/">R&amp;D</a></td><td>2</td></tr></table></nitf-table>',
    );
    expect(item.byline).toBe('By Kim Berg');
    expect(item.blocks).toEqual([
      { kind: 'p', html: 'Body text.' },
      { kind: 'table', rows: [['<a href="https://x.example/">R&amp;D</a>', '2']] },
    ]);
  });

  it('a table without rows is a layout wrapper: its text is body', () => {
    const body = '<table><p>Text in a layout table.</p></table>';
    expect(nitf(body).body).toEqual(['Text in a layout table.']);
    expect(ninjs(body).body).toEqual(['Text in a layout table.']);
  });

  it('a heading holding paragraphs: its own text is the subhead, the rest is body', () => {
    const body = '<h2>Title <em>here</em><p>A paragraph inside.</p>tail text</h2>';
    const expected = [
      { kind: 'h2', html: 'Title <em>here</em>' },
      { kind: 'p', html: 'A paragraph inside.' },
      { kind: 'p', html: 'tail text' },
    ];
    expect(nitf(body).blocks).toEqual(expected);
    expect(ninjs(body).blocks).toEqual(expected);
    expect(htmlFragmentToBlocks(body).blocks).toEqual(expected);
  });
});
