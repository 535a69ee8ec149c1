// Golden files for every node type and a few whole pages. A change to the output shows up as a
// diff here; review it, then rewrite the files with UPDATE_GOLDEN=1.
import { describe, it } from 'vitest';
import { renderArticle, renderBody, renderPage } from '../../../src/shared/render';
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
  type ListNodeJSON,
} from '../../../src/shared/story/document';
import { expectGolden } from './support/golden';
import { assetResolver, bodyOf, input, MEDIA_A, MEDIA_B, SITE } from './support/stories';

const body = (...blocks: Parameters<typeof bodyOf>) => renderBody(bodyOf(...blocks), assetResolver);

/** A nested list as Lexical saves it: the sublist is its own item after its parent item. */
function nestedList(): ListNodeJSON {
  const outer = list('bullet', [[textRun('Ferries')], [textRun('Buses')]]);
  const inner = list('number', [[textRun('Route 4')], [textRun('Route 9 ')]]);
  outer.children.splice(1, 0, { type: 'listitem', value: 2, children: [inner] });
  return outer;
}

const nodeCases: Record<string, () => string> = {
  paragraph: () =>
    body(
      paragraph([textRun('The council met on Tuesday.')]),
      paragraph([]),
      paragraph([textRun('   ')]),
      paragraph([textRun('A < B & C > D "quoted"')]),
    ).html,
  heading: () =>
    body(
      heading('h3', [textRun('Promoted: no h2 above')]),
      heading('h2', [textRun('What happens next')]),
      heading('h3', [textRun('Detail')]),
      heading('h2', []),
    ).html,
  quote: () =>
    body(quote([textRun('The bridge is good for another forty years,'), { type: 'linebreak', version: 1 }, textRun('he said.')])).html,
  list: () =>
    body(
      list('bullet', [[textRun('One')], [textRun('Two')], []]),
      { ...list('number', [[textRun('Third')], [textRun('Fourth')]]), start: 3 },
      nestedList(),
    ).html,
  'text-formats': () =>
    body(
      paragraph([
        textRun('bold', F.bold),
        textRun(' italic', F.italic),
        textRun(' underline', F.underline),
        textRun(' strike', F.strikethrough),
        textRun(' code', F.code),
        textRun(' H'),
        textRun('2', F.subscript),
        textRun('O x'),
        textRun('2', F.superscript),
        textRun(' all', F.bold | F.italic | F.underline | F.strikethrough | F.code | F.superscript),
      ]),
    ).html,
  linebreak: () => body(paragraph([textRun('Line one'), { type: 'linebreak', version: 1 }, textRun('line two')])).html,
  tab: () => body(paragraph([textRun('Name'), { type: 'tab', text: '\t', version: 1 }, textRun('Score')])).html,
  link: () =>
    body(
      paragraph([
        link('https://example.org/report?a=1&b=2', [textRun('report')]),
        textRun(', '),
        { ...link('http://example.org', [textRun('plain http')]), title: 'The "source"' },
        textRun(', '),
        { ...link('mailto:desk@example.org', [textRun('mail the desk')]), type: 'autolink' },
        textRun(', '),
        link('javascript:alert(1)', [textRun('not a link')]),
        textRun(', '),
        link('https://example.org/empty', []),
        link('/relative/path', [textRun(' relative')]),
      ]),
    ).html,
  figure: () =>
    body(
      figure({
        mediaId: MEDIA_A,
        width: 1200,
        height: 800,
        alt: 'Buses on a bridge',
        credit: 'Lena Sorvik/The Daily Slug',
        caption: documentOf([paragraph([textRun('The '), textRun('Harbour', F.italic), textRun(' bridge.')])]),
      }),
      figure({ mediaId: MEDIA_B, width: null, height: null, alt: '', credit: '', caption: documentFromText('') }),
      figure({
        mediaId: null,
        width: null,
        height: null,
        alt: 'A map',
        credit: 'City of Port Ellis',
        caption: documentFromText('The new cycle lanes (saved as text, no image).'),
      }),
      figure({ mediaId: 'ffffffffffffffff', width: 10, height: 10, alt: '', credit: '', caption: documentFromText('') }),
    ).html,
};

describe('golden files: one per node type', () => {
  for (const [name, render] of Object.entries(nodeCases)) {
    it(name, () => expectGolden(`node-${name}.html`, render()));
  }
});

describe('golden files: whole pages and the article fragment', () => {
  it('article fragment', () => expectGolden('article-basic.html', renderArticle(input())));
  it('page: staff story with a photo', () => expectGolden('page-basic.html', renderPage(input()).html));
  it('page: wire story, rich headline and deck, data: image', () => {
    const page = renderPage({
      ...input({
        slug: 'Storm Warning: Coast!',
        headline: 'Storm warning for Moby Dick coast',
        headlineDoc: documentOf([paragraph([textRun('Storm warning for '), textRun('Moby Dick', F.italic), textRun(' coast', F.bold)])]),
        deckDoc: documentOf([paragraph([textRun('Gusts of up to 110 km/h')]), paragraph([textRun('overnight')])]),
        byline: '',
        credit: '',
        copyright: '© 2026 Slugline sample wire. Written for the Slugline project.',
        body: bodyOf(
          paragraph([textRun('NORTH BAY (SSW) — The national weather office issued an amber storm warning.')]),
          figure({
            mediaId: MEDIA_B,
            width: 1,
            height: 1,
            alt: 'Waves over a sea wall',
            credit: 'Ines Park/SSW',
            caption: documentFromText('Waves at North Bay.'),
          }),
        ),
      }),
      media: (id) => (id === MEDIA_B ? { src: 'data:image/png;base64,iVBORw0KGgo=', width: 1, height: 1 } : null),
      wire: {
        agency: 'Slugline sample wire',
        agencyId: 'ssw-2026-0412-001',
        headline: 'STORM WARNING COAST',
        receivedAt: '2026-04-12T06:00:00Z',
        url: 'https://wire.example.org/items/001',
      },
      site: { ...SITE, masthead: 'Northern Courier', section: 'Weather', dateFormat: 'medium', timeZone: 'Europe/Oslo', accent: '#005a9c' },
    }).html;
    expectGolden('page-wire.html', page);
  });
  it('page: right-to-left language, iso dates', () =>
    expectGolden(
      'page-rtl.html',
      renderPage(
        input(
          { language: 'ar', slug: 'جسر', headline: 'إعادة افتتاح الجسر', deck: '', tags: [] },
          { site: { ...SITE, dateFormat: 'iso', timeZone: 'Asia/Dubai' } },
        ),
      ).html,
    ));
  it('page: bare story (no headline, byline, dates, figures)', () =>
    expectGolden(
      'page-bare.html',
      renderPage({
        story: {
          slug: '',
          headline: '',
          headlineDoc: null,
          deck: '',
          deckDoc: null,
          byline: '',
          dateline: '',
          body: documentFromText(''),
          credit: '',
          copyright: '',
          language: 'en',
          tags: [],
        },
        site: SITE,
      }).html,
    ));
});
