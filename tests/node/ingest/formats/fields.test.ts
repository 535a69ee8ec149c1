// The field helpers on their own: datelines, dates, caption credits, by-lines, advisories,
// decoding rules and format detection, as tables of inputs and expected outputs.
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../../src/shared/ingest/decode';
import { detectFormat } from '../../../../src/shared/ingest';
import { detectAdvisory, versionFromTakeKey } from '../../../../src/shared/ingest/fields/advisory';
import { looksLikeByline } from '../../../../src/shared/ingest/fields/byline';
import { findLeadIn, placeFromDateline } from '../../../../src/shared/ingest/fields/dateline';
import { normalizeIsoDate, parse7901Trailer, parseAnpaTrailer } from '../../../../src/shared/ingest/fields/dates';
import { cleanHeadline, splitCaptionCredit } from '../../../../src/shared/ingest/fields/text';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('dateline lead-ins', () => {
  it.each([
    ['ATLANTA (AP) _ Text', 'ATLANTA', 'AP', 'ATLANTA (AP) _'],
    ['ROSCOE, South Dakota (AP) — Text', 'ROSCOE, South Dakota', 'AP', 'ROSCOE, South Dakota (AP) —'],
    ['Munich (dpa) - Text', 'Munich', 'dpa', 'Munich (dpa) -'],
    ['STOCKHOLM, Aug 29, 2014 (AFP) - Text', 'STOCKHOLM', 'AFP', 'STOCKHOLM, Aug 29, 2014 (AFP) -'],
    ['Nueva Delhi, 21 ene (EFE).- Text', 'Nueva Delhi', 'EFE', 'Nueva Delhi, 21 ene (EFE).-'],
    ['SAITAMA, Japan, Dec. 9 Kyodo - Text', 'SAITAMA, Japan', 'Kyodo', 'SAITAMA, Japan, Dec. 9 Kyodo -'],
    ['(ANSA) - ROME, JUL 11 - Text', 'ROME', 'ANSA', '(ANSA) - ROME, JUL 11 -'],
    ['Paris (ats afp) Les violences', 'Paris', 'ats afp', 'Paris (ats afp)'],
    ['AUSTIN, Texas, Feb. 1, 2017 /PRNewswire/ -- Text', 'AUSTIN, Texas', 'PRNewswire', 'AUSTIN, Texas, Feb. 1, 2017 /PRNewswire/ --'],
    ['(New York, NY - October 21) Text', 'New York, NY', null, '(New York, NY - October 21)'],
    ['WASHINGTON — Text', 'WASHINGTON', null, 'WASHINGTON —'],
    ['FORT WASHINGTON, Pa. (AP) _ Text', 'FORT WASHINGTON, Pa.', 'AP', 'FORT WASHINGTON, Pa. (AP) _'],
  ])('%s', (text, place, credit, raw) => {
    expect(findLeadIn(text)).toMatchObject({ place, credit, raw });
  });

  it.each([
    'The minister (R-Ohio) said on Monday that',
    'In 2019 (the year of the flood) - people left',
    'Koronapandemien herjer også i landsbyer rundt omkring i India.',
    '"We will fight," he said (AP) - quoted',
    'STILL STANDING',
  ])('no lead-in in: %s', (text) => {
    expect(findLeadIn(text)).toBeNull();
  });

  it.each([
    ['STOCKHOLM, Aug 29, 2014 (AFP) -', 'STOCKHOLM'],
    ['London (dpa) - ', 'London'],
    ['BEIJING, July 23', 'BEIJING'],
    ['FORT WASHINGTON, Pa.', 'FORT WASHINGTON, Pa.'],
    ['(BRISBANE)', 'BRISBANE'],
    ['Unnao', 'Unnao'],
    ['2014-07-16 15:53:10 GMT+00:00', null],
    ['4/4/2018', null],
    ['1200', null],
  ])('dateline element %s → %s', (raw, place) => {
    expect(placeFromDateline(raw)).toBe(place);
  });
});

describe('dates', () => {
  it.each([
    ['20151210T191044Z', '2015-12-10T19:10:44Z'],
    ['20161011T001327+0100', '2016-10-11T00:13:27+01:00'],
    ['2021-05-16T09:00:04', '2021-05-16T09:00:04'],
    ['2022-07-11 18:33', '2022-07-11T18:33:00'],
    ['2014-07-16T15:53:10.000Z', '2014-07-16T15:53:10Z'],
    ['2018-10-12T06:42:04Z ', '2018-10-12T06:42:04Z'],
    ['2019-07-23T20:21:19+09:00', '2019-07-23T20:21:19+09:00'],
    ['20180404', '2018-04-04'],
    ['not a date', null],
    ['20181345T000000Z', null],
  ])('ISO %s', (raw, iso) => expect(normalizeIsoDate(raw)).toBe(iso));

  it.each([
    ['131137 GMT Nov 13', '2013-11-13T11:37:00Z'],
    ['101137 GMT Dez 18', '2018-12-10T11:37:00Z'],
    ['091223 dec 18', '2018-12-09T12:23:00'],
    ['211259 Nov 18', '2018-11-21T12:59:00'],
  ])('7901 trailer %s', (raw, iso) => expect(parse7901Trailer(raw)).toBe(iso));

  it.each([
    ['AP-WF-11-13-13 1509GMT', '2013-11-13T15:09:00Z'],
    ['KWS-21:37-09-12-18', '2018-12-09T21:37:00'],
  ])('ANPA trailer %s', (raw, iso) => expect(parseAnpaTrailer(raw)).toBe(iso));
});

describe('captions, headlines, by-lines', () => {
  it.each([
    ['Kremasjonsbål brenner i New Delhi. Foto: Amit Sharma / AP / NTB', 'Kremasjonsbål brenner i New Delhi.', 'Amit Sharma / AP / NTB'],
    ['A view of downtown. (Photo by Spencer Platt/Getty Images)', 'A view of downtown.', 'Spencer Platt/Getty Images'],
    ['Rescuers at work on Monday. (AP Photo/Jane Doe)', 'Rescuers at work on Monday.', 'AP Photo/Jane Doe'],
    ['A caption without a credit.', 'A caption without a credit.', null],
  ])('%s', (caption, text, credit) => expect(splitCaptionCredit(caption)).toEqual({ text, credit }));

  it.each([
    ['For Argentine chemo patients, mirrors can hurt <', 'For Argentine chemo patients, mirrors can hurt'],
    ['Storm closes passes =', 'Storm closes passes'],
    ['Urawa Reds win+', 'Urawa Reds win'],
    ['>>>ANSA/Gazprom cuts supplies', 'Gazprom cuts supplies'],
    ['  Fed to halt QE \n  to avert "bubble" ', 'Fed to halt QE to avert "bubble"'],
  ])('headline %s', (raw, clean) => expect(cleanHeadline(raw)).toBe(clean));

  it.each([
    ['By BERNARD CONDON', true],
    ['Von Christian Hollmann, dpa', true],
    ['NTB-AFP-DPA', true],
    ['daa/mt/msr', true],
    ["Paulo Santalucia and Frances d'Emilio", true],
    ['Situation serious, ready for all scenarios says EC', false],
  ])('by-line? %s', (text, yes) => expect(looksLikeByline(text)).toBe(yes));
});

describe('advisories', () => {
  const base = { status: null, slug: null, take_key: null, headline: null, ednote: null };
  it.each([
    [{ status: 'stat:canceled' }, 'canceled'],
    [{ status: 'withheld' }, 'withheld'],
    [{ slug: 'BC-US--Storm-KILL' }, 'kill'],
    [{ ednote: 'Eds: Eliminates the third paragraph.' }, 'kill'],
    [{ take_key: 'HOLD FOR RELEASE' }, 'hold'],
    [{ headline: 'CORRECTION: Storm story' }, 'correction'],
    [{ take_key: '3rd Ld-Writethru' }, 'substitute'],
    [{ ednote: 'Eds: Corrects spelling of name in 4th graf.' }, 'eds-note'],
    [{ headline: 'MAN KILLED IN CRASH ON MOTORWAY' }, null],
    [{ ednote: 'Eds: With AP Photos.' }, null],
  ])('%j → %s', (fields, kind) => expect(detectAdvisory({ ...base, ...fields })).toBe(kind));

  it('reads the version from a write-thru take key', () => {
    expect(versionFromTakeKey('3rd Ld-Writethru')).toBe('3');
    expect(versionFromTakeKey('2ND LEAD')).toBeNull();
  });
});

describe('decoding', () => {
  it('follows the XML declaration, including Latin-1 with a raw 0xA3', () => {
    const bytes = Uint8Array.from([...enc('<?xml version="1.0" encoding="iso-8859-1"?><a>'), 0xa3, ...enc('</a>')]);
    expect(decodeBytes(bytes, 'xml')).toMatchObject({
      text: '<?xml version="1.0" encoding="iso-8859-1"?><a>£</a>',
      encoding: 'iso-8859-1',
    });
  });

  it('reads Windows-1252 punctuation the same on every platform', () => {
    const bytes = Uint8Array.from([0x95, 0x20, 0x93, 0x41, 0x94, 0x20, 0x80]);
    expect(decodeBytes(bytes, 'text')).toMatchObject({ text: '• “A” €', encoding: 'windows-1252' });
  });

  it('reads teletype ASCII as us-ascii, UTF-8 when valid, else Latin-1', () => {
    expect(decodeBytes(enc('plain'), 'teletype').encoding).toBe('us-ascii');
    expect(decodeBytes(enc('café'), 'teletype').encoding).toBe('utf-8');
    expect(decodeBytes(Uint8Array.from([0x63, 0x61, 0x66, 0xe9]), 'teletype')).toMatchObject({ text: 'café', encoding: 'iso-8859-1' });
  });

  it('honours a byte-order mark over a declaration', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...enc('<?xml version="1.0" encoding="iso-8859-1"?><a>é</a>')]);
    expect(decodeBytes(bytes, 'xml')).toMatchObject({ text: '<?xml version="1.0" encoding="iso-8859-1"?><a>é</a>', encoding: 'utf-8' });
  });

  it('uses the HTML meta charset', () => {
    const bytes = Uint8Array.from([...enc('<html><head><meta charset="windows-1250"></head><body>'), 0x9a, ...enc('</body></html>')]);
    expect(decodeBytes(bytes, 'html')).toMatchObject({ encoding: 'windows-1250' });
    expect(decodeBytes(bytes, 'html').text).toContain('š');
  });
});

describe('format detection is by content, never by name', () => {
  it.each([
    ['<?xml version="1.0"?>\n<!-- c -->\n<nitf><head/></nitf>', 'nitf'],
    ['<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"/>', 'nitf'],
    ['<?xml version="1.0"?><newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"/>', 'newsml-g2'],
    ['<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"/>', 'newsml-g2'],
    ['<?xml version="1.0"?><!DOCTYPE NewsML PUBLIC "x" "y.dtd" [ <!ENTITY % a SYSTEM "b"> %a; ]><NewsML/>', 'newsml-1.2'],
    ['{"uri": "x", "headline": "y"}', 'ninjs'],
    ['{"api_version": "2.0", "data": {"item": {}}}', 'ap-media-json'],
    ['\u0016\u0016\u0001W1\u001fx\nr a\u0013\u0011 BC-X--Y  01-05 0100\n\u0002^BC-X--Y<\n', 'anpa-1312'],
    ['\u0001abc123 4 i 100   dpa 001\r\n\r\nA/B/\r\n\u0002Headline =\r\n', 'iptc-7901'],
    ['abc123 4 i 100   dpa 001\n\n/A/B/\nHeadline\nBy X, dpa =\n\nBody', 'iptc-7901'],
    ['ZCZC AAP\r\n$Headline\r\nBody\r\nNNNN', 'zczc'],
    ['<h1>Headline</h1><p>Text</p>', 'html-page'],
    ['<!DOCTYPE html><html><body><p>x</p></body></html>', 'html-page'],
    ['Headline\n\nJust some text.', 'plain-text'],
    ['<?xml version="1.0"?><rss/>', null],
  ])('%j → %s', (text, format) => {
    expect(detectFormat(enc(text))).toBe(format);
  });
});
