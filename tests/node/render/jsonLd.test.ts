// The NewsArticle JSON-LD: it parses, carries the fields search engines and aggregators need,
// and cannot be broken out of (a `</script>` or `<!--` in any field stays inside the string).
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderPage } from '../../../src/shared/render';
import type { RenderInput } from '../../../src/shared/render/types';
import { documentFromText, figure } from '../../../src/shared/story/document';
import { bodyOf, input, MEDIA_A, MEDIA_B } from './support/stories';

type Obj = Record<string, unknown>;

function jsonLdOf(html: string): Obj {
  const { document } = parseHTML(html);
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  expect(scripts).toHaveLength(1);
  return JSON.parse(scripts[0]!.textContent ?? '') as Obj;
}

const wire: RenderInput['wire'] = {
  agency: 'Slugline sample wire',
  agencyId: 'ssw-001',
  headline: 'STORM',
  receivedAt: '2026-04-12T06:00:00Z',
  url: 'https://wire.example.org/1',
};

describe('NewsArticle JSON-LD', () => {
  it('has the required fields, images as ImageObject with credits, keywords and the wire item', () => {
    const page = input(
      {
        body: bodyOf(
          ...input().story.body.root.children,
          figure({ mediaId: MEDIA_B, width: null, height: null, alt: 'A', credit: 'Ines Park/SSW', caption: documentFromText('Second.') }),
        ),
      },
      { wire },
    );
    const data = jsonLdOf(renderPage(page).html);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Harbour bridge reopens after six months of repairs',
      description: expect.stringContaining('Commuters regain'),
      datePublished: '2026-04-12T09:30:00.000Z',
      dateModified: '2026-04-12T09:30:00.000Z',
      inLanguage: 'en',
      url: 'https://news.example.com/harbour-bridge-reopens',
      author: [{ '@type': 'Person', name: 'Mara Oduya' }],
      publisher: { '@type': 'Organization', name: 'The Daily Slug', url: 'https://news.example.com/' },
      keywords: 'transport, city hall',
      isBasedOn: {
        '@type': 'NewsArticle',
        identifier: 'ssw-001',
        headline: 'STORM',
        url: 'https://wire.example.org/1',
        publisher: { '@type': 'Organization', name: 'Slugline sample wire' },
      },
    });
    expect(data['publisher']).not.toHaveProperty('logo');
    const images = data['image'] as Obj[];
    expect(images).toHaveLength(2);
    expect(images[0]).toEqual({
      '@type': 'ImageObject',
      url: `https://news.example.com/assets/${MEDIA_A}.jpg`,
      contentUrl: `https://news.example.com/assets/${MEDIA_A}.jpg`,
      width: 1200,
      height: 800,
      caption: 'The first buses cross the reopened Harbour Street bridge on Monday morning.',
      creditText: 'Lena Sorvik/The Daily Slug',
      creator: { '@type': 'Person', name: 'Lena Sorvik' },
      copyrightNotice: '© 2026 The Daily Slug',
    });
    // The media library's own creator and notice win over what the credit line implies.
    expect(images[1]).toMatchObject({
      creator: { '@type': 'Person', name: 'Ines Park' },
      copyrightNotice: '© 2026 Ines Park',
      creditText: 'Ines Park/SSW',
    });
  });

  it('has no isBasedOn without a wire item, and the publication as author without a byline', () => {
    const data = jsonLdOf(renderPage(input({ byline: '' })).html);
    expect(data).not.toHaveProperty('isBasedOn');
    expect(data['author']).toEqual([{ '@type': 'Organization', name: 'The Daily Slug', url: 'https://news.example.com/' }]);
  });

  it("credits the wire agency, then the story's agency, when the story has no credit line", () => {
    expect(jsonLdOf(renderPage(input({ credit: '', agency: 'AP' }, { wire })).html)['creditText']).toBe('Slugline sample wire');
    const page = renderPage(input({ credit: '', agency: 'AP' })).html;
    expect(jsonLdOf(page)['creditText']).toBe('AP');
    expect(page).toContain('<p class="credit">AP</p>');
  });

  it('takes publication dates from the caller, and never has the change before the publication', () => {
    const data = jsonLdOf(
      renderPage(input({}, { dates: { published: '2026-05-01T08:00:00+02:00', modified: '2026-04-01T00:00:00Z' } })).html,
    );
    expect(data['datePublished']).toBe('2026-05-01T06:00:00.000Z');
    expect(data['dateModified']).toBe('2026-05-01T06:00:00.000Z');
  });

  it('gives a data: image no url (it has no public address) but keeps its caption and credit', () => {
    const data = jsonLdOf(
      renderPage(input({}, { media: () => ({ src: 'data:image/png;base64,iVBORw0KGgo=', width: 1, height: 1 }) })).html,
    );
    const image = (data['image'] as Obj[])[0]!;
    expect(image).not.toHaveProperty('url');
    expect(image).toMatchObject({ caption: expect.any(String), creditText: 'Lena Sorvik/The Daily Slug' });
  });

  it('cannot be broken out of: </script> and <!-- in every field stay inside their strings', () => {
    const evil = '</script><script>alert(1)</script><!-- \u2028 </SCRIPT > & <![CDATA[';
    const page = input(
      {
        headline: evil,
        deck: evil,
        byline: evil,
        dateline: evil,
        credit: evil,
        copyright: evil,
        tags: [evil],
        body: bodyOf(figure({ mediaId: MEDIA_A, width: 1, height: 1, alt: evil, credit: evil, caption: documentFromText(evil) })),
      },
      { wire: { agency: evil, agencyId: evil, headline: evil }, site: { ...input().site, masthead: evil, section: evil } },
    );
    const { html } = renderPage(page);
    const block = /<script type="application\/ld\+json">([^]*?)<\/script>/.exec(html)![1]!;
    expect(block).not.toMatch(/<|>|&/);
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html).not.toContain('<!--');
    const data = jsonLdOf(html);
    const clean = evil.replace(/\s+/g, ' '); // fields are one line: the U+2028 run became a space
    expect(data['headline']).toBe(clean);
    expect(data['keywords']).toBe(clean);
    expect((data['isBasedOn'] as Obj)['identifier']).toBe(clean);
    expect((data['image'] as Obj[])[0]!['caption']).toBe(clean);
  });
});
