// Each format through the project's own fixtures (invented copy in tests/fixtures/wire/): the
// fields each parser must find, the furniture it must leave out, and the advisories it must see.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParsedItem } from '../../../../src/shared/ingest/types';
import { expectCleanWire, fixtureDir, parseFile, parsedOk, plain } from './support';

function load(name: string, typography = false): { format: string; encoding: string; items: ParsedItem[]; warnings: string[] } {
  const wire = parsedOk(parseFile(join(fixtureDir, name), { typography }));
  expectCleanWire(wire);
  return wire;
}

describe('NITF', () => {
  it('reads a namespaced NITF with byttl, media caption, links and a non-public tail', () => {
    const { format, items } = load('nitf-namespaced.xml');
    expect(format).toBe('nitf');
    const item = items[0]!;
    expect(item).toMatchObject({
      headline: 'Harbour ferry returns after winter repairs',
      deck: 'Old route back from Monday',
      slug: 'ferry-harbour',
      byline: 'By Ada Lindqvist',
      byline_title: 'Transport Correspondent',
      dateline: 'PORT ELLEN',
      credit: 'Slugline Wire',
      copyright: null,
      copyright_holder: 'Slugline Wire',
      priority: '3',
      date: '2031-03-04T08:15:00+01:00',
      language: 'en-GB',
      version: '2',
      agency_id: 'slw-2031-0007',
      advisory: 'eds-note',
    });
    expect(item.body[0]).toBe(
      'PORT ELLEN, Scotland (SLW) — The <em>Morning Gull</em> returned to the harbour on Tuesday after four months in dry dock.',
    );
    expect(item.body[1]).toContain('<strong>Evening Gull</strong>');
    // a safe link is kept (escaped), a javascript: link loses its href
    expect(item.body[3]).toBe(
      'Sailings resume Monday. Details are on <a href="https://example.com/ferry?a=1&amp;b=2">the operator\'s site</a>, not here.',
    );
    expect(item.blocks?.map((b) => b.kind)).toEqual(['p', 'p', 'h2', 'p']);
    expect(item.captions).toEqual([
      { text: 'The ferry at the quay on Tuesday.', credit: 'Ian Ross / SLW', after_paragraph: 4, src: 'gull.jpg' },
    ]);
    expect(item.ednote).toContain('Corrects name of the ferry');
    expect(item.ednote).toContain('Contact the desk on extension 4411.');
    expect(item.body.join(' ')).not.toContain('4411');
  });

  it('decodes ISO-8859-1 by the declaration: raw bytes and character references alike', () => {
    const { encoding, items, format } = load('nitf-latin1.xml');
    expect([format, encoding]).toEqual(['nitf', 'iso-8859-1']);
    expect(items[0]!.headline).toBe('Café prices rise by £2 in Brügge');
    expect(plain(items[0]!.body[0]!)).toBe('BRUGES, Belgium (SLW) - A coffee now costs £4.50 at the café on the Markt.');
    expect(items[0]!.body).toHaveLength(1);
    expect(items[0]!.warnings.join(' ')).toMatch(/end marker "ends"/);
  });
});

describe('NewsML-G2', () => {
  it('reads each newsItem of a newsMessage, skipping the XHTML header and the repeated by-line', () => {
    const { format, items } = load('g2-message.xml');
    expect(format).toBe('newsml-g2');
    expect(items).toHaveLength(2);
    const tram = items[0]!;
    expect(tram).toMatchObject({
      headline: "Lisbon's oldest tram line gets new cars",
      slug: 'PORTUGAL-TRANSPORT-TRAM',
      byline: 'By Rui Matos',
      dateline: 'LISBON',
      credit: 'Slugline Wire',
      copyright: '(c) 2031 Slugline Wire. All rights reserved',
      copyright_holder: 'Slugline Wire',
      priority: '4',
      date: '2031-05-06T08:55:12+02:00',
      version: '4',
      ednote: 'Eds: With photos.',
      advisory: null,
    });
    expect(tram.categories).toEqual(expect.arrayContaining(['medtop:20000568', 'road transport', 'trams']));
    expect(plain(tram.body[0]!)).toMatch(/^LISBON \(SLW\) - The yellow trams/);
    expect(tram.body.join(' ')).not.toMatch(/Hubtown|By Rui Matos|oldest tram line gets/);
    expect(tram.blocks?.map((b) => b.kind)).toEqual(['p', 'p', 'bullet', 'quote']);
  });

  it('sees a canceled pubStatus as an advisory', () => {
    const bridge = load('g2-message.xml').items[1]!;
    expect(bridge.advisory).toBe('canceled');
    expect(bridge.priority).toBe('3'); // from the message header
    expect(bridge.body.map(plain)).toEqual(['The story about the bridge has been withdrawn.', 'Do not use it.']);
  });
});

describe('NewsML 1.2', () => {
  it('reads NewsLines, HTML in CDATA and a photo component', () => {
    const item = load('newsml12.xml').items[0]!;
    expect(item).toMatchObject({
      headline: 'La Loire en fête à Tours',
      slug: 'France-fleuve',
      byline: 'Claire Dubois',
      dateline: 'TOURS',
      dateline_raw: 'TOURS, 7 juil 2031 (SLW) -',
      credit: 'SLW',
      copyright: '© SLW 2031',
      priority: '5',
      date: '2031-07-07T11:55:00+02:00',
      language: 'fr',
      version: '2',
      ednote: 'cd/ab',
    });
    expect(item.body.map(plain)).toEqual([
      'Des milliers de visiteurs sont attendus sur les quais.',
      'Le festival dure trois jours. Entrée libre.',
    ]);
    expect(item.captions).toEqual([
      { text: 'Des bateaux traditionnels sur la Loire à Tours.', credit: 'Luc Martin/SLW', after_paragraph: 2, src: 'loire.jpg' },
    ]);
  });
});

describe('teletype formats', () => {
  it('IPTC 7901: header, keywords, take key, by-line, notebook, trailer', () => {
    const { format, items } = load('iptc7901.txt');
    expect(format).toBe('iptc-7901');
    expect(items[0]).toMatchObject({
      headline: 'Storm closes Alpine passes',
      slug: 'Weather/Storm',
      take_key: '1ST LEAD',
      byline: 'By Lena Huber, slw',
      dateline: 'Innsbruck',
      credit: 'slw',
      priority: '2',
      date: '2031-01-05T14:32:00Z',
      date_raw: '051432 GMT Jan 31',
      agency_id: 'xyz123',
    });
    expect(items[0]!.body.map(plain)).toEqual([
      'Innsbruck (slw) - Heavy snow closed three Alpine passes on Sunday and cut off two villages, police said.',
      'Snow ploughs worked through the night. "We have not seen this since 1999," a driver said.',
    ]);
    expect(items[0]!.ednote).toContain('Reporting by: Lena Huber');
  });

  it('ANPA: caret header, write-thru, Eds note, end marker; AP typography only on request', () => {
    const { items } = load('anpa.tst');
    const item = items[0]!;
    expect(item).toMatchObject({
      headline: 'Climbers rescued from ridge after two nights',
      slug: 'BC-Mountain-Rescue',
      take_key: '2nd Ld-Writethru',
      version: '2',
      byline: 'By JONAS BERG',
      byline_title: 'Slugline Wire Writer',
      dateline: 'CHAMONIX, France',
      priority: 'b',
      categories: ['a'],
      date: '2031-01-05T14:32:00Z',
      advisory: 'eds-note',
    });
    expect(item.body[1]).toBe("``We were lucky,'' one of them said _ and then he asked for tea.");
    const typeset = load('anpa.tst', true).items[0]!;
    expect(typeset.body[0]).toMatch(/^CHAMONIX, France \(SW\) _ Two climbers/);
    expect(typeset.body[1]).toBe('\u201cWe were lucky,\u201d one of them said \u2014 and then he asked for tea.');
    expect(typeset.repairs.filter((r) => r.rule.startsWith('typography:ap-')).map((r) => [r.from, r.to])).toEqual([
      ['``', '\u201c'],
      ["''", '\u201d'],
      [' _ ', ' \u2014 '],
    ]);
  });

  it('ANPA: a tabular item becomes a table block and a preformatted legend', () => {
    const item = load('anpa-table.tst').items[0]!;
    const table = item.blocks?.find((b) => b.kind === 'table');
    expect(table).toEqual({
      kind: 'table',
      rows: [
        ['', 'HIGH', 'LOW'],
        ['Oslo', '3', '-4'],
        ['Bergen', '6', '2'],
        ['Tromso', '-2', '-9'],
      ],
      header: true,
    });
    expect(item.blocks?.find((b) => b.kind === 'pre')).toEqual({ kind: 'pre', text: 'Source: invented' });
    expect(item.body.join(' ')).not.toContain('END');
  });

  it('ZCZC: sigil header lines, indented body, sign-off', () => {
    const item = load('zczc.tst').items[0]!;
    expect(item).toMatchObject({
      headline: 'Old bridge reopens after repairs',
      slug: 'Bridge_BC1',
      dateline: 'NEWCASTLE',
      credit: 'AAP',
      byline: null,
      ednote: 'AAP XYZ',
    });
    expect(item.categories).toEqual(['N', '04000000', 'NSW']);
    expect(item.body.map(plain)).toEqual([
      'The old bridge reopened to traffic on Monday.',
      'Work took eleven months and cost $4 million, the council said.',
    ]);
  });
});

describe('JSON formats', () => {
  it('ninjs 1.x: HTML body preferred over text, scripts dropped, entities decoded', () => {
    const item = load('ninjs-1.json').items[0]!;
    expect(item).toMatchObject({
      headline: 'Glacier loses record ice',
      slug: 'Glacier-Melt',
      byline: 'Ola Nordmann',
      dateline: 'BERN',
      priority: '2',
      version: '3',
      advisory: 'eds-note',
    });
    expect(item.body).toEqual([
      'BERN, Switzerland (SLW) -- The glacier lost 3\u00a0percent of its ice this year.',
      'Scientists called it <em>alarming</em>.',
    ]);
    // with typography on, the dateline lead-in is still exactly as sent
    expect(load('ninjs-1.json', true).items[0]!.body[0]).toMatch(/^BERN, Switzerland \(SLW\) -- The glacier/);
  });

  it('ninjs 2.x: headlines and bodies by role, figure and association captions', () => {
    const item = load('ninjs-2.json').items[0]!;
    expect(item).toMatchObject({
      headline: 'Neue Brücke eröffnet',
      deck: 'Verkehr fließt wieder',
      byline: 'Von Max Muster, slw',
      language: 'de',
    });
    expect(item.captions.map((c) => [c.text, c.credit])).toEqual([
      ['Die neue Brücke.', 'Eva Bild/SLW'],
      ['Luftbild der Brücke.', 'Karl Foto/SLW'],
    ]);
  });

  it('ninjs 3.0: camelCase keys, plain-text body, withheld status', () => {
    const item = load('ninjs-3.json').items[0]!;
    expect(item).toMatchObject({
      headline: 'Election results delayed',
      date: '2031-02-03T04:05:06Z',
      advisory: 'withheld',
      dateline: 'MADRID',
    });
    expect(item.body).toHaveLength(2);
  });

  it('AP Media API v1.1 without text: kept, with a warning that the text is in the renditions', () => {
    const item = load('apmedia-v1.json').items[0]!;
    expect(item).toMatchObject({ headline: 'BC-SLW--Scores', priority: 'd', agency_id: 'abc123', body: [] });
    expect(item.warnings.join(' ')).toMatch(/only in its renditions \(nitf, anpa\)/);
  });

  it('AP Media API feed: every item, by-lines with titles, an eliminate note is a kill', () => {
    const { items } = load('apmedia-feed.json');
    expect(items.map((i) => i.headline)).toEqual(['First feed story', 'Second feed story']);
    expect(items[0]).toMatchObject({ byline: 'By ANA LIMA', byline_title: 'Slugline Writer', dateline: 'RIO DE JANEIRO', credit: 'SLW' });
    expect(items[1]!.advisory).toBe('kill');
  });
});

describe('plain text', () => {
  it('a release in Windows-1252: wrapped headline, dateline joined to its paragraph, bullets', () => {
    const { encoding, items } = load('release.txt');
    expect(encoding).toBe('windows-1252');
    const item = items[0]!;
    expect(item).toMatchObject({
      headline: 'Example Widgets Opens New Plant in Riverside',
      dateline: 'RIVERSIDE, California',
      credit: 'Slugline-Newswire',
      agency_id: 'PR00042',
    });
    expect(plain(item.body[0]!)).toMatch(/^RIVERSIDE, California, March 3, 2031 \/Slugline-Newswire\/ -- Example Widgets Ltd\., a maker/);
    expect(item.blocks?.find((b) => b.kind === 'bullet')).toEqual({ kind: 'bullet', items: ['200 jobs', 'Two million widgets'] });
    expect(item.ednote).toContain('SOURCE Example Widgets Ltd');
  });
});
