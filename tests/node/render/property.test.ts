// Property tests: any document the schema accepts (with hostile text and URLs mixed in) renders
// to HTML inside the allowlist, valid by html-validate, and the same bytes every time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderArticle, renderPage } from '../../../src/shared/render';
import { isCanonicalHttpUrl } from '../../../src/shared/render/allowlist';
import { safeHref } from '../../../src/shared/ingest/inline';
import type { MediaResolver, RenderInput } from '../../../src/shared/render/types';
import { storyDocumentSchema, type StoryDocument } from '../../../src/shared/story/document';
import { allowlistProblems } from './support/allowlistCheck';
import { input } from './support/stories';
import { validationErrors } from './support/validate';
import { XSS_URLS, XSS_VECTORS } from './support/xssCorpus';

/** PROPERTY_RUNS=5000 for a longer hunt; the defaults keep `npm test` quick. */
const runs = (n: number) => Number(process.env['PROPERTY_RUNS']) || n;

const EL = { direction: null, format: '', indent: 0, version: 1 } as const;

const hostileText = fc.constantFrom(...XSS_VECTORS, '<', '>', '&', '"', "'", '\u0000', '\n', '  ', '\t', '\uD800', '\u00A0', '👩‍👩‍👧');
const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 2, arbitrary: hostileText },
);
const url = fc.oneof(fc.webUrl(), fc.constantFrom(...XSS_URLS, 'mailto:desk@example.org'), fc.string({ maxLength: 30 }));

const textNode = fc.record({
  type: fc.constant('text' as const),
  text,
  format: fc.integer({ min: 0, max: 127 }),
  style: fc.constant(''),
  mode: fc.constant('normal' as const),
  detail: fc.constant(0),
  version: fc.constant(1),
});
const lineBreak = fc.constant({ type: 'linebreak' as const, version: 1 });
const tab = fc.constant({ type: 'tab' as const, text: '\t', version: 1 });
const linkNode = fc.record({
  type: fc.constantFrom('link' as const, 'autolink' as const),
  url,
  rel: fc.constant(null),
  target: fc.constant(null),
  title: fc.option(text, { nil: null }),
  children: fc.array(fc.oneof({ weight: 4, arbitrary: textNode }, lineBreak, tab), { maxLength: 3 }),
  ...{ direction: fc.constant(null), format: fc.constant(''), indent: fc.constant(0), version: fc.constant(1) },
});
const inline = fc.oneof(
  { weight: 6, arbitrary: textNode },
  { weight: 1, arbitrary: lineBreak },
  { weight: 1, arbitrary: tab },
  { weight: 2, arbitrary: linkNode },
);
const inlines = fc.array(inline, { maxLength: 6 });

const paragraph = inlines.map((children) => ({ type: 'paragraph' as const, children, ...EL }));
const heading = fc
  .tuple(fc.constantFrom('h2' as const, 'h3' as const), inlines)
  .map(([tag, children]) => ({ type: 'heading' as const, tag, children, ...EL }));
const quote = inlines.map((children) => ({ type: 'quote' as const, children, ...EL }));

const { list } = fc.letrec<{ list: unknown; item: unknown }>((tie) => ({
  list: fc.record({
    type: fc.constant('list'),
    listType: fc.constantFrom('bullet', 'number'),
    start: fc.integer({ min: 0, max: 1_000_000 }),
    children: fc.array(tie('item'), { maxLength: 4 }),
    ...{ direction: fc.constant(null), format: fc.constant(''), indent: fc.constant(0), version: fc.constant(1) },
  }),
  item: fc.record({
    type: fc.constant('listitem'),
    value: fc.integer({ min: 1, max: 100 }),
    children: fc.array(fc.oneof({ depthSize: 'small', maxDepth: 4 }, inline, tie('list')), { maxLength: 4 }),
    ...{ direction: fc.constant(null), format: fc.constant(''), indent: fc.constant(0), version: fc.constant(1) },
  }),
}));

const dimension = fc.option(fc.integer({ min: 1, max: 100_000 }), { nil: null });
const figure = fc.record({
  type: fc.constant('figure' as const),
  version: fc.constant(1),
  mediaId: fc.option(fc.stringMatching(/^[a-f0-9]{16}$/), { nil: null }),
  width: dimension,
  height: dimension,
  alt: text,
  credit: text,
  caption: fc.array(paragraph, { maxLength: 2 }).map((children) => ({ root: { type: 'root' as const, children, ...EL } })),
});

const block = fc.oneof({ weight: 5, arbitrary: paragraph }, heading, quote, list, { weight: 2, arbitrary: figure });
const documentArb = fc
  .array(block, { maxLength: 8 })
  .map((children) => ({ root: { type: 'root', children, ...EL } }) as unknown as StoryDocument);

const resolvers: Array<MediaResolver | undefined> = [
  undefined,
  (id) => ({ src: `assets/${id}.jpg`, width: 640, height: 480 }),
  () => ({ src: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=', width: null, height: null }),
  (id) => ({ src: `app://slugline/media/${id}`, width: 10, height: 10 }),
  (id) => ({ src: XSS_URLS[id.charCodeAt(0) % XSS_URLS.length]!, width: 1, height: 1 }),
];

const pageInput = fc
  .record({
    body: documentArb,
    headline: text,
    headlineDoc: fc.option(documentArb, { nil: null }),
    deck: text,
    byline: text,
    dateline: text,
    credit: text,
    copyright: text,
    tags: fc.array(text, { maxLength: 3 }),
    resolver: fc.integer({ min: 0, max: resolvers.length - 1 }),
  })
  .map(({ resolver, ...fields }): RenderInput => ({ ...input(fields), media: resolvers[resolver] }));

describe('any schema-valid document', () => {
  it('the generated documents are ones the schema accepts (so the properties below mean something)', () => {
    fc.assert(
      fc.property(documentArb, (doc) => storyDocumentSchema.safeParse(doc).success),
      { numRuns: runs(200) },
    );
  });

  it('renders inside the allowlist, page and fragment alike', () => {
    fc.assert(
      fc.property(pageInput, (page) => {
        expect(allowlistProblems(renderPage(page).html, 'page')).toEqual([]);
        expect(allowlistProblems(renderArticle(page), 'fragment')).toEqual([]);
      }),
      { numRuns: runs(300) },
    );
  });

  it('renders deterministically: same input, same bytes (also after a JSON round trip)', () => {
    fc.assert(
      fc.property(pageInput, (page) => {
        const first = renderPage(page);
        const again = renderPage(page);
        const copy = renderPage({ ...page, story: JSON.parse(JSON.stringify(page.story)) as RenderInput['story'] });
        expect(again).toEqual(first);
        expect(copy.html).toBe(first.html);
      }),
      { numRuns: runs(200) },
    );
  });

  it('renders pages html-validate accepts', async () => {
    await fc.assert(
      fc.asyncProperty(pageInput, async (page) => {
        expect(await validationErrors(renderPage(page).html)).toEqual([]);
      }),
      { numRuns: runs(100) },
    );
  });

  it('takes the no-parse path for a link only when the URL parser would give the same string back', () => {
    const piece = fc.constantFrom(
      'a',
      'Z',
      '0',
      '-',
      '.',
      '..',
      '/',
      '%',
      '%2e',
      '%2E',
      '%41',
      '?',
      '#',
      '&',
      '=',
      ':',
      '@',
      '~',
      "'",
      '"',
      ' ',
      '\\',
      'é',
      '..;',
      '//',
      '\t',
      'xn--',
    );
    const candidate = fc.oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc
        .tuple(
          fc.constantFrom('http://', 'https://', 'HTTP://', 'https://Example.org', 'https://1.2.3.4', 'https://a.b.'),
          fc.constantFrom('example.org/', 'a.b/', ''),
          fc.array(piece, { maxLength: 12 }),
        )
        .map(([a, b, c]) => a + b + c.join('')),
    );
    fc.assert(
      fc.property(candidate, (url) => {
        if (!isCanonicalHttpUrl(url)) return;
        expect(new URL(url).href).toBe(url);
        expect(safeHref(url)).toBe(url);
      }),
      { numRuns: runs(5000) },
    );
    expect(
      ['https://ex.org/%2e%2e/x', 'https://ex.org/a/../b', 'https://1.2.3.4/', 'https://Ex.org/', 'https://ex.org'].filter(
        isCanonicalHttpUrl,
      ),
    ).toEqual([]);
    expect(isCanonicalHttpUrl('https://example.org/report?a=1&b=2#top')).toBe(true);
  });
});
