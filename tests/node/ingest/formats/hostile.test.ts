// Bad input: every refusal is one clear message naming the file and the reason, never a throw,
// never a hang. Small hostile files live in tests/fixtures/wire/hostile; big ones are generated.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSize, parseWire } from '../../../../src/shared/ingest';
import type { IngestError } from '../../../../src/shared/ingest/types';
import { fixtureDir, parseFile, parsedOk } from './support';

const hostile = (name: string): string => join(fixtureDir, 'hostile', name);

function refusal(result: ReturnType<typeof parseWire>): IngestError {
  if (result.ok) throw new Error(`expected a refusal, got ${result.value.format} with ${result.value.items.length} item(s)`);
  return result.error;
}

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('refusals from fixtures', () => {
  it.each([
    ['empty.txt', 'empty', 'empty.txt: the file is empty'],
    ['blank.txt', 'empty', 'blank.txt: the file has no text (only blank space)'],
    ['dpa-0412.txt', 'binary', 'dpa-0412.txt: not a wire file (looks like a PNG image)'],
    ['xxe.xml', 'external-entity', 'xxe.xml: the XML declares an external entity (&xxe; → SYSTEM …); external entities are never loaded'],
    [
      'billion-laughs.xml',
      'unsupported',
      'billion-laughs.xml: the XML declares its own entities (&lol;…), which Slugline refuses to expand (entity-expansion attack)',
    ],
    [
      'truncated.xml',
      'malformed',
      'truncated.xml: malformed XML at line 6, column 40: unclosed tag: p (the file ends too early: truncated?)',
    ],
    ['truncated.json', 'malformed', 'truncated.json: malformed JSON at line 4, column 45: Unterminated string'],
    ['unknown-encoding.xml', 'unknown-encoding', 'unknown-encoding.xml: unknown encoding "x-klingon-8" (declared in the XML declaration)'],
    ['not-wire.xml', 'unsupported', 'not-wire.xml: not a wire format Slugline reads (XML with root element <rss>)'],
    ['random.json', 'unsupported', 'random.json: not a wire format Slugline reads (JSON without a news item)'],
  ])('%s → %s', (name, code, message) => {
    expect(refusal(parseFile(hostile(name)))).toEqual({ code, message });
  });

  it('reads UTF-16 without a byte-order mark, and says so', () => {
    const wire = parsedOk(parseFile(hostile('utf16-no-bom.xml')));
    expect(wire.encoding).toBe('utf-16le');
    expect(wire.items[0]!.headline).toBe('Zwei Brücken');
    expect(wire.warnings.join(' ')).toMatch(/no byte-order mark/);
  });
});

describe('binary files by magic number', () => {
  const cases: [string, number[], string][] = [
    ['photo.jpg', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'a JPEG image'],
    ['anim.gif', [...bytes('GIF89a'), 1, 0], 'a GIF image'],
    ['story.zip', [0x50, 0x4b, 0x03, 0x04, 0x14, 0], 'a ZIP archive or Office document'],
    ['story.pdf', [...bytes('%PDF-1.7\n')], 'a PDF document'],
    ['story.gz', [0x1f, 0x8b, 0x08, 0, 0, 0], 'a gzip archive'],
  ];
  it.each(cases)('%s is %s', (name, magic, what) => {
    const data = new Uint8Array([...magic, ...bytes(' some trailing bytes that look like text')]);
    expect(refusal(parseWire(data, name))).toEqual({ code: 'binary', message: `${name}: not a wire file (looks like ${what})` });
  });

  it('refuses text full of NUL bytes as binary data', () => {
    const data = new Uint8Array(4000).map((_, i) => (i % 7 === 0 ? 0 : 0x41 + (i % 26)));
    expect(refusal(parseWire(data, 'x.dat')).message).toBe('x.dat: not a wire file (looks like binary data)');
  });
});

describe('size and work caps', () => {
  it('refuses a file over the cap before looking at it', () => {
    const big = new Uint8Array(2048).fill(0x41);
    expect(refusal(parseWire(big, 'big.txt', { maxBytes: 1024 }))).toEqual({
      code: 'too-large',
      message: 'big.txt: too large to be a wire item (2 KB; the limit is 1 KB)',
    });
    expect(checkSize(100 * 1024 * 1024, 'huge.xml')?.message).toBe('huge.xml: too large to be a wire item (100 MB; the limit is 20 MB)');
    expect(checkSize(10, 'small.xml')).toBeNull();
  });

  it('refuses XML nested deeper than the cap, quickly', () => {
    const depth = 5000;
    const xml = `<nitf><body><body.content>${'<p>'.repeat(depth)}x${'</p>'.repeat(depth)}</body.content></body></nitf>`;
    const started = Date.now();
    expect(refusal(parseWire(bytes(xml), 'deep.xml'))).toEqual({
      code: 'malformed',
      message: 'deep.xml: XML nested more than 256 elements deep',
    });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses JSON nested deeper than the cap without recursing', () => {
    const json = `{"headline":"x","a":${'['.repeat(100000)}${']'.repeat(100000)}}`;
    expect(refusal(parseWire(bytes(json), 'deep.json'))).toEqual({
      code: 'malformed',
      message: 'deep.json: malformed JSON: nested more than 256 levels deep',
    });
  });

  it('keeps deep HTML inside JSON without recursing past the cap', () => {
    const html = `${'<div>'.repeat(3000)}<p>Deep text.</p>${'</div>'.repeat(3000)}`;
    const wire = parsedOk(parseWire(bytes(JSON.stringify({ uri: 'u', headline: 'Deep', body_html: html })), 'deep-html.json'));
    expect(wire.items[0]!.body).toEqual(['Deep text.']);
  });

  it('parses one huge line of plain text in linear time', () => {
    const line = 'word '.repeat(1_000_000); // 5 MB, no line break
    const started = Date.now();
    const wire = parsedOk(parseWire(bytes(`Headline\n\n${line}`), 'huge-line.txt'));
    expect(wire.items[0]!.body).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('handles text full of stray "<" in an HTML body without quadratic time', () => {
    const html = '<p>' + 'a < b '.repeat(200_000) + '</p>';
    const started = Date.now();
    const wire = parsedOk(parseWire(bytes(JSON.stringify({ uri: 'u', headline: 'Lt', body_html: html })), 'lt.json'));
    expect(wire.items[0]!.body[0]!.startsWith('a &lt; b a &lt; b')).toBe(true);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('no content', () => {
  it.each([
    [
      'empty-nitf.xml',
      '<nitf><head/><body><body.content/></body></nitf>',
      'empty-nitf.xml: no story found (no headline or text in this nitf file)',
    ],
    ['empty-ninjs.json', '{"uri": "urn:x", "type": "text"}', 'empty-ninjs.json: no story found (no headline or text in this ninjs file)'],
    [
      'package.xml',
      '<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet><packageItem/></itemSet></newsMessage>',
      'package.xml: no story found (no headline or text in this newsml-g2 file)',
    ],
  ])('%s', (name, text, message) => {
    expect(refusal(parseWire(bytes(text), name))).toEqual({ code: 'no-content', message });
  });
});
