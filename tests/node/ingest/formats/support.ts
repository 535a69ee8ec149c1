// Shared checks for the format tests: read files, parse them, and the invariants every parsed
// item must satisfy (no editorial notes or control characters in story text, valid Unicode,
// only minimal inline HTML in paragraphs).
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect } from 'vitest';
import { isEdsNote, isSignOff, startsNonPublicSection } from '../../../../src/shared/ingest/fields/ednotes';
import { parseWire, type ParseWireOptions } from '../../../../src/shared/ingest';
import { inlineHtmlToText } from '../../../../src/shared/ingest/inline';
import type { ParsedItem, ParsedWire, ParseResult } from '../../../../src/shared/ingest/types';
import { repoRoot } from '../../../support/corpus';

export const fixtureDir = join(repoRoot, 'tests', 'fixtures', 'wire');

export function parseFile(path: string, options: ParseWireOptions = {}): ParseResult {
  return parseWire(new Uint8Array(readFileSync(path)), basename(path), options);
}

export function parsedOk(result: ParseResult): ParsedWire {
  if (!result.ok) throw new Error(`expected a parse, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** Plain text of a paragraph, whitespace collapsed. */
export function plain(html: string): string {
  return inlineHtmlToText(html).replace(/\s+/g, ' ').trim();
}

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

const CONTROL_OR_NEWLINE = /[\u0000-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const ALLOWED_TAG = /^<(?:\/?(?:em|strong)|\/a|a href="[^"<>]*")>$/;

function strings(value: unknown, path: string, out: [string, string][]): void {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, `${path}.${k}`, out);
}

/**
 * Invariants of every parsed wire: valid Unicode and no control characters anywhere, for every
 * format; and for the agency formats this module owns, no editorial notes left in the body (web
 * pages go through the web-page extractor, whose own tests judge their content).
 */
export function expectCleanWire(wire: ParsedWire): void {
  const all: [string, string][] = [];
  strings(wire, 'wire', all);
  for (const [path, s] of all) {
    // A repair records what arrived (`from`) so an editor can undo it: that may be a control character.
    if (/\.repairs\[\d+\]\.from$/.test(path)) continue;
    expect(LONE_SURROGATE.test(s), `${path} is not valid Unicode`).toBe(false);
    // Line breaks are allowed only where lines mean something: preformatted blocks and notes.
    const multiline = /\.ednote$|\.text$/.test(path) && !/captions/.test(path);
    expect((multiline ? CONTROL : CONTROL_OR_NEWLINE).test(s), `${path} has a control character: ${JSON.stringify(s.slice(0, 80))}`).toBe(
      false,
    );
  }
  if (wire.format === 'html-page' || wire.format === 'page-text') return;
  for (const item of wire.items) expectCleanBody(item);
}

export function expectCleanBody(item: ParsedItem): void {
  const paragraphs = item.body.map(plain);
  for (const [i, html] of item.body.entries()) {
    for (const tag of html.match(/<[^>]*>/g) ?? []) expect(tag, `body[${i}] carries markup`).toMatch(ALLOWED_TAG);
    const p = paragraphs[i]!;
    expect(p, `empty paragraph ${i}`).not.toBe('');
    expect(isEdsNote(p), `editorial note in body[${i}]: ${p.slice(0, 60)}`).toBe(false);
    expect(startsNonPublicSection(p), `non-public section in body[${i}]: ${p.slice(0, 60)}`).toBe(false);
  }
  const last = paragraphs[paragraphs.length - 1];
  if (last) {
    expect(isSignOff(last), `sign-off left at the end of the body: ${last}`).toBe(false);
    expect(/^(?:MORE|-30-|ends?|END)$/i.test(last), `end marker left in the body: ${last}`).toBe(false);
  }
  for (const c of item.captions) for (const tag of c.text.match(/<[^>]*>/g) ?? []) expect(tag).toMatch(ALLOWED_TAG);
}
