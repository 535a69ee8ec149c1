// Pages written for the project (tests/fixtures/pages): a wire story on a local site with photo
// credits in several styles, a French page, a right-to-left page, pages saved as text (English,
// German) and hostile or broken markup.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFragmentToBlocks, looksLikePageText, parseHtmlPage, parsePageText } from '../../../../src/shared/ingest/html/index';
import { inlineHtmlToText } from '../../../../src/shared/ingest/inline';
import type { ParsedBlock, ParsedItem } from '../../../../src/shared/ingest/types';
import { repoRoot } from '../../../support/corpus';

const fixture = (name: string): string => readFileSync(join(repoRoot, 'tests', 'fixtures', 'pages', name), 'utf8');
const page = (name: string): ParsedItem => parseHtmlPage(fixture(name), name, 'utf-8').items[0]!;
const text = (name: string): ParsedItem => parsePageText(fixture(name), name, 'utf-8').items[0]!;
const plain = (html: string[]): string[] => html.map(inlineHtmlToText);

/** Every string the story exposes that may carry inline HTML. */
function htmlOut(item: ParsedItem): string[] {
  const fromBlocks = (b: ParsedBlock): string[] =>
    'html' in b ? [b.html] : 'items' in b ? b.items : 'rows' in b ? b.rows.flat() : [b.text];
  return [...item.body, ...item.captions.map((c) => c.text), ...(item.blocks ?? []).flatMap(fromBlocks)];
}

describe('wire story on a local site: dateline and photo credits', () => {
  const item = page('dateline-credits.html');
  it('reads headline, byline, date and the dateline lead-in', () => {
    expect(item.headline).toBe('Flood barrier holds as river crests in Millbrook');
    expect(item.byline).toBe('Dana Whitcombe');
    expect(item.byline_title).toBe('Associated Press');
    expect(item.date).toBe('2025-03-14T09:30:00-04:00');
    expect(item.language).toBe('en-US');
    expect(item.dateline_raw).toBe('MILLBROOK, Vermont (AP) —');
    expect(item.dateline).toBe('MILLBROOK, Vermont');
    expect(item.credit).toBe('AP');
    expect(plain(item.body)[0]).toMatch(/^MILLBROOK, Vermont \(AP\) — A temporary flood barrier/);
  });
  it('finds the photo credit in each style', () => {
    expect(item.captions.map((c) => [inlineHtmlToText(c.text), c.credit])).toEqual([
      ['Workers check the temporary barrier near the old mill on Friday.', 'Tomás Ferreira/AP'],
      ['Sandbags stacked along Mill Street on Thursday evening.', 'Priya Raman/AP'],
      ['Water covers Route 9 south of the village.', 'Lena Brooks / The Millbrook Ledger'],
      ['Volunteers hand out coffee at the fire station.', 'Sam Lee/Reuters'],
    ]);
    expect(item.captions.map((c) => c.after_paragraph)).toEqual([0, 2, 5, 6]);
    expect(item.captions[0]!.src).toBe('https://ledger.example.com/img/barrier.jpg');
  });
  it('keeps subheads and the contributor line, takes the copyright out, drops furniture', () => {
    expect(item.blocks?.map((b) => b.kind)).toEqual(['p', 'p', 'p', 'h2', 'p', 'p', 'p']);
    expect(item.copyright).toBe('© 2025 The Associated Press. All rights reserved.');
    expect(item.copyright_holder).toBe('The Associated Press');
    const body = plain(item.body).join('\n');
    expect(body).toMatch(/contributed to this report/);
    for (const junk of [
      /Share/,
      /Related/,
      /Town approves barrier funds/,
      /newsletter/i,
      /Most read/,
      /Diner reopens/,
      /Contact us/,
      /All rights reserved/,
    ]) {
      expect(body).not.toMatch(junk);
    }
  });
});

describe('French page', () => {
  const item = page('french.html');
  it('reads the fields in French', () => {
    expect(item.headline).toBe('Le tramway de Valombre prolongé jusqu’à la gare');
    expect(item.deck).toBe('Les travaux commenceront à l’automne et dureront deux ans, a annoncé la métropole lundi soir.');
    expect(item.byline).toBe('Camille Arnaud');
    expect(item.date).toBe('2025-06-02T18:45:00+02:00');
    expect(item.language).toBe('fr');
    expect(item.dateline_raw).toBe('VALOMBRE (AFP) -');
    expect(item.credit).toBe('AFP');
    expect(item.captions).toEqual([
      expect.objectContaining({
        text: 'Une rame du tramway place du Marché, à Valombre.',
        credit: 'Jeanne Morel / AFP',
        after_paragraph: 2,
      }),
    ]);
  });
  it('drops French furniture (related, advertising, paywall)', () => {
    expect(item.body).toHaveLength(4);
    expect(plain(item.body).join('\n')).not.toMatch(/Lire aussi|Publicité|Déjà abonné|Tous droits/);
  });
});

describe('right-to-left page', () => {
  const item = page('rtl-arabic.html');
  it('keeps the Arabic text and reports the direction', () => {
    expect(item.headline).toBe('افتتاح مكتبة عامة جديدة في مدينة النخيل');
    expect(item.language).toBe('ar');
    expect(item.byline).toBe('ليلى حداد');
    expect(item.warnings).toContain('text direction: rtl (declared by the page)');
    expect(item.body).toHaveLength(3);
    expect(item.captions[0]).toEqual(expect.objectContaining({ text: 'قاعة القراءة في المكتبة الجديدة.', credit: 'سامي يوسف' }));
    expect(plain(item.body).join('')).not.toMatch(/مشاركة/); // the share link
  });
  it('infers the direction when the page does not declare it', () => {
    const undeclared = fixture('rtl-arabic.html').replace(' dir="rtl"', '').replace(' lang="ar"', '');
    const item2 = parseHtmlPage(undeclared, 'x.html', 'utf-8').items[0]!;
    expect(item2.warnings).toContain('text direction: rtl (inferred from the text)');
  });
});

describe('pages saved as text', () => {
  it('English: headline once, caption with credit line, credit and copyright, furniture dropped', () => {
    expect(looksLikePageText(fixture('saved-page.txt'))).toBe(true);
    const item = text('saved-page.txt');
    expect(item.headline).toBe('Ferry service to Gull Island resumes after three-week strike');
    expect(item.byline).toBe('Martin Okonkwo');
    expect(item.dateline_raw).toBe('(Reuters) -');
    expect(item.credit).toBe('Reuters');
    expect(item.copyright).toBe('© 2025 Thomson Reuters. All rights reserved.');
    expect(item.captions).toEqual([
      {
        text: 'Passengers board the first ferry to Gull Island on Saturday morning.',
        credit: 'Ines Alvarado/Reuters',
        after_paragraph: 2,
        src: null,
      },
    ]);
    expect(item.blocks?.map((b) => b.kind)).toEqual(['p', 'p', 'p', 'p', 'h2', 'p', 'p']);
    const out = [...plain(item.body), ...plain(item.captions.map((c) => c.text))].join('\n');
    for (const junk of [
      /Harbour Gazette/,
      /Home News/,
      /^Today:/m,
      /Sign In|Log in/i,
      /Share This/,
      /Most Read/,
      /\|/,
      /fish market/,
      /bike lanes/,
      /Subscribe/,
      /^Reuters$/m,
    ]) {
      expect(out).not.toMatch(junk);
    }
    expect(out.split(item.headline)).toHaveLength(1);
  });
  it('German: the same rules in another language', () => {
    expect(looksLikePageText(fixture('saved-page-de.txt'))).toBe(true);
    const item = text('saved-page-de.txt');
    expect(item.headline).toBe('Brücke über die Sarn nach zwei Jahren Bauzeit eröffnet');
    expect(item.byline).toBe('Anna Lindqvist');
    expect(item.dateline).toBe('Lindau');
    expect(item.credit).toBe('dpa');
    expect(item.language).toBe('de');
    expect(item.body).toHaveLength(3);
    expect(item.captions).toEqual([expect.objectContaining({ text: 'Die neue Brücke am Eröffnungstag.', credit: 'Jonas Keller/dpa' })]);
    expect(plain(item.body).join('\n')).not.toMatch(/Heute:|Teilen|Meistgelesen|Buslinie|abonnieren|\|/);
  });
  it('agency plain text is not mistaken for a saved page', () => {
    const agency =
      'eca062 4 i 211 ccccb   dpa 061\n/politics/Germany/\nBerlin (dpa) - Coalition talks resumed on Monday.\nThe parties met for six hours.\n131137 GMT Nov 13\n';
    expect(looksLikePageText(agency)).toBe(false);
    expect(looksLikePageText('')).toBe(false);
  });
});

describe('hostile and broken markup', () => {
  const item = page('hostile.html');
  it('lets nothing executable or invisible reach the story', () => {
    const all = [item.headline, item.deck ?? '', item.byline ?? '', ...htmlOut(item), ...item.captions.map((c) => c.credit ?? '')]
      .join('\n')
      .replaceAll("&lt;script&gt;alert('escaped')&lt;/script&gt;", ''); // text the page escaped itself: checked below
    expect(all).not.toMatch(
      /<script|<iframe|<svg|<img|<object|<embed|<form|<input|onerror|onclick|onload|onmouseover|javascript:|data:text|alert\(/i,
    );
    for (const hidden of [
      'svg text',
      'math text',
      'template text',
      'noscript text',
      'form text',
      'button text',
      'textarea text',
      'hidden text',
      'hidden attribute text',
      'written by script',
      'framed text',
      'foreign paragraph',
      'object fallback',
    ]) {
      expect(all).not.toContain(hidden);
    }
    for (const href of all.match(/href="[^"]*"/g) ?? []) expect(href).toMatch(/^href="(https?:\/\/|mailto:)/);
  });
  it('keeps the real text, and escaped markup stays text', () => {
    expect(item.headline).toBe('Council passes budget after long night');
    expect(plain(item.body)).toEqual([
      'The city council passed its budget shortly after 2 a.m. on Wednesday, after a session that lasted more than nine hours.',
      'Members debated road repairs, library hours and a new pool, then approved the plan by seven votes to two.',
      'Residents can read the full budget on the city website.',
      "The budget takes effect on July 1. <script>alert('escaped')</script> stays text.",
    ]);
    expect(item.body[2]).toBe('Residents can read the full budget <a href="https://city.example.org/budget">on the city website</a>.');
    expect(item.body[3]).toContain('&lt;script&gt;');
    expect(item.captions).toEqual([
      expect.objectContaining({ text: 'The council chamber during the vote.', credit: 'Ana Ruiz/City News', src: null }),
    ]);
  });
  it('broken markup still yields the story', () => {
    const broken = page('broken.html');
    expect(broken.headline).toBe('Storm closes mountain pass for second day');
    expect(plain(broken.body)).toEqual([
      'Snow and high winds kept the Ridge Pass closed on Tuesday for a second day, stranding dozens of trucks at the foot of the mountain.',
      'Road crews said drifts were up to three metres deep in places and that ploughs could not reach the summit.',
      'The weather service expects the storm to ease on Wednesday afternoon.',
      'Drivers were told to check conditions before setting out.',
    ]);
  });
  it('never throws on degenerate input', () => {
    for (const input of ['', ' ', '<', '<<<>>>', '<html>', '</body></html>', '<!--', '<script>', '\u0000\u0001', 'x'.repeat(10)]) {
      expect(() => parseHtmlPage(input, 'x', 'utf-8')).not.toThrow();
      expect(() => parsePageText(input, 'x', 'utf-8')).not.toThrow();
      expect(() => htmlFragmentToBlocks(input)).not.toThrow();
      expect(() => looksLikePageText(input)).not.toThrow();
    }
    const empty = parseHtmlPage('', 'empty.html', 'utf-8');
    expect(empty.items).toEqual([]);
    expect(empty.warnings).toContain('empty.html: no story text found on the page');
    expect(parsePageText('\n\n', 'empty.txt', 'utf-8').items).toEqual([]);
  });
});

describe('very large pages stay bounded', () => {
  it('truncates with a warning instead of working without end', () => {
    const para = '<p>The council voted on Tuesday to approve the budget, which includes money for schools.</p>\n';
    const wire = parseHtmlPage(
      `<html><head><title>Big</title></head><body><h1>Big story today</h1>${para.repeat(70_000)}</body></html>`,
      'big.html',
      'utf-8',
    );
    expect(wire.warnings.some((w) => /only the first/.test(w))).toBe(true);
    expect(wire.items[0]!.body.length).toBeGreaterThan(1000);
    const deep = parseHtmlPage(
      `<html><body><h1>Deep page here</h1>${'<div><span>'.repeat(20_000)}<p>Story text that matters here.</p></body></html>`,
      'deep.html',
      'utf-8',
    );
    expect(deep.warnings.some((w) => /flattened/.test(w))).toBe(true);
    expect(plain(deep.items[0]!.body)).toContain('Story text that matters here.');
  });
});
