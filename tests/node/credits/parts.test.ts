// Structured credits (creator, credit line, agency), IPTC fields read from a JPEG, schema.org
// properties for the export, the captions manager's figure problems and figure rewrites.
import { describe, expect, it } from 'vitest';
import {
  captionRepeatsHeadline,
  creditFromIptc,
  creditParts,
  figureAt,
  figureProblems,
  readIptcCredits,
  schemaOrgCredit,
  withFigureChange,
} from '../../../src/shared/credits';
import { defaultPreferences } from '../../../src/shared/settings/preferences';
import { documentFromText, documentOf, figure, paragraph, textRun, TEXT_FORMAT } from '../../../src/shared/story/document';
import { documentText } from '../../../src/shared/story/text';

const dictionary = defaultPreferences().creditDictionary;

/** A minimal JPEG: SOI, an APP13 Photoshop block holding IIM datasets, EOI. */
function jpegWithIptc(datasets: Array<[number, number, string]>, utf8 = false): Uint8Array {
  const iim: number[] = [];
  const push = (record: number, dataset: number, bytes: number[]) =>
    iim.push(0x1c, record, dataset, bytes.length >> 8, bytes.length & 0xff, ...bytes);
  if (utf8) push(1, 90, [0x1b, 0x25, 0x47]);
  for (const [record, dataset, text] of datasets)
    push(record, dataset, [...(utf8 ? new TextEncoder().encode(text) : Buffer.from(text, 'latin1'))]);
  const resource = [
    ...Buffer.from('8BIM'),
    0x04,
    0x04,
    0,
    0,
    (iim.length >>> 24) & 0xff,
    (iim.length >>> 16) & 0xff,
    (iim.length >>> 8) & 0xff,
    iim.length & 0xff,
    ...iim,
  ];
  if (iim.length % 2) resource.push(0);
  const payload = [...Buffer.from('Photoshop 3.0\0', 'latin1'), ...resource];
  const length = payload.length + 2;
  return new Uint8Array([0xff, 0xd8, 0xff, 0xed, length >> 8, length & 0xff, ...payload, 0xff, 0xd9]);
}

describe('creditParts', () => {
  it.each([
    ['Jane Doe/AP', { creator: 'Jane Doe', creditLine: 'Jane Doe/AP', agency: 'AP' }],
    ['AP Photo/Jane Doe', { creator: 'Jane Doe', creditLine: 'Jane Doe/AP', agency: 'AP' }],
    ['The Associated Press', { creator: '', creditLine: 'AP', agency: 'AP' }],
    ['Jane Doe', { creator: 'Jane Doe', creditLine: 'Jane Doe', agency: '' }],
    ['Jane Doe/Getty Images', { creator: '', creditLine: 'Jane Doe/Getty Images', agency: '' }],
    ['', { creator: '', creditLine: '', agency: '' }],
  ])('%s', (credit, parts) => {
    expect(creditParts(credit, dictionary)).toEqual(parts);
  });

  it('maps to schema.org ImageObject properties', () => {
    expect(schemaOrgCredit(creditParts('Jane Doe/AP', dictionary), '© 2026 AP')).toEqual({
      creator: { '@type': 'Person', name: 'Jane Doe' },
      creditText: 'Jane Doe/AP',
      copyrightNotice: '© 2026 AP',
    });
    expect(schemaOrgCredit(creditParts('Reuters', dictionary))).toEqual({
      creator: { '@type': 'Organization', name: 'Reuters' },
      creditText: 'Reuters',
    });
  });
});

describe('readIptcCredits', () => {
  it('reads By-line, Credit, Source, Copyright Notice and Caption', () => {
    const jpeg = jpegWithIptc([
      [2, 80, 'Jane Doe'],
      [2, 110, 'AP'],
      [2, 115, 'Associated Press'],
      [2, 116, '© 2026 The Associated Press'],
      [2, 120, 'Flood waters rise in the old town.'],
    ]);
    expect(readIptcCredits(jpeg)).toEqual({
      creator: 'Jane Doe',
      credit: 'AP',
      source: 'Associated Press',
      copyrightNotice: '© 2026 The Associated Press',
      caption: 'Flood waters rise in the old town.',
    });
  });

  it('decodes UTF-8 when the envelope says so', () => {
    expect(readIptcCredits(jpegWithIptc([[2, 80, 'Zoë Łukasik']], true)).creator).toBe('Zoë Łukasik');
  });

  it('returns nothing for files without IPTC, and survives truncated blocks', () => {
    expect(readIptcCredits(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toEqual({});
    expect(readIptcCredits(new Uint8Array([0xff, 0xd8, 0xff, 0xd9]))).toEqual({});
    const full = jpegWithIptc([[2, 80, 'Jane Doe']]);
    for (let cut = 4; cut < full.length; cut += 3) expect(() => readIptcCredits(full.subarray(0, cut))).not.toThrow();
  });

  it('gives the desk a house-form credit, putting the photographer back in front of a bare agency', () => {
    expect(creditFromIptc({ creator: 'Jane Doe', credit: 'AP' }, dictionary)).toBe('Jane Doe/AP');
    expect(creditFromIptc({ credit: 'AP Photo/Jane Doe', creator: 'Jane Doe' }, dictionary)).toBe('Jane Doe/AP');
    expect(creditFromIptc({ creator: 'Jane Doe', source: 'Associated Press' }, dictionary)).toBe('Jane Doe/AP');
  });
});

describe('figure problems', () => {
  it.each([
    [{ caption: 'Rescue boats on the river.', credit: 'Jane Doe/AP', alt: 'Two boats' }, []],
    [{ caption: 'Rescue boats on the river.', credit: '', alt: '' }, ['no-credit', 'no-alt']],
    [{ caption: 'x', credit: 'Jane Doe', alt: 'a' }, ['unknown-credit']],
    [{ caption: 'x', credit: 'CNN Wire', alt: 'a' }, ['variant-credit']],
    [{ caption: 'Flood waters rise in the old town', credit: 'AP', alt: 'a' }, ['caption-repeats-headline']],
  ] as const)('%j', (fig, problems) => {
    expect(figureProblems(fig, 'Flood waters rise in the old town', dictionary)).toEqual(problems);
  });

  it('only calls a caption a repeat when it is the headline, or contains a headline of four words or more', () => {
    expect(captionRepeatsHeadline('“Flood waters rise!” in the old town today', 'Flood waters rise')).toBe(false);
    expect(captionRepeatsHeadline('Pictured: flood waters rise in the old town.', 'Flood waters rise in the old town')).toBe(true);
    expect(captionRepeatsHeadline('FLOOD WATERS RISE', 'Flood waters rise')).toBe(true);
  });
});

describe('withFigureChange', () => {
  const caption = documentOf([paragraph([textRun('The '), textRun('Nordstar', TEXT_FORMAT.italic), textRun(' at dawn.')])]);
  const body = documentOf([
    paragraph([textRun('Lead.')]),
    figure({ mediaId: null, width: null, height: null, alt: '', credit: 'AP Photo/Jane Doe', caption }),
    figure({ mediaId: null, width: null, height: null, alt: 'b', credit: '', caption: documentFromText('Second') }),
  ]);

  it('changes one figure and keeps an unchanged caption’s formatting', () => {
    const next = withFigureChange(body, 0, { credit: 'Jane Doe/AP', caption: 'The Nordstar at dawn.' })!;
    expect(figureAt(next, 0)).toMatchObject({ credit: 'Jane Doe/AP', caption });
    expect(figureAt(next, 1)).toEqual(figureAt(body, 1));
    expect(figureAt(body, 0)!.credit).toBe('AP Photo/Jane Doe');
  });

  it('replaces a caption whose text changed, and refuses a figure that does not exist', () => {
    const next = withFigureChange(body, 1, { caption: '  New   caption ', alt: 'Boats' })!;
    expect(documentText(figureAt(next, 1)!.caption)).toBe('New caption');
    expect(figureAt(next, 1)!.alt).toBe('Boats');
    expect(withFigureChange(body, 2, { credit: 'x' })).toBeNull();
  });
});
