// Every known XSS vector, in every field, is neutralised in both the page and the fragment: the
// output parses to allowlisted elements and attributes only, with allowed href/src schemes, and
// the vector survives (where it is text) as visible text, not as markup.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderArticle, renderPage } from '../../../src/shared/render';
import type { RenderInput } from '../../../src/shared/render/types';
import { documentFromText, documentOf, figure, heading, link, list, paragraph, quote, textRun } from '../../../src/shared/story/document';
import { allowlistProblems } from './support/allowlistCheck';
import { input, MEDIA_A, SITE } from './support/stories';
import { XSS_URLS, XSS_VECTORS } from './support/xssCorpus';

type Placement = (v: string) => RenderInput;

const withBody = (...blocks: Parameters<typeof documentOf>[0]) => input({ body: documentOf(blocks) });
const figureWith = (fields: Partial<Parameters<typeof figure>[0]>) =>
  withBody(
    figure({ mediaId: MEDIA_A, width: 10, height: 10, alt: 'alt', credit: 'credit', caption: documentFromText('caption'), ...fields }),
  );

/** Where a vector can land: every story field, every node kind, figure fields, wire and site. */
const TEXT_PLACEMENTS: Record<string, Placement> = {
  headline: (v) => input({ headline: v }),
  headlineDoc: (v) => input({ headlineDoc: documentFromText(v) }),
  deck: (v) => input({ deck: v }),
  deckDoc: (v) => input({ deckDoc: documentFromText(v) }),
  byline: (v) => input({ byline: v }),
  dateline: (v) => input({ dateline: v }),
  credit: (v) => input({ credit: v }),
  copyright: (v) => input({ copyright: v }),
  tag: (v) => input({ tags: [v, 'ok'] }),
  slug: (v) => input({ slug: v }),
  language: (v) => input({ language: v }),
  paragraph: (v) => withBody(paragraph([textRun(v)])),
  heading: (v) => withBody(heading('h2', [textRun(v)])),
  quote: (v) => withBody(quote([textRun(v)])),
  'list item': (v) => withBody(list('bullet', [[textRun(v)]])),
  'link text': (v) => withBody(paragraph([link('https://example.org/', [textRun(v)])])),
  'link title': (v) => withBody(paragraph([{ ...link('https://example.org/', [textRun('x')]), title: v }])),
  'tab text': (v) => withBody(paragraph([{ type: 'tab', text: v }])),
  'unknown inline node': (v) => withBody(paragraph([{ type: 'html', text: v } as never])),
  'unknown block node': (v) => withBody({ type: v, children: [textRun(v)] } as never),
  'figure alt': (v) => figureWith({ alt: v }),
  'figure credit': (v) => figureWith({ credit: v }),
  'figure caption': (v) => figureWith({ caption: documentFromText(v) }),
  'figure mediaId': (v) => figureWith({ mediaId: v }),
  'media creator': (v) => ({
    ...figureWith({}),
    media: () => ({ src: 'assets/x.jpg', width: 1, height: 1, creator: v, copyrightNotice: v }),
  }),
  'wire fields': (v) => input({}, { wire: { agency: v, agencyId: v, headline: v, receivedAt: v, url: v } }),
  'site fields': (v) =>
    input(
      {},
      {
        site: { ...SITE, masthead: v, section: v, siteUrl: v, timeZone: v, language: v, accent: v, text: v, background: v } as typeof SITE,
      },
    ),
  'publication date': (v) => input({}, { dates: { published: v, modified: v } }),
};
const URL_PLACEMENTS: Record<string, Placement> = {
  'link url': (v) => withBody(paragraph([link(v, [textRun('x')])])),
  'autolink url': (v) => withBody(paragraph([{ ...link(v, [textRun(v)]), type: 'autolink' }])),
  'image src': (v) => ({ ...figureWith({}), media: () => ({ src: v, width: 1, height: 1 }) }),
  'wire url': (v) => input({}, { wire: { agency: 'A', url: v } }),
};

function problemsFor(page: RenderInput): string[] {
  const { html } = renderPage(page);
  const problems = allowlistProblems(html, 'page').map((p) => `page: ${p}`);
  problems.push(...allowlistProblems(renderArticle(page), 'fragment').map((p) => `article: ${p}`));
  return problems;
}

const oneLine = (s: string) =>
  s
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F]|[\uD800-\uDFFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('XSS corpus', () => {
  it('has at least 40 vectors', () => expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(40));

  it.each(XSS_VECTORS.map((v, i) => [i + 1, v]))('vector %i is neutralised in every field: %s', (_, vector) => {
    const problems: string[] = [];
    for (const [where, place] of [...Object.entries(TEXT_PLACEMENTS), ...Object.entries(URL_PLACEMENTS)]) {
      for (const p of problemsFor(place(vector))) problems.push(`${where}: ${p}`);
    }
    expect(problems).toEqual([]);
    // Escaped, not deleted: the words are still there for the reader, as text.
    const { document } = parseHTML(renderPage(TEXT_PLACEMENTS['paragraph']!(vector)).html);
    const text = oneLine(document.querySelector('article')!.textContent ?? '');
    expect(text).toContain(oneLine(vector.replace(/[\uD800-\uDFFF]/g, '')));
  });

  it.each(XSS_URLS.map((u, i) => [i + 1, u]))('hostile URL %i is refused or made harmless: %j', (_, url) => {
    const problems: string[] = [];
    for (const [where, place] of Object.entries(URL_PLACEMENTS)) for (const p of problemsFor(place(url))) problems.push(`${where}: ${p}`);
    expect(problems).toEqual([]);
  });

  it('renders a refused link as its text only, and keeps a safe one', () => {
    const html = renderArticle(
      withBody(
        paragraph([link('JaVaScRiPt:alert(1)', [textRun('read more')]), textRun(' '), link('https://example.org/a', [textRun('source')])]),
      ),
    );
    expect(html).toContain('<p>read more <a href="https://example.org/a">source</a></p>');
  });

  it('refuses SVG and script-bearing image sources but keeps the figure and says so', () => {
    const page = renderPage({
      ...figureWith({ caption: documentFromText('Harbour at dawn') }),
      media: () => ({ src: 'data:image/svg+xml;base64,PHN2Zz4=', width: 1, height: 1 }),
    });
    expect(page.html).not.toContain('<img');
    expect(page.html).toContain('<figcaption><span class="caption">Harbour at dawn</span>');
    expect(page.warnings.join('\n')).toMatch(/image address was refused/);
  });
});
