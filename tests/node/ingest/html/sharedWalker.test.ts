// Web pages read their article through the body walker the agency formats use: what the agency
// walker did well now holds on pages too (lone figcaptions, role lines, quotes holding lists),
// while the page's own rules (site furniture, <br> between paragraphs) stay page rules.
import { describe, expect, it } from 'vitest';
import { parseWire } from '../../../../src/shared/ingest';
import { htmlFragmentToBlocks, parseHtmlPage } from '../../../../src/shared/ingest/html/index';

describe('pages through the shared body walker', () => {
  it('a lone <figcaption> after a picture is its caption, not a paragraph', () => {
    const { blocks, captions } = htmlFragmentToBlocks(
      '<p>Text one.</p><img src="https://img.example/b.jpg" alt="x"><figcaption>A lone caption (Photo: Kim Berg/SLW)</figcaption><p>Text two.</p>',
    );
    expect(blocks).toEqual([
      { kind: 'p', html: 'Text one.' },
      { kind: 'p', html: 'Text two.' },
    ]);
    expect(captions).toEqual([{ text: 'A lone caption', credit: 'Kim Berg/SLW', after_paragraph: 1, src: 'https://img.example/b.jpg' }]);
  });

  it('reads a line of role elements as kicker and source, and a by-line block', () => {
    const page = parseHtmlPage(
      '<h1>Harbour reopens after the storm</h1><div class="dat"><span class="vignette">Sport</span><span class="source">SLW</span></div>' +
        '<p>The harbour reopened on Monday after the storm.</p><div class="byline">Kim Berg</div>',
      'tt.html',
      'utf-8',
    ).items[0]!;
    expect(page.body).toEqual(['The harbour reopened on Monday after the storm.']);
    expect(page).toMatchObject({ byline: 'Kim Berg', credit: 'SLW', categories: ['Sport'] });
  });

  it('a quote holding a list and its attribution keeps both', () => {
    const { blocks } = htmlFragmentToBlocks(
      '<blockquote><p>We will rebuild.</p><ul><li>the quay</li><li>the ferry</li></ul>— The mayor</blockquote>',
    );
    expect(blocks).toEqual([
      { kind: 'quote', html: 'We will rebuild.' },
      { kind: 'bullet', items: ['the quay', 'the ferry'] },
      { kind: 'quote', html: '— The mayor' },
    ]);
  });

  it('site furniture stays a page rule: share lines and related-link lists go, on pages only', () => {
    const html =
      '<p>Share this</p><p>Story text.</p><ul><li><a href="https://x.example/1">One</a></li><li><a href="https://x.example/2">Two</a></li></ul>';
    expect(htmlFragmentToBlocks(html).blocks).toEqual([{ kind: 'p', html: 'Story text.' }]);
    // an agency body has no site furniture: all of it is the agency's copy
    const wire = parseWire(new TextEncoder().encode(JSON.stringify({ uri: 'u', headline: 'Harbour', body_html: html })), 'x.json');
    expect(wire.ok && wire.value.items[0]!.blocks?.map((b) => b.kind)).toEqual(['p', 'p', 'bullet']);
  });
});

describe('a stray <body> tag inside a body fragment', () => {
  it('loses nothing: the text before it is story text, as browsers read it', () => {
    const { blocks } = htmlFragmentToBlocks('<p>Before the stray tag.</p><body onload="alert(1)"><p>After it.</p>');
    expect(blocks).toEqual([
      { kind: 'p', html: 'Before the stray tag.' },
      { kind: 'p', html: 'After it.' },
    ]);
  });

  it('still reads a real document head as a head', () => {
    const page = parseHtmlPage(
      '<!doctype html><html lang="en"><head><title>Ferry resumes | Port Ellis Post</title></head><body><article><h1>Ferry resumes</h1><p>The ferry sailed again on Monday after the storm.</p></article></body></html>',
      'page.html',
      'utf-8',
    );
    expect(page.items[0]!.body.join(' ')).not.toContain('Port Ellis Post');
    expect(page.items[0]!.body[0]).toContain('The ferry sailed again');
  });
});
