// Every page the renderer makes is valid HTML by html-validate's recommended rules, and stays
// inside the allowlist; the allowlist itself is pinned so widening it is a visible decision.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ALLOWED_CLASSES, ALLOWED_ELEMENTS, renderArticle, renderPage } from '../../../src/shared/render';
import type { RenderInput } from '../../../src/shared/render/types';
import {
  documentFromText,
  documentOf,
  figure,
  heading,
  link,
  list,
  paragraph,
  quote,
  textRun,
  TEXT_FORMAT as F,
} from '../../../src/shared/story/document';
import { sampleBody } from '../../../src/main/services/sampleStories';
import samples from '../../../resources/samples/stories.json';
import { allowlistProblems, EXPECTED_CLASSES, EXPECTED_ELEMENTS } from './support/allowlistCheck';
import { input, MEDIA_A, SITE } from './support/stories';
import { validationErrors } from './support/validate';

const everyNode = documentOf([
  heading('h3', [textRun('Before any h2')]),
  paragraph([
    textRun('Bold', F.bold),
    textRun(' and '),
    link('https://example.org', [textRun('a link', F.italic)]),
    { type: 'tab', text: '\t' },
    textRun('x'),
    { type: 'linebreak' },
    textRun('y', F.code | F.subscript),
  ]),
  heading('h2', [textRun('Section')]),
  quote([textRun('Quoted')]),
  list('number', [[textRun('one')], [textRun('two')]]),
  figure({ mediaId: MEDIA_A, width: 10, height: 10, alt: 'Alt', credit: 'Credit', caption: documentFromText('Caption') }),
  figure({ mediaId: null, width: null, height: null, alt: '', credit: 'Only a credit', caption: documentFromText('') }),
  paragraph([link('javascript:alert(1)', [textRun('refused')]), link('https://example.org', [])]),
]);

const pages: Array<[string, RenderInput]> = [
  ['basic', input()],
  ['every node type', input({ body: everyNode })],
  [
    'no headline, no dates, empty body',
    {
      story: {
        ...input().story,
        headline: '',
        slug: '',
        deck: '',
        byline: '',
        createdAt: 'not a date',
        updatedAt: undefined,
        body: documentFromText(''),
        tags: [],
      },
      site: SITE,
    },
  ],
  [
    'very long headline',
    input({
      headline: 'A headline that goes on and on about the harbour bridge, the buses, the cyclists and the council meeting next week',
    }),
  ],
  [
    'emoji and combining marks in a long headline',
    input({ headline: '🚌🚌🚌 Ünïcödé 👩‍👩‍👧‍👦 headline with family emoji and more words to push it past seventy characters' }),
  ],
  ['rtl', input({ language: 'he', headline: 'גשר הנמל נפתח מחדש' })],
  [
    'bad site template',
    input({}, { site: { ...SITE, siteUrl: 'javascript:alert(1)', accent: 'red; } body { x', timeZone: 'Mars/Olympus' } as typeof SITE }),
  ],
  ...(samples as Array<Parameters<typeof sampleBody>[0] & Record<string, unknown>>).map((s, i): [string, RenderInput] => [
    `sample ${i + 1}`,
    input({ ...(s as object), body: documentOf(sampleBody(s)), headlineDoc: null, deckDoc: null, language: 'en' } as never),
  ]),
];

describe('rendered pages', () => {
  it('the allowlist is exactly the one reviewed here', () => {
    expect(ALLOWED_ELEMENTS).toEqual(EXPECTED_ELEMENTS);
    expect([...ALLOWED_CLASSES].sort()).toEqual([...EXPECTED_CLASSES].sort());
  });

  for (const [name, page] of pages) {
    it(`${name}: passes html-validate (recommended) and the allowlist`, async () => {
      const { html } = renderPage(page);
      expect(await validationErrors(html)).toEqual([]);
      expect(allowlistProblems(html, 'page')).toEqual([]);
      expect(allowlistProblems(renderArticle(page), 'fragment')).toEqual([]);
    });
  }

  it('the checker itself catches what it is for', () => {
    const found = allowlistProblems(
      '<p onclick="x">a</p><iframe></iframe><a href="javascript:x">b</a><img src="data:image/svg+xml;base64,AA">',
      'fragment',
    ).join('\n');
    for (const want of ['onclick', '<iframe> is not allowed', 'raw "<iframe', 'href="javascript:x"', 'svg+xml'])
      expect(found).toContain(want);
    expect(allowlistProblems('<p class="evil">&lt;ok&gt;</p><!-- c -->', 'fragment')).toEqual([
      'raw "<!-- c -->"',
      'class "evil" not allowed',
      'a #comment node (type 8)',
    ]);
    expect(allowlistProblems('<p>fine <em>text</em></p>', 'fragment')).toEqual([]);
  });

  it('keeps a title within 70 characters and a figure out of any paragraph', () => {
    for (const [, page] of pages) {
      const { html } = renderPage(page);
      const title = /<title>(.*)<\/title>/.exec(html)![1]!;
      expect(title.length).toBeLessThanOrEqual(70);
      const { document } = parseHTML(html);
      for (const fig of document.querySelectorAll('figure')) expect(fig.closest('p')).toBeNull();
    }
  });
});
