// Saved news pages from Mozilla Readability's test suite (../shared/corpus/html-pages), compared
// with Readability's own reference output. Where the reference is wrong (the manifest lists the
// oddities) the table below says what the right answer is and why; everything else must match.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closest, parseHtmlDocument, queryAll, tagOf, type DomElement } from '../../../../src/shared/ingest/html/dom';
import { parseHtmlPage } from '../../../../src/shared/ingest/html/index';
import { inlineHtmlToText } from '../../../../src/shared/ingest/inline';
import type { ParsedItem } from '../../../../src/shared/ingest/types';
import { corpusNotice, corpusPath } from '../../../support/corpus';

const dir = corpusPath('html-pages');
const present = corpusNotice('ingest/html pages') && !!dir && existsSync(dir);

interface Reference {
  title: string;
  byline: string | null;
  lang?: string;
  excerpt: string;
  publishedTime: string | null;
  dir: string | null;
}

interface Expect {
  /** Headline: the reference title unless a function corrects it. */
  headline?: (ref: Reference) => string;
  byline?: string | null;
  bylineTitle?: string | null;
  date: string | null;
  dateRaw?: string;
  language: string | null;
  /** 'ref' = the reference's first paragraph is a standfirst; 'excerpt' = the page description. */
  deck?: 'ref' | 'excerpt' | RegExp | null;
  /** Index, among the reference's paragraphs, of our first body paragraph. */
  firstParagraph: number;
  /** How many captions the reference output shows (manifest), so the comparison cannot be vacuous. */
  refCaptions: number;
  /** Photo credits of our captions, in order (null: the page gives none). */
  credits: (string | RegExp | null)[];
  credit?: string | null;
  dateline?: string | null;
  /** Furniture the reference keeps and we drop. */
  notInBody?: RegExp[];
  why?: string;
}

const NYT = 'The New York Times';
const TABLE: Record<string, Expect> = {
  aktualne: {
    refCaptions: 0,
    date: '2021-11-01T10:52:50+01:00',
    language: 'cs',
    deck: 'ref',
    firstParagraph: 1,
    credits: [],
    notInBody: [/zaznamenali chybu/],
    why: 'perex is the deck; the error-report prompt is furniture',
  },
  'bbc-1': {
    refCaptions: 2,
    byline: null,
    date: '2015-07-24T05:36:09+01:00',
    language: 'en',
    firstParagraph: 0,
    credits: [null, null],
    why: 'byline "BBC News" is the organisation, not a person',
  },
  folha: {
    refCaptions: 0,
    date: '2018-12-21T12:55:00Z',
    language: 'pt-BR',
    deck: 'excerpt',
    firstParagraph: 0,
    credit: 'UOL',
    dateline: 'São Paulo',
    credits: ['Heinrich Aikawa/Instituto Lula'],
    why: 'lead photo, its credit, the signature dateline and the UOL credit are on the page; the odd JSON-LD author is kept as printed there',
  },
  gmw: {
    refCaptions: 3,
    headline: (ref) => ref.title.replace(/\s*_探索者\s*_光明网$/, ''),
    byline: '春春',
    date: '2017-03-10',
    language: 'zh',
    firstParagraph: 0,
    credits: ['Nasa', 'iStock', 'David Frohman/Peachstate Historical Consulting Inc'],
    notInBody: [/责任编辑/, /^作者/, /^原标题/],
    why: 'site suffix removed; 肖春芳 signs as 责任编辑 (responsible editor), the article names 作者︱春春 as author; language inferred from the script; date from meta publishdate',
  },
  'guardian-1': {
    refCaptions: 8,
    headline: (ref) => ref.title.replace(/\s*\|\s*Eleanor Ainge Roy$/, ''),
    date: '2019-01-03T07:00:02.000Z',
    language: 'en',
    deck: 'excerpt',
    firstParagraph: 0,
    credits: [
      'Adrian Malloch for the Guardian',
      'Adrian Malloch',
      'Adrian Malloch',
      'Adrian Malloch',
      'Adrian Malloch',
      'Ngatiwai Trust Board',
      null,
      'Adrian Malloch',
      null,
    ],
    why: 'author suffix removed from the title; standfirst is the deck; lead photo added; credits come from the page JSON (two composites have none there)',
  },
  'lemonde-1': {
    refCaptions: 0,
    date: '2015-05-04T13:36:31+02:00',
    language: 'fr',
    firstParagraph: 0,
    credits: [],
    why: 'date from <time itemprop=datePublished>',
  },
  'nytimes-3': {
    refCaptions: 7,
    date: '2019-02-21T08:00:08.000Z',
    language: 'en',
    deck: 'ref',
    firstParagraph: 2,
    credits: [
      `Chang W. Lee/${NYT}`,
      `Kirsten Luce for ${NYT}`,
      `Michael Appleton for ${NYT}`,
      `Fred R. Conrad/${NYT}`,
      `Hiroko Masuike/${NYT}`,
      /ngel Franco\/The New York Times$/,
      `Chang W. Lee/${NYT}`,
    ],
    notInBody: [/^\[What you need to know/, /appears in print/, /is a Metro reporter/],
    why: 'summary is the deck; newsletter promo, print-edition note and author bio are furniture; full timestamp from meta datePublished',
  },
  'rtl-1': {
    refCaptions: 0,
    byline: null,
    date: null,
    language: null,
    firstParagraph: 0,
    credits: [],
    why: 'synthetic page: dir=rtl must be reported',
  },
  'seattletimes-1': {
    refCaptions: 1,
    byline: 'Benjamin Romano',
    bylineTitle: 'Seattle Times business reporter',
    date: '2019-04-28T06:01:07',
    language: 'en-US',
    firstParagraph: 0,
    credits: ['Ellen M. Banner / The Seattle Times'],
    why: 'the reference byline is the date line; the page has no zone on its date',
  },
  theverge: {
    refCaptions: 1,
    date: '2023-06-07T20:54:26.829Z',
    language: 'en',
    deck: /^I tried the Vision Pro, and just like/,
    firstParagraph: 0,
    credits: ['Vjeran Pavic / The Verge', 'Apple'],
    notInBody: [/\$7\/month/, /Apple Pay/],
    why: 'dek is the deck; lead photo added; in-body credit from the page JSON; subscription box is furniture',
  },
  'yahoo-4': {
    refCaptions: 0,
    headline: (ref) => ref.title.replace(/\s*（CNET Japan） - Yahoo!ニュース$/, ''),
    byline: null,
    date: null,
    dateRaw: '3/9(木) 18:45',
    language: 'ja',
    firstParagraph: 0,
    credits: [],
    credit: 'CNET Japan',
    why: 'site and source suffixes removed; "個人" is a navigation link; the source line has no year',
  },
};

const norm = (s: string): string =>
  s
    .normalize('NFC')
    .replace(/[\s\u00a0\u3000\u200b]+/g, ' ')
    .trim();
const unlabel = (s: string): string => s.replace(/^(图注|Main image)\s*[:：]\s*/u, '');

function referenceParts(html: string): { paragraphs: string[]; captions: string[] } {
  const doc = parseHtmlDocument(html);
  const inCaption = (el: DomElement): boolean => !!closest(el, (e) => ['figure', 'figcaption', 'li'].includes(tagOf(e)));
  const text = (el: DomElement): string => norm(el.textContent ?? '');
  const paragraphs = queryAll(doc, 'p')
    .filter((p) => !inCaption(p))
    .map(text)
    .filter((t) => t && !/^图注/.test(t));
  const captions = [
    ...queryAll(doc, 'figcaption').map(text),
    ...queryAll(doc, 'p')
      .map(text)
      .filter((t) => /^图注/.test(t)),
    ...queryAll(doc, 'figure + ul li').map(text),
  ].filter(Boolean);
  return { paragraphs, captions };
}

describe.skipIf(!present)('html-pages corpus', () => {
  const pages = present ? readdirSync(dir!).filter((n) => existsSync(join(dir!, n, 'source.html'))) : [];

  it('has an expectation for every page in the corpus', () => {
    expect(pages.sort()).toEqual(Object.keys(TABLE).sort());
  });

  describe.each(Object.entries(TABLE))('%s', (name, want) => {
    const read = (f: string): string => readFileSync(join(dir!, name, f), 'utf8');
    const ref = JSON.parse(read('expected-metadata.json')) as Reference;
    const wire = parseHtmlPage(read('source.html'), 'source.html', 'utf-8');
    const item = wire.items[0] as ParsedItem;
    const reference = referenceParts(read('expected.html'));
    const firstP = item.blocks?.find((b) => b.kind === 'p');

    it('headline, byline, date, language', () => {
      expect(wire.format).toBe('html-page');
      expect(item.headline).toBe(want.headline ? want.headline(ref) : ref.title);
      const byline = want.byline === undefined ? ref.byline : want.byline;
      expect(item.byline?.replace(/^by\s+/i, '').toLowerCase() ?? null).toBe(byline?.replace(/^by\s+/i, '').toLowerCase() ?? null);
      if (want.bylineTitle !== undefined) expect(item.byline_title).toBe(want.bylineTitle);
      expect(item.date).toBe(want.date);
      if (want.dateRaw) expect(item.date_raw).toBe(want.dateRaw);
      expect(item.language).toBe(want.language);
      if (ref.dir === 'rtl') expect(item.warnings.some((w) => /direction: rtl/.test(w))).toBe(true);
    });

    it('deck and first paragraph', () => {
      if (want.deck === 'ref') expect(norm(item.deck ?? '')).toBe(reference.paragraphs[0]);
      else if (want.deck === 'excerpt') expect(norm(item.deck ?? '')).toBe(norm(ref.excerpt));
      else if (want.deck instanceof RegExp) expect(item.deck).toMatch(want.deck);
      else expect(item.deck).toBeNull();
      expect(firstP && firstP.kind === 'p' ? norm(inlineHtmlToText(firstP.html)) : null).toBe(reference.paragraphs[want.firstParagraph]);
    });

    it('captions with photo credits', () => {
      expect(reference.captions).toHaveLength(want.refCaptions);
      expect(item.captions.map((c) => c.credit)).toHaveLength(want.credits.length);
      want.credits.forEach((credit, i) => {
        const got = item.captions[i]!.credit;
        if (credit instanceof RegExp) expect(got).toMatch(credit);
        else expect(got).toBe(credit);
      });
      // every caption of the reference is one of ours (our text without the credit it carries)
      const ours = item.captions.map((c) => norm(inlineHtmlToText(c.text)));
      for (const r of reference.captions) {
        expect(
          ours.some((o) => o && unlabel(r).startsWith(o)),
          `reference caption "${r.slice(0, 60)}"`,
        ).toBe(true);
      }
      for (const c of item.captions) expect(c.after_paragraph).toBeLessThanOrEqual(item.body.length);
    });

    it('credit, dateline and furniture', () => {
      if (want.credit !== undefined) expect(item.credit).toBe(want.credit);
      if (want.dateline !== undefined) expect(item.dateline).toBe(want.dateline);
      const text = item.body.map(inlineHtmlToText);
      for (const re of want.notInBody ?? [])
        expect(
          text.filter((t) => re.test(t)),
          String(re),
        ).toEqual([]);
      expect(item.body.length).toBeGreaterThan(0);
    });
  });
});
