// Property tests: whatever bytes arrive, parseWire returns (never throws), within its work cap,
// and everything it returns is valid Unicode without control characters in story text.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFormat, parseWire } from '../../../../src/shared/ingest';
import type { ParseResult } from '../../../../src/shared/ingest/types';
import { corpusPath, hasCorpus } from '../../../support/corpus';
import { expectCleanWire, fixtureDir } from './support';

function check(result: ParseResult, name: string): void {
  if (result.ok) expectCleanWire(result.value);
  else {
    expect(result.error.message.startsWith(`${name}: `)).toBe(true);
    expect(result.error.message.length).toBeLessThan(400);
  }
}

function timed(bytes: Uint8Array, name: string): ParseResult {
  const started = performance.now();
  const result = parseWire(bytes, name);
  // Inputs here are at most a few hundred KB: far under a second even on a slow CI machine.
  expect(performance.now() - started).toBeLessThan(3000);
  return result;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : n === 'MANIFEST.md' ? [] : [p];
  });
}

const seeds = [...files(fixtureDir), ...(hasCorpus ? files(corpusPath('wire')!) : [])].map((p) => new Uint8Array(readFileSync(p)));

/** Format-shaped noise: fragments of every format's syntax glued together at random. */
const fragments = fc.constantFrom(
  '<?xml version="1.0" encoding="utf-8"?>',
  '<nitf>',
  '</nitf>',
  '<body.content>',
  '<p>',
  '</p>',
  '<hl1>',
  '<newsItem>',
  '<NewsML>',
  '<![CDATA[',
  ']]>',
  '<!DOCTYPE x [',
  '<!ENTITY a "b">',
  '&amp;',
  '&#0;',
  '&#xD800;',
  '&nbsp;',
  '{"headline":',
  '"body_html":"<p>x',
  '[',
  ']',
  '{',
  '}',
  '\u0001',
  '\u0002',
  '\u0003',
  '\u0004',
  '\u0016',
  '\u001f',
  '\u007f',
  'ZCZC',
  'NNNN',
  '^BC-A--B<',
  '\t   ',
  '\r\n',
  '\n',
  ' =',
  'By X',
  'Eds:',
  '(AP) _ ',
  'BERLIN (dpa) - ',
  '\ud83d\ude00',
  '\ud800',
  'Ã©',
  '\u0085',
  'é',
  '"',
  "'",
  '<',
  '>',
);
const shaped = fc.array(fragments, { maxLength: 200 }).map((parts) => new TextEncoder().encode(parts.join('')));

describe('parseWire never throws and always returns clean output', () => {
  it('on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => check(timed(bytes, 'random.bin'), 'random.bin')),
      { numRuns: 400 },
    );
  });

  it('on random strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (s) => {
        const bytes = new TextEncoder().encode(s);
        check(timed(bytes, 'random.txt'), 'random.txt');
        detectFormat(bytes);
      }),
      { numRuns: 400 },
    );
  });

  it('on format-shaped noise', () => {
    fc.assert(
      fc.property(shaped, (bytes) => check(timed(bytes, 'shaped.xml'), 'shaped.xml')),
      { numRuns: 600 },
    );
  });

  it('on mutated corpus and fixture files (bytes flipped, cut, spliced)', () => {
    const mutation = fc.record({
      seed: fc.integer({ min: 0, max: seeds.length - 1 }),
      flips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 12 }),
      cut: fc.option(fc.nat()),
      splice: fc.option(fc.tuple(fc.nat(), fc.nat(), fc.nat())),
    });
    fc.assert(
      fc.property(mutation, ({ seed, flips, cut, splice }) => {
        let bytes = Uint8Array.from(seeds[seed]!);
        for (const [at, value] of flips) if (bytes.length) bytes[at % bytes.length] = value;
        if (splice && bytes.length) {
          const [from, len, to] = splice;
          const piece = bytes.slice(from % bytes.length, (from % bytes.length) + (len % 64));
          const at = to % bytes.length;
          bytes = Uint8Array.from([...bytes.subarray(0, at), ...piece, ...bytes.subarray(at)]);
        }
        if (cut !== null && bytes.length) bytes = bytes.subarray(0, cut % bytes.length);
        check(timed(bytes, 'mutated.xml'), 'mutated.xml');
      }),
      { numRuns: 500 },
    );
  });
});
